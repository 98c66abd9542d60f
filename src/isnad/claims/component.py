"""Pipeline stage ``claims``: every attributed statement of every article, as :class:`isnad.model.Claim`.

Claim ids (``c1``, ``c2``, …) are numbered over the whole document, so other stages can point to a claim
whatever article it sits in. The engine finds the claims and gives each its cue's stance corrected by content
rules; the stance classifier (:mod:`.stance_model`, learned from annotated claims) then decides the stance from
what is said.
"""
from __future__ import annotations

from ..model import Document
from .engine import extract_claims
from .stance_model import apply_stance


def claims_component(doc: Document, ctx=None) -> None:
    n = 1
    for art in doc.articles:
        art.claims = extract_claims(art, start_id=n)
        apply_stance(art)
        n += len(art.claims)
