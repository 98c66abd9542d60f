"""Comparison across documents: claims about the same event grouped, and contradictions between sources.

Every claim of every document (already analysed by the pipeline) is compared with the claims of the *other*
documents. Two claims are about the same event when their contents (at least :data:`MIN_KEYS` words each) share
enough words and concepts (Jaccard ≥ :data:`SAME_EVENT`), or somewhat fewer (≥ :data:`SAME_EVENT_ANCHORED`)
together with an anchor: a place below country level or a date in common. Claims linked this way form groups
(connected components); a group spans at least two documents.

Inside a group, claims of different documents are checked with the same rules as within an article — location,
number, time and existence (:func:`.component.pair_conflict`) and denial (:func:`.negation.score_targets`
without the positional evidence, which has no meaning across texts) — and only between different sources: two
outlets quoting the same speaker differently is a matter of reporting, not a contradiction between sources.
Claims are named ``"<document index>:<claim id>"`` (documents in the order given).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from ..model import Claim, Contradiction, Document
from .component import Facts, SourcePairs, facts_of, pair_conflict
from .anchors import jaccard, shared_anchor
from .keys import ClaimView, comparable, view
from .negation import MIN_SCORE, is_denial, negation_note, score_targets

SAME_EVENT = 0.35
SAME_EVENT_ANCHORED = 0.2
MIN_KEYS = 4


@dataclass
class EventGroup:
    """Claims of several documents about one event, and the contradictions between them."""

    claims: list[str]  # "<document index>:<claim id>"
    documents: list[int]
    contradictions: list[Contradiction] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"claims": self.claims, "documents": self.documents,
                "contradictions": [c.to_json() for c in self.contradictions]}


def claim_key(doc_index: int, claim: Claim) -> str:
    return f"{doc_index}:{claim.id}"


def same_event(a: ClaimView, b: ClaimView) -> bool:
    if min(len(a.content_keys), len(b.content_keys)) < MIN_KEYS:
        return False  # a few words match too much
    j = jaccard(a, b)
    return j >= SAME_EVENT or (j >= SAME_EVENT_ANCHORED and shared_anchor(a, b))


def _groups(n: int, edges: list[tuple[int, int]]) -> list[list[int]]:
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


def _qualified(c: Contradiction, a: ClaimView, b: ClaimView, docs: Sequence[Document]) -> Contradiction:
    da, db = int(a.scope), int(b.scope)
    src = lambda d: docs[d].outlet or docs[d].source  # noqa: E731
    note = f"{src(da)} vs {src(db)}: {c.note}"
    return Contradiction(a=claim_key(da, a.claim), b=claim_key(db, b.claim), kind=c.kind, note=note, score=c.score)


def compare_documents(docs: Sequence[Document]) -> list[EventGroup]:
    """Group the claims of several analysed documents by event and flag contradictions between documents."""
    views: list[ClaimView] = []
    facts: list[Facts] = []
    for d, doc in enumerate(docs):
        for art in doc.articles:
            for c in art.claims:
                v = view(c, len(views), scope=str(d), text=art.text)
                views.append(v)
                facts.append(facts_of(v, art.text))
    edges = [(i, j) for i in range(len(views)) for j in range(i + 1, len(views))
             if views[i].scope != views[j].scope and same_event(views[i], views[j])]
    out = []
    for members in _groups(len(views), edges):
        documents = sorted({int(views[i].scope) for i in members})
        if len(documents) < 2:
            continue
        group = EventGroup(claims=[claim_key(int(views[i].scope), views[i].claim) for i in members],
                           documents=documents)
        reported = SourcePairs()
        paired: set[frozenset[int]] = set()
        gviews = [views[i] for i in members]
        for i in members:
            d = views[i]
            if not is_denial(d):
                continue
            others = [v for v in gviews if v.scope != d.scope]
            ranked = score_targets(d, others, None)
            if ranked and ranked[0].score >= MIN_SCORE and (len(ranked) == 1 or ranked[1].score < ranked[0].score):
                t = ranked[0].target
                paired.add(frozenset((i, t.index)))
                c = Contradiction(a=d.id, b=t.id, kind="negation", note=negation_note(d, t),
                                  score=min(1.0, ranked[0].score / 8.0))
                group.contradictions.append(_qualified(c, d, t, docs))
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                a, b = views[i], views[j]
                if a.scope == b.scope or frozenset((i, j)) in paired or not comparable(a, b):
                    continue
                c = pair_conflict(a, b, facts[i], facts[j])
                if c is not None and reported.add(a, b, c.kind):
                    group.contradictions.append(_qualified(c, a, b, docs))
        out.append(group)
    return out
