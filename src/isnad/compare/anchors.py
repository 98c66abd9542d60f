"""Anchors: evidence that two claims speak of one event — a place below country level or a date in common."""
from __future__ import annotations

from .keys import ClaimView
from .timing import dates


def local_places(v: ClaimView) -> set[str]:
    """Places of the claim below country level: gazetteer ids, or the text of unresolved places."""
    return {p.id or p.text for p in v.claim.places if not (p.feature or "").startswith("PCL")}


def shared_anchor(a: ClaimView, b: ClaimView) -> bool:
    if local_places(a) & local_places(b):
        return True
    return bool({(d.month, d.day) for d in dates(a)} & {(d.month, d.day) for d in dates(b)})


def jaccard(a: ClaimView, b: ClaimView) -> float:
    union = a.content_keys | b.content_keys
    return len(a.content_keys & b.content_keys) / len(union) if union else 0.0
