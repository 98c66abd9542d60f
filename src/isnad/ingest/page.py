"""Scraped page text → clean articles and related items, from the structure of the page.

A naive scraper's text of a news page holds the article among furniture: menus and breadcrumbs, headlines printed
several times, widget tokens, image captions ending in a photo credit, date stamps, bylines, crossheads,
"related articles" blocks of teasers, footers, and sometimes a second article glued on. The parser works in
passes:

1. every line is classified by shape and data lexicons (:mod:`isnad.ingest.lines`): widget, breadcrumb, caption,
   date, byline/dateline credit, related-block heading (or an inline ``اقرأ أيضاً: TITLE``), footer, divider,
   a teaser's ``NAME (CITY)`` line, or text;
2. the page is cut into blocks at related headings, other list headings ("الأكثر قراءة"), footers and
   dividers. A block opened by a related heading holds teasers (title, section, caption, summary, author, city)
   up to the header of the first stretch of body paragraphs, where an article starts again; the teasers of other
   lists are furniture;
3. an article block is cut again where a new article opens after body paragraphs: a repeated headline, or a
   headline followed by its own date or byline;
4. in each article the first body paragraph (a long line, usually ending a sentence) opens the body: lines before
   it are the header (title, subtitle, byline, dateline, date, captions), lines after it are paragraphs, with
   captions, widgets, crossheads and repeats left out.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice
from typing import Iterator

from ..model import Article, Document, RelatedItem
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
SEEN_SHARE = 0.6            # an article whose paragraphs were mostly read already is a second copy
NEW_ARTICLE_LOOKAHEAD = 3   # a headline whose date or byline follows within this many lines opens an article
MAX_CREDIT_WORDS = 6
MAX_DATELINE_WORDS = 2
MAX_BYLINE_WORDS = 4

_CREDIT_DASH = re.compile(r"^(?P<a>[^\-–—:|]{2,40}?)\s*[\-–—]\s*(?P<b>[^\-–—:|]{2,40})?$")
_DATELINE_BODY = re.compile(
    r"^(?P<city>[^\s،,(\-–—:]{2,20}(?:\s[^\s،,(\-–—:]{2,20})?)\s*"
    r"(?:[،,]\s*[^()\n،,]{2,25}\s*)?(?:\((?P<agency>[^()]{2,25})\))?\s*(?P<sep>--|[-–—:])\s")

HEADER_KINDS = ("date", "credit", "author")  # lines that follow a headline that opens an article
SKIPPED_IN_TEASERS = ("widget", "nav", "date", "credit", "dup", "inline")


@dataclass
class Classified:
    line: L.Line
    kind: str  # text | headline | widget | nav | caption | date | credit | marker | list | inline | footer
    #            | divider | author | dup
    date: str | None = None
    credit: tuple[str | None, str | None] | None = None  # (dateline, byline)
    author: tuple[str, str] | None = None
    related: str | None = None  # the title of an inline "اقرأ أيضاً: ..." line


@dataclass
class Block:
    items: list[Classified]
    after: str | None = None  # kind of the break that opened it: marker | list | footer | divider | None


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


def _byline_prefix(text: str) -> str | None:
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


def _credit_line(text: str) -> tuple[str | None, str | None] | None:
    """A short byline/dateline line: "دبي- العربية.نت", "نبأ الأردن -", "كتب: فلان", "القاهرة (رويترز)".
    Returns (dateline, byline)."""
    if L.word_count(text) > MAX_CREDIT_WORDS:
        return None
    if (name := _byline_prefix(text)) is not None:
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


def _classify(lines: list[L.Line], title_key: str | None = None) -> list[Classified]:
    out: list[Classified] = []
    for i, ln in enumerate(lines):
        t = ln.text
        if L.is_divider(t):
            c = Classified(ln, "divider")
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
        elif (d := date_line(t)) is not None:
            c = Classified(ln, "date", date=d)
        elif L.is_nav(t):
            c = Classified(ln, "nav")
        elif (ac := L.author_city(t)) is not None:
            c = Classified(ln, "author", author=ac)
        elif (cr := _credit_line(t)) is not None:
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
    _mark_headlines(out)
    return out


def _following(items: list[Classified], k: int) -> Iterator[Classified]:
    """The items after ``k`` (without copying the list)."""
    return (items[j] for j in range(k + 1, len(items)))


def _mark_headlines(items: list[Classified]) -> None:
    """A short line ending in ``!``, ``?`` or ``:`` is a headline, not a paragraph, when its own date or byline
    follows it and a body paragraph comes right after them."""
    for k, c in enumerate(items):
        if c.kind != "text" or not c.line.punctuated or not 2 <= c.line.words <= MAX_PUNCTUATED_TITLE_WORDS:
            continue
        after = list(islice((x for x in _following(items, k) if x.kind not in ("widget", "caption", "nav")),
                            NEW_ARTICLE_LOOKAHEAD))
        if not after or after[0].kind not in ("date", "credit"):
            continue
        rest = [x for x in after if x.kind not in ("date", "credit")]
        if rest and rest[0].kind == "text" and (
                rest[0].line.punctuated and rest[0].line.words >= MIN_BODY_WORDS
                or rest[0].line.words >= UNPUNCTUATED_PAGE_BODY_WORDS):
            c.kind = "headline"


class _Shape:
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


BLOCK_BREAKS = ("marker", "list", "footer", "divider")


def _blocks(items: list[Classified]) -> list[Block]:
    blocks: list[Block] = []
    cur: list[Classified] = []
    opened_by: str | None = None
    for c in items:
        if c.kind in BLOCK_BREAKS:
            blocks.append(Block(cur, opened_by))
            cur, opened_by = [], c.kind
            continue
        cur.append(c)
    blocks.append(Block(cur, opened_by))
    return blocks


def _opens_article(items: list[Classified], k: int, shape: _Shape) -> bool:
    """Whether the headline at ``k`` is followed, within a few lines, by a date, byline or dateline."""
    seen = 0
    for c in _following(items, k):
        if c.kind in ("widget", "caption", "nav"):
            continue
        if c.kind in HEADER_KINDS:
            return True
        seen += 1
        if seen >= NEW_ARTICLE_LOOKAHEAD or shape.is_body(c):
            return False
    return False


def _articles(items: list[Classified], shape: _Shape) -> list[list[Classified]]:
    """Cut an article block where a new article opens after body paragraphs."""
    out: list[list[Classified]] = []
    last_body = max((k for k, c in enumerate(items) if shape.is_body(c)), default=-1)
    start, seen_body, title_key = 0, False, None
    for k, c in enumerate(items):
        if shape.is_body(c):
            seen_body = True
        elif (seen_body and k < last_body and shape.is_headline(c) and c.line.key != title_key
              and (c.line.count >= 2 or _opens_article(items, k, shape))):
            out.append(items[start:k])
            start, seen_body, title_key = k, False, None
        if title_key is None and shape.is_headline(c):
            title_key = c.line.key
    out.append(items[start:])
    return out


def _header(items: list[Classified], shape: _Shape, body_index: int) -> Header:
    h = Header()
    cands = [c for c in items[:body_index] if shape.is_headline(c)]
    long_enough = [c for c in cands if c.line.words >= MIN_TITLE_WORDS]
    repeated = [c for c in long_enough if c.line.count >= 2]
    title_c = (repeated or long_enough or cands or [None])[0]
    if title_c is not None:
        h.title = L.strip_title_label(title_c.line.text)
        after = [c for c in cands if c.line.index > title_c.line.index and c.line.key != title_c.line.key
                 and c.line.count == 1 and c.line.words >= MIN_SUBTITLE_WORDS]
        if after:
            h.subtitle = after[0].line.text
    for c in items[:body_index]:
        if c.kind == "date" and not h.published:
            h.published = c.date
        elif c.kind == "credit" and c.credit:
            h.dateline = h.dateline or c.credit[0]
            h.byline = h.byline or c.credit[1]
        elif c.kind == "author" and c.author:
            h.byline = h.byline or c.author[0]
            h.dateline = h.dateline or c.author[1]
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
        keep = shape.continues_body(c)
        if not keep and k == len(items) - 1 and last_of_input and ln.words >= MIN_BODY_WORDS:
            keep = True  # the page text was cut mid-paragraph: keep what is there
        if keep:
            seen.add(ln.key)
            paragraphs.append(ln.text)
    return paragraphs, captions, published


def _article_start(items: list[Classified], shape: _Shape) -> int | None:
    """Inside a related block, where an article starts again: the header of the first run of two body
    paragraphs (a teaser has at most one summary), going back over headlines, captions and widgets to the
    previous teaser's last line (its summary or its ``NAME (CITY)`` line)."""
    prev_body = None
    for k, c in enumerate(items):
        if shape.is_body(c):
            if prev_body is not None:
                j = prev_body
                while j > 0 and items[j - 1].kind not in ("author",) and not shape.is_body(items[j - 1]):
                    j -= 1
                return j
            prev_body = k
        elif shape.is_headline(c) or c.kind == "author":
            prev_body = None
    return None


