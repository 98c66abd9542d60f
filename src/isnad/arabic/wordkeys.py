"""Word keys of the vector vocabulary: the tokenisation and normalisation the word vectors (and the NER model
trained with them) were built on.

The model was trained on ANERcorp tokens: whitespace-separated words with punctuation split off and clitics
left attached (``والصادرات`` is one token). :func:`simple_tokenize` reproduces that convention on raw text for the training corpus and the
place list (at run time the tagger reads the text layer's tokens, which follow the same convention).
"""
from __future__ import annotations

import re
from typing import NamedTuple

# Arabic combining marks and tatweel that can sit inside a word.
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d"
_TOKEN_RE = re.compile(
    r"\d+(?:[.,\u066b\u066c]\d+)*%?"          # numbers, decimals, percentages
    rf"|(?:[^\W\d_]|[{_MARKS}])(?:[\w{_MARKS}]|(?<=\w)'(?=\w))*"  # words (letters, then letters/digits/marks)
    r"|_+|\S",                                 # anything else: one character at a time
)


class Token(NamedTuple):
    text: str
    start: int
    end: int


def simple_tokenize(text: str) -> list[Token]:
    """Surface tokens with character offsets: words, numbers, and each punctuation character alone."""
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]


# ---------------------------------------------------------------------------------------------------------
# Normalisation for vocabulary look-ups (embeddings, gazetteer). Stable: the shipped model depends on it.
_DROP = dict.fromkeys(
    [c for c in range(0x064B, 0x0660)] + [c for c in range(0x0610, 0x061B)] + [0x0670, 0x0640]
    + [c for c in range(0x06D6, 0x06EE)] + [0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0xFEFF, 0x00AD]
)
_MAP = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك",
    "٠": "0", "١": "0", "٢": "0", "٣": "0", "٤": "0", "٥": "0", "٦": "0", "٧": "0", "٨": "0", "٩": "0",
    "1": "0", "2": "0", "3": "0", "4": "0", "5": "0", "6": "0", "7": "0", "8": "0", "9": "0",
})


def strip_marks(w: str) -> str:
    """Remove diacritics, tatweel and zero-width characters."""
    return w.translate(_DROP)


def norm_word(w: str) -> str:
    """Look-up key: marks removed, alef/yaa/taa-marbuta unified, digits to 0, Latin lower-cased."""
    return w.translate(_DROP).translate(_MAP).lower()


_PROCLITICS = ("وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال")
_PROCL_SHORT = ("و", "ف", "ب", "ل", "ك")


def strip_clitics(w: str) -> tuple[str, str]:
    """Split a normalised word into (proclitics, rest): conjunction/preposition + article, never below 2 letters.

    Used for a back-off look-up of the embedding; a bare ``و/ف/ب/ل/ك`` is only stripped when the rest is known,
    which the caller checks.
    """
    for p in _PROCLITICS:
        if w.startswith(p) and len(w) - len(p) >= 2:
            return p, w[len(p):]
    return "", w
