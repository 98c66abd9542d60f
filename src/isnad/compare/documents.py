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

from dataclasses import dataclass, field, replace
from typing import Sequence

from ..model import Contradiction, Document
from .anchors import jaccard, same_setting, shared_anchor
from .evidence import Comparison, facts_of
from .notes import notes
from .keys import ClaimView, same_source, view
from .select import select

SAME_EVENT = 0.35
SAME_EVENT_ANCHORED = 0.2
SAME_MEANING = 0.85
MIN_KEYS = 4
REFERRING = 2  # a denial of at most this many content words points back at what it denies (نفى ذلك، نفت هذه الأنباء)
RESTATES = 0.5  # Jaccard from which a claim of another document restates a claim (a denial's target carries over)
LEDE_CHARS = 400  # the opening of an article whose places say where its event is (its setting)


@dataclass
class CrossGroup:
    """Claims of several documents about one event, and the contradictions between them."""

    claims: list[str]  # "<document index>:<claim id>"
    documents: list[int]
    contradictions: list[Contradiction] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"claims": self.claims, "documents": self.documents,
                "contradictions": [c.to_json() for c in self.contradictions]}


def setting(art) -> frozenset[str]:
    """The places below country level an article's lede names (the places stage's, read off the article)."""
    return frozenset(p.id or p.text for p in art.places
                     if p.start < LEDE_CHARS and not (p.feature or "").startswith("PCL"))


def claim_key(v: ClaimView) -> str:
    return f"{v.scope}:{v.claim.id}"


def same_event(a: ClaimView, b: ClaimView, cosine: float) -> bool:
    if min(len(a.content_keys), len(b.content_keys)) < MIN_KEYS:
        return False  # a few words match too much
    j = jaccard(a, b)
    anchored = shared_anchor(a, b) or bool(a.concepts & b.concepts)
    return j >= SAME_EVENT or (anchored and (j >= SAME_EVENT_ANCHORED or cosine >= SAME_MEANING))


def counted_alike(a: ClaimView, b: ClaimView, ca: dict, cb: dict) -> bool:
    """Counts of the same thing (unit) at the same place below country level, or in two documents set in the same
    place: one event's figures."""
    return bool(ca.keys() & cb.keys()) and (shared_anchor(a, b) or same_setting(a, b))


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
            where = setting(art)
            for c in art.claims:
                views.append(replace(view(c, len(views), scope=str(d), text=art.text), setting=where))
    comp = Comparison.of(views, None)
    vec = [f.vector for f in comp.facts]
    edges = [(i, j) for i in range(len(views)) for j in range(i + 1, len(views))
             if views[i].scope != views[j].scope
             and (same_event(views[i], views[j], float(vec[i] @ vec[j]) if vec[i].any() and vec[j].any() else 0.0)
                  or counted_alike(views[i], views[j], comp.facts[i].counts, comp.facts[j].counts))]
    edges += [(d, t) for d, targets in comp.denial_targets.items() for t, (_, rank) in targets.items()
              if rank == 0 and views[d].scope != views[t].scope]  # a denial and the report it surely denies
    carried = carried_denials(docs, views)
    edges += list(carried)
    out = []
    for members in _components(len(views), edges):
        documents = sorted({int(views[i].scope) for i in members})
        if len(documents) < 2:
            continue
        group = Comparison.of([views[i] for i in members], None)
        found = select(group, name=claim_key, cross_only=True)
        found += _carried_in(group, carried, views, {(c.a, c.b) for c in found} | {(c.b, c.a) for c in found})
        out.append(CrossGroup([claim_key(views[i]) for i in members], documents,
                              [_qualified(c, docs) for c in found]))
    return out


def carried_denials(docs: Sequence[Document], views: list[ClaimView]) -> dict[tuple[int, int], Contradiction]:
    """A denial that the comparison of its own article tied to a claim (its target), and that is visibly about it
    (it points back, or shares its words), denies as well the claims of the other documents that restate that target (contents sharing at least :data:`RESTATES` of their words): one
    outlet prints "X announced a truce; Y denied it", another only "X announced a truce". Keyed by (denial, claim)
    as indexes of ``views``; the contradiction carries the article's score."""
    index = {(v.scope, v.claim.id): k for k, v in enumerate(views)}
    out: dict[tuple[int, int], Contradiction] = {}
    for d, doc in enumerate(docs):
        for c in doc.contradictions:
            if c.kind != "negation":
                continue
            den, tgt = index.get((str(d), c.a)), index.get((str(d), c.b))
            if den is None or tgt is None or views[den].claim.stance != "deny":
                continue
            if len(views[den].content_keys) > REFERRING and jaccard(views[den], views[tgt]) < SAME_EVENT_ANCHORED:
                continue  # the denial is visibly about its target only when it points back (نفى ذلك) or shares its words
            for k, x in enumerate(views):
                if x.scope != str(d) and x.claim.stance != "deny" and not same_source(views[den], x) \
                        and min(len(x.content_keys), len(views[tgt].content_keys)) >= MIN_KEYS \
                        and jaccard(views[tgt], x) >= RESTATES:
                    out.setdefault((den, k), c)
    return out


def _carried_in(group: Comparison, carried: dict[tuple[int, int], Contradiction], views: list[ClaimView],
                seen: set[tuple[str, str]]) -> list[Contradiction]:
    """The carried denials whose two claims are both in ``group``, besides the pairs already reported."""
    members = {claim_key(v) for v in group.views}
    out = []
    for (den, k), c in carried.items():
        a, b = views[den], views[k]
        key = (claim_key(a), claim_key(b))
        if key[0] in members and key[1] in members and key not in seen:
            fa, fb = facts_of(a), facts_of(b)
            note, note_ar = notes("negation", a, b, fa, fb)
            out.append(Contradiction(a=key[0], b=key[1], kind="negation", note=note, score=c.score, note_ar=note_ar))
            seen.add(key)
    return out


def _qualified(c: Contradiction, docs: Sequence[Document]) -> Contradiction:
    da, db = int(c.a.split(":")[0]), int(c.b.split(":")[0])
    src = lambda d: docs[d].outlet or docs[d].source  # noqa: E731
    return Contradiction(a=c.a, b=c.b, kind=c.kind, note=f"{src(da)} vs {src(db)}: {c.note}", score=c.score,
                         note_ar=f"{src(da)} / {src(db)}: {c.note_ar}")
