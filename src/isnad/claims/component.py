"""Pipeline stage ``claims``: every attributed statement of every article, as :class:`isnad.model.Claim`.

Claim ids (``c1``, ``c2``, …) are numbered over the whole document, so other stages can point to a claim
whatever article it sits in.
"""
from __future__ import annotations

from ..model import Document
from .engine import extract_claims


def claims_component(doc: Document, ctx=None) -> None:
    n = 1
    for art in doc.articles:
        art.claims = extract_claims(art, start_id=n)
        n += len(art.claims)
