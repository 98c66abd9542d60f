"""Hard-wrapped text (agency copy, e-mail, terminal captures): lines broken inside sentences at a fixed width
are joined back into paragraphs before the page is read.

A text is hard-wrapped when its lines that are followed by another line (in the same block of lines between
blank lines) are all about as long as the longest of them (or are short and end a sentence: a paragraph's last
line), that longest is a plausible wrapping width, few of the long ones end a sentence, and the blocks mostly end
with one. Then, inside a block, a line that fills the width is
joined to the next with a space; a shorter line ends its paragraph (a headline or a credit on its own line, or a
paragraph that ends without a blank line), and so does a line ending a sentence when the next line's first word
would have fitted on it. Scraped page text, one paragraph a line, is left as it is: its lines
vary in length far beyond a wrapping width.
"""
from __future__ import annotations

import re

MAX_WRAP_WIDTH = 110        # a hard wrap is at most this wide (longer lines are paragraphs of their own)
MIN_WRAP_WIDTH = 30
FULL_SHARE = 0.7            # a wrapped line fills at least this share of the width ...
MIN_FULL_LINES = 0.8        # ... and at least this share of the continued lines do
MAX_ENDING_SHARE = 0.3      # at most this share of the full continued lines end a sentence
MIN_BLOCK_ENDINGS = 0.5     # at least this share of the blocks of several lines end a sentence
MIN_CONTINUED = 3           # at least this many lines run on into the next

_SENTENCE_END = re.compile(r"[.!?؟…:]\s*[»”\"')\]]*\s*$")


def _blocks(lines: list[str]) -> list[list[str]]:
    out: list[list[str]] = []
    cur: list[str] = []
    for ln in lines:
        if ln.strip():
            cur.append(ln.strip())
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def wrap_width(text: str) -> int | None:
    """The width ``text`` is hard-wrapped at, or None when it is not hard-wrapped."""
    blocks = _blocks(text.splitlines())
    multi = [b for b in blocks if len(b) > 1]
    continued = [ln for b in multi for ln in b[:-1]]
    if len(continued) < MIN_CONTINUED:
        return None
    width = max(len(ln) for b in multi for ln in b)
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return None
    full = [ln for ln in continued if len(ln) >= FULL_SHARE * width]
    # a short line that ends a sentence ends a paragraph printed without a blank line after it
    short_ends = sum(1 for ln in continued if len(ln) < FULL_SHARE * width and _SENTENCE_END.search(ln))
    full_ends = sum(1 for ln in full if _SENTENCE_END.search(ln))
    block_endings = sum(1 for b in multi if _SENTENCE_END.search(b[-1]))
    if (len(full) + short_ends < MIN_FULL_LINES * len(continued) or full_ends > MAX_ENDING_SHARE * len(full)
            or block_endings < MIN_BLOCK_ENDINGS * len(multi)):
        return None
    return width


def unwrap(text: str) -> str:
    """``text`` with hard-wrapped lines joined into one line per paragraph, blank lines between paragraphs (the
    text unchanged when it is not hard-wrapped)."""
    width = wrap_width(text)
    if width is None:
        return text
    paragraphs: list[str] = []
    for block in _blocks(text.splitlines()):
        cur: list[str] = []
        for ln, nxt in zip(block, block[1:] + [""]):
            cur.append(ln)
            # a short line ends its paragraph, and so does a sentence end where the next word would have fit
            fits = bool(nxt) and len(ln) + 1 + len(nxt.split()[0]) <= width
            if len(ln) < FULL_SHARE * width or (fits and _SENTENCE_END.search(ln)):
                paragraphs.append(" ".join(cur))
                cur = []
        if cur:
            paragraphs.append(" ".join(cur))
    return "\n\n".join(paragraphs) + "\n"
