"""The data objects that flow through every stage of isnad.

One input becomes a :class:`Document`; it holds :class:`Article` objects; everything later stages find is a
span with ``start``/``end`` character offsets into :attr:`Article.text` (the body paragraphs joined by a
blank line). Stages add to these objects; none re-parses another stage's output.

The JSON produced by :func:`document_to_json` is a contract (``isnad analyze --format json``): keys are added
over time, never renamed.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

PARAGRAPH_SEPARATOR = "\n\n"


@dataclass
class Span:
    """A stretch of an article's text: ``article.text[start:end] == text``."""

    text: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class Entity(Span):
    """A named entity: PERS, ORG, LOC or MISC."""

    label: str = "MISC"

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "label": self.label, "start": self.start, "end": self.end}


@dataclass
class Place(Span):
    """A toponym, resolved against the gazetteer when possible (``id`` is None when it cannot be)."""

    id: str | None = None
    name: str | None = None
    name_ar: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    feature: str | None = None
    confidence: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "id": self.id, "name": self.name,
                "name_ar": self.name_ar, "lat": self.lat, "lon": self.lon, "country": self.country,
                "feature": self.feature, "confidence": round(self.confidence, 3)}


@dataclass
class Number(Span):
    """A quantity: ``value`` with multipliers applied, ``unit`` the counted noun (singular) or "%"."""

    value: float | int | None = None
    unit: str | None = None
    approximate: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "value": self.value,
                "unit": self.unit, "approximate": self.approximate}


@dataclass
class TimeExpr(Span):
    """A date or time expression; ``value`` is an ISO date, a range ``a/b``, or None when unresolved."""

    value: str | None = None
    precision: str | None = None  # day | week | month | year | range | None

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "value": self.value,
                "precision": self.precision}


@dataclass
class Speaker(Span):
    type: str = "anonymous"  # person | organization | anonymous | group | outlet | document
    name: str | None = None
    country: str | None = None  # ISO code when the phrase stands for a country (إسرائيل، موسكو): set by facts

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "type": self.type, "name": self.name,
                "country": self.country}


@dataclass
class Cue(Span):
    lemma: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "lemma": self.lemma}


@dataclass
class Via:
    """One link of a relay chain: the party that passed the words on, and its own claim id when it has one."""

    text: str
    claim: str | None = None
    start: int | None = None
    end: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "claim": self.claim, "start": self.start, "end": self.end}


CLAIM, REPORT = "claim", "report"  # the kinds of claim (Claim.kind)


@dataclass
class Claim:
    """One act of reporting: a speaker, a cue, a stance and the reported content.

    ``kind`` is ``claim`` when a cue with a speaker (or an impersonal passive, أفيد بأن) introduces the words,
    ``report`` when a report noun does, with no speaker of its own (أنباء عن …، تقارير بأن …): the report is then
    its own source (speaker type anonymous or document), so that a later denial has something to point at.
    Reports sit in :attr:`Article.claims` with the claims (every stage sees them); the JSON lists them apart, under
    the article's ``reports`` (ids from the same sequence), so that ``claims`` keeps meaning what a speaker said."""

    id: str
    speaker: Speaker
    cue: Cue
    stance: str
    content: Span
    direct: bool = False
    recipient: Span | None = None
    via: list[Via] = field(default_factory=list)
    parent: str | None = None
    places: list[Place] = field(default_factory=list)
    numbers: list[Number] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    kind: str = CLAIM

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "speaker": self.speaker.to_json(),
            "cue": self.cue.to_json(),
            "stance": self.stance,
            "content": self.content.to_json(),
            "direct": self.direct,
            "recipient": self.recipient.to_json() if self.recipient else None,
            "via": [v.to_json() for v in self.via],
            "parent": self.parent,
            "places": [p.to_json() for p in self.places],
            "numbers": [n.to_json() for n in self.numbers],
            "times": [t.to_json() for t in self.times],
        }


@dataclass
class Contradiction:
    """Two claims (by id) that cannot both be true: the kind of conflict, a one-line explanation in English and
    in Arabic naming both sources and the facts that differ, and the probability that the two conflict."""

    a: str
    b: str
    kind: str  # negation | number | location | time | actor | outcome
    note: str = ""
    score: float = 0.0
    note_ar: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"a": self.a, "b": self.b, "kind": self.kind, "note": self.note, "note_ar": self.note_ar,
                "score": round(self.score, 3)}


@dataclass
class EventGroup:
    """Claims (by id) about one event or proposition: linked by a contradiction or by what they share."""

    id: str
    claims: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "claims": list(self.claims)}


@dataclass
class RelatedItem:
    """A teaser of another article printed on the page (a "related articles" block)."""

    title: str
    section: str | None = None
    caption: str | None = None
    summary: str | None = None
    author: str | None = None
    city: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"title": self.title, "section": self.section, "caption": self.caption, "summary": self.summary,
                "author": self.author, "city": self.city}


