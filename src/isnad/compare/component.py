"""Pipeline stage ``compare``: contradictions between the claims of each article, and the event groups.

The stage adapter only: it builds the comparison views of an article's claims (:mod:`.keys`), their evidence
(:mod:`.evidence`), and lets :mod:`.select` report the pairs the learned scorer (:mod:`.scorer`) finds
conflicting and group the claims by event. :mod:`.documents` does the same across documents
(``isnad compare``).
"""
from __future__ import annotations

from ..model import Article, Contradiction, Document, EventGroup
from .evidence import Comparison
from .keys import view
from .select import groups, select


def analyse_article(article: Article) -> tuple[list[Contradiction], list[EventGroup]]:
    """The contradictions among an article's claims and its event groups."""
    comp = Comparison.of([view(c, i, text=article.text) for i, c in enumerate(article.claims)], article.text)
    found = select(comp)
    return found, groups(comp, found, prefix=f"{article.id}-g")


def compare_article(article: Article) -> list[Contradiction]:
    return analyse_article(article)[0]


def compare_component(doc: Document, ctx=None) -> None:
    doc.contradictions, doc.groups = [], []
    for art in doc.articles:
        found, grouped = analyse_article(art)
        doc.contradictions += found
        doc.groups += grouped
