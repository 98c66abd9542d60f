"""Pipeline stage ``text``: write the typed text layer of every article.

For each article it sets ``tokens`` (surface tokens with clitic-split words, normalised/bare/stem forms, and
their sentence and paragraph index), ``sentences`` (quotation-aware, with their token ranges) and ``quotes`` (with
their token ranges). This stage is the only writer of these attributes; the other stages read them.
"""
from __future__ import annotations

from bisect import bisect_right

from ..arabic import find_quotes, split_sentences, tokenize
from ..model import Article, Document, Quote, Sentence, Token


def _token_index(tokens: list[Token]):
    starts = [t.start for t in tokens]

    def at(offset: int) -> int:
        """Index of the token covering ``offset`` (or the first token after it)."""
        k = bisect_right(starts, offset) - 1
        if k < 0:
            return 0
        return k + 1 if tokens[k].end <= offset else k

    return at


def annotate(article: Article) -> None:
    """Compute and attach the text layer of one article (idempotent)."""
    text = article.text
    tokens = tokenize(text)
    at = _token_index(tokens)
    n = len(tokens)
    sentences: list[Sentence] = []
    for k, s in enumerate(split_sentences(text)):
        a, b = at(s.start), at(s.end - 1) + 1
        if a >= n or tokens[a].start >= s.end:
            sentences.append(Sentence(s.text, s.start, s.end, a, a))
            continue
        for t in tokens[a:b]:
            t.sent = k
        sentences.append(Sentence(s.text, s.start, s.end, a, b))
    para_starts = [a for a, _ in article.paragraph_spans()]
    for t in tokens:
        t.para = bisect_right(para_starts, t.start) - 1
    quotes = []
    for a, b, closed in find_quotes(text, article.paragraph_spans()):
        first = min(at(a) + 1, n)
        last = min(at(b - 1) if closed else at(b - 1) + 1, n)
        quotes.append(Quote(a, b, closed, first, max(first, last)))
    article.tokens, article.sentences, article.quotes = tokens, sentences, quotes


def text_component(doc: Document, ctx=None) -> None:
    for art in doc.articles:
        annotate(art)
