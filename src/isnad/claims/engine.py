"""The attribution engine: from an article's tokens to its claims, as passes over an explicit context.

For each sentence (:class:`.context.SentenceContext`), in order:

1. cues (:mod:`.cues`): every reporting cue and prepositional attribution becomes a :class:`.frame.Frame`;
2. speaker and content (:mod:`.speaker`, :mod:`.content`): each frame's speaker phrase — after the verb, before
   it, the antecedent of a relative clause, the issuer of a statement, none when elided — its recipient and
   relay (:mod:`.attribution`), and where its words start;
3. merging (:func:`.bounds.merge`): participles and masdars a verb took in are dropped;
4. attributions (:func:`.attribution.attributions`): prepositional attributions become relays or claims;
5. bounds (:func:`.bounds.close_contents`): each content is closed, and cues inside another claim's content
   become nested claims.

Before the sentences, the mentions pass (:mod:`.mentions`) collects the article's speaker-like phrases. After
them, words quoted after a colon that go on over the next first-person sentences are carried on
(:mod:`.continuation`), resolution (:mod:`.resolution`) resolves elided speakers, relays and recipients in
document order, and the attribution pass carries relays to anaphoric speakers and outlets to the claims of the same report. Finally each
frame becomes an :class:`isnad.model.Claim`, with its canonical speaker name (:mod:`.names`) and its stance
(:mod:`.stance`).
"""
from __future__ import annotations

from ..arabic.normalize import norm_key
from ..arabic.quotes import OPEN_QUOTES, STRAIGHT_QUOTES
from ..model import CLAIM, REPORT, Article, Claim, Cue, Span, Speaker, Via
from .attribution import attributions, carry_outlet, inherit_vias
from .bounds import close_contents, merge
from .context import ArticleContext, SentenceContext
from .content import described
from .continuation import continue_colon_speech
from .cues import find_frames
from .frame import Frame
from .lexicon import CueKind, Lexicon, lexicon
from .mentions import find_mentions
from .names import NameBook
from .pointing import denials_pointing_back
from .reports import find_reports
from .resolution import resolve
from .speaker import parse

MAX_FRAMES = 32  # cues read together in one sentence (more are read in groups of this many)
from .stance import decide_stance


def read_frames(article: Article, lex: Lexicon | None = None) -> tuple[ArticleContext, list[Frame]]:
    """Run the passes over ``article``: its context, and the frames that make claims, in document order."""
    ctx = ArticleContext.of(article, lex or lexicon())
    ctx.set_mentions(find_mentions(ctx))
    cue_sents: set[int] = set()
    for k, s0, s1 in ctx.pos.pieces():
        found = SentenceContext(ctx, k, s0, s1)
        cues = find_frames(found)
        if cues:
            cue_sents.add(k)
        for sc in split_frames(found, cues):
            for f in sc.frames:
                parse(sc, f)
                described(sc, f)
            reports = find_reports(sc, sc.frames)
            if reports:
                sc.frames = sorted(sc.frames + reports, key=lambda f: f.a)
            live = merge(sc, sc.frames)
            attributions(sc, live)
            close_contents(sc, live)
            ctx.frames.extend(f for f in live if not f.dropped)
    continue_colon_speech(ctx, ctx.frames, cue_sents)
    resolve(ctx)
    inherit_vias(ctx, ctx.frames)
    carry_outlet(ctx, ctx.frames)
    frames = [f for f in ctx.frames if not f.dropped and f.cstart is not None and f.sp_span is not None]
    frames.sort(key=lambda f: ctx.toks[f.a].start)
    denials_pointing_back(ctx, frames)
    return ctx, frames


def split_frames(sc: SentenceContext, frames: list[Frame]) -> list[SentenceContext]:
    """The sentence (piece) ``sc`` with its ``frames``, cut before every :data:`MAX_FRAMES`-th cue when it has
    more: no sentence of news has that many reports, and the passes compare the frames of a sentence pairwise."""
    if len(frames) <= MAX_FRAMES:
        sc.frames = frames
        return [sc]
    out, s0 = [], sc.s0
    for n in range(0, len(frames), MAX_FRAMES):
        group = frames[n:n + MAX_FRAMES]
        nxt = frames[n + MAX_FRAMES].cue_start() if n + MAX_FRAMES < len(frames) else sc.s1
        out.append(SentenceContext(sc.doc, sc.index, s0, nxt, group))
        s0 = nxt
    return out


QUOTE_OPENERS = frozenset(OPEN_QUOTES) | STRAIGHT_QUOTES


def same_party(speaker: Speaker, via: str) -> bool:
    """Does a ``via`` name the speaker itself: its words (after normalisation) are all the speaker's (or its
    name's), or it holds every word of a speaker of two words or more (معلومات من شهود عيان for شهود عيان; a
    one-word speaker such as السعودية may well speak through وكالة الأنباء السعودية)?"""
    sp = set(norm_key(speaker.text).split())
    b = set(norm_key(via).split())
    return bool(sp) and bool(b) and (b <= sp | set(norm_key(speaker.name or "").split())
                                     or len(sp) >= 2 and sp <= b)


def extract_claims(article: Article, start_id: int = 1) -> list[Claim]:
    """The claims of ``article``, numbered from ``c{start_id}``."""
    ctx, frames = read_frames(article)
    text, toks = ctx.text, ctx.toks
    for k, f in enumerate(frames):
        f.id = f"c{start_id + k}"
    names = NameBook(ctx, frames)
    claims = []
    for f in frames:
        s, e = f.sp_span
        speaker = Speaker(text[s:e], s, e, f.info.type, names.canonical(f))
        ca, cb = f.cue_span or (f.a, f.b)
        cue = Cue(text[toks[ca].start:toks[cb - 1].end], toks[ca].start, toks[cb - 1].end, f.form.lemma)
        content = Span(text[f.cstart:f.cend], f.cstart, f.cend)
        # direct: the words are given as a quotation (mostly inside quotation marks, and opening with one); a paraphrase
        # with a quoted phrase in it (الوزارة "سلّمت …") is reported speech, as the annotation conventions read it
        direct = ctx.pos.quoted_share(f.cstart, f.cend) >= 0.5 and text[f.cstart:f.cend].lstrip()[:1] in QUOTE_OPENERS
        recipient = Span(text[f.rec_span[0]:f.rec_span[1]], *f.rec_span) if f.rec_span else None
        # one link per span: a leading attribution and the claim a participle continues may both hand it the same one
        # and no link is the speaker again (وقال القرضاوي … via القرضاوي; وفق معلومات من شهود عيان … شهود عيان)
        via = [Via(text[a:b], g.id if g is not None else None, a, b)
               for n, ((a, b), g) in enumerate(f.via) if all(sp != (a, b) for sp, _ in f.via[:n])
               and not same_party(speaker, text[a:b])]
        # (a cue of naming is read with its object: ووصف الكرملين الاتهامات بأنها «غير مقبولة» denies them)
        stance = decide_stance(ctx, f, text[f.cstart if f.described is None else min(f.cstart, f.described):f.cend])
        claims.append(Claim(f.id, speaker, cue, stance, content, direct, recipient, via,
                            f.parent.id if f.parent is not None else None,
                            kind=REPORT if f.kind is CueKind.REPORT else CLAIM))
    return claims