def _teasers(items: list[Classified], shape: _Shape) -> list[RelatedItem]:
    """Teasers of a related block: a title, with a section+caption line, a summary and a ``NAME (CITY)`` line
    around it in any order; a new title, a second caption or a closing ``NAME (CITY)`` line ends a teaser."""
    out: list[RelatedItem] = []
    cur: RelatedItem | None = None  # the teaser being read; its title is "" until one is seen
    seen_titles: set[str] = set()

    def close() -> None:
        nonlocal cur
        if cur is not None and cur.title:
            cur.title = L.strip_title_label(cur.title)
            out.append(cur)
        cur = None

    for c in items:
        text = c.line.text
        if c.kind == "author":
            cur = cur or RelatedItem(title="")
            cur.author, cur.city = c.author
            close()
        elif c.kind == "caption":
            section, caption = L.split_section(text)
            if cur is not None and cur.caption is not None and norm_key(cur.caption) == norm_key(caption):
                continue  # a caption printed twice
            if cur is None or cur.caption is not None or cur.summary is not None:
                close()
                cur = RelatedItem(title="")
            cur.section, cur.caption = cur.section or section, caption
        elif c.kind in SKIPPED_IN_TEASERS or c.kind not in ("text", "headline"):
            continue
        elif shape.is_body(c) or (cur is not None and cur.title and cur.summary is None
                                  and c.line.words > L.MAX_TEASER_TITLE_WORDS):
            cur = cur or RelatedItem(title="")
            cur.summary = cur.summary or text
        elif shape.is_headline(c):
            if c.line.key in seen_titles and cur is not None:
                continue  # the teaser's title printed again
            if cur is None or cur.title:
                close()
                cur = RelatedItem(title="")
            cur.title = text
            seen_titles.add(c.line.key)
    close()
    return out


