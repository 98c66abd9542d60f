"""Actor: who did it. A claim accuses another party when its stance is ``accuse`` (or it is a denial that names
a culprit) and its content names the other claim's source by its identifying words; two sources that accuse each
other, or an accused party that denies, are the signs the pair scorer reads (:mod:`.evidence`)."""
from __future__ import annotations

from .keys import ClaimView


def accuses(a: ClaimView, b: ClaimView) -> bool:
    """Does claim ``a`` accuse the source of claim ``b`` (names it in its content)?"""
    if a.claim.stance not in ("accuse", "deny", "warn") or not b.source_keys:
        return False
    inside = len(b.source_keys & a.content_keys)
    return inside * 2 >= len(b.source_keys)
