"""Photo captions printed twice with no credit line: two identical short lines one under the other (the caption of
a gallery or a lazy-loaded image printed once as alternative text and once as its caption), with no «تصوير: فلان»
and no «(رويترز)» to mark them. Read by where they stand, never by their words:

- inside the body: the pair stands between body paragraphs and the text after it goes on with the same story: no
  date, byline or dateline follows it (as under a second article's headline) and the next paragraph does not open
  like a story's lede (``data/lede_openers.tsv``: قال، أعلنت، نفى …);
- over the body: the pair stands after the headline and its own date, byline or credit line, and the body follows it
  directly (a headline printed twice is followed by its date or byline, or stands before them).

A line printed twice in a row is a caption only when it is caption-shaped (a few words, no sentence end) and is not
printed anywhere else on the page (a headline printed three times around a widget stays a headline).
"""
from __future__ import annotations

from .pagelines import HEADER_KINDS, MAX_PHOTO_CAPTION_WORDS, MIN_TITLE_WORDS, NEW_ARTICLE_LOOKAHEAD, Classified, Shape
from .teasers import opens_lede

MIN_TWICE_CAPTION_WORDS = 3
SKIPPED = ("widget", "nav", "reltime")


def _pairs(items: list[Classified]) -> list[tuple[int, int]]:
    """(first, last) indexes of the runs of two or more identical caption-shaped lines printed nowhere else."""
    out = []
    k = 0
    while k < len(items):
        j = k
        while j + 1 < len(items) and items[j + 1].line.key == items[k].line.key:
            j += 1
        ln = items[k].line
        if (j > k and ln.count == j - k + 1 and all(items[x].kind in ("text", "dup") for x in range(k, j + 1))
                and MIN_TWICE_CAPTION_WORDS <= ln.words <= MAX_PHOTO_CAPTION_WORDS and not ln.punctuated):
            out.append((k, j))
        k = j + 1
    return out


def _next(items: list[Classified], k: int, step: int) -> int | None:
    """The index of the nearest item from ``k`` in direction ``step`` that is not a widget, menu or time stamp."""
    while 0 <= k < len(items):
        if items[k].kind not in SKIPPED:
            return k
        k += step
    return None


def _inside_body(items: list[Classified], shape: Shape, first: int, last: int) -> bool:
    before = _next(items, first - 1, -1)
    after = _next(items, last + 1, 1)
    if before is None or after is None or not shape.is_body(items[before]) or not shape.is_body(items[after]):
        return False
    return not opens_lede(items[after].line.text)


def _over_body(items: list[Classified], shape: Shape, first: int, last: int) -> bool:
    after = _next(items, last + 1, 1)
    if after is None or not shape.is_body(items[after]):
        return False
    k = _next(items, first - 1, -1)
    header = False
    for _ in range(NEW_ARTICLE_LOOKAHEAD):
        if k is None:
            return False
        c = items[k]
        if c.kind in HEADER_KINDS:
            header = True
        elif c.kind == "caption":
            pass
        elif header and shape.is_headline(c) and c.line.words >= MIN_TITLE_WORDS:
            return True
        else:
            return False
        k = _next(items, k - 1, -1)
    return False


def mark_twice_printed_captions(items: list[Classified], shape: Shape) -> None:
    """Mark as captions the lines printed twice in a row with no credit, inside the body or right over it."""
    for first, last in _pairs(items):
        if _inside_body(items, shape, first, last) or _over_body(items, shape, first, last):
            for x in range(first, last + 1):
                items[x].kind = "caption"
