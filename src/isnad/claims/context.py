"""The contexts the passes of the attribution engine read and write.

:class:`ArticleContext` is one article being read: its token positions (:class:`.positions.Positions`), the
lexical reader over them, the speaker-like phrases met (the mentions pass) and the frames kept so far (the
sentence passes append to it; resolution orders it). :class:`SentenceContext` is one sentence of it: its token
range and the frames found in it, which the passes over that sentence hand to each other.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Article, Token
from .frame import Frame, Mention, Range
from .lexicon import Lexicon
from .phrases import Reader
from .positions import Positions


@dataclass
class ArticleContext:
    pos: Positions
    r: Reader
    lex: Lexicon
    toks: list[Token]
    text: str
    mentions: list[Mention] = field(default_factory=list)
    frames: list[Frame] = field(default_factory=list)
    order: dict[int, int] = field(default_factory=dict)  # id of a kept frame -> its index in ``frames``
    mention_ends: list[int] = field(default_factory=list)  # end offset of each mention, in order
    # sources of trailing attributions that became the relay of a claim before them (…، وفق تصريح الزوج): a
    # person named there may be the elided subject of the next sentences
    relayed: list[Range] = field(default_factory=list)

    def set_mentions(self, mentions: list[Mention]) -> None:
        self.mentions = mentions
        self.mention_ends = [self.toks[b - 1].end for _, b, _ in mentions]

    @classmethod
    def of(cls, article: Article, lex: Lexicon) -> "ArticleContext":
        pos = Positions(article, lex)
        return cls(pos, pos.r, lex, pos.toks, pos.text)


@dataclass
class SentenceContext:
    doc: ArticleContext
    index: int  # the sentence's index in the article
    s0: int  # its tokens [s0, s1)
    s1: int
    frames: list[Frame] = field(default_factory=list)  # its frames, as the cue pass found them
