"""Outcome: one source announces that talks or a deal succeeded, another that they failed.

A claim's outcome words come from ``data/outcomes.tsv`` (توصل، اتفق، وقّع … agree; فشل، انهيار، تعثر، لم يتم
التوصل … fail). Two claims of different sources conflict when one says agree and the other fail about the same
thing: a concept in common (``data/concepts.tsv``: the talks, the truce, the deal) or at least :data:`MIN_SHARED`
shared content words. A negation right before an agree word (لم يتفق) makes it fail.
"""
from __future__ import annotations

from ..model import Contradiction
from .keys import ClaimView, find_phrases, who, word_set

MIN_SHARED = 3


def outcomes(view: ClaimView) -> set[str]:
    stems = [k.stem for k in view.keys]
    negators = word_set("negators.txt")
    out = set()
    for a, _, value in find_phrases(stems, "outcomes.tsv"):
        if value == "agree" and a > 0 and stems[a - 1] in negators:
            value = "fail"
        out.add(value)
    return out


def outcome_conflict(a: ClaimView, b: ClaimView, oa: set[str], ob: set[str]) -> Contradiction | None:
    if len(oa) != 1 or len(ob) != 1 or oa == ob:
        return None
    if not (a.concepts & b.concepts) and len(a.content_keys & b.content_keys) < MIN_SHARED:
        return None
    yes, no = (a, b) if oa == {"agree"} else (b, a)
    note = f"outcome differs: {who(yes)} reports an agreement or success, {who(no)} a failure"
    return Contradiction(a=a.id, b=b.id, kind="outcome", note=note, score=0.5)
