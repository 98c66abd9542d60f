"""Scraped page text → clean articles and related items, from the structure of the page.

A naive scraper's text of a news page holds the article among furniture: headlines printed several times, widget
tokens, image captions ending in a photo credit, date stamps, credit lines, crossheads, "related articles" blocks
of teasers, footers, and sometimes a second article glued on. The parser works in three passes:

1. every line is classified by shape and data lexicons (:mod:`isnad.ingest.lines`): widget, caption, date,
   credit, related-block heading, footer, divider, a teaser's ``NAME (CITY)`` line, or text;
2. the page is cut into segments at related headings, footers, dividers and ``NAME (CITY)`` lines, and a segment
   is cut again where a repeated headline opens a new article;
3. in each segment the first body paragraph (a long line, usually ending a sentence) opens the body: lines before
   it are the header (title, subtitle, byline, dateline, date, captions), lines after it are paragraphs, with
   captions, widgets, crossheads and repeats left out. After a related heading, segments with at most one
   paragraph are teasers (title, section, caption, summary, author, city); a segment with a real body ends the
   block and starts an article.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..model import Article, Document, RelatedItem
from ..text.normalize import norm_key
from . import lines as L
from .dates import date_line

MIN_BODY_WORDS = 8          # a body paragraph has at least this many words ...
UNPUNCTUATED_BODY_WORDS = 25  # ... and ends a sentence, unless it is at least this long
MAX_HEADLINE_WORDS = 40
DUP_PREFIX_CHARS = 40       # a line that repeats the start of a later line (a teaser of the lede) is dropped
DUP_LOOKAHEAD = 20

CREDIT_PREFIXES = ("كتب", "كتبت", "بقلم", "إعداد", "اعداد", "تقرير", "حوار", "ترجمة", "متابعة")
_CREDIT_DASH = re.compile(r"^(?P<a>[^\-–—:|]{2,40}?)\s*[\-–—]\s*(?P<b>[^\-–—:|]{2,40})?$")
_CREDIT_PREFIX = re.compile(rf"^(?:{'|'.join(CREDIT_PREFIXES)})\s*[:：]?\s*(?P<name>.{{2,60}})$")
_DATELINE_BODY = re.compile(
    r"^(?P<city>[^\s،,(\-–—:]{2,20}(?:\s[^\s،,(\-–—:]{2,20})?)\s*"
    r"(?:[،,]\s*[^()\n،,]{2,25}\s*)?(?:\((?P<agency>[^()]{2,25})\))?\s*(?:--|[-–—:])\s")


@dataclass
class Classified:
    line: L.Line
    kind: str  # text | widget | caption | date | credit | marker | footer | divider | author | dup
    date: str | None = None
    credit: tuple[str | None, str | None] | None = None  # (dateline, byline)
    author: tuple[str, str] | None = None


@dataclass
class Segment:
    items: list[Classified]
    closer: Classified | None = None  # the break line that ended it (an author line belongs to its teaser)
    after: str | None = None  # kind of the break that opened it: marker | footer | divider | author | None


@dataclass
class Header:
    title: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    dateline: str | None = None
    published: str | None = None
    captions: list[str] = field(default_factory=list)


def _make_lines(text: str) -> list[L.Line]:
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


def _credit_line(text: str) -> tuple[str | None, str | None] | None:
    """A short byline/dateline line: "دبي- العربية.نت", "نبأ الأردن -", "كتب: فلان". Returns (dateline, byline)."""
    if L.word_count(text) > 6 or L.TERMINAL_END.search(text.rstrip("-–— ")) and not text.rstrip().endswith(":"):
        return None
    m = _CREDIT_PREFIX.match(text)
    if m and L.word_count(m.group("name")) <= 4:
        return None, m.group("name").strip()
    m = _CREDIT_DASH.match(text)
    if m:
        a, b = m.group("a").strip(), (m.group("b") or "").strip()
        if b:
            if L.word_count(a) <= 2 and L.word_count(b) <= 3:
                return a, b
            return None
        return None, a
    if text.rstrip().endswith(":") and L.word_count(text) <= 3:
        return None, text.rstrip(": ").strip()
    return None


def _classify(lines: list[L.Line]) -> list[Classified]:
    out: list[Classified] = []
    for i, ln in enumerate(lines):
        t = ln.text
        if L.is_divider(t):
            c = Classified(ln, "divider")
        elif L.is_related_marker(t):
            c = Classified(ln, "marker")
        elif L.is_widget(t):
            c = Classified(ln, "widget")
        elif L.is_footer(t):
            c = Classified(ln, "footer")
        elif L.is_caption(t):
            c = Classified(ln, "caption")
        elif (d := date_line(t)) is not None:
            c = Classified(ln, "date", date=d)
        elif (ac := L.author_city(t)) is not None:
            c = Classified(ln, "author", author=ac)
        elif (cr := _credit_line(t)) is not None:
            c = Classified(ln, "credit", credit=cr)
        else:
            c = Classified(ln, "text")
            if len(ln.key) >= DUP_PREFIX_CHARS:
                for other in lines[i + 1:i + 1 + DUP_LOOKAHEAD]:
                    if len(other.key) > len(ln.key) and other.key.startswith(ln.key):
                        c.kind = "dup"
                        break
        out.append(c)
    return out


class _Shape:
    """Page-wide facts used to tell body paragraphs from headlines and crossheads."""

    def __init__(self, items: list[Classified]):
        long_lines = [c.line for c in items if c.kind == "text" and c.line.words >= 15]
        punct = sum(1 for ln in long_lines if ln.punctuated)
        # Some outlets end no paragraph with a period: then length alone decides.
        self.punctuation_matters = not long_lines or punct / len(long_lines) >= 0.5

    def is_body(self, c: Classified) -> bool:
        ln = c.line
        if c.kind != "text" or ln.words < MIN_BODY_WORDS:
            return False
        if self.punctuation_matters:
            return ln.punctuated or ln.words >= UNPUNCTUATED_BODY_WORDS
        return ln.words >= 15

    @staticmethod
    def is_headline(c: Classified) -> bool:
        return c.kind == "text" and 2 <= c.line.words <= MAX_HEADLINE_WORDS and not c.line.punctuated


BREAKS = ("marker", "footer", "divider", "author")


def _segments(items: list[Classified], shape: _Shape) -> list[Segment]:
    segs: list[Segment] = []
    cur: list[Classified] = []
    opened_by: str | None = None
    for c in items:
        if c.kind in BREAKS:
            segs.append(Segment(cur, c, opened_by))
            cur, opened_by = [], c.kind
            continue
        cur.append(c)
    segs.append(Segment(cur, None, opened_by))
    # A repeated headline after body paragraphs opens a new article inside one segment.
    out: list[Segment] = []
    for seg in segs:
        start, seen_body, title_key = 0, False, None
        for k, c in enumerate(seg.items):
            if shape.is_body(c):
                seen_body = True
            elif (seen_body and shape.is_headline(c) and c.line.count >= 2 and c.line.key != title_key
                  and any(shape.is_body(x) for x in seg.items[k + 1:])):
                out.append(Segment(seg.items[start:k], None, seg.after if start == 0 else None))
                start, seen_body = k, False
            if title_key is None and shape.is_headline(c):
                title_key = c.line.key
        out.append(Segment(seg.items[start:], seg.closer, seg.after if start == 0 else None))
    return out


def _header(items: list[Classified], shape: _Shape, body_index: int) -> Header:
    h = Header()
    cands = [c for c in items[:body_index] if shape.is_headline(c)]
    repeated = [c for c in cands if c.line.count >= 2]
    title_c = repeated[0] if repeated else next((c for c in cands if c.line.words >= 3), cands[0] if cands else None)
    if title_c is not None:
        h.title = L.strip_title_label(title_c.line.text)
        after = [c for c in cands if c.line.index > title_c.line.index and c.line.key != title_c.line.key
                 and c.line.count == 1 and c.line.words >= 3]
        if after:
            h.subtitle = after[0].line.text
    for c in items[:body_index]:
        if c.kind == "date" and not h.published:
            h.published = c.date
        elif c.kind == "credit" and c.credit:
            h.dateline = h.dateline or c.credit[0]
            h.byline = h.byline or c.credit[1]
        elif c.kind == "caption" and c.line.text not in h.captions:
            h.captions.append(c.line.text)
    return h


def _body(items: list[Classified], shape: _Shape, start: int, title_key: str | None,
          last_of_input: bool) -> tuple[list[str], list[str], str | None]:
    paragraphs: list[str] = []
    captions: list[str] = []
    published = None
    seen: set[str] = set()
    for k in range(start, len(items)):
        c = items[k]
        ln = c.line
        if c.kind == "caption":
            if ln.text not in captions:
                captions.append(ln.text)
            continue
        if c.kind == "date":
            published = published or c.date
            continue
        if c.kind != "text" or ln.key == title_key or ln.key in seen:
            continue
        is_last = k == len(items) - 1
        keep = shape.is_body(c) or (ln.punctuated and ln.words >= 3 and not shape.is_headline(c))
        if not keep and is_last and last_of_input and ln.words >= MIN_BODY_WORDS:
            keep = True  # the page text was cut mid-paragraph: keep what is there
        if keep:
            seen.add(ln.key)
            paragraphs.append(ln.text)
    return paragraphs, captions, published


def _teaser(seg: Segment, shape: _Shape) -> RelatedItem | None:
    title = section = caption = summary = None
    for c in seg.items:
        if c.kind == "caption":
            section, rest = L.split_section(c.line.text)
            caption = caption or rest
        elif shape.is_body(c):
            summary = summary or c.line.text
        elif shape.is_headline(c) and title is None:
            title = c.line.text
        elif c.kind == "text" and caption is None and title is not None:
            sec, rest = L.split_section(c.line.text)
            if sec:
                section, caption = sec, rest
    if title is None:
        return None
    author = city = None
    if seg.closer is not None and seg.closer.kind == "author":
        author, city = seg.closer.author
    return RelatedItem(title=L.strip_title_label(title), section=section, caption=caption, summary=summary,
                       author=author, city=city)


def _dateline_from_body(first: str) -> str | None:
    m = _DATELINE_BODY.match(first)
    if m and (m.group("agency") or "،" in first[:m.end()] or "," in first[:m.end()]):
        return m.group("city")
    return None


def parse_page(text: str, source: str = "-") -> Document:
    """Parse scraped page text (or plain article text) into a :class:`Document`."""
    lines = _make_lines(text)
    items = _classify(lines)
    shape = _Shape(items)
    doc = Document(source=source)
    last_line = lines[-1].index if lines else -1
    in_related = False
    after_footer = False
    for seg in _segments(items, shape):
        if seg.after == "marker":
            in_related = True
        elif seg.after in ("footer", "divider"):
            after_footer = True
        body_idx = [k for k, c in enumerate(seg.items) if shape.is_body(c)]
        teaser_like = len(body_idx) <= 1
        if in_related and (teaser_like or seg.closer is not None and seg.closer.kind == "author"):
            item = _teaser(seg, shape)
            if item is None and not body_idx:
                # a bare list of titles
                for c in seg.items:
                    if shape.is_headline(c):
                        doc.related.append(RelatedItem(title=L.strip_title_label(c.line.text)))
            elif item is not None:
                doc.related.append(item)
            continue
        if not body_idx or (after_footer and len(body_idx) < 2):
            continue
        in_related = False
        start = body_idx[0]
        header = _header(seg.items, shape, start)
        if not doc.articles and header.title is None:
            # The first article may take its title from lines before it in the page (no blank-line structure).
            pass
        title_key = norm_key(header.title) if header.title else None
        seg_last = seg.items[-1].line.index if seg.items else -1
        paragraphs, captions, published = _body(seg.items, shape, start, title_key, seg_last == last_line)
        if not paragraphs:
            continue
        # A second copy of an article already read (print views, comment blocks) adds nothing.
        if doc.articles and _mostly_seen(paragraphs, doc.articles):
            continue
        art = Article(
            id=f"a{len(doc.articles) + 1}",
            title=header.title,
            subtitle=header.subtitle,
            byline=header.byline,
            dateline=header.dateline or _dateline_from_body(paragraphs[0]),
            published=header.published or published,
            paragraphs=paragraphs,
            captions=header.captions + [c for c in captions if c not in header.captions],
        )
        doc.articles.append(art)
    return doc


def _mostly_seen(paragraphs: list[str], articles: list[Article]) -> bool:
    known = {norm_key(p) for a in articles for p in a.paragraphs}
    seen = sum(1 for p in paragraphs if norm_key(p) in known)
    return seen >= max(1, 0.6 * len(paragraphs))
