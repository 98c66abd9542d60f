"""A denial that points back with a bare demonstrative to a claim of the same sentence (وقال المستشفى إن كينغ توفي
بسبب سكتة قلبية، لكن صديقته نفت ذلك): what it denies is the words of that claim, so those words are its content, as
the shared gold reads it (t41). Across a sentence boundary the demonstrative stays the content (the reference page:
"… . لكن التحالف نفى ذلك"), and the comparison stage links the denial to what it denies; a demonstrative with its
noun (نفت هذه التصريحات، تلك المزاعم) names what is denied and stays too."""
from __future__ import annotations

from .context import ArticleContext
from .frame import Frame

REACH = 80  # tokens between the cue of the claim pointed at and the denial


def denials_pointing_back(ctx: ArticleContext, frames: list[Frame]) -> None:
    """Give each deny frame whose content is a bare demonstrative the content of the nearest claim before it in the
    same sentence, made by another speaker within :data:`REACH` tokens."""
    toks = ctx.toks
    for n, f in enumerate(frames):
        if f.form.stance != "deny" or f.cstart is None or f.cend is None:
            continue
        k = ctx.pos.tok_at(f.cstart)
        if not (ctx.r.role(k, "demo") and toks[k].start == f.cstart and toks[k].end == f.cend):
            continue  # (نفت ذلك، نفى المتحدث ذلك: the content is the demonstrative alone)
        for g in reversed(frames[:n]):
            if g.a < f.a - REACH or g.sent != f.sent or f.sent < 0:
                break
            if g.cstart is None or g.cend is None or g.cend > toks[f.a].start or g.sp_span is None:
                continue
            if ctx.text[slice(*g.sp_span)] != ctx.text[slice(*f.sp_span)] and g.form.stance != "deny":
                f.cstart, f.cend = g.cstart, g.cend
            break
