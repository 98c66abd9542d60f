"""Where an article's tokens, sentences and quotations are: the index the position questions are asked over.

:class:`Layout` indexes the text layer the ``text`` stage wrote (``Article.tokens``, ``.sentences``,
``.quotes``) once per article, so that each question is a look-up or a bisection, never a scan of the article:
the token at an offset, a sentence's token range and the pieces long sentences are read in, the quotation that
opens at or contains a token (quotations nest, so the innermost one is the one that opened last), the quotations
inside a stretch, and how much of a stretch is quoted. :class:`.positions.Positions` asks its clause, adjunct and
span questions over it.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from heapq import heappop, heappush

from ..arabic import QUOTE_CHARS
from ..model import Article, Quote, Token
from .frame import Range
from .lexicon import COMMAS

MAX_PIECE = 400  # tokens of a sentence read at once (longer ones are cut: no sentence of news is that long)


class Layout:
    """Tokens, sentences and quotations of one article, indexed."""

    def __init__(self, article: Article):
        if article.tokens is None or article.sentences is None or article.quotes is None:
            raise ValueError(f"article {article.id}: the text layer is missing (run the text stage first)")
        self.article = article
        self.text = article.text
        self.toks: list[Token] = article.tokens
        self._starts = [t.start for t in self.toks]
        self.sents = article.sentences
        self.sent_tok: list[Range] = [(s.first, s.last) for s in self.sents]
        self.quotes: list[Quote] = article.quotes
        self._close_at = {self.tok_at(q.start): qi for qi, q in enumerate(self.quotes)}
        # the innermost quotation containing each token (quotations nest: the one that opens last)
        self._inner = innermost([(q.first, q.last) for q in self.quotes], len(self.toks))
        self._qstarts = [q.start for q in self.quotes]
        self._outer = union([(q.start, q.end) for q in self.quotes])  # quoted stretches of the text
        self._outer_starts = [a for a, _ in self._outer]
        self._by_end: dict[int, int] = {}  # end offset -> latest start of a quotation ending there
        for q in self.quotes:
            self._by_end[q.end] = max(q.start, self._by_end.get(q.end, -1))
        self._pieces: list[tuple[int, int, int]] | None = None
        self._piece_ends: list[int] = []
    # --- look-ups ----------------------------------------------------------------------------------------
    def tok_at(self, offset: int) -> int:
        """Index of the token covering ``offset`` (or the first token after it)."""
        k = bisect_right(self._starts, offset) - 1
        if k < 0:
            return 0
        if self.toks[k].end <= offset:
            return k + 1
        return k

    def sent_range(self, k: int) -> Range:
        """Token range [first, last) of sentence ``k``."""
        return self.sent_tok[k]

    def pieces(self) -> list[tuple[int, int, int]]:
        """(sentence index, first token, end token) of every non-empty sentence, a sentence longer than
        :data:`MAX_PIECE` tokens cut into pieces at its last comma (or colon) in the second half of each stretch
        of that length, else at the length itself."""
        if self._pieces is not None:
            return self._pieces
        out = []
        for k, (s0, s1) in enumerate(self.sent_tok):
            while s1 - s0 > MAX_PIECE:
                cut = s0 + MAX_PIECE
                for m in range(cut - 1, s0 + MAX_PIECE // 2, -1):
                    if self.toks[m].text in COMMAS or self.toks[m].text == ":":
                        cut = m + 1
                        break
                out.append((k, s0, cut))
                s0 = cut
            if s1 > s0:
                out.append((k, s0, s1))
        self._pieces = out
        self._piece_ends = [e for _, _, e in out]
        return out

    def piece_end(self, j: int) -> int:
        """End token of the piece (:meth:`pieces`) token ``j`` is in."""
        self.pieces()
        k = bisect_right(self._piece_ends, j)
        return self._piece_ends[k] if k < len(self._piece_ends) else len(self.toks)

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
        qi = self._inner[i] if 0 <= i < len(self.toks) else -1
        return self.quotes[qi] if qi >= 0 else None

    def in_quote_since(self, i: int, start: int) -> bool:
        """Is token ``i`` inside a quotation that opens at or after offset ``start``? (Quotations nest, so the
        innermost one opens last.)"""
        qi = self._inner[i]
        return qi >= 0 and self.quotes[qi].start >= start

    def quote_starting(self, offset: int) -> Quote | None:
        """The first quotation whose opening mark is at ``offset``."""
        k = bisect_left(self._qstarts, offset)
        return self.quotes[k] if k < len(self.quotes) and self.quotes[k].start == offset else None

    def quotes_in(self, a: int, b: int) -> list[Quote]:
        """The quotations opening inside [a, b), in order."""
        return self.quotes[bisect_left(self._qstarts, a):bisect_left(self._qstarts, b)]

    def quote_ends_at(self, a: int, b: int) -> bool:
        """Does a quotation opening at or after ``a`` close just before offset ``b``?"""
        return self._by_end.get(b, -1) >= a

    def quoted_share(self, a: int, b: int) -> float:
        """Share of the non-space characters of [a, b) inside quotation marks."""
        if b <= a:
            return 0.0
        body = nonspace(self.text[a:b])
        if not body:
            return 0.0
        inside = 0
        k = max(0, bisect_right(self._outer_starts, a) - 1)
        while k < len(self._outer) and self._outer[k][0] < b:
            x, y = max(a, self._outer[k][0]), min(b, self._outer[k][1])
            if y > x:
                inside += nonspace(self.text[x:y])
            k += 1
        return inside / body

    def tok_span(self, a: int, b: int) -> Range:
        """Character span of tokens [a, b)."""
        return self.toks[a].start, self.toks[b - 1].end


def innermost(ranges: list[Range], n: int) -> list[int]:
    """For each position ``0 … n-1``, the index of the range ``[a, b)`` containing it that comes last in
    ``ranges`` (ranges given in order of their start: the innermost of nested ones), or -1."""
    out = [-1] * n
    events = sorted({x for a, b in ranges for x in (a, b) if 0 <= x <= n} | {0, n})
    heap: list[tuple[int, int]] = []  # (-index, end)
    k = 0
    for p, q in zip(events, events[1:]):
        while k < len(ranges) and ranges[k][0] <= p:
            if ranges[k][1] > ranges[k][0]:
                heappush(heap, (-k, ranges[k][1]))
            k += 1
        while heap and heap[0][1] <= p:
            heappop(heap)
        if heap:
            out[p:q] = [-heap[0][0]] * (q - p)
    return out


def union(spans: list[Range]) -> list[Range]:
    """The union of character spans, as disjoint spans in order."""
    out: list[Range] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def nonspace(s: str) -> int:
    """Characters of ``s`` that are not white space."""
    return len(s) - sum(map(str.isspace, s))
