"""Turning token sequences into the integer inputs of the tagger (word, stem, characters, gazetteer, shape)."""
from __future__ import annotations

import unicodedata

from ..arabic.memo import Memo
from ..arabic.wordkeys import norm_word, strip_clitics, strip_marks

PAD, UNK = 0, 1
MAX_CHARS = 16

GAZ_TAGS = ("O",) + tuple(f"{p}-{c}" for c in ("C", "A", "P", "p") for p in ("B", "I"))
SHAPES = ("pad", "arabic", "latin", "digit", "punct", "mixed", "other")
PREFIXES = ("", "وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال")


def shape(w: str) -> int:
    has_ar = has_lat = has_dig = has_p = False
    for ch in w:
        if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufefc":
            if ch.isalpha():
                has_ar = True
            elif ch.isdigit():
                has_dig = True
        elif ch.isdigit():
            has_dig = True
        elif ch.isalpha():
            has_lat = True
        elif unicodedata.category(ch)[0] in "PS":
            has_p = True
    kinds = has_ar + has_lat + has_dig
    if kinds > 1:
        return SHAPES.index("mixed")
    if has_ar:
        return SHAPES.index("arabic")
    if has_lat:
        return SHAPES.index("latin")
    if has_dig:
        return SHAPES.index("digit")
    if has_p:
        return SHAPES.index("punct")
    return SHAPES.index("other")


class Featurizer:
    """Maps tokens to indices. ``words``: normalised word -> row of the embedding table (0 pad, 1 unknown);
    ``chars``: character -> index (0 pad, 1 unknown)."""

    def __init__(self, words: dict[str, int], chars: dict[str, int], gazetteer=None):
        self.words = words
        self.chars = chars
        self.gazetteer = gazetteer
        self._cache = Memo("ner.features: token ids")  # a bounded number (see isnad.arabic.memo)

    def word_ids(self, w: str) -> tuple[int, int, int, int, list[int]]:
        hit = self._cache.get(w)
        if hit is None:
            hit = self._cache.recall(w)
        if hit is not None:
            return hit
        n = norm_word(w)
        wid = self.words.get(n)
        pre, stem = strip_clitics(n)
        if wid is None and not pre and len(n) > 3 and n[0] in "وفبلك":
            # bare conjunction/preposition: back off only when the rest is a known word
            if n[1:] in self.words:
                pre, stem = n[0], n[1:]
        sid = self.words.get(stem, UNK)
        if wid is None:
            wid = sid if pre else UNK
        pid = PREFIXES.index(pre) if pre in PREFIXES else len(PREFIXES)  # bare clitic -> last id
        raw = strip_marks(w) or w
        cids = [self.chars.get(c, UNK) for c in raw[:MAX_CHARS]]
        return self._cache.store(w, (wid, sid, pid, shape(w), cids))

    def encode(self, tokens: list[str]) -> dict:
        ids = [self.word_ids(t) for t in tokens]
        if self.gazetteer is not None:
            gaz = [GAZ_TAGS.index(g) for g in self.gazetteer.tag([norm_word(t) for t in tokens])]
        else:
            gaz = [0] * len(tokens)
        return {
            "word": [x[0] for x in ids],
            "stem": [x[1] for x in ids],
            "prefix": [x[2] for x in ids],
            "shape": [x[3] for x in ids],
            "chars": [x[4] for x in ids],
            "gaz": gaz,
        }


N_PREFIX = len(PREFIXES) + 1
