"""Sentence splitting that respects quotations and brackets.

A sentence ends at . ! ? ؟ … (or a run of them, with closing quotes/brackets glued on) and at every line break
between paragraphs. It does not end inside «…», “…”, "…" or (…) when the quotation closes later in the same
paragraph, so a quotation spanning several sentences stays whole; an unclosed quotation (a scrape cut mid-way,
a stray mark) does not swallow the rest of the paragraph. A period after a single letter (أ.ف.ب، د.) or between
digits is not an end. Arabic punctuation ، ؛ does not end a sentence.
"""
from __future__ import annotations

import re

from ..model import Span

TERMINALS = ".!?؟…"
OPENERS = {"«": "»", "“": "”", "(": ")", "[": "]", "‹": "›"}
CLOSERS = {v: k for k, v in OPENERS.items()}
SYMMETRIC = {'"'}
TRAILING = set("»”)]›\"'’")

_LINE = re.compile(r"[^\n]+")


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
        elif ch in SYMMETRIC:
            if stack and stack[-1] == ch:
                stack.pop()
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
