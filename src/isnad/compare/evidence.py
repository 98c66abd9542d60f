"""The evidence the comparison reads of a set of claims, and the features of a pair of them.

The rules (one module each: :mod:`.negation`, :mod:`.places`, :mod:`.quantity`, :mod:`.timing`,
:mod:`.polarity`, :mod:`.outcome`, :mod:`.actors`) each look for one kind of conflict and say why; here their
evidence becomes the named features of a pair (:func:`pair_features`), which the learned scorer
(:mod:`.scorer`) weighs into a probability that the two claims cannot both be true. Besides the rules' verdicts
the features carry softer signs: the stances of the two claims, how much their contents share (words, concepts,
word vectors), anchors in common (a local place, a date), counts of the same unit, who accuses whom, how far
apart the claims are, and the evidence of conflicts worded differently (:mod:`.reference`: a denial pointing
back at the claim it answers, opposed accounts, counts under different nouns, words aligned by their vectors).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..model import Contradiction
from ..vectors import word_vectors
from .actors import accuses
from .anchors import jaccard, shared_anchor
from .keys import ClaimView, comparable, word_set
from .negation import Candidate, rank_denials
from .outcome import outcome_conflict, outcomes
from .places import Located, located, location_conflict
from .polarity import existentials, polarity_conflict
from .quantity import Count, agree, counts, number_conflict
from .reference import soft_features
from .timing import Date, dates, time_conflict


@dataclass
class Facts:
    """What the pairwise rules read of one claim, computed once."""

    located: list[Located]
    counts: dict[str, list[Count]]
    dates: list[Date]
    existentials: list[tuple[str, str, str]]
    outcomes: set[str]
    vector: np.ndarray  # mean word vector of the content words (function words left out)
    negated: bool  # the content holds a negation or a denial word
    values: frozenset[float]  # every number the claim gives


def _content_vector(v: ClaimView) -> np.ndarray:
    c = v.claim.content
    if c is None:
        return np.zeros(word_vectors().dim, dtype=np.float32)
    words = " ".join(c.text[k.start - c.start:k.end - c.start] for k in v.keys
                     if k.kind == "word" and k.stem in v.content_keys)
    return word_vectors().mean(words)


def facts_of(v: ClaimView, article_text: str = "") -> Facts:
    stems = {k.stem for k in v.keys if k.kind == "word"}
    negated = bool(stems & (word_set("negators.txt") | word_set("denial_words.txt")))
    values = frozenset(float(n.value) for n in v.claim.numbers if n.value is not None)
    return Facts(located(v, article_text), counts(v), dates(v), existentials(v), outcomes(v), _content_vector(v),
                 negated, values)


def rule_conflict(a: ClaimView, b: ClaimView, fa: Facts, fb: Facts) -> Contradiction | None:
    """The first of the location, number, time, existence and outcome conflicts the rules find."""
    return (location_conflict(a, b, fa.located, fb.located)
            or number_conflict(a, b, fa.counts, fb.counts)
            or time_conflict(a, b, fa.dates, fb.dates)
            or polarity_conflict(a, b, fa.existentials, fb.existentials)
            or outcome_conflict(a, b, fa.outcomes, fb.outcomes))


@dataclass
class Comparison:
    """The claims compared together (one article, or an event group across documents) and their evidence."""

    views: list[ClaimView]
    text: str | None  # the article's text when all claims are of one article (positional evidence), else None
    facts: list[Facts] = field(default_factory=list)
    denial_targets: dict[int, dict[int, tuple[Candidate, int]]] = field(default_factory=dict)
    rules: dict[tuple[int, int], Contradiction | None] = field(default_factory=dict)
    memo: dict = field(default_factory=dict)  # what the soft evidence (:mod:`.reference`) computes once per claim

    @classmethod
    def of(cls, views: list[ClaimView], text: str | None) -> "Comparison":
        c = cls(views, text, [facts_of(v, text or "") for v in views])
        for i, (ranked, sure) in rank_denials(views, text).items():
            c.denial_targets[i] = {views.index(cand.target): (cand, r if sure else r + 1)
                                   for r, cand in enumerate(ranked)}
        return c

    def pairs(self) -> list[tuple[int, int]]:
        """Every pair of claims that may conflict (different sources, neither inside the other)."""
        n = len(self.views)
        return [(i, j) for i in range(n) for j in range(i + 1, n) if comparable(self.views[i], self.views[j])]

    def rule(self, i: int, j: int) -> Contradiction | None:
        key = (i, j)
        if key not in self.rules:
            self.rules[key] = rule_conflict(self.views[i], self.views[j], self.facts[i], self.facts[j])
        return self.rules[key]


def _bucket(x: float, edges: tuple[float, ...]) -> int:
    return sum(x >= e for e in edges)


def _denial_features(comp: Comparison, d: int, t: int, side: str) -> list:
    got = comp.denial_targets.get(d, {}).get(t)
    if got is None:
        return [f"deny:{side}:untied"] if d in comp.denial_targets else []
    cand, rank = got
    out: list = [f"deny:{side}:linked", (f"deny:score", min(cand.score, 10.0) / 10.0)]
    if rank == 0:
        out.append("deny:top")
    for why in cand.why:
        reason, _, points = why.partition("+")
        out.append((f"deny:{reason}", float(points or 1.0) / 4.0))
    return out


def _named_in(a: ClaimView, b: ClaimView) -> bool:
    """Is the source of ``a`` named in the content of ``b`` (by most of its identifying words)?"""
    return bool(a.source_keys) and len(a.source_keys & b.content_keys) * 2 >= len(a.source_keys)


def pair_features(comp: Comparison, i: int, j: int) -> list:
    """The features of the pair (i, j) of ``comp`` (names, and (name, value) pairs)."""
    a, b = comp.views[i], comp.views[j]
    fa, fb = comp.facts[i], comp.facts[j]
    ca, cb = a.claim, b.claim
    out: list = ["bias", "st:" + "|".join(sorted((ca.stance, cb.stance))),
                 "sp:" + "|".join(sorted((ca.speaker.type, cb.speaker.type)))]
    out += _denial_features(comp, i, j, "a") + _denial_features(comp, j, i, "b")
    rule = comp.rule(i, j)
    if rule is not None:
        out.append(f"rule:{rule.kind}")
    jac = jaccard(a, b)
    shared = len(a.content_keys & b.content_keys)
    cos = float(fa.vector @ fb.vector) if fa.vector.any() and fb.vector.any() else 0.0
    out += [("jaccard", jac), f"shared:{_bucket(shared, (1, 2, 4, 7))}", ("cosine", cos),
            f"cosine:{_bucket(cos, (0.5, 0.7, 0.8, 0.9))}", f"jac:{_bucket(jac, (0.1, 0.2, 0.35, 0.5))}"]
    if a.concepts & b.concepts:
        out.append("concept")
    if shared_anchor(a, b):
        out.append("anchor")
    units = fa.counts.keys() & fb.counts.keys()
    if units:
        out.append("num:unit")
        agreeing = any(agree(x, y) for u in units for x in fa.counts[u] for y in fb.counts[u])
        out.append("num:agree" if agreeing else "num:differ")
    if fa.outcomes and fb.outcomes:
        out.append("outcome:" + "|".join(sorted(fa.outcomes | fb.outcomes)))
    if fa.negated != fb.negated:
        out.append(f"negation-one:{_bucket(shared, (1, 3))}")
    if fa.values and fb.values:
        out.append("values:same" if fa.values & fb.values else "values:differ")
    if _named_in(a, b) or _named_in(b, a):
        out.append("source-named")
    for v, side in ((a, "a"), (b, "b")):
        if v.claim.stance == "deny" and len(v.content_keys) <= 2:
            out.append("deny:short")
    acc_ab, acc_ba = accuses(a, b), accuses(b, a)
    if acc_ab or acc_ba:
        out.append("accuses:mutual" if acc_ab and acc_ba else "accuses:one")
        victim = b if acc_ab else a
        if victim.claim.stance == "deny":
            out.append("accused-denies")
    out += soft_features(comp, i, j, cos)
    if comp.text is not None:
        out.append(f"gap:{_bucket(abs(b.index - a.index), (2, 4, 8))}")
    else:
        out.append("cross-document")
    return out
