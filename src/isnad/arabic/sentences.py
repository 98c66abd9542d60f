"""Sentence splitting that respects quotations and brackets.

A sentence ends at . ! ? ؟ … (or a run of them, with closing quotes/brackets glued on) and at every line break
between paragraphs. It does not end inside «…», “…”, "…" or (…) when the quotation closes later in the same
paragraph, so a quotation spanning several sentences stays whole; an unclosed quotation (a scrape cut mid-way,
a stray mark) does not swallow the rest of the paragraph. A quotation whose own last sentence ends inside it («…
أكثر أمناً.» وكانت …) ends the sentence too when a new one follows. A period after a single letter (أ.ف.ب، د.) or between
digits is not an end. Arabic punctuation ، ؛ does not end a sentence.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ..model import Span
from .normalize import norm_key

TERMINALS = ".!?؟…"
OPENERS = {"«": "»", "“": "”", "(": ")", "[": "]", "‹": "›"}
CLOSERS = {v: k for k, v in OPENERS.items()}
SYMMETRIC = {'"'}
TRAILING = set("»”)]›\"'’")

_LINE = re.compile(r"[^\n]+")
LONG_QUOTE = 6  # words from which a quotation ending in . ! ? is a sentence of its own, without a colon before it


@lru_cache(maxsize=1)
def _continuers() -> frozenset[str]:
    """Words that carry a sentence on after a quotation (``data/sentence_continuers.txt``), as matching keys."""
    lines = resources.files("isnad.arabic").joinpath("data/sentence_continuers.txt").read_text(encoding="utf-8")
    return frozenset(norm_key(x) for x in lines.splitlines() if x.strip() and not x.startswith("#"))


def _paragraph_sentences(text: str, base: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    stack: list[str] = []
    start = 0
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in OPENERS:
            if text.find(OPENERS[ch], i + 1) != -1:
                stack.append(OPENERS[ch])
        elif ch in CLOSERS:
            if ch in stack:
                while stack and stack.pop() != ch:
                    pass
                if _closes_sentence(text, i, stack):
                    out.append((start, i + 1))
                    start = i + 1
        elif ch in SYMMETRIC:
            if stack and stack[-1] == ch:
                stack.pop()
                if _closes_sentence(text, i, stack):
                    out.append((start, i + 1))
                    start = i + 1
            elif text.find(ch, i + 1) != -1:
                stack.append(ch)
        elif ch in TERMINALS and not stack:
            if ch == "." and _is_abbreviation_dot(text, i):
                i += 1
                continue
            j = i + 1
            while j < n and (text[j] in TERMINALS or text[j] in TRAILING):
                if text[j] in CLOSERS and text[j] not in TRAILING:
                    break
                j += 1
            # Only end here when what follows starts a new sentence (space then text) or the paragraph ends.
            if j >= n or text[j].isspace():
                out.append((start, j))
                start = j
            i = j
            continue
        i += 1
    if start < n:
        out.append((start, n))
    result = []
    for a, b in out:
        seg = text[a:b]
        la = len(seg) - len(seg.lstrip())
        lb = len(seg.rstrip())
        if lb > la:
            result.append((base + a + la, base + a + lb))
    return result


def _closes_sentence(text: str, i: int, stack: list[str]) -> bool:
    """Does the quotation mark at ``i``, closing the outermost quotation, end a sentence: the quotation's own last
    sentence ends right inside it («… إلى مناطق أكثر أمنًا.» وكانت الوكالة …) and a new sentence follows (a space,
    then a letter)? A quotation followed by a comma or a cue on the same line (… قال الوزير) goes on."""
    if stack or i == 0 or text[i - 1] not in TERMINALS or (text[i - 1] == "." and _is_abbreviation_dot(text, i - 1)):
        return False
    j = i + 1
    if j >= len(text) or not text[j].isspace():
        return False
    rest = text[j:].lstrip().split(maxsplit=1)
    if not rest or not rest[0][:1].isalpha() or norm_key(rest[0]) in _continuers():
        return False  # … «ماذا بعد الحريق؟» أن الإسعاف تأخر: the sentence goes on
    opener = text.rfind(CLOSERS.get(text[i], text[i]), 0, i)
    if opener < 0:
        return False
    before = text[:opener].rstrip()
    # words said: after a colon (قال: «…»), or a quotation of a sentence or more, not a short title or phrase
    return before.endswith(":") or len(text[opener + 1:i].split()) >= LONG_QUOTE


def _is_abbreviation_dot(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isdigit() and nxt.isdigit():
        return True
    # single letter before the dot (أ.ف.ب، د. محمد) or another letter-dot right after (U.S.)
    before = text[max(0, i - 2):i]
    if prev.isalpha() and (len(before) < 2 or not before[0].isalpha()):
        return True
    return nxt.isalpha() and i + 2 < len(text) and text[i + 2] == "."


def split_sentences(text: str) -> list[Span]:
    """Sentences of ``text`` as spans (offsets into ``text``), never crossing a line break."""
    spans: list[Span] = []
    for m in _LINE.finditer(text):
        for a, b in _paragraph_sentences(m.group(), m.start()):
            spans.append(Span(text[a:b], a, b))
    return spans
