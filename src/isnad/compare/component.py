"""Pipeline stage ``compare``: contradictions between the claims of each article.

Rules (one module each): :mod:`.negation` (a denial and the claim it denies), :mod:`.places` (a moved or
stationary thing put in different countries), :mod:`.quantity` (different counts of the same thing),
:mod:`.timing` (different dates of the same event), :mod:`.polarity` (there is X / there is no X). Only claims of
different sources, neither nested in the other, are compared (:func:`.keys.comparable`). For the rules other than
denial, one contradiction per pair of sources and kind is reported (the earliest pair of claims): a source
repeating itself does not make a new conflict. Precision comes first: each rule needs positive evidence that
both claims speak of the same thing. :mod:`.documents` compares claims across documents.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Article, Contradiction, Document
from .keys import ClaimView, comparable, same_source, view
from .negation import find_negations
from .places import Located, located, location_conflict
from .polarity import existentials, polarity_conflict
from .quantity import Count, counts, number_conflict
from .timing import Date, dates, time_conflict


@dataclass
class Facts:
    """What the pairwise rules read of one claim, computed once."""

    located: list[Located]
    counts: dict[str, list[Count]]
    dates: list[Date]
    existentials: list[tuple[str, str, str]]


def facts_of(v: ClaimView, article_text: str = "") -> Facts:
    return Facts(located(v, article_text), counts(v), dates(v), existentials(v))


def pair_conflict(a: ClaimView, b: ClaimView, fa: Facts, fb: Facts) -> Contradiction | None:
    """The first of the location, number, time and existence conflicts between two comparable claims."""
    return (location_conflict(a, b, fa.located, fb.located)
            or number_conflict(a, b, fa.counts, fb.counts)
            or time_conflict(a, b, fa.dates, fb.dates)
            or polarity_conflict(a, b, fa.existentials, fb.existentials))


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


def compare_article(article: Article) -> list[Contradiction]:
    views = [view(c, i, text=article.text) for i, c in enumerate(article.claims)]
    found = find_negations(views, article.text)
    pairs = {frozenset((c.a, c.b)) for c in found}
    facts = {v.id: facts_of(v, article.text) for v in views}
    reported = SourcePairs()
    for i, a in enumerate(views):
        for b in views[i + 1:]:
            if frozenset((a.id, b.id)) in pairs or not comparable(a, b):
                continue
            c = pair_conflict(a, b, facts[a.id], facts[b.id])
            if c is not None and reported.add(a, b, c.kind):
                pairs.add(frozenset((a.id, b.id)))
                found.append(c)
    return found


def compare_component(doc: Document, ctx=None) -> None:
    doc.contradictions = [c for art in doc.articles for c in compare_article(art)]
