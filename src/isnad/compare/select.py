"""From scored pairs to contradictions: which pairs are reported, of which kind, in which order, and the event
groups they and the claims' shared content form.

Pairs are taken by decreasing probability while it reaches the scorer's threshold, the rules' conflicts before the
pairs the model adds. A denial answers one claim
(its best-scoring target), and every denial or negated claim counts, even when one source repeats it (each is a
statement a coder checks); for the other kinds one contradiction per pair of sources and kind is reported (a
source repeating a figure or a place makes no new conflict). The kind follows the evidence: a rule's own verdict (location,
number, time, outcome; an existence conflict is a negation), a denial tied to its target (negation), two sources
accusing each other (actor), outcomes or counts of the same unit that differ; otherwise negation.
"""
from __future__ import annotations

from ..model import Contradiction, EventGroup
from .evidence import Comparison, pair_features
from .keys import ClaimView, same_source
from .notes import notes
from .actors import accuses
from .outcome import same_family
from .quantity import agree
from .scorer import probabilities, rule_fires, threshold

GROUP_COSINE = 0.8  # claims this alike in content (word vectors) and sharing a concept or anchor form a group
GROUP_JACCARD = 0.35
VALUE_KINDS = frozenset({"number", "time", "location"})


class SourcePairs:
    """Remembers which pairs of sources already conflict on a kind (one report per pair of sources and kind)."""

    def __init__(self) -> None:
        self.seen: list[tuple[ClaimView, ClaimView, str]] = []

    def add(self, a: ClaimView, b: ClaimView, kind: str) -> bool:
        for x, y, k in self.seen:
            if k == kind and ((same_source(a, x) and same_source(b, y)) or (same_source(a, y) and same_source(b, x))):
                return False
        self.seen.append((a, b, kind))
        return True


def kind_of(comp: Comparison, i: int, j: int) -> tuple[str, int, int]:
    """(kind, first, second): for a negation the denial comes first."""
    rule = comp.rule(i, j)
    if rule is not None and rule.kind != "negation":
        return rule.kind, i, j
    if j in comp.denial_targets.get(i, {}):
        return "negation", i, j
    if i in comp.denial_targets.get(j, {}):
        return "negation", j, i
    a, b = comp.views[i], comp.views[j]
    fa, fb = comp.facts[i], comp.facts[j]
    if rule is not None:
        return "negation", i, j
    if accuses(a, b) and accuses(b, a):
        return "actor", i, j
    if len(fa.outcomes) == 1 and len(fb.outcomes) == 1 and fa.outcomes != fb.outcomes \
            and same_family(fa.outcomes, fb.outcomes):
        return "outcome", i, j
    units = fa.counts.keys() & fb.counts.keys()
    if units and not any(agree(x, y) for u in units for x in fa.counts[u] for y in fb.counts[u]):
        return "number", i, j
    if b.claim.stance == "deny" and a.claim.stance != "deny":
        return "negation", j, i
    return "negation", i, j


def select(comp: Comparison, name=lambda v: v.id, cross_only: bool = False) -> list[Contradiction]:
    """The contradictions among ``comp``'s claims; ``name`` gives a claim's id in the output; ``cross_only``
    keeps pairs of claims of different documents (scopes)."""
    pairs = [(i, j) for i, j in comp.pairs() if not cross_only or comp.views[i].scope != comp.views[j].scope]
    feats = [pair_features(comp, i, j) for i, j in pairs]
    probs = probabilities(feats)
    cut = threshold()
    # the rules' conflicts first (a denial answers the target the rules tied it to before any the model adds),
    # then by probability; ties: the earlier pair first
    ranked = sorted(((p, rule_fires(f), i, j) for p, f, (i, j) in zip(probs.tolist(), feats, pairs) if p >= cut),
                    key=lambda r: (not r[1], -r[0], r[2], r[3]))
    used_denials: set[int] = set()
    reported = SourcePairs()
    out = []
    for p, _, i, j in ranked:
        kind, x, y = kind_of(comp, i, j)
        a, b = comp.views[x], comp.views[y]
        if kind not in VALUE_KINDS and same_source(a, b):
            continue  # one source quoted by two outlets: only differing values (figures, dates, places) conflict
        if kind == "negation":
            if x in comp.denial_targets:
                if x in used_denials:
                    continue
                used_denials.add(x)
        elif not reported.add(a, b, kind):
            continue
        note, note_ar = notes(kind, a, b, comp.facts[x], comp.facts[y])
        out.append(Contradiction(a=name(a), b=name(b), kind=kind, note=note, score=float(p), note_ar=note_ar))
    return out


def groups(comp: Comparison, found: list[Contradiction], name=lambda v: v.id, prefix: str = "g") -> list[EventGroup]:
    """Claims about one event or proposition: connected by a contradiction, or alike in content (word vectors
    and shared words) with a concept or an anchor in common; every group has two claims at least."""
    from .anchors import jaccard, shared_anchor

    n = len(comp.views)
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    index = {name(v): k for k, v in enumerate(comp.views)}
    for c in found:
        parent[find(index[c.a])] = find(index[c.b])
    for i, j in comp.pairs():
        a, b = comp.views[i], comp.views[j]
        fa, fb = comp.facts[i], comp.facts[j]
        cos = float(fa.vector @ fb.vector) if fa.vector.any() and fb.vector.any() else 0.0
        if (cos >= GROUP_COSINE or jaccard(a, b) >= GROUP_JACCARD) and (a.concepts & b.concepts or shared_anchor(a, b)):
            parent[find(i)] = find(j)
    members: dict[int, list[int]] = {}
    for k in range(n):
        members.setdefault(find(k), []).append(k)
    out = [sorted(m) for m in members.values() if len(m) > 1]
    out.sort()
    return [EventGroup(f"{prefix}{k + 1}", [name(comp.views[m]) for m in g]) for k, g in enumerate(out)]
