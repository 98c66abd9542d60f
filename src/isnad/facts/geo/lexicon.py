"""The word lists the toponym resolver reads (all data files under ``isnad/facts/data/``), each loaded once per
process and matched as normalised keys."""
from __future__ import annotations

from functools import lru_cache

from ...lexicon import load_keys, load_list, load_tsv, nisba_forms  # noqa: F401 - nisba_forms: shared
from ...arabic.normalize import norm, norm_key
from .gazetteer import key_words, name_key

PKG = "isnad.facts"



def _strip_article(w: str) -> tuple[str, bool]:
    if w.startswith("ال") and len(w) >= 4:
        return w[2:], True
    return w, False


@lru_cache(maxsize=1)
def place_heads() -> dict[str, str]:
    """Normalised head (article as written: مدينة, العاصمة) -> type."""
    out = {}
    for row in load_tsv(PKG, "data/place_heads.tsv"):
        out[norm_key(row[0])] = row[1]
    return out


@lru_cache(maxsize=1)
def plural_heads() -> frozenset[str]:
    """Normalised dual and plural heads (محافظتي، مدن): their type carries over the names listed after them."""
    return frozenset(norm_key(row[0]) for row in load_tsv(PKG, "data/place_heads.tsv") if row[2:3] == ("pl",))


@lru_cache(maxsize=1)
def territory_heads() -> frozenset[str]:
    return frozenset(load_keys(PKG, "data/territory_heads.txt"))


@lru_cache(maxsize=1)
def org_heads() -> frozenset[str]:
    return frozenset(load_keys(PKG, "data/org_heads.txt"))


@lru_cache(maxsize=1)
def place_cues() -> frozenset[str]:
    return load_keys(PKG, "data/place_cues.txt")


@lru_cache(maxsize=1)
def stoplist() -> frozenset[str]:
    """Normalised words (article removed) that need a head word to count as a place."""
    return frozenset(_strip_article(k)[0] for k in load_keys(PKG, "data/place_stoplist.txt"))


@lru_cache(maxsize=1)
def elliptic() -> frozenset[str]:
    return frozenset(_strip_article(k)[0] for k in load_keys(PKG, "data/elliptic_names.txt"))


@lru_cache(maxsize=1)
def mena() -> frozenset[str]:
    return frozenset(load_list(PKG, "data/mena.txt"))


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    return frozenset(load_keys(PKG, "data/titles.txt"))


@lru_cache(maxsize=1)
def phrases() -> dict[str, str]:
    """Key of a phrase (as :func:`isnad.facts.geo.gazetteer.name_key` builds it) -> block | null."""
    return {name_key(row[0]): row[1] for row in load_tsv(PKG, "data/non_places.tsv")}


@lru_cache(maxsize=1)
def phrase_starts() -> frozenset[str]:
    """Keys of the first word of every phrase of ``non_places.tsv``."""
    return frozenset(key_words(row[0])[0] for row in load_tsv(PKG, "data/non_places.tsv"))
