"""Words quoted after a colon that go on past their sentence.

A speaker quoted without quotation marks after a colon often says more than one sentence (… في مؤتمر صحافي: نعترف
بمسؤوليتنا … ما حدث. لفترة طويلة كنا على اقتناع بأن …). The sentence pass ends every content at its sentence end;
this pass, run on the whole article after it, carries such a content on over each following sentence of the same
paragraph that has no cue of its own (unless the words are a closed quotation) (nor a colon, which opens new words: وواصل: …) and speaks in the first person
(a ``firstperson`` pronoun of ``grammar.tsv`` or a word of ``first_person_words``: the writer of a news report does
not say "we" or "I", the speaker does), and stops at the first that does not. Each end is the sentence's, trimmed as
every content's is (:meth:`.positions.Positions.trim`).
"""
from __future__ import annotations

from ..arabic import QUOTE_CHARS
from .context import ArticleContext
from .frame import ContentType, Frame
from .lexicon import words

FIRST_PERSON = words("first_person_words")


def _first_person(ctx: ArticleContext, s0: int, s1: int) -> bool:
    return any(ctx.r.role(k, "firstperson") or ctx.toks[k].bare in FIRST_PERSON for k in range(s0, s1))


def continue_colon_speech(ctx: ArticleContext, frames: list[Frame], cue_sents: set[int]) -> None:
    """Extend each colon content that runs to its sentence end over the next first-person sentences without a
    cue (``frames``: the article's live frames; ``cue_sents``: the sentences where the cue pass found any cue,
    taken in or dropped later included)."""
    pos, toks = ctx.pos, ctx.toks
    sents = pos.sent_tok
    for f in frames:
        if f.ctype is not ContentType.COLON or f.cend is None or f.cstart is None:
            continue
        k = toks[pos.tok_at(f.cstart)].sent
        if k < 0 or f.cend < pos.trim(f.cstart, toks[sents[k][1] - 1].end):
            continue  # the words end inside their sentence
        q = pos.quote_of(pos.tok_at(f.cstart) + 1) if ctx.text[f.cstart] in QUOTE_CHARS else None
        if q is not None and q.start == f.cstart and q.closed and q.end <= toks[sents[k][1] - 1].end + 1:
            continue  # وقال: «…».: the quotation marks say where the words end, inside this sentence
        para = toks[sents[k][0]].para
        while k + 1 < len(sents):
            s0, s1 = sents[k + 1]
            if toks[s0].para != para or k + 1 in cue_sents or not _first_person(ctx, s0, s1) \
                    or any(t.text == ":" for t in toks[s0:s1]):
                break
            f.cend, k = pos.trim(f.cstart, toks[s1 - 1].end), k + 1
