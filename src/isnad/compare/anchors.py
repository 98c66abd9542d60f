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


def same_setting(a: ClaimView, b: ClaimView) -> bool:
    """Claims of two documents whose titles and ledes name the same place below country level, neither claim naming
    a place of its own that the other lacks: the documents report one event, and so do the claims as far as place
    goes (a toll given without its place in the body of a report on an attack in that place)."""
    if a.scope == b.scope or not a.setting & b.setting:
        return False
    pa, pb = local_places(a), local_places(b)
    return not (pa and pb and not pa & pb)


def jaccard(a: ClaimView, b: ClaimView) -> float:
    union = a.content_keys | b.content_keys
    return len(a.content_keys & b.content_keys) / len(union) if union else 0.0
