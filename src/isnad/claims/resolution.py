"""Resolution: the speaker, relays and recipient of every claim, in document order.

Over the article's kept frames, in order: a written speaker gives its span and description; a participle or
masdar takes the speaker of the claim it continues (:func:`governor`), else the subject of its clause, else an
antecedent; an elided or pronoun speaker (وأضاف، لكنه نفى) takes the nearest antecedent that agrees with the cue
in gender and number (:func:`find_antecedent`: a subject of the same sentence first, then the last speaker, then
any subject before, then an agreeing mention of the sentence or the one before wherever it stands, then the last
speaker); an honorific pronoun speaker (وأكد معاليه) takes the last person agreeing with it
(:func:`honorific`). Relays become the first link of ``via``; a nested claim's chain starts with its parent's.
Recipients are resolved last (:func:`recipient_span`). The antecedents are the subjects met so far: the
mentions in subject position outside any content, and each claim's speaker once read; a phrase inside a
quotation is never the antecedent of a cue outside that quotation (:func:`heard`).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import NamedTuple

from ..arabic import QUOTE_CHARS
from .agreement import agrees
from .contact import OPENER_NOUNS, WE, contact_subject
from .context import ArticleContext
from .frame import Frame, How, PhraseInfo, Range
from .lexicon import BA, COMMAS, FULL_STOPS, LAM, LAM_ARTICLE, LAM_FORMS, TATWEEL, CueKind, pronouns
from .mentions import anaphor, source_span
from .reports import self_source
from .layout import union
from .speaker import sentence_subject


THIRD_PERSON = tuple(p for p in pronouns() if p.person == 3)  # longest suffix first


PREP_OBJECT_REACH = 20  # tokens a pronoun subject looks back, in its sentence, for a party named after a preposition
LOOKBACK = 100  # candidates (or frames) looked back at for an antecedent or a governing claim


class Candidate(NamedTuple):
    """A subject an elided speaker may point back to: where it stands (offset, sentence), its span, what it
    names, and the frame it is the speaker of (None for a mention)."""

    pos: int
    span: Range
    info: PhraseInfo
    frame: Frame | None
    sent: int


class Timeline:
    """The subjects met so far, in document order (a stable order: one met at the same offset as another comes
    after it)."""

    def __init__(self, ctx: ArticleContext):
        self.ctx = ctx
        self.items: list[Candidate] = []
        self.keys: list[int] = []

    def candidate(self, pos: int, span: Range, info: PhraseInfo, frame: Frame | None) -> Candidate:
        return Candidate(pos, span, info, frame, self.ctx.toks[self.ctx.pos.tok_at(pos)].sent)

    def add(self, c: Candidate) -> None:
        k = bisect_right(self.keys, c.pos)
        self.items.insert(k, c)
        self.keys.insert(k, c.pos)

    def drop_mentions(self, a: int, b: int) -> None:
        """Forget the mentions that start inside the character span [a, b) (a speaker read there)."""
        lo, hi = bisect_left(self.keys, a), bisect_left(self.keys, b)
        keep = [x for x in self.items[lo:hi] if x.frame is not None]
        if len(keep) < hi - lo:
            self.items[lo:hi] = keep
            self.keys[lo:hi] = [x.pos for x in keep]

    def before(self, pos: int) -> list[Candidate]:
        """The last :data:`LOOKBACK` candidates before offset ``pos``."""
        k = bisect_left(self.keys, pos)
        return self.items[max(0, k - LOOKBACK):k]


def resolve(ctx: ArticleContext) -> None:
    """Resolve the speaker, relays and recipient of every kept frame of the article, in document order (the
    frames are ordered so in ``ctx.frames``)."""
    r = ctx.r
    frames = sorted([f for f in ctx.frames if not f.dropped], key=lambda f: ctx.toks[f.a].start)
    ctx.frames = frames
    ctx.order = {id(f): i for i, f in enumerate(frames)}
    timeline = Timeline(ctx)
    contents = union([(f.cstart, f.cend) for f in frames if f.cstart is not None and f.cend is not None])
    starts = [a for a, _ in contents]
    for (a, b, subj) in ctx.mentions:
        pos = ctx.toks[a].start
        k = bisect_right(starts, pos) - 1
        if subj and ctx.toks[a].word and not (k >= 0 and pos < contents[k][1]):
            timeline.add(timeline.candidate(pos, ctx.pos.tok_span(a, b), r.describe(a, b), None))
    for (a, b) in ctx.relayed:
        info = r.describe(a, b)
        if info.type == "person" and ctx.toks[a].word and ctx.toks[a].prep is None:
            # "…، وفق تصريح الزوج للإذاعة. وقال إنه …": the person a claim was attributed to, not its recipient
            timeline.add(timeline.candidate(ctx.toks[a].start, ctx.pos.tok_span(a, b), info, None))
    for f in frames:
        g, n = f.form.gender, f.form.number
        if f.how is How.SELF:
            f.sp_span, f.info = self_source(ctx, f)
        elif f.speaker is not None and f.how in (How.PRE, How.POST) and f.speaker[1] - f.speaker[0] == 1 \
                and r.role(f.speaker[0], "honpron") and honorific(ctx, f, timeline):
            pass  # وأكد معاليه: the person named before
        elif f.speaker is not None and f.how is not How.CONT:
            f.sp_span = source_span(ctx, *f.speaker, resolve_anaphor=False) if f.how in (How.ATTR, How.RELAY) \
                else ctx.pos.tok_span(*f.speaker)
            sv = f.how in (How.PRE, How.REL, How.DOC)
            f.info = r.describe(*f.speaker, gender=g, number=n if sv else None)
        elif f.how is How.CONT:
            gov = governor(ctx, f)
            if gov is not None and gov.sp_span is not None:
                f.sp_span, f.info = gov.sp_span, gov.info
                f.via = list(gov.via) + f.via
                issuer = document_issuer(ctx, gov)
                if issuer is not None and not agrees(gov.info, g, n):
                    info = r.describe(*issuer)
                    if agrees(info, g, n):  # بلاغ الداخلية نفى …، مؤكدةً …: the ministry, not its communiqué
                        f.sp_span, f.info = ctx.pos.tok_span(*issuer), info
            else:
                subj = sentence_subject(ctx, f)
                if subj is not None:
                    f.sp_span = ctx.pos.tok_span(*subj)
                    f.info = r.describe(*subj, gender=g)
                else:
                    antecedent(ctx, f, timeline, same_sentence=True)
        else:
            contacted = contact_subject(ctx, f) if f.how is How.ELIDED else None
            if contacted is not None:
                f.sp_span, f.info = contacted
            else:
                antecedent(ctx, f, timeline)
        if f.relay is not None:
            f.via.insert(0, (ctx.pos.tok_span(*f.relay), None))
        elif f.relay_self:
            # "زعمت نقلاً عن Y": the one who quotes Y is the verb's own (elided) subject
            found = find_antecedent(ctx, f, timeline)
            if found is not None:
                f.via.insert(0, (found[0], None))
        if f.parent is not None and f.parent.sp_span is not None:
            f.via = list(f.parent.via) + [(short(ctx, f.parent.sp_span, f.parent.info), f.parent)] + f.via
        if f.recipient is not None:
            f.rec_span = recipient_span(ctx, f)
        if f.sp_span is not None and f.parent is None and f.kind is not CueKind.NOUN and f.how is not How.SELF:
            pos = ctx.toks[f.a].start
            if f.speaker is not None and f.how in (How.POST, How.PRE, How.REL, How.ATTR):
                pos = max(pos, ctx.toks[f.speaker[0]].start)
                timeline.drop_mentions(*f.sp_span)
            if f.relay is not None and f.how is How.RELAY:
                # the relay is the verb's subject, the source the speaker: both may be picked up, the source last
                # (نقلت الصحيفة عن رايت قولها … وأضافت: رايت when gender cannot choose)
                timeline.add(timeline.candidate(pos, ctx.pos.tok_span(*f.relay), r.describe(*f.relay), f))
            timeline.add(timeline.candidate(pos, f.sp_span, f.info, f))


def document_issuer(ctx: ArticleContext, f: Frame) -> Range | None:
    """The genitive of a speaker phrase headed by a document noun (بيان الوزارة، بلاغ الداخلية): its issuer."""
    if f.speaker is None or f.how in (How.ATTR, How.RELAY):
        return None
    a, b = f.speaker
    sn = ctx.r.speaker_noun(a)
    if b - a < 2 or sn is None or sn.type != "document" or ctx.toks[a].art or not ctx.toks[a + 1].word:
        return None
    return a + 1, b


def honorific(ctx: ArticleContext, f: Frame, timeline: Timeline) -> bool:
    """Resolve an honorific pronoun speaker (معاليه، سموها) to the last person before it agreeing with its
    pronoun; False when there is none (the pronoun then stays the speaker)."""
    t, r = ctx.toks[f.speaker[0]], ctx.r
    p = next((p for p in THIRD_PERSON if t.norm.endswith(p.suffix)), None)
    g = p.gender if p is not None and p.gender else "m"
    pos = ctx.toks[f.a].start
    k = bisect_right(ctx.mention_ends, min(pos, t.start))
    mentions = [timeline.candidate(ctx.toks[a].start, ctx.pos.tok_span(a, b), r.describe(a, b), None)
                for (a, b, _) in ctx.mentions[max(0, k - LOOKBACK):k]]
    cands = sorted(mentions + timeline.before(pos), key=lambda x: x.pos)
    for x in reversed([x for x in cands if heard(ctx, x, f)]):
        if x.info.type == "person" and agrees(x.info, g, "s") and not r.role(ctx.pos.tok_at(x.span[0]), "honpron"):
            f.sp_span, f.info = short(ctx, x.span, x.info), x.info
            return True
    return False


def governor(ctx: ArticleContext, f: Frame) -> Frame | None:
    """The claim a participle or masdar continues: the last one before it in the sentence, or — when the
    participle opens its sentence (after a quotation that closed the previous one) — in the sentence
    before, same paragraph."""
    frames, i = ctx.frames, ctx.order[id(f)]
    g = None
    j = i - 1
    while j >= max(0, i - LOOKBACK) and frames[j].sent == f.sent:
        x = frames[j]
        if x.a < f.a and not x.dropped and x.kind not in (CueKind.ATTR, CueKind.NOUN) and x.parent is f.parent:
            g = x  # (a cue noun's genitive is no clause's subject: في تعليقه على مطالبة النقابة بـ…، مشددا)
            break
        j -= 1
    if g is not None:
        if g.how is How.REL and ctx.r.role(g.a - 1, "rel") and f.parent is None:
            # رد X على اتهامات سيدة، التي ادعت …، نافياً …: the relative clause's speaker is not the one
            # the participle continues when the sentence opens with a subject of its own
            subj = sentence_subject(ctx, f)
            if subj is not None and subj[1] <= g.a and not (g.speaker and subj[0] == g.speaker[0]):
                return None
        return g
    s0 = ctx.pos.sent_range(f.sent)[0]
    if ctx.pos.skip_openers(s0, f.a) == f.a and f.sent > 0:
        while j >= 0 and frames[j].sent == f.sent:
            j -= 1  # (only a few: the cues before f in its sentence were looked at above)
        stop = max(0, j - LOOKBACK)
        while j >= stop and frames[j].sent == f.sent - 1:
            x = frames[j]
            if x.parent is None and not x.dropped and x.kind is not CueKind.ATTR \
                    and ctx.toks[x.a].para == ctx.toks[f.a].para:
                return x
            j -= 1
    return None


def antecedent(ctx: ArticleContext, f: Frame, timeline: Timeline, same_sentence: bool = False) -> None:
    """Resolve an elided (or pronoun) subject: the nearest agreeing antecedent."""
    found = find_antecedent(ctx, f, timeline, same_sentence)
    if found is None:
        return
    f.sp_span, f.info, g = found
    if g is not None and not f.via and g.via and g.sent == f.sent:
        f.via = list(g.via)
    if g is not None and f.recipient is None and g.recipient is not None and g.cstart is None:
        f.recipient = g.recipient  # أكدها مسؤولان لصحيفة …، قالا فيها إن …


def find_antecedent(ctx: ArticleContext, f: Frame, timeline: Timeline,
                    same_sentence: bool = False) -> tuple[Range, PhraseInfo, Frame | None] | None:
    """(span, info, frame) of the antecedent of ``f``'s subject: a subject of the same sentence first, then
    the last speaker, then any subject before, agreeing in gender and number with the cue; else the last
    speaker (among the last :data:`LOOKBACK` candidates)."""
    r = ctx.r
    pos = ctx.toks[f.a].start
    g, n = f.form.gender, f.form.number
    exclude = f.parent.sp_span if f.parent is not None else None
    cands = [x for x in timeline.before(pos) if heard(ctx, x, f)]

    def found(x: Candidate) -> tuple[Range, PhraseInfo, Frame | None]:
        return short(ctx, x.span, x.info), x.info, x.frame

    def fits(x: Candidate) -> bool:
        return not (exclude and x.span == exclude) and agrees(x.info, g, n)

    if f.how is How.PRON:
        k = bisect_right(ctx.mention_ends, pos)
        mentions = [timeline.candidate(ctx.toks[a].start, ctx.pos.tok_span(a, b), r.describe(a, b), None)
                    for (a, b, _) in ctx.mentions[max(0, k - LOOKBACK):k]]
        cands = sorted([x for x in mentions if heard(ctx, x, f)] + cands, key=lambda x: x.pos)
        t = ctx.toks[f.a - 1]
        # the pronoun (on لكن or the complementiser) gives the gender and number to agree with
        p = next((p for p in THIRD_PERSON if t.norm.endswith(p.suffix)), None)
        if p is not None:
            g, n = p.gender, p.number
        x = next((x for x in reversed(cands) if fits(x)), None)
        if f.subjpron:
            # "قال X إن …، لكنه أعرب عن …": the pronoun on لكن after a claim of the sentence is that claim's speaker,
            # not a name inside its words
            x = next((y for y in reversed(cands) if y.frame is not None and y.sent == f.sent and fits(y)), x)
        obj = prep_object(ctx, f, timeline, g, n) if p is not None else None
        if obj is not None and (x is None or x.sent < obj.sent):
            # اتصلنا بالسفارة، لكنها قالت …: the body spoken to, named after a preposition, when no subject of the
            # sentence agrees with the pronoun (التقى الوزير بالسفير، لكنه قال …: the minister, as before)
            return found(obj)
        if x is not None:
            return found(x)
    else:
        nlocal = 0
        while nlocal < len(cands) and cands[-1 - nlocal].sent >= f.sent:
            nlocal += 1
        local = [x for x in cands[len(cands) - nlocal:] if x.sent == f.sent]
        if same_sentence and local:
            cands = local
        x = next((x for x in reversed(local) if fits(x)), None)
        if x is not None:
            return found(x)
        first = None  # the speaker agreeing last, else any subject agreeing last
        for x in reversed(cands):
            if fits(x):
                if x.frame is not None:
                    return found(x)
                first = first or x
        if first is not None:
            return found(first)
    last = next((x for x in reversed(cands) if x.frame is not None), None)
    if last is None:
        return None
    if f.how is not How.PRON:
        # no subject agrees: rather than the last speaker, an agreeing mention of this sentence or the one before
        # wherever it stands, but not after a preposition (التقت الصحيفة عدداً من السكان، وقالوا …)
        k = bisect_right(ctx.mention_ends, pos)
        for (a, b, _) in reversed(ctx.mentions[max(0, k - LOOKBACK):k]):
            if ctx.toks[a].prep is not None:
                continue
            x = timeline.candidate(ctx.toks[a].start, ctx.pos.tok_span(a, b), r.describe(a, b), None)
            if x.sent < f.sent - 1:
                break
            if heard(ctx, x, f) and fits(x):
                return found(x)
    return last.span, last.info, last.frame


def prep_object(ctx: ArticleContext, f: Frame, timeline: Timeline, g: str | None, n: str | None) -> Candidate | None:
    """For a pronoun subject (لكنها قالت), the nearest organisation or person named after a preposition earlier in
    the same sentence (اتصلنا بالسفارة البريطانية، لكنها قالت …) that agrees with the pronoun: the mentions pass
    keeps subjects only, and such a phrase is the party the sentence just turned to."""
    r, toks = ctx.r, ctx.toks
    for j in range(f.a - 2, max(-1, f.a - 2 - PREP_OBJECT_REACH), -1):
        t = toks[j]
        if t.text in FULL_STOPS or "\n" in t.text:
            return None
        sn = r.speaker_noun(j) if t.word and t.prep is not None else None
        if sn is None or sn.role != "head" or sn.type not in ("organization", "person", "outlet"):
            continue
        stem = next((w.start for w in t.words if w.kind not in ("conj", "prep")), t.start)
        e = max(r.walk(j, f.a - 1, strict=True, force=True), j + 1)
        while e > j + 1 and toks[e - 1].text in COMMAS:
            e -= 1
        info = r.describe(j, e)
        if agrees(info, g, n):
            return timeline.candidate(stem, (stem, toks[e - 1].end), info, None)
    return None


def heard(ctx: ArticleContext, x: Candidate, f: Frame) -> bool:
    """May ``x`` be the antecedent of ``f``'s subject? Not when it stands inside a quotation that ``f``'s cue is
    outside of: the words of a quotation are someone's words, not the narrative's subjects."""
    q = ctx.pos.quote_of(ctx.pos.tok_at(x.span[0]))
    return q is None or q.first <= f.a < q.last


def short(ctx: ArticleContext, span: Range, info: PhraseInfo | None) -> Range:
    """A resolved antecedent is named by the person's name alone when the phrase has one."""
    if info is not None and info.type == "person" and info.name_span:
        a, b = info.name_span
        s, e = ctx.pos.tok_span(a, b)
        t = ctx.toks[a]
        if t.word and (t.prep in (BA, LAM) and t.text.startswith(t.prep) or ctx.toks[a - 1].bare.endswith(WE)
                       and t.text.startswith(LAM)) and a > 0 and any(k in OPENER_NOUNS for k in ctx.r.keys(a - 1)):
            s += 1  # (وباتصالنا) بسمير عبد الجواد، (وبسؤالنا) لمهى: the name without the preposition
        return s, e
    return span


def recipient_span(ctx: ArticleContext, f: Frame) -> Range | None:
    """Character span of ``f``'s recipient: without its ل, an attached pronoun resolved to the speaker it points
    to (or the last relay), a one-word outlet to the one named before."""
    a, b = f.recipient
    r = ctx.r
    t = ctx.toks[a]
    if r.role(a, "pron"):
        if f.parent is not None and f.parent.sp_span:
            return short(ctx, f.parent.sp_span, f.parent.info)
        if f.relay_self is False and f.via:
            return f.via[-1][0]
        return None
    if t.text.endswith(TATWEEL) and t.norm in LAM_FORMS:
        a = ctx.pos.skip_stray_quotes(a + 1, b)
    if a >= b:
        return None
    s, e = ctx.toks[a].start, ctx.toks[b - 1].end
    tt = ctx.toks[a]
    if tt.word and tt.prep == LAM and not tt.bare.startswith(LAM_ARTICLE):
        s = tt.start + tt.text.index(LAM) + 1
    if ctx.text[s] in QUOTE_CHARS and ctx.text[e - 1] in QUOTE_CHARS:
        s, e = s + 1, e - 1
    if e <= s:
        return None
    return anaphor(ctx, a, b) or (s, e)
