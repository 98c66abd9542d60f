"""What a line of page text is: the structural tests the page parser builds on.

Each test looks at shape (length, final punctuation, a parenthesised credit, repetition) and at lexicons kept as
data files in ``isnad/ingest/data/`` — never at one outlet's words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import load_keys, load_list
from ..text.normalize import norm_key

PKG = "isnad.ingest"

# A sentence end, possibly followed by closing quotes/brackets (a headline ending in a quotation does not count).
TERMINAL_END = re.compile(r"[.!?؟…:]\s*[»”\"')\]]*\s*$|[»”\")]\s*[.!?؟]\s*$")
SENTENCE_END = re.compile(r"[.!?؟…]\s*$")
PAREN_TAIL = re.compile(r"^(?P<head>.*?)\s*\((?P<inner>[^()]{1,60})\)\s*$")
DIVIDER = re.compile(r"^\s*[-_=*~•.·]{3,}\s*$")
LATIN_ONLY = re.compile(r"^[A-Za-z\s]+$")
ARABIC_CHAR = re.compile(r"[\u0600-\u06ff]")
WORD = re.compile(r"\S+")


def credits() -> frozenset[str]:
    return load_keys(PKG, "data/credits.txt")


def widgets() -> frozenset[str]:
    return load_keys(PKG, "data/widgets.txt")


def related_markers() -> frozenset[str]:
    return load_keys(PKG, "data/related_markers.txt")


def sections() -> tuple[str, ...]:
    # longest first, so "أخبار عربية" wins over "أخبار"
    return tuple(sorted(load_list(PKG, "data/sections.txt"), key=len, reverse=True))


def footer_markers() -> frozenset[str]:
    return load_keys(PKG, "data/footer_markers.txt")


def title_labels() -> frozenset[str]:
    return load_keys(PKG, "data/title_labels.txt")


@dataclass
class Line:
    """One non-empty line of the page, with the facts the parser needs about it."""

    index: int
    text: str
    key: str
    blank_before: bool
    count: int = 1  # how many lines of the page share this key

    @property
    def words(self) -> int:
        return len(WORD.findall(self.text))

    @property
    def punctuated(self) -> bool:
        return bool(TERMINAL_END.search(self.text))


def word_count(text: str) -> int:
    return len(WORD.findall(text))


def is_widget(text: str) -> bool:
    k = norm_key(text)
    if not k:
        return True
    if k in widgets():
        return True
    # a stray token of one to three Latin letters (font-size widgets, "ha" markers)
    return bool(LATIN_ONLY.match(text.strip())) and len(text.strip()) <= 3


def is_divider(text: str) -> bool:
    return bool(DIVIDER.match(text))


def credit_of(text: str) -> str | None:
    """The credit in a trailing ``(…)`` when it is a known photo/wire credit, else None."""
    m = PAREN_TAIL.match(text)
    if not m:
        return None
    inner = m.group("inner").strip()
    k = norm_key(inner)
    if k in credits() or any(k == c or k.startswith(c + " ") for c in credits() if len(c) > 4):
        return inner
    return None


def is_caption(text: str) -> bool:
    """An image caption: a line ending in a photo credit, not a sentence of the body."""
    if credit_of(text) is None:
        return False
    head = PAREN_TAIL.match(text).group("head")
    return not TERMINAL_END.search(head) and word_count(head) <= 80


def author_city(text: str) -> tuple[str, str] | None:
    """``NAME (CITY)``: a teaser's author and city, when the line is that short and not a credit."""
    m = PAREN_TAIL.match(text)
    if not m or credit_of(text):
        return None
    head, inner = m.group("head").strip(), m.group("inner").strip()
    if not head or word_count(head) > 5 or word_count(inner) > 3 or SENTENCE_END.search(head):
        return None
    return head, inner


def is_related_marker(text: str) -> bool:
    return norm_key(text) in related_markers()


def is_footer(text: str) -> bool:
    k = norm_key(text)
    return any(k.startswith(m) for m in footer_markers()) or text.strip().startswith("©")


def split_section(text: str) -> tuple[str | None, str]:
    """A teaser's caption line may start with its section name: return (section, rest)."""
    stripped = text.strip()
    k = norm_key(stripped)
    for s in sections():
        sk = norm_key(s)
        if k.startswith(sk + " ") and len(stripped) > len(s):
            # cut the same number of words from the original text
            n = len(s.split())
            parts = stripped.split(None, n)
            if len(parts) > n:
                return " ".join(parts[:n]), parts[n]
    return None, stripped


def strip_title_label(text: str) -> str:
    """Drop a label such as ``عاجل|`` or ``خاص:`` glued before a headline."""
    m = re.match(r"^\s*([^|:：\-–—]{1,20})\s*[|:：\-–—]\s*(.+)$", text)
    if m and norm_key(m.group(1)) in title_labels():
        return m.group(2).strip()
    return text.strip()


def has_arabic(text: str) -> bool:
    return bool(ARABIC_CHAR.search(text))
