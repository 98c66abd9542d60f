"""Resolution: the speaker, relays and recipient of every claim, in document order.

Over the article's kept frames, in order: a written speaker gives its span and description; a participle or
masdar takes the speaker of the claim it continues (:func:`governor`), else the subject of its clause, else an
antecedent; an elided or pronoun speaker (وأضاف، لكنه نفى) takes the nearest antecedent that agrees with the cue
in gender and number (:func:`find_antecedent`: a subject of the same sentence first, then the last speaker, then
any subject before). Relays become the first link of ``via``; a nested claim's chain starts with its parent's.
Recipients are resolved last (:func:`recipient_span`). The antecedents are the subjects met so far: the
mentions in subject position outside any content, and each claim's speaker once read.
"""
from __future__ import annotations

from typing import NamedTuple

from ..arabic import QUOTE_CHARS
from .context import ArticleContext
from .frame import Frame, How, PhraseInfo, Range
from .lexicon import LAM, LAM_ARTICLE, LAM_FORMS, TATWEEL, CueKind, pronouns
from .mentions import anaphor, source_span
from .phrases import PLURAL_ENDINGS
from .speaker import sentence_subject

THIRD_PERSON = tuple(p for p in pronouns() if p.person == 3)  # longest suffix first


class Candidate(NamedTuple):
    """A subject an elided speaker may point back to: where it stands, its span, what it names, and the frame
    it is the speaker of (None for a mention)."""

    pos: int
    span: Range
    info: PhraseInfo
    frame: Frame | None


def resolve(ctx: ArticleContext) -> None:
    """Resolve the speaker, relays and recipient of every kept frame of the article, in document order (the
    frames are ordered so in ``ctx.frames``)."""
    r = ctx.r
    frames = sorted([f for f in ctx.frames if not f.dropped], key=lambda f: ctx.toks[f.a].start)
    ctx.frames = frames
    timeline: list[Candidate] = []  # the subjects met so far, in document order
    contents = [(f.cstart, f.cend) for f in frames if f.cstart is not None and f.cend is not None]
    for (a, b, subj) in ctx.mentions:
        pos = ctx.toks[a].start
        if subj and ctx.toks[a].word and not any(x <= pos < y for x, y in contents):
            timeline.append(Candidate(pos, ctx.pos.tok_span(a, b), r.describe(a, b), None))
    for f in frames:
        g, n = f.form.gender, f.form.number
        if f.speaker is not None and f.how is not How.CONT:
            f.sp_span = source_span(ctx, *f.speaker, resolve_anaphor=False) if f.how in (How.ATTR, How.RELAY) \
                else ctx.pos.tok_span(*f.speaker)
            sv = f.how in (How.PRE, How.REL, How.DOC)
            f.info = r.describe(*f.speaker, gender=g, number=n if sv else None)
        elif f.how is How.CONT:
            gov = governor(ctx, f)
            if gov is not None and gov.sp_span is not None:
                f.sp_span, f.info = gov.sp_span, gov.info
                f.via = list(gov.via) + f.via
            else:
                subj = sentence_subject(ctx, f)
                if subj is not None:
                    f.sp_span = ctx.pos.tok_span(*subj)
                    f.info = r.describe(*subj, gender=g)
                else:
                    antecedent(ctx, f, timeline, same_sentence=True)
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
        if f.sp_span is not None and f.parent is None and f.kind is not CueKind.NOUN:
            pos = ctx.toks[f.a].start
            if f.speaker is not None and f.how in (How.POST, How.PRE, How.REL, How.ATTR):
                pos = max(pos, ctx.toks[f.speaker[0]].start)
                timeline[:] = [x for x in timeline if not (x[3] is None and f.sp_span[0] <= x[1][0] < f.sp_span[1])]
            if f.relay is not None and f.how is How.RELAY:  # the relay, not its source, is the subject
                timeline.append(Candidate(pos, ctx.pos.tok_span(*f.relay), r.describe(*f.relay), f))
            else:
                timeline.append(Candidate(pos, f.sp_span, f.info, f))
        timeline.sort(key=lambda x: x[0])


