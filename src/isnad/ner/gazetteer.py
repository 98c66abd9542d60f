"""Place-name gazetteer features: which tokens start or continue a known place name.

Built from ``shared/data/gazetteer/gazetteer_ar.tsv`` (GeoNames and others, see ``data/README.md``) into a
compact list of normalised names with a coarse class, shipped as ``data/places.tsv.gz``.
Classes: ``C`` country, ``A`` administrative area / region / physical feature, ``P`` populated place with
population >= 100,000, ``p`` other populated place.
"""
from __future__ import annotations

import csv
import gzip
import io
import os
from pathlib import Path

from ..arabic.memo import Memo
from ..arabic.wordkeys import norm_word, simple_tokenize
from ..cache import cached, code

CLASSES = ("C", "A", "P", "p")
_PRIORITY = {"C": 0, "A": 1, "P": 2, "p": 3}
MAX_NAME_TOKENS = 5


def _name_key(name: str) -> tuple[str, ...]:
    return tuple(norm_word(t.text) for t in simple_tokenize(name) if t.text not in "-.'()")


def build_places(tsv_path: str | os.PathLike, out_path: str | os.PathLike, common_words: set[str] | None = None,
                 ) -> int:
    """Extract ``name<TAB>class`` rows (normalised, space-joined tokens) from the gazetteer TSV.

    GeoNames alternate names include many one-word names that are also function words or common nouns
    (``ان``, ``بين``, ``مدينه``). A one-word name in ``common_words`` (the most frequent words of the unlabeled
    news, normalised) is dropped unless it is a country, a capital or a place of >= 500,000 people.
    """
    common_words = common_words or set()
    csv.field_size_limit(1 << 30)
    best: dict[tuple[str, ...], str] = {}
    with open(tsv_path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            kind = row["kind"]
            if kind == "country":
                cls = "C"
            elif kind in ("admin1", "admin2", "region", "physical"):
                cls = "A"
            elif kind == "populated_place":
                try:
                    pop = int(float(row["population"] or 0))
                except ValueError:
                    pop = 0
                cls = "P" if pop >= 100_000 else "p"
            else:
                continue
            try:
                pop = int(float(row["population"] or 0))
            except ValueError:
                pop = 0
            keep_common = cls == "C" or row["feature_code"] == "PPLC" or pop >= 500_000
            for name in (row["names_ar"] + "|" + row["names_ar_curated"]).split("|"):
                key = _name_key(name)
                if not key or len(key) > MAX_NAME_TOKENS or not any(ch.isalpha() for ch in "".join(key)):
                    continue
                if len("".join(key)) < 3:
                    continue
                if len(key) == 1 and not keep_common and (key[0] in common_words or len(key[0]) < 3):
                    continue
                if key not in best or _PRIORITY[cls] < _PRIORITY[best[key]]:
                    best[key] = cls
    with gzip.open(out_path, "wt", encoding="utf-8", compresslevel=9) as out:
        for key in sorted(best):
            out.write(" ".join(key) + "\t" + best[key] + "\n")
    return len(best)


class Gazetteer:
    """Longest-match look-up of normalised place names over a token sequence."""

    def __init__(self, names: dict[tuple[str, ...], str], first: dict[str, int] | None = None):
        """``first``: a name's first word -> the most words of a name it starts (computed when not given)."""
        self.names = names
        self._variants = Memo("ner.gazetteer: first-word variants")  # bounded (see isnad.arabic.memo)
        if first is None:
            first = {}
            for key in names:
                first[key[0]] = max(first.get(key[0], 0), len(key))
        self.first = first

    @classmethod
    def load(cls, path: str | os.PathLike) -> "Gazetteer":
        """The place list of ``path``; its parsed form is kept in :mod:`isnad.cache` between runs."""
        raw = Path(path).read_bytes()

        def build() -> tuple[dict[tuple[str, ...], str], dict[str, int]]:
            names = {}
            with gzip.open(io.BytesIO(raw), "rt", encoding="utf-8") as fh:
                for line in fh:
                    name, _, c = line.rstrip("\n").partition("\t")
                    names[tuple(name.split(" "))] = c
            return names, cls(names).first

        return cls(*cached("ner-places", [raw, *code(__name__)], build))

    def _lookup(self, key: tuple[str, ...]) -> str | None:
        return self.names.get(key)

    def tag(self, norm_tokens: list[str]) -> list[str]:
        """One feature per token: ``O``, or ``B-<class>`` / ``I-<class>`` of the longest name found."""
        out = ["O"] * len(norm_tokens)
        i, n = 0, len(norm_tokens)
        cache = self._variants
        while i < n:
            found = None
            variants = cache.get(norm_tokens[i])
            if variants is None:
                variants = cache.recall(norm_tokens[i])
            if variants is None:
                variants = cache.store(norm_tokens[i], [v for v in _strip_variants(norm_tokens[i]) if v in self.first])
            for first in variants:
                if first not in self.first:
                    continue
                for length in range(min(self.first[first], n - i), 0, -1):
                    c = self._lookup((first,) + tuple(norm_tokens[i + 1:i + length]))
                    if c is not None:
                        if found is None or length > found[0]:
                            found = (length, c)
                        break
            if found:
                length, c = found
                out[i] = "B-" + c
                for j in range(i + 1, i + length):
                    out[j] = "I-" + c
                i += length
            else:
                i += 1
        return out


_PREFIXES = ("وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "و", "ف", "ب", "ل", "ك")


def _strip_variants(w: str) -> list[str]:
    """The token itself, then the token without a leading conjunction/preposition (+ article)."""
    out = [w]
    for p in _PREFIXES:
        if w.startswith(p) and len(w) - len(p) >= 2:
            rest = w[len(p):]
            out.append(rest)
            if p.endswith("ال") or p.endswith("لل"):
                out.append("ال" + rest)
    return out
