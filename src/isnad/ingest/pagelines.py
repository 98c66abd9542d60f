"""The first pass of the page parser: every line of scraped page text classified by its shape and the data
lexicons (:mod:`isnad.ingest.lines`) — widget, breadcrumb, caption, date or relative time stamp, byline/dateline
credit, related-block heading (or an inline ``اقرأ أيضاً: TITLE``), footer, divider, a teaser's ``NAME (CITY)``
line, masthead and promotion furniture, headline, or text — and the page-wide facts (:class:`Shape`) that tell
body paragraphs from headlines and crossheads.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import islice
from typing import Iterator

from ..arabic.normalize import norm_key
from . import lines as L
from .dates import date_line

MIN_BODY_WORDS = 8          # a body paragraph has at least this many words ...
UNPUNCTUATED_BODY_WORDS = 25  # ... and ends a sentence, unless it is at least this long
UNPUNCTUATED_PAGE_BODY_WORDS = 15  # on pages that end no paragraph with a period, a body opens with this many
MAX_HEADLINE_WORDS = 40
MAX_PUNCTUATED_TITLE_WORDS = 25  # a headline ending in ! ? or : is at most this long
MIN_TITLE_WORDS = 3
MIN_SUBTITLE_WORDS = 4
DUP_PREFIX_CHARS = 40       # a line that repeats the start of a later line (a teaser of the lede) is dropped
DUP_LOOKAHEAD = 20
NEW_ARTICLE_LOOKAHEAD = 3   # a headline whose date or byline follows within this many lines opens an article
MAX_CREDIT_WORDS = 6
MAX_DATELINE_WORDS = 2
MAX_BYLINE_WORDS = 4
MAX_PHOTO_CAPTION_WORDS = 30  # a caption printed under a photo credit line is one short line

_CREDIT_DASH = re.compile(r"^(?P<a>[^\-–—:|]{2,40}?)\s*[\-–—]\s*(?P<b>[^\-–—:|]{2,40})?$")
HEADER_KINDS = ("date", "credit", "author")  # lines that follow a headline that opens an article


@dataclass
class Classified:
    line: L.Line
    kind: str  # text | headline | widget | nav | caption | date | reltime | credit | marker | list | inline
    #            | footer | divider | author | dup
    date: str | None = None
    credit: tuple[str | None, str | None] | None = None  # (dateline, byline)
    author: tuple[str, str] | None = None
    related: str | None = None  # the title of an inline "اقرأ أيضاً: ..." line
    photo_credit: bool = False  # a caption line that is only a photo credit ("تصوير: فلان")


def make_lines(text: str) -> list[L.Line]:
    out: list[L.Line] = []
    blank = True
    for raw in text.splitlines():
        s = raw.strip()
        if not s:
            blank = True
            continue
        out.append(L.Line(len(out), s, norm_key(s), blank))
        blank = False
    counts = Counter(ln.key for ln in out)
    for ln in out:
        ln.count = counts[ln.key]
    return out


def byline_prefix(text: str) -> str | None:
    """The name after a byline word: "كتب: فلان", "بقلم - فلان", "By NAME"."""
    k = norm_key(text)
    for p in L.byline_prefixes():
        if k.startswith(p + " "):
            n = len(p.split())
            name = re.sub(r"^[\s:：\-–—]+", "", text.strip().split(None, n)[n] if len(text.split()) > n else "")
            name = name.strip()
            if name and L.word_count(name) <= MAX_BYLINE_WORDS:
                return name
    return None


def credit_line(text: str) -> tuple[str | None, str | None] | None:
    """A short byline/dateline line: "دبي- العربية.نت", "نبأ الأردن -", "كتب: فلان", "القاهرة (رويترز)".
    Returns (dateline, byline)."""
    if L.word_count(text) > MAX_CREDIT_WORDS:
        return None
    if (name := byline_prefix(text)) is not None:
        return None, name
    if L.TERMINAL_END.search(text.rstrip("-–— ")) and not text.rstrip().endswith(":"):
        return None
    m = L.PAREN_TAIL.match(text)
    if m and L.is_credit(m.group("inner")) and 1 <= L.word_count(m.group("head")) <= MAX_DATELINE_WORDS:
        return m.group("head").strip(), m.group("inner").strip()
    m = _CREDIT_DASH.match(text)
    if m:
        a, b = m.group("a").strip(), (m.group("b") or "").strip()
        if b:
            if L.word_count(a) <= MAX_DATELINE_WORDS and L.word_count(b) <= 3:
                return a, b
            return None
        return None, a
    if text.rstrip().endswith(":") and L.word_count(text) <= 3:
        return None, text.rstrip(": ").strip()
    return None


META_SEPARATOR = re.compile(r"\s*[|·•]\s*")
MAX_META_WORDS = 30


def meta_parts(parts: list[str]) -> tuple[str | None, str | None, str | None] | None:
    """(dateline, byline, date) of a headline's info line given as its parts (``CITY - NAME | DATE - TIME |
    التعليقات (3)``, or the inline elements of an HTML meta block): each part is a credit, a date, a time stamp,
    a counter, a widget or a section label, and one at least is a credit or a date. Beside a date, a short bare
    part is the author's name (``NAME | DATE``), and a second one the place (``NAME | CITY | DATE``). None when
    the line is something else."""
    dateline = byline = published = None
    found = False
    bare: list[str] = []
    for part in (x for p in parts for x in META_SEPARATOR.split(p)):
        part = part.strip(" \t-–—،,")
        if not part:
            continue
        if (d := date_line(part)) is not None:
            published, found = published or d, True
        elif (cr := credit_line(part)) is not None:
            dateline, byline, found = dateline or cr[0], byline or cr[1], True
        elif L.is_counter(part) or L.is_widget(part) or L.is_relative_time(part) or L.is_section(part):
            continue
        elif L.word_count(part) <= MAX_BYLINE_WORDS and not L.TERMINAL_END.search(part) \
                and not any(ch.isdigit() for ch in part):
            bare.append(part)
        else:
            return None
    if not found or (bare and published is None):
        return None
    if bare and byline is None:
        byline = bare.pop(0)
    if bare and dateline is None and L.word_count(bare[0]) <= MAX_DATELINE_WORDS:
        dateline = bare[0]
    return dateline, byline, published


def meta_line(text: str) -> tuple[str | None, str | None, str | None] | None:
    """:func:`meta_parts` of a line whose parts are separated by ``|``, ``·`` or ``•``."""
    if L.word_count(text) > MAX_META_WORDS or not META_SEPARATOR.search(text):
        return None
    return meta_parts([text])


def _staff_lines(lines: list[L.Line]) -> set[int]:
    """Indexes of masthead lines (``ROLE: NAME`` pairs): several pairs on one line, a line printed twice, or a
    pair next to another one."""
    pairs = [L.staff_pairs(ln.text) for ln in lines]
    out = set()
    for i, n in enumerate(pairs):
        if n and (n >= 2 or lines[i].count >= 2 or (i > 0 and pairs[i - 1]) or (i + 1 < len(lines) and pairs[i + 1])):
            out.add(i)
    return out


def classify(lines: list[L.Line], title_key: str | None = None) -> list[Classified]:
    out: list[Classified] = []
    staff = _staff_lines(lines)
    for i, ln in enumerate(lines):
        t = ln.text
        if L.is_divider(t):
            c = Classified(ln, "divider")
        elif i in staff or L.is_promo(t) or L.is_desk_note(t) or L.is_issue_header(t):
            c = Classified(ln, "widget")
        elif L.is_relative_time(t):
            c = Classified(ln, "reltime")
        elif L.is_related_marker(t):
            c = Classified(ln, "marker")
        elif L.is_list_marker(t):
            c = Classified(ln, "list")
        elif (rel := L.inline_related(t)) is not None:
            c = Classified(ln, "inline", related=rel)
        elif L.is_widget(t):
            c = Classified(ln, "widget")
        elif L.is_footer(t):
            c = Classified(ln, "footer")
        elif L.is_caption(t):
            c = Classified(ln, "caption")
        elif L.is_photo_credit_line(t):
            c = Classified(ln, "caption", photo_credit=True)
        elif (d := date_line(t)) is not None:
            c = Classified(ln, "date", date=d)
        elif (meta := meta_line(t)) is not None:  # "CITY - NAME · DATE", "NAME | DATE | 3 تعليقات"
            c = Classified(ln, "credit", credit=meta[:2], date=meta[2])
        elif L.is_nav(t):
            c = Classified(ln, "nav")
        elif (ac := L.author_city(t)) is not None:
            c = Classified(ln, "author", author=ac)
        elif (cr := credit_line(t)) is not None:
            c = Classified(ln, "credit", credit=cr)
        elif title_key and ln.key == title_key:
            c = Classified(ln, "headline")
        else:
            c = Classified(ln, "text")
            if len(ln.key) >= DUP_PREFIX_CHARS:
                for other in lines[i + 1:i + 1 + DUP_LOOKAHEAD]:
                    if len(other.key) > len(ln.key) and other.key.startswith(ln.key):
                        c.kind = "dup"
                        break
        out.append(c)
    mark_photo_captions(out)
    mark_headlines(out)
    return out


def _caption_shaped(c: Classified) -> bool:
    return c.kind in ("text", "dup") and c.line.words <= MAX_PHOTO_CAPTION_WORDS and not c.line.punctuated


def mark_photo_captions(items: list[Classified]) -> None:
    """The caption printed under a photo credit line ("تصوير: فلان", then the caption, often printed twice) is a
    caption, not a headline: the short unpunctuated line right after the credit line and its copies right after
    it; the line right before the credit line too when it is one of those copies (the caption printed once over
    the credit and once under it)."""
    for k, c in enumerate(items):
        if not c.photo_credit:
            continue
        caption_key = None
        j = k + 1
        while j < len(items) and _caption_shaped(items[j]) and caption_key in (None, items[j].line.key):
            caption_key = items[j].line.key
            items[j].kind = "caption"
            j += 1
        if k > 0 and _caption_shaped(items[k - 1]) and items[k - 1].line.key == caption_key:
            items[k - 1].kind = "caption"


def following(items: list[Classified], k: int) -> Iterator[Classified]:
    """The items after ``k`` (without copying the list)."""
    return (items[j] for j in range(k + 1, len(items)))


_ASKS = re.compile(r"[!?؟]\s*[»”\"')\]]*\s*$")  # a headline may ask or exclaim; a period or colon ends a sentence


def _opens_page_asking(items: list[Classified], k: int) -> bool:
    """The page's first line of text, short and ending in ``?`` or ``!`` ("… هل يتحملها المصريون؟"), with a longer
    body paragraph right after it (furniture aside): the headline, asked as a question."""
    if any(x.kind in ("text", "dup", "headline") for x in items[:k]) or not _ASKS.search(items[k].line.text):
        return False
    nxt = next((x for x in following(items, k) if x.kind not in ("widget", "caption", "nav", "date", "credit")), None)
    return (nxt is not None and nxt.kind == "text" and nxt.line.punctuated and nxt.line.words >= MIN_BODY_WORDS
            and nxt.line.words > items[k].line.words)


def mark_headlines(items: list[Classified]) -> None:
    """A short line ending in ``!``, ``?`` or ``:`` is a headline, not a paragraph, when its own date or byline
    follows it and a body paragraph comes right after them, or when it opens the page asking (``?``, ``!``) and a
    body paragraph follows."""
    for k, c in enumerate(items):
        if c.kind != "text" or not c.line.punctuated or not 2 <= c.line.words <= MAX_PUNCTUATED_TITLE_WORDS:
            continue
        if _opens_page_asking(items, k):
            c.kind = "headline"
            continue
        after = list(islice((x for x in following(items, k) if x.kind not in ("widget", "caption", "nav")),
                            NEW_ARTICLE_LOOKAHEAD))
        if not after or after[0].kind not in ("date", "credit"):
            continue
        rest = [x for x in after if x.kind not in ("date", "credit")]
        if rest and rest[0].kind == "text" and (
                rest[0].line.punctuated and rest[0].line.words >= MIN_BODY_WORDS
                or rest[0].line.words >= UNPUNCTUATED_PAGE_BODY_WORDS):
            c.kind = "headline"


class Shape:
    """Page-wide facts used to tell body paragraphs from headlines and crossheads."""

    def __init__(self, items: list[Classified]):
        long_lines = [c.line for c in items if c.kind == "text" and c.line.words >= UNPUNCTUATED_PAGE_BODY_WORDS]
        punct = sum(1 for ln in long_lines if ln.punctuated)
        # Some outlets end no paragraph with a period: then length alone decides.
        self.punctuation_matters = not long_lines or punct / len(long_lines) >= 0.5

    def is_body(self, c: Classified) -> bool:
        """A line that can open an article body."""
        ln = c.line
        if c.kind != "text" or ln.words < MIN_BODY_WORDS:
            return False
        if self.punctuation_matters:
            return ln.punctuated or ln.words >= UNPUNCTUATED_BODY_WORDS
        return ln.words >= UNPUNCTUATED_PAGE_BODY_WORDS

    def continues_body(self, c: Classified) -> bool:
        """A line kept as a paragraph once the body has opened (shorter lines than an opener may do)."""
        ln = c.line
        if c.kind != "text":
            return False
        if self.is_body(c) or (ln.punctuated and ln.words >= 3 and not self.is_headline(c)):
            return True
        return not self.punctuation_matters and ln.words >= MIN_BODY_WORDS

    @staticmethod
    def is_headline(c: Classified) -> bool:
        if c.kind == "headline":
            return True
        return c.kind == "text" and 2 <= c.line.words <= MAX_HEADLINE_WORDS and not c.line.punctuated
