"""Look-up variants of a normalised word: the forms a lexicon entry may take once proclitics come off.

One function serves every lexicon look-up of the project (reporting verbs, speaker nouns, number and date words,
place names): the word itself, then what is left as the conjunction و/ف, a preposition (ب ل ك; لل becomes ال)
and, when asked, the article come off one by one (والتعذيب → التعذيب → تعذيب). Minimum lengths keep short
words whole (ولد is not و + لد).
"""
from __future__ import annotations

from functools import lru_cache

from .memo import MEMO_SIZE

CONJUNCTIONS = "وف"
PREPOSITIONS = "بلك"


@lru_cache(maxsize=MEMO_SIZE)
def variants(word: str, conj: bool = True, article: bool = True, preps: str = PREPOSITIONS,
             elide: bool = True) -> tuple[str, ...]:
    """``word`` (normalised), then the forms left as its proclitics come off, outermost first.

    ``conj``: strip a leading و/ف; ``preps``: the prepositions that may come off next; ``article``: strip the
    article last. ``elide``: read لل as ل + the article whose alef is elided (للصحافيين → الصحافيين); when false,
    as ل + a word that starts with ل (للبنان → لبنان).
    """
    out = [word]
    w = word
    if conj and w[:1] in CONJUNCTIONS and len(w) > 3:
        w = w[1:]
        out.append(w)
    if elide and w.startswith("لل") and len(w) > 3 and "ل" in preps:
        w = "ال" + w[2:]
        out.append(w)
    elif w[:1] and w[:1] in preps and len(w) > 2 + conj:
        w = w[1:]
        out.append(w)
    if article and w.startswith("ال") and len(w) > 3:
        out.append(w[2:])
    return tuple(out)


PRONOUN_SUFFIXES = ("هما", "هم", "هن", "ها", "كم", "نا")
PLURAL_SUFFIXES = ("ات", "ون", "ين", "وا")


@lru_cache(maxsize=MEMO_SIZE)
def light(word: str) -> str:
    """A light stem for matching: normalised, one pronoun suffix, one plural ending and a final ة/ه removed while
    at least three letters remain. Not a morphological analysis; it only makes inflected forms meet."""
    from .normalize import norm

    w = norm(word).strip("_")
    for suffixes in (PRONOUN_SUFFIXES, PLURAL_SUFFIXES):
        for s in suffixes:
            if w.endswith(s) and len(w) - len(s) >= 3:
                w = w[: -len(s)]
                break
    if w.endswith("ه") and len(w) >= 4:
        w = w[:-1]
    return w
