"""A per-article view of the text layer for the attribution engine: the article's tokens, sentences and
quotations (written by the ``text`` stage) with the look-ups the engine asks for (is this token inside a
quotation? where does the quotation that opens here close?).

Nothing here tokenises or finds quotations: it only indexes :attr:`Article.tokens`, ``.sentences`` and
``.quotes``.
"""
from __future__ import annotations

from bisect import bisect_right

from ..arabic import QUOTE_CHARS
from ..model import Article, Quote, Token

Tok = Token  # the engine's name for a token of the text layer
COMMAS = {"،", ",", "؛", ";"}
TERMINALS = {".", "!", "?", "؟", "…"}


class View:
    """Tokens, sentences, paragraphs and quotations of one article."""

    def __init__(self, article: Article):
        if article.tokens is None or article.sentences is None or article.quotes is None:
            raise ValueError(f"article {article.id}: the text layer is missing (run the text stage first)")
        self.article = article
        self.text = article.text
        self.toks: list[Token] = article.tokens
        self._starts = [t.start for t in self.toks]
        self.sents = article.sentences
        self.sent_tok: list[tuple[int, int]] = [(s.first, s.last) for s in self.sents]
        self.quotes: list[Quote] = article.quotes
        self.inside: list[list[int]] = [[] for _ in self.toks]  # quote indices containing each token
        for qi, q in enumerate(self.quotes):
            for j in range(q.first, q.last):
                self.inside[j].append(qi)
        self._close_at = {self.tok_at(q.start): qi for qi, q in enumerate(self.quotes)}

    # --- lookups -----------------------------------------------------------------------------------------
    def tok_at(self, offset: int) -> int:
        """Index of the token covering ``offset`` (or the first token after it)."""
        k = bisect_right(self._starts, offset) - 1
        if k < 0:
            return 0
        if self.toks[k].end <= offset:
            return k + 1
        return k

    def sent_range(self, k: int) -> tuple[int, int]:
        return self.sent_tok[k]

    def para_end(self, offset: int) -> int:
        for a, b in self.article.paragraph_spans():
            if a <= offset <= b:
                return b
        return len(self.text)

    def quote_opening(self, i: int) -> Quote | None:
        """The quotation whose opening mark is token ``i``."""
        qi = self._close_at.get(i)
        if qi is None or self.toks[i].text not in QUOTE_CHARS:
            return None
        return self.quotes[qi]

    def is_open_quote(self, i: int) -> bool:
        return 0 <= i < len(self.toks) and self.quote_opening(i) is not None

    def quote_of(self, i: int) -> Quote | None:
        """The innermost quotation containing token ``i``."""
        qs = self.inside[i] if 0 <= i < len(self.toks) else []
        return self.quotes[qs[-1]] if qs else None

    def in_quote_since(self, i: int, start: int) -> bool:
        """Is token ``i`` inside a quotation that opens at or after offset ``start``?"""
        return any(self.quotes[q].start >= start for q in self.inside[i])
