"""Pipeline stage ``text``: attach the token and sentence layers to every article."""
from __future__ import annotations

from ..model import Article, Document
from .sentences import split_sentences
from .tokens import Token, tokenize


def article_tokens(article: Article) -> list[Token]:
    """The article's tokens, computed once and cached in ``article.layers``."""
    text = article.text  # touching text first resets stale layers
    if "tokens" not in article.layers:
        article.layers["tokens"] = tokenize(text)
    return article.layers["tokens"]


def article_sentences(article: Article):
    text = article.text
    if "sentences" not in article.layers:
        article.layers["sentences"] = split_sentences(text)
    return article.layers["sentences"]


def text_component(doc: Document, ctx=None) -> None:
    for art in doc.articles:
        article_tokens(art)
        article_sentences(art)
