"""Outcome: one source announces that talks or a deal succeeded, another that they failed; or that captives were
freed, another that they are still held.

A claim's outcome words come from ``data/outcomes.tsv`` (توصل، اتفق، وقّع … agree; فشل، انهيار، تعثر، لم يتم
التوصل … fail). Two claims of different sources conflict when one says agree and the other fail about the same
thing: a concept in common (``data/concepts.tsv``: the talks, the truce, the deal) or at least :data:`MIN_SHARED`
shared content words. A negation right before an agree word (لم يتفق) makes it fail, and so does a denial cue whose
content is the outcome (نافياً أن يكون الوفد وقّع: the signing is what is denied). The release family (الإفراج عن …
released, ما زالوا محتجزين held) is compared only between claims about captives (:data:`FAMILY_CONCEPT`).
"""
from __future__ import annotations

from ..model import Contradiction
from .keys import ClaimView, find_phrases, keys_of, who, word_set

MIN_SHARED = 3
FAMILY = {"agree": "deal", "fail": "deal", "released": "release", "held": "release"}
OPPOSITE = {"agree": "fail", "fail": "agree", "released": "held", "held": "released"}
FAMILY_CONCEPT = {"release": "ABDUCTION"}  # a family compared only between claims that share this concept


def outcomes(view: ClaimView) -> set[str]:
    stems = [k.stem for k in view.keys]
    negators = word_set("negators.txt")
    cue = view.claim.cue
    denied = cue is not None and bool({k.stem for k in keys_of(cue.text)} & word_set("denial_words.txt"))
    out = set()
    for a, _, value in find_phrases(stems, "outcomes.tsv"):
        if value in ("agree", "released") and a > 0 and stems[a - 1] in negators:
            value = OPPOSITE[value]
        out.add(OPPOSITE[value] if denied else value)
    return out


def same_family(oa: set[str], ob: set[str]) -> bool:
    return {FAMILY[x] for x in oa} == {FAMILY[y] for y in ob}


def outcome_conflict(a: ClaimView, b: ClaimView, oa: set[str], ob: set[str]) -> Contradiction | None:
    if len(oa) != 1 or len(ob) != 1 or oa == ob:
        return None
    (x,), (y,) = oa, ob
    if FAMILY[x] != FAMILY[y]:
        return None
    need = FAMILY_CONCEPT.get(FAMILY[x])
    if need is not None and not (need in a.concepts and need in b.concepts):
        return None
    if not (a.concepts & b.concepts) and len(a.content_keys & b.content_keys) < MIN_SHARED:
        return None
    yes, no = (a, b) if x in ("agree", "released") else (b, a)
    note = f"outcome differs: {who(yes)} reports an agreement or success, {who(no)} a failure"
    return Contradiction(a=a.id, b=b.id, kind="outcome", note=note, score=0.5)
