"""The word lists of the number reader (data files under ``isnad/facts/data/``) and the look-ups on them.

Every list is loaded once per process (``functools.lru_cache``) and matched after :func:`isnad.arabic.norm`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ...arabic.memo import MEMO_SIZE
from ...arabic.normalize import norm
from ...arabic.variants import variants
from ...lexicon import load_keys, load_list, load_tsv
from ...model import Token

PKG = "isnad.facts"
PREPOSITIONS = "بل"  # prepositions taken off number and date words (not ك: كميات is not ك + مئات)


@dataclass(frozen=True)
class NumWord:
    """A number word: its value and kinds (unit, teenunit, ten, hundred, mult, mult2, vague, fraction)."""

    value: float
    kinds: frozenset[str]


@lru_cache(maxsize=1)
def number_words() -> dict[str, NumWord]:
    out: dict[str, tuple[float, set[str]]] = {}
    for form, value, kind in load_tsv(PKG, "data/number_words.tsv"):
        k = norm(form)
        v, kinds = out.get(k, (float(value), set()))
        kinds.add(kind)
        out[k] = (v, kinds)
    return {k: NumWord(v, frozenset(ks)) for k, (v, ks) in out.items()}


@dataclass(frozen=True)
class Units:
    forms: dict[str, str]  # normalised form (singular, plural, accusative) -> singular as written
    duals: dict[str, str]  # normalised dual -> singular
    pairs: dict[tuple[str, str], str]  # two-word units (متر مكعب، أمتار مكعبة), normalised words -> singular


@lru_cache(maxsize=1)
def units() -> Units:
    forms: dict[str, str] = {}
    duals: dict[str, str] = {}
    pairs: dict[tuple[str, str], str] = {}
    for row in load_tsv(PKG, "data/units.tsv"):
        sing = row[0]
        if " " in sing:  # متر مكعب: a noun and its adjective
            for form in [sing] + (row[1].split("|") if len(row) > 1 and row[1] else []):
                a, b = norm(form).split()
                pairs[(a, b)] = sing
            continue
        forms.setdefault(norm(sing), sing)
        for p in (row[1].split("|") if len(row) > 1 and row[1] else []):
            forms.setdefault(norm(p), sing)
        for d in (row[2].split("|") if len(row) > 2 and row[2] else []):
            duals[norm(d)] = sing
    return Units(forms, duals, pairs)


@lru_cache(maxsize=1)
def approx_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """position -> phrases as tuples of normalised words."""
    out: dict[str, list[tuple[str, ...]]] = {"before": [], "after": []}
    for phrase, pos in load_tsv(PKG, "data/number_approx.tsv"):
        out[pos].append(tuple(norm(w) for w in phrase.split()))
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


@lru_cache(maxsize=1)
def only_words() -> dict[str, frozenset[str]]:
    """position (before / after) -> words that restrict an amount to exactly that many (فقط، سوى), normalised."""
    out: dict[str, set[str]] = {"before": set(), "after": set()}
    for word, pos in load_tsv(PKG, "data/number_only.tsv"):
        out[pos].add(norm(word))
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def total_phrases() -> tuple[tuple[str, ...], ...]:
    """Phrases before a number that make it a total (من أصل، من بين), as tuples of normalised words."""
    return tuple(tuple(norm(w) for w in p.split()) for p in load_list(PKG, "data/number_totals.txt"))


@lru_cache(maxsize=1)
def percent_phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(norm(w) for w in p.split()) for p in load_list(PKG, "data/percent.txt")),
                        key=len, reverse=True))


@lru_cache(maxsize=1)
def ordinals() -> dict[tuple[str, ...], int]:
    """Ordinals as normalised words, with and without their article -> value (الثالث، العاشر)."""
    out = {}
    for form, value in load_tsv(PKG, "data/ordinals.tsv"):
        words = tuple(norm(w) for w in form.split())
        out[words] = int(value)
        out[tuple(w[2:] if w.startswith("ال") else w for w in words)] = int(value)
    return out


@lru_cache(maxsize=1)
def ordinal_words() -> frozenset[str]:
    """First words of ordinals, masculine and feminine (الثاني، الثانية), normalised."""
    out = set()
    for words in ordinals():
        w = words[0]
        out.update({w, w + "ه", "ال" + w, "ال" + w + "ه"} if not w.startswith("ال") else {w, w + "ه"})
    return frozenset(out)


@lru_cache(maxsize=1)
def id_heads() -> frozenset[str]:
    """Nouns after which a number names rather than counts (القرار 2254)."""
    return frozenset(k[2:] if k.startswith("ال") else k for k in load_keys(PKG, "data/number_id_heads.txt"))


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Words after a number that are never its counted noun."""
    return load_keys(PKG, "data/number_stopwords.txt")


# --- look-ups --------------------------------------------------------------------------------------------------

def strip_article(n: str) -> str:
    """A normalised word without its article (الأيام -> أيام), when what is left is more than a letter or two."""
    return n[2:] if n.startswith("ال") and len(n) > 3 else n


@lru_cache(maxsize=MEMO_SIZE)
def clitic_variants(n: str) -> tuple[str, ...]:
    """The word, then what is left as its proclitics come off (:func:`isnad.arabic.variants`: و ف, then ب ل; not
    ك: كميات is not ك + مئات), the article kept (اليوم، الآلاف are listed with it). A word starting with لل is
    also read as ل + the elided article, without it and with it (للعام → عام، العام)."""
    out = variants(n, article=False, preps=PREPOSITIONS, elide=False)
    if n.startswith("لل") and len(n) > 4:
        _, with_article, bare = variants(n, preps=PREPOSITIONS)
        out += (bare, with_article)
    return out


def numword(w: Token, allow_conj: bool = True) -> tuple[str, NumWord] | None:
    """The number word token ``w`` is (a proclitic allowed unless ``allow_conj`` is false): (form, entry)."""
    if w.kind != "word":
        return None
    for v in (clitic_variants(w.norm) if allow_conj else [w.norm]):
        found = numword_form(v)
        if found is not None:
            return found
    return None


def numword_form(v: str) -> tuple[str, NumWord] | None:
    """The number word a normalised form without proclitics is: (form, entry), or None."""
    table = number_words()
    if v in table:
        return v, table[v]
    if v.endswith("ا") and v[:-1] in table and {"unit", "ten"} & table[v[:-1]].kinds:
        return v[:-1], table[v[:-1]]  # أربعاً، عشراً: the accusative with tanween
    return None