def governor(ctx: ArticleContext, f: Frame) -> Frame | None:
    """The claim a participle or masdar continues: the last one before it in the sentence, or — when the
    participle opens its sentence (after a quotation that closed the previous one) — in the sentence
    before, same paragraph."""
    prev = [g for g in ctx.frames if g is not f and g.sent == f.sent and g.a < f.a and not g.dropped
            and g.kind is not CueKind.ATTR and g.parent is f.parent]
    if prev:
        g = prev[-1]
        if g.how is How.REL and ctx.r.role(g.a - 1, "rel") and f.parent is None:
            # رد X على اتهامات سيدة، التي ادعت …، نافياً …: the relative clause's speaker is not the one
            # the participle continues when the sentence opens with a subject of its own
            subj = sentence_subject(ctx, f)
            if subj is not None and subj[1] <= g.a and not (g.speaker and subj[0] == g.speaker[0]):
                return None
        return g
    s0 = ctx.pos.sent_range(f.sent)[0]
    if ctx.pos.skip_openers(s0, f.a) == f.a and f.sent > 0:
        prev = [g for g in ctx.frames if g.sent == f.sent - 1 and g.parent is None and not g.dropped
                and g.kind is not CueKind.ATTR and ctx.toks[g.a].para == ctx.toks[f.a].para]
        if prev:
            return prev[-1]
    return None


def antecedent(ctx: ArticleContext, f: Frame, timeline: list[Candidate], same_sentence: bool = False) -> None:
    """Resolve an elided (or pronoun) subject: the nearest agreeing antecedent."""
    found = find_antecedent(ctx, f, timeline, same_sentence)
    if found is None:
        return
    f.sp_span, f.info, g = found
    if g is not None and not f.via and g.via and g.sent == f.sent:
        f.via = list(g.via)
    if g is not None and f.recipient is None and g.recipient is not None and g.cstart is None:
        f.recipient = g.recipient  # أكدها مسؤولان لصحيفة …، قالا فيها إن …


def find_antecedent(ctx: ArticleContext, f: Frame, timeline: list[Candidate],
                    same_sentence: bool = False) -> tuple[Range, PhraseInfo, Frame | None] | None:
    """(span, info, frame) of the antecedent of ``f``'s subject: a subject of the same sentence first, then
    the last speaker, then any subject before, agreeing in gender and number with the cue; else the last
    speaker."""
    r = ctx.r
    pos = ctx.toks[f.a].start
    g, n = f.form.gender, f.form.number
    exclude = f.parent.sp_span if f.parent is not None else None
    cands = [x for x in timeline if x[0] < pos]
    if f.how is How.PRON:
        cands = [Candidate(ctx.toks[a].start, ctx.pos.tok_span(a, b), r.describe(a, b), None)
                 for (a, b, _) in ctx.mentions if ctx.toks[b - 1].end <= pos] + cands
        cands.sort(key=lambda x: x[0])
        t = ctx.toks[f.a - 1]
        # the pronoun (on لكن or the complementiser) gives the gender and number to agree with
        p = next((p for p in THIRD_PERSON if t.norm.endswith(p.suffix)), None)
        if p is not None:
            g, n = p.gender, p.number

    def sent_of(x) -> int:
        return ctx.toks[ctx.pos.tok_at(x[0])].sent

    local = [x for x in cands if sent_of(x) == f.sent]
    if same_sentence and local:
        cands = local
    tiers = [local, [x for x in cands if x[3] is not None], cands] if f.how is not How.PRON else [cands]
    for x in (y for tier in tiers for y in reversed(tier)):
        if exclude and x[1] == exclude:
            continue
        if agrees(x[2], g, n):
            return short(ctx, x[1], x[2]), x[2], x[3]
    for x in reversed(cands):
        if x[3] is not None:
            return x[1], x[2], x[3]
    return None


def short(ctx: ArticleContext, span: Range, info: PhraseInfo | None) -> Range:
    """A resolved antecedent is named by the person's name alone when the phrase has one."""
    if info is not None and info.type == "person" and info.name_span:
        a, b = info.name_span
        return ctx.pos.tok_span(a, b)
    return span


def agrees(info: PhraseInfo, g: str | None, n: str | None) -> bool:
    """Does the phrase described by ``info`` agree with a cue inflected for gender ``g`` and number ``n``?"""
    if g is None:
        return True
    ig, inum = info.gender, info.number
    if n == "s":
        if g == "f":
            return ig == "f"
        return ig == "m" and inum == "s"
    if n == "d":
        return inum == "d"
    if n == "p":
        if info.name and " " not in info.name.strip() and info.name.strip().endswith(PLURAL_ENDINGS):
            return True  # a bare word read as a name may be a plural noun (قال مزارعون …، وأكدوا)
        return inum in ("p", "d") and (ig == "m" or info.type == "group")
    return True


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
        a += 1
    s, e = ctx.toks[a].start, ctx.toks[b - 1].end
    tt = ctx.toks[a]
    if tt.word and tt.prep == LAM and not tt.bare.startswith(LAM_ARTICLE):
        s = tt.start + tt.text.index(LAM) + 1
    if ctx.text[s] in QUOTE_CHARS and ctx.text[e - 1] in QUOTE_CHARS:
        s, e = s + 1, e - 1
    return anaphor(ctx, a, b) or (s, e)