def _dateline_from_body(first: str) -> str | None:
    m = _DATELINE_BODY.match(first)
    if not m:
        return None
    # "CITY (AGENCY) -", "CITY، COUNTRY -" or "CITY -"; "NAME:" is more often the outlet than a place
    if m.group("agency") or "،" in first[:m.end()] or "," in first[:m.end()] or m.group("sep") != ":":
        return m.group("city")
    return None


def _article(seg: list[Classified], shape: _Shape, number: int, last_line: int) -> Article | None:
    body_idx = [k for k, c in enumerate(seg) if shape.is_body(c)]
    if not body_idx:
        return None
    start = body_idx[0]
    header = _header(seg, shape, start)
    title_key = norm_key(header.title) if header.title else None
    last_of_input = bool(seg) and seg[-1].line.index == last_line
    paragraphs, captions, published = _body(seg, shape, start, title_key, last_of_input)
    if not paragraphs:
        return None
    return Article(
        id=f"a{number}",
        title=header.title,
        subtitle=header.subtitle,
        byline=header.byline,
        dateline=header.dateline or _dateline_from_body(paragraphs[0]),
        published=header.published or published,
        paragraphs=paragraphs,
        captions=header.captions + [c for c in captions if c not in header.captions],
    )


def _sentences_only(items: list[Classified], shape: _Shape, source: str) -> Document:
    """A short plain text with no paragraph long enough to open a body: its sentences are the article."""
    doc = Document(source=source)
    paras = [c for c in items if c.kind == "text" and c.line.punctuated and c.line.words >= 3]
    if paras and all(c.kind in ("text", "dup", "widget", "date", "credit") for c in items):
        first = paras[0].line.index
        heads = [c for c in items if c.line.index < first and shape.is_headline(c)]
        doc.articles.append(Article(id="a1", title=heads[0].line.text if heads else None,
                                    paragraphs=list(dict.fromkeys(c.line.text for c in paras))))
    return doc


def parse_page(text: str, source: str = "-", title: str | None = None) -> Document:
    """Parse scraped page text (or plain article text) into a :class:`Document`. ``title``, when known from
    elsewhere (an HTML page, a record), is the first article's title, and lines repeating it are no paragraphs."""
    lines = _make_lines(text)
    items = _classify(lines, norm_key(title) if title else None)
    shape = _Shape(items)
    doc = Document(source=source)
    last_line = lines[-1].index if lines else -1
    after_footer = False
    known: set[str] = set()  # keys of the paragraphs of the articles read so far
    for block in _blocks(items):
        part = block.items
        if block.after in ("marker", "list"):
            start = _article_start(part, shape)
            if block.after == "marker":
                doc.related.extend(_teasers(part if start is None else part[:start], shape))
            part = [] if start is None else part[start:]
        elif block.after in ("footer", "divider"):
            after_footer = True
        for seg in _articles(part, shape):
            if after_footer and sum(1 for c in seg if shape.is_body(c)) < 2:
                continue
            art = _article(seg, shape, len(doc.articles) + 1, last_line)
            # A second copy of an article already read (print views, comment blocks) adds nothing.
            if art is None or _mostly_seen(art.paragraphs, known):
                continue
            doc.articles.append(art)
            known.update(norm_key(p) for p in art.paragraphs)
    for c in items:
        if c.kind == "inline" and c.related and not any(norm_key(r.title) == norm_key(c.related)
                                                        for r in doc.related):
            doc.related.append(RelatedItem(title=c.related))
    if not doc.articles:
        fallback = _sentences_only(items, shape, source)
        doc.articles = fallback.articles
    if title and doc.articles:
        doc.articles[0].title = title.strip()
    return doc


def _mostly_seen(paragraphs: list[str], known: set[str]) -> bool:
    if not known:
        return False
    seen = sum(1 for p in paragraphs if norm_key(p) in known)
    return seen >= max(1, SEEN_SHARE * len(paragraphs))
