"""Arabic normalisation for matching, keeping a map back to the original offsets.

``normalize(s)`` returns a :class:`Normalized` whose ``text`` is the matching form and whose ``offsets[i]`` is the
index in ``s`` of the character that produced ``text[i]``. A span ``(a, b)`` of the normalised text maps back to
``s[orig_start(a):orig_end(b)]``. The character tables are data (``CHAR_MAP``, ``DROP``), not branches.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Characters removed for matching: harakat, tanwin, shadda, sukun, superscript alef, Quranic marks, tatweel,
# zero-width and bidi controls, BOM.
DROP = frozenset(
    [chr(c) for c in range(0x064B, 0x0660)]
    + [chr(c) for c in range(0x0610, 0x061B)]
    + ["\u0670", "\u0640"]
    + [chr(c) for c in range(0x06D6, 0x06EE) if c not in (0x06E5, 0x06E6)]
    + ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff", "\u00ad"]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
)

# One-to-one letter and digit mappings applied after NFKC.
CHAR_MAP: dict[str, str] = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ۍ": "ي",
    "ة": "ه", "ۀ": "ه", "ە": "ه",
    "ؤ": "و", "ئ": "ي",
    "ک": "ك", "ڪ": "ك",
    "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
    "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4", "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
    "٫": ".", "٬": ",", "،": "،",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2002": " ", "\u2003": " ",
}

ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


@dataclass(frozen=True)
class Normalized:
    """A normalised string and, for each of its characters, the index of the source character."""

    text: str
    offsets: tuple[int, ...]
    source_length: int

    def orig_start(self, i: int) -> int:
        if i >= len(self.offsets):
            return self.source_length
        return self.offsets[i]

    def orig_end(self, j: int) -> int:
        """Original end offset for a normalised span ending (exclusively) at ``j``."""
        if j <= 0:
            return 0
        if j > len(self.offsets):
            return self.source_length
        return self.offsets[j - 1] + 1

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        return self.orig_start(start), self.orig_end(end)


@lru_cache(maxsize=4096)
def _map_char(ch: str, lowercase: bool) -> str:
    if ch in DROP:
        return ""
    out = []
    for c in unicodedata.normalize("NFKC", ch):
        if c in DROP:
            continue
        c = CHAR_MAP.get(c, c)
        if lowercase:
            c = c.lower()
        out.append(c)
    return "".join(out)


class _CharTable(dict):
    """``ord(ch)`` -> :func:`_map_char` of ``ch``, filled as characters are met, for ``str.translate`` (which asks
    ``__missing__`` for a character not yet in it). Normalising through it runs in C instead of one Python call per
    character: the same strings as joining the characters' mappings, since each character maps on its own.
    Bounded: past ``LIMIT`` distinct characters the rest are mapped without being kept."""

    LIMIT = 20_000

    def __init__(self, lowercase: bool):
        super().__init__()
        self.lowercase = lowercase

    def __missing__(self, code: int) -> str:
        m = _map_char(chr(code), self.lowercase)
        if len(self) < self.LIMIT:
            self[code] = m
        return m


_TABLES = {True: _CharTable(True), False: _CharTable(False)}


def normalize(s: str, *, lowercase: bool = True) -> Normalized:
    """Normalise ``s`` for matching and keep the offset map (see module doc)."""
    table = _TABLES[lowercase]
    text = s.translate(table)
    if len(text) == len(s) and all(len(table[ord(ch)]) == 1 for ch in set(s)):
        return Normalized(text, tuple(range(len(s))), len(s))  # one character for one: the usual case
    chars: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(s):
        m = _map_char(ch, lowercase)
        for c in m:
            chars.append(c)
            offsets.append(i)
    return Normalized("".join(chars), tuple(offsets), len(s))


def norm(s: str | None, *, lowercase: bool = True) -> str:
    """The normalised text alone (no offsets), for keys and comparisons."""
    if not s:
        return ""
    return s.translate(_TABLES[lowercase])


_SPACE = re.compile(r"\s+")
_KEY_PUNCT = re.compile(r"[\-‐‑–—_.·'\"«»“”‘’()\[\]{}،,:؛;!?؟…/\\|]+")


def norm_key(s: str | None) -> str:
    """A matching key: normalised, punctuation to spaces, spaces collapsed."""
    k = _KEY_PUNCT.sub(" ", norm(s))
    return _SPACE.sub(" ", k).strip()


def strip_diacritics(s: str) -> str:
    """Remove harakat and tatweel only (letters kept as written)."""
    return "".join(ch for ch in s if ch not in DROP)


def to_ascii_digits(s: str) -> str:
    return s.translate(ARABIC_DIGITS)
