"""Pipeline stage ``facts``: places geocoded, numbers read, dates resolved.

For every article it fills ``article.places``, ``article.numbers`` and ``article.times`` (spans into
``article.text``), then gives each claim the ones that lie inside its content span, and the country its speaker
phrase stands for when it names a country or a capital (``Speaker.country``: موسكو تنفي → RU). It needs only the text
layer; entities (when the NER stage ran) help to tell place names from persons' names, and claims (when the
claims stage ran) receive their share. The publication date is ``article.published`` (the pipeline copies
``--published`` there when the page has none); without it relative dates stay unresolved.
"""
from __future__ import annotations

from ..model import Article, Claim, Document
from .geo.gazetteer import country_named
from .geo.resolver import find_places
from .numbers import find_numbers
from .time import read_times


def _inside(span, claim: Claim) -> bool:
    c = claim.content
    return c is not None and c.start <= span.start and span.end <= c.end and c.end > c.start


def analyze_article(article: Article, options: dict | None = None) -> None:
    """Places, numbers and times of one article, and their share for each of its claims."""
    options = options or {}
    text = article.text
    tokens = article.tokens
    context = " ".join(x for x in (article.title, article.subtitle, article.dateline) if x)
    article.places = find_places(text, tokens, article.entities, context_text=context or None)
    article.times, dates = read_times(text, tokens, article.published)
    article.numbers = find_numbers(text, tokens, exclude=dates)
    for claim in article.claims:
        claim.places = [p for p in article.places if _inside(p, claim)]
        claim.numbers = [n for n in article.numbers if _inside(n, claim)]
        claim.times = [t for t in article.times if _inside(t, claim)]
        claim.speaker.country = country_named(claim.speaker.text)


def facts_component(doc: Document, ctx=None) -> None:
    options = getattr(ctx, "options", None) or {}
    for article in doc.articles:
        analyze_article(article, options)
