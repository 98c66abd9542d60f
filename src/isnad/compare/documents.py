"""Comparison across documents: claims about the same event grouped, and contradictions between sources.

Every claim of every document (already analysed by the pipeline) is compared with the claims of the *other*
documents. Two claims are about the same event when their contents (at least :data:`MIN_KEYS` words each) share
enough words and concepts (Jaccard ≥ :data:`SAME_EVENT`), or somewhat fewer (≥ :data:`SAME_EVENT_ANCHORED`), or
are alike in meaning (word-vector cosine ≥ :data:`SAME_MEANING`), together with an anchor: a place below country
level, a date or a concept in common; or when they count the same thing (a unit) with such an anchor in common; and a denial is linked to the claim of
another document it surely denies (:func:`.negation.rank_denials`).
Claims linked this way form groups (connected components); a group spans
two documents at least.

Inside a group, claims of different documents are scored by the same learned scorer as within an article
(:mod:`.evidence`, :mod:`.select`; positional evidence has no meaning across texts and is absent); two outlets
quoting one speaker with different figures are flagged too (their reports conflict; the note names both). Claims are named ``"<document index>:<claim id>"`` (documents in the order given).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from ..model import Contradiction, Document
from .anchors import jaccard, shared_anchor
from .evidence import Comparison
from .keys import ClaimView, view
from .select import select

SAME_EVENT = 0.35
SAME_EVENT_ANCHORED = 0.2
SAME_MEANING = 0.85
MIN_KEYS = 4


@dataclass
class CrossGroup:
    """Claims of several documents about one event, and the contradictions between them."""

    claims: list[str]  # "<document index>:<claim id>"
    documents: list[int]
    contradictions: list[Contradiction] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"claims": self.claims, "documents": self.documents,
                "contradictions": [c.to_json() for c in self.contradictions]}


def claim_key(v: ClaimView) -> str:
    return f"{v.scope}:{v.claim.id}"


def same_event(a: ClaimView, b: ClaimView, cosine: float) -> bool:
    if min(len(a.content_keys), len(b.content_keys)) < MIN_KEYS:
        return False  # a few words match too much
    j = jaccard(a, b)
    anchored = shared_anchor(a, b) or bool(a.concepts & b.concepts)
    return j >= SAME_EVENT or (anchored and (j >= SAME_EVENT_ANCHORED or cosine >= SAME_MEANING))


def counted_alike(a: ClaimView, b: ClaimView, ca: dict, cb: dict) -> bool:
    """Counts of the same thing (unit) at the same place below country level: one event's figures."""
    return bool(ca.keys() & cb.keys()) and shared_anchor(a, b)


def _components(n: int, edges: list[tuple[int, int]]) -> list[list[int]]:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in edges:
        parent[find(i)] = find(j)
    out: dict[int, list[int]] = {}
    for i in range(n):
        out.setdefault(find(i), []).append(i)
    return [sorted(g) for g in out.values() if len(g) > 1]


def compare_documents(docs: Sequence[Document]) -> list[CrossGroup]:
    """Group the claims of several analysed documents by event and flag contradictions between documents."""
    views: list[ClaimView] = []
    for d, doc in enumerate(docs):
        for art in doc.articles:
            for c in art.claims:
                views.append(view(c, len(views), scope=str(d), text=art.text))
    comp = Comparison.of(views, None)
    vec = [f.vector for f in comp.facts]
    edges = [(i, j) for i in range(len(views)) for j in range(i + 1, len(views))
             if views[i].scope != views[j].scope
             and (same_event(views[i], views[j], float(vec[i] @ vec[j]) if vec[i].any() and vec[j].any() else 0.0)
                  or counted_alike(views[i], views[j], comp.facts[i].counts, comp.facts[j].counts))]
    edges += [(d, t) for d, targets in comp.denial_targets.items() for t, (_, rank) in targets.items()
              if rank == 0 and views[d].scope != views[t].scope]  # a denial and the report it surely denies
    out = []
    for members in _components(len(views), edges):
        documents = sorted({int(views[i].scope) for i in members})
        if len(documents) < 2:
            continue
        group = Comparison.of([views[i] for i in members], None)
        found = select(group, name=claim_key, cross_only=True)
        out.append(CrossGroup([claim_key(views[i]) for i in members], documents,
                              [_qualified(c, docs) for c in found]))
    return out


def _qualified(c: Contradiction, docs: Sequence[Document]) -> Contradiction:
    da, db = int(c.a.split(":")[0]), int(c.b.split(":")[0])
    src = lambda d: docs[d].outlet or docs[d].source  # noqa: E731
    return Contradiction(a=c.a, b=c.b, kind=c.kind, note=f"{src(da)} vs {src(db)}: {c.note}", score=c.score,
                         note_ar=f"{src(da)} / {src(db)}: {c.note_ar}")
