"""The mentions pass: speaker-like phrases anywhere in the article, before any cue is read.

A mention is a phrase that could be a speaker — a personal name in subject position, a speaker noun, a state, an
outlet, a quoted name, an entity the NER stage found — with whether it stands in subject position. Mentions feed
later passes: antecedents of elided speakers (resolution), the issuer of a statement (speaker pass), and
anaphoric sources (الصحيفة → the paper named before: :func:`anaphor`). The names met are learnt by the reader,
so that a surname alone further on reads as a name.
"""
from __future__ import annotations

from .context import ArticleContext
from .frame import Mention, Range
from .lexicon import COMMAS, LAM, LAM_ARTICLE, TATWEEL


def find_mentions(ctx: ArticleContext) -> list[Mention]:
    """Every speaker-like phrase of the article, in order (the names in them are learnt on the way)."""
    r, pos, toks = ctx.r, ctx.pos, ctx.toks
    out: list[Mention] = []
    for _, s0, s1 in pos.pieces():
        j = s0
        while j < s1:
            t = toks[j]
            named = t.word and r.is_name_token(j) and (r.name_run(j) >= 2 or r.known_name(j) or (
                r.given_name(j) is not None and art_surname(ctx, j + 1))) \
                and pos.subject_position(j, s0) and (title_after_name(ctx, j) or (
                    r.given_name(j) is not None and (r.name_run(j) >= 2 or art_surname(ctx, j + 1))))
            lexical = named or (r.speaker_noun(j) is not None and not r.is_cue(j)) or r.actor_at(j, s1) is not None \
                or r.outlet_at(j, s1) > j or (not t.word and r.quoted_name_end(j) is not None) \
                or (t.word and r.entity_at(j) is not None and r.entity_at(j).label in ("PERS", "ORG"))
            if lexical and r.starts_phrase(j):
                e = r.walk(j, s1, strict=True)
                if e > j:
                    out.append(Mention(j, e, pos.subject_position(j, s0)))
                    r.learn_name(j, e)
                    j = e
                    continue
            j += 1
    return out


def art_surname(ctx: ArticleContext, k: int) -> bool:
    """A family name with the article right after a given name (سمير الطيب)."""
    t = ctx.r.tok(k)
    return t is not None and t.word and t.art and t.prep is None and ctx.r.is_plain_word(k) \
        and not ctx.r.is_adj(k)


def title_after_name(ctx: ArticleContext, j: int) -> bool:
    """A name followed by a title (كارلوس دي كوسيو المدير العام …، داود شهاب المتحدث باسم …)."""
    k = j + ctx.r.name_run(j)
    if k < len(ctx.toks) and ctx.toks[k].text in COMMAS:
        k += 1
    sn = ctx.r.speaker_noun(k) if k < len(ctx.toks) else None
    return sn is not None and sn.role in ("title", "honorific") and ctx.toks[k].prep is None


def anaphor(ctx: ArticleContext, a: int, b: int) -> Range | None:
    """A one-word definite outlet or organisation (للصحيفة، الوكالة) points to the one named before it."""
    r = ctx.r
    tt = ctx.toks[a]
    sn = r.speaker_noun(a)
    if b - a != 1 or not (tt.art or tt.bare.startswith(LAM_ARTICLE)) or sn is None or sn.role != "head" \
            or sn.type not in ("outlet", "organization"):
        return None
    for (ma, mb, _) in reversed(ctx.mentions):
        if mb - ma > 1 and ctx.toks[mb - 1].end <= tt.start and r.speaker_noun(ma) == sn:
            return ctx.pos.tok_span(ma, mb)
    return None


def source_span(ctx: ArticleContext, a: int, b: int, resolve_anaphor: bool = True) -> Range:
    """Character span of a source phrase, without the ل of وفقاً لـ (and with anaphors resolved)."""
    found = anaphor(ctx, a, b) if resolve_anaphor else None
    if found:
        return found
    t = ctx.toks[a]
    s = t.start
    if t.word and t.text.endswith(TATWEEL) and b - a > 1:
        s = ctx.toks[a + 1].start
    elif t.word and t.prep == LAM and not t.bare.startswith(LAM_ARTICLE) and LAM in t.text:
        s = t.start + t.text.index(LAM) + 1
    return s, ctx.toks[b - 1].end
