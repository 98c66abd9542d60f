"""A per-article view of the text layer for the attribution engine: tokens with their normalised forms,
sentence and paragraph indices, and the quotations they sit in.

Nothing here tokenises: tokens, clitic words and sentences come from :mod:`isnad.text`; this module only
indexes them and answers the questions the engine asks (is this token inside a quotation? where does the
quotation that opens here close?).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from ..model import Article
from ..text import norm
from ..text.component import article_sentences, article_tokens

OPEN_QUOTES = {"«": "»", "“": "”", "„": "”", "‹": "›"}
STRAIGHT_QUOTES = {'"'}
QUOTE_CHARS = set(OPEN_QUOTES) | set(OPEN_QUOTES.values()) | STRAIGHT_QUOTES
COMMAS = {"،", ",", "؛", ";"}
OPENING_CONTEXT = set("(«“[—–-ـ:،,/")  # what may stand right before an opening straight quote
CLOSING_CONTEXT = set(".,،؛;:!?؟)»”]…-")  # what may stand right after a closing one
TERMINALS = {".", "!", "?", "؟", "…"}


@dataclass
class Tok:
    i: int
    text: str
    start: int
    end: int
    kind: str  # word | number | latin | punct
    n: str  # normalised surface form
    bare: str  # normalised, without the conjunction the tokenizer split off
    stem: str  # normalised last word (clitics and article removed)
    conj: bool
    prep: str | None  # ب ل ك when the tokenizer split one off
    art: bool
    sent: int = -1
    para: int = -1

    @property
    def word(self) -> bool:
        return self.kind in ("word", "latin", "number")


@dataclass
class Quote:
    start: int  # offset of the opening mark
    end: int  # offset just after the closing mark (paragraph end when unclosed)
    closed: bool
    first: int  # first token index inside
    last: int  # last token index inside (exclusive)


class View:
    """Tokens, sentences, paragraphs and quotations of one article."""

    def __init__(self, article: Article):
        self.article = article
        self.text = article.text
        self.toks: list[Tok] = []
        for i, t in enumerate(article_tokens(article)):
            conj = [w for w in t.words if w.kind == "conj"]
            preps = [w for w in t.words if w.kind == "prep"]
            art = any(w.kind == "article" for w in t.words)
            n = norm(t.text)
            bare = norm(t.text[conj[-1].end - t.start:]) if conj else n
            self.toks.append(Tok(i, t.text, t.start, t.end, t.kind, n, bare, norm(t.words[-1].text) if t.words else n,
                                 bool(conj), norm(preps[0].text)[:1] if preps else None, art))
        self._starts = [t.start for t in self.toks]
        self.sents = list(article_sentences(article))
        self.sent_tok: list[tuple[int, int]] = []
        for k, s in enumerate(self.sents):
            a, b = self.tok_at(s.start), self.tok_at(s.end - 1) + 1
            if a >= len(self.toks) or self.toks[a].start >= s.end:
                self.sent_tok.append((a, a))
                continue
            for t in self.toks[a:b]:
                t.sent = k
            self.sent_tok.append((a, b))
        para_starts = [a for a, _ in article.paragraph_spans()]
        for t in self.toks:
            t.para = bisect_right(para_starts, t.start) - 1
        self.quotes = self._find_quotes()
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

    def _find_quotes(self) -> list[Quote]:
        text = self.text
        out: list[Quote] = []
        for pa, pb in self.article.paragraph_spans():
            stack: list[tuple[str, int]] = []
            i = pa
            while i < pb:
                ch = text[i]
                if ch in OPEN_QUOTES and text.find(OPEN_QUOTES[ch], i + 1, pb) != -1:
                    stack.append((OPEN_QUOTES[ch], i))
                elif ch in OPEN_QUOTES and not stack:
                    out.append(self._quote(i, pb, False))  # unclosed (a scrape cut mid-quote): to the end
                    break
                elif ch in STRAIGHT_QUOTES:
                    # a straight quote's side shows in its spacing: "opens before a word, closes after one"
                    prev = text[i - 1] if i > pa else " "
                    nxt = text[i + 1] if i + 1 < pb else " "
                    opener = prev in OPENING_CONTEXT or (prev.isspace() and not nxt.isspace())
                    closer = not prev.isspace() and prev not in OPENING_CONTEXT and (
                        nxt.isspace() or nxt in CLOSING_CONTEXT)
                    if stack and stack[-1][0] == ch:
                        if opener and not closer:
                            stack[-1] = (ch, i)  # the mark left open before was stray
                        else:
                            out.append(self._quote(stack.pop()[1], i + 1, True))
                    elif closer and not opener:
                        pass  # a closing mark with nothing open: stray
                    elif text.find(ch, i + 1, pb) != -1:
                        stack.append((ch, i))
                    elif not stack:
                        out.append(self._quote(i, pb, False))  # unclosed: runs to the paragraph end
                        break
                elif stack and ch == stack[-1][0]:
                    out.append(self._quote(stack.pop()[1], i + 1, True))
                i += 1
        out.sort(key=lambda q: q.start)
        return out

    def _quote(self, a: int, b: int, closed: bool) -> Quote:
        n = len(self.toks)
        first = min(self.tok_at(a) + 1, n)
        last = min(self.tok_at(b - 1) if closed else self.tok_at(b - 1) + 1, n)
        return Quote(a, b, closed, first, max(first, last))