# --- the text layer (written by the ``text`` stage only; kept out of the JSON) ----------------------------------

@dataclass(slots=True)
class Word:
    """A syntactic word inside a token: a proclitic (``conj`` و ف, ``prep`` ب ك ل), the ``article`` ال, or the
    ``stem``. Offsets point into the same text as the token's."""

    text: str
    start: int
    end: int
    kind: str  # conj | prep | article | stem


@dataclass(slots=True)
class Token:
    """A surface token (what the page shows between spaces and punctuation) with its clitic-split words and the
    forms every stage matches on, computed once by the text layer.

    ``norm`` is the normalised surface; ``bare`` the normalised token without the conjunction split off;
    ``stem`` the normalised last word (clitics and article removed); ``conj``/``prep``/``art`` say which clitics
    were split off (``prep`` holds the letter). ``sent`` and ``para`` index the article's sentences and
    paragraphs (-1 outside an article).
    """

    i: int
    text: str
    start: int
    end: int
    kind: str  # word | number | latin | punct
    words: list[Word]
    norm: str
    bare: str
    stem: str
    conj: bool
    prep: str | None
    art: bool
    sent: int = -1
    para: int = -1

    @property
    def word(self) -> bool:
        """A word, a number or a Latin word (not punctuation)."""
        return self.kind != "punct"

    @property
    def stem_word(self) -> Word:
        return self.words[-1]


@dataclass
class Sentence(Span):
    """A sentence of the article (never across paragraphs, never ending inside a closed quotation), with the
    range of its tokens ``[first, last)``."""

    first: int = 0
    last: int = 0


@dataclass(slots=True)
class Quote:
    """A quotation: offsets of its opening mark and just after its closing mark (the paragraph's end when it is
    never closed), and the range of tokens inside it ``[first, last)``."""

    start: int
    end: int
    closed: bool
    first: int
    last: int


@dataclass
class Article:
    """One news article. ``text`` is the paragraphs joined by a blank line, fixed the first time it is read (the
    pipeline reads it before any stage runs); every span offset points into it. ``tokens``, ``sentences`` and
    ``quotes`` are the text layer, written by the ``text`` stage and read by the others (None until then)."""

    id: str
    title: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    dateline: str | None = None
    published: str | None = None  # YYYY-MM-DD
    url: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    numbers: list[Number] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    tokens: list[Token] | None = field(default=None, repr=False)
    sentences: list[Sentence] | None = field(default=None, repr=False)
    quotes: list[Quote] | None = field(default=None, repr=False)
    _text: str | None = field(default=None, init=False, repr=False)

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "paragraphs" and getattr(self, "_text", None) is not None:
            raise AttributeError(f"article {self.id}: its text is fixed; the paragraphs can no longer change")
        object.__setattr__(self, name, value)

    @property
    def text(self) -> str:
        if self._text is None:
            object.__setattr__(self, "paragraphs", tuple(self.paragraphs))  # no append after this point
            self._text = PARAGRAPH_SEPARATOR.join(self.paragraphs)
        return self._text

    def paragraph_spans(self) -> list[tuple[int, int]]:
        """(start, end) of each paragraph inside :attr:`text`."""
        spans, pos = [], 0
        for p in self.paragraphs:
            spans.append((pos, pos + len(p)))
            pos += len(p) + len(PARAGRAPH_SEPARATOR)
        return spans

    def span(self, start: int, end: int) -> Span:
        return Span(self.text[start:end], start, end)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "subtitle": self.subtitle,
            "byline": self.byline,
            "dateline": self.dateline,
            "published": self.published,
            "url": self.url,
            "text": self.text,
            "paragraphs": list(self.paragraphs),
            "entities": [e.to_json() for e in self.entities],
            "claims": [c.to_json() for c in self.claims if c.kind != REPORT],
            "reports": [c.to_json() for c in self.claims if c.kind == REPORT],
            "places": [p.to_json() for p in self.places],
            "numbers": [n.to_json() for n in self.numbers],
            "times": [t.to_json() for t in self.times],
        }


@dataclass
class Document:
    """One input (a file, a JSONL record, a WARC record, a feed entry): its articles and page furniture."""

    source: str
    outlet: str | None = None
    articles: list[Article] = field(default_factory=list)
    related: list[RelatedItem] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)
    groups: list[EventGroup] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict, repr=False)

    def claims(self) -> list[Claim]:
        return [c for a in self.articles for c in a.claims]

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "outlet": self.outlet,
            "articles": [a.to_json() for a in self.articles],
            "related": [r.to_json() for r in self.related],
            "contradictions": [c.to_json() for c in self.contradictions],
            "groups": [g.to_json() for g in self.groups],
        }


def document_to_json(doc: Document) -> dict[str, Any]:
    return doc.to_json()
