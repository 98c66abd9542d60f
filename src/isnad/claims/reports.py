"""The report pass: reports introduced by a noun with no speaker of their own (أنباء عن …، تقارير إعلامية بأن …،
شائعات بأن …، مزاعم بأن …), each made into a frame whose source is the report itself.

A report noun of ``reports.tsv`` (with the article or not), followed by its modifiers (تقارير إعلامية، أنباء غير
مؤكدة) and then by a complementiser or by عن/حول/بشأن and a noun phrase, is a report: its speaker is the noun
phrase (type from ``reports.tsv``: anonymous or document), its cue the noun, its content what follows. It runs after
the speaker pass of the sentence, and is no report:

- when the noun is negated or its existence is (لا أنباء عن، دون ورود أنباء عن، عدم وجود تقارير عن);
- when it sits in the cue, speaker, relay or recipient of another frame (أفادت تقارير إعلامية بأن، تقارير تفيد
  بأن: a verb's subject), or is the genitive of an outlet noun (وكالة الأنباء: a name);
- when it sits inside another claim's content, at its start or not (نفت الوزارة الأنباء عن X، قال إن التقارير عن
  X كاذبة): the claim around it already carries those words (the bounds pass drops it, :func:`.bounds.nest`);
  a report frame never ends another claim's content (:func:`.bounds.is_boundary`).

Report frames become claims of kind ``report`` (:attr:`isnad.model.Claim.kind`); impersonal passives (أفيد بأن،
قيل إن: :func:`.speaker.parse_passive`) share their ``How.SELF`` source but are ordinary claims.
"""
from __future__ import annotations

from .content import content_at
from .context import ArticleContext, SentenceContext
from .frame import ContentType, Frame, How, PhraseInfo, Range
from .lexicon import ARTICLE, CueForm, CueKind, words

REPORT_NEGATORS = words("report_negators")  # لا، دون، عدم …: before the noun, no report
EXISTENCE = words("report_existence")  # ورود، وجود: between a negator and the noun (دون ورود أنباء عن)
ABOUT = words("report_about")  # عن، حول، بشأن: the noun phrase after them is the content


def report_noun(ctx: ArticleContext, i: int) -> str | None:
    """The report noun at token ``i`` (its key in ``reports.tsv``), or None."""
    t = ctx.toks[i]
    if not t.word or t.prep is not None:
        return None
    key = t.bare[len(ARTICLE):] if t.art and t.bare.startswith(ARTICLE) else t.bare
    return key if key in ctx.lex.reports else None


def negated(ctx: ArticleContext, i: int, s0: int) -> bool:
    """Is the report noun at ``i`` negated, or its existence (دون ورود أنباء)?"""
    r = ctx.r
    k = i - 1
    if k >= s0 and ctx.toks[k].word and ctx.toks[k].bare in EXISTENCE:
        k -= 1
    return k >= s0 and ctx.toks[k].word and (ctx.toks[k].bare in REPORT_NEGATORS or r.role(k, "neg"))


def outlet_name(ctx: ArticleContext, i: int) -> bool:
    """Is the report noun at ``i`` the genitive of an outlet noun (وكالة الأنباء، نشرة الأخبار): a name?"""
    sn = ctx.r.speaker_noun(i - 1) if i > 0 and ctx.toks[i - 1].word else None
    return sn is not None and sn.type == "outlet"


def find_reports(sc: SentenceContext, frames: list[Frame]) -> list[Frame]:
    """The report frames of the sentence, outside the cues and speakers of ``frames`` (already parsed)."""
    ctx = sc.doc
    r, toks = ctx.r, ctx.toks
    # the frames that found something (a cue noun that found no speaker, مزاعم بأن, is a report noun here)
    found = [f for f in frames if not f.dropped and (f.speaker is not None or f.cstart is not None)]
    taken = [(f.cue_start(), max(f.b, (f.cue_span or (0, 0))[1])) for f in found]
    taken += [x for f in found for x in (f.speaker, f.relay, f.recipient) if x is not None]
    # the object of a cue of naming (ووصف الكرملين الاتهامات بأنها «غير مقبولة»: what is called so, no report)
    taken += [(ctx.pos.tok_at(f.described), ctx.pos.tok_at(f.cstart)) for f in found if f.described is not None]
    out: list[Frame] = []
    i = sc.s0
    while i < sc.s1:
        key = report_noun(ctx, i)
        if key is None or any(a <= i < b for a, b in taken) or negated(ctx, i, sc.s0) or outlet_name(ctx, i):
            i += 1
            continue
        noun = ctx.lex.reports[key]
        e = max(r.walk(i, sc.s1, strict=True), i + 1)
        t = r.tok(e)
        f = Frame(i, i + 1, CueForm((key,), noun.word, noun.stance, CueKind.REPORT, noun.follow, None, None, None,
                                    None), sc.index)
        f.cue_span = (i, i + 1)
        f.speaker, f.how = (i, e), How.SELF
        if t is not None and e < sc.s1 and "c" in noun.follow and r.is_comp(e):
            content_at(sc, f, e)
        elif t is not None and e + 1 < sc.s1 and "a" in noun.follow and t.word and t.bare in ABOUT:
            f.cstart, f.ctype = toks[e + 1].start, ContentType.NP
        if f.cstart is not None:
            out.append(f)
        i = e
    return out


def self_source(ctx: ArticleContext, f: Frame) -> tuple[Range, PhraseInfo]:
    """The character span of a ``How.SELF`` source (its tokens without a leading و/ف: وأفيد → أفيد، وأنباء →
    أنباء) and what it names: a report noun's type from ``reports.tsv``; an anonymous source for a passive."""
    a, b = f.speaker
    first = ctx.toks[a]
    start = first.words[1].start if first.conj and len(first.words) > 1 else first.start
    typ = ctx.lex.reports[f.form.form[0]].type if f.kind is CueKind.REPORT else "anonymous"
    return (start, ctx.toks[b - 1].end), PhraseInfo(typ, None, None, None, None)
