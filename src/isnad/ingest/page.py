"""Scraped page text → clean articles and related items, from the structure of the page.

A naive scraper's text of a news page holds the article among furniture: menus and breadcrumbs, headlines printed
several times, widget tokens, image captions ending in a photo credit, date stamps, bylines, crossheads,
"related articles" blocks of teasers, footers, and sometimes a second article glued on. The parser works in
passes:

0. hard-wrapped text is joined back into paragraphs (:mod:`isnad.ingest.wrap`), and teasers glued into a line
   are cut out of it, with a marker ("… . اقرأ أيضاً: TITLE …", :mod:`isnad.ingest.teasers`) or without one
   ("… . HEADLINE وأكد …", :mod:`isnad.ingest.glued`);
1. every line is classified by shape and data lexicons (:mod:`isnad.ingest.pagelines`): widget, masthead or
   promotion furniture, breadcrumb, caption, date or relative time, byline/dateline credit, related-block heading
   (or an inline ``اقرأ أيضاً: TITLE``), footer, divider, a teaser's ``NAME (CITY)`` line, or text; a caption printed
   twice with no credit line is told from a headline printed twice by where it stands
   (:mod:`isnad.ingest.captions`);
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
from dataclasses import dataclass, field

from ..model import Article, Document, RelatedItem
from ..arabic.normalize import norm_key
from . import lines as L
from .pagelines import (HEADER_KINDS, MIN_BODY_WORDS, MIN_SUBTITLE_WORDS, MIN_TITLE_WORDS, NEW_ARTICLE_LOOKAHEAD,
                        Classified, Shape, classify, following, make_lines)
from .captions import mark_twice_printed_captions
from .glued import cut_glued_headlines
from .teasers import (MIN_LIST_RUN, article_start, cut_glued_teasers, cut_lede_teasers, summary_teasers,
                      teaser_run_before, teaser_tail, teasers)
from .wrap import unwrap

SEEN_SHARE = 0.6            # an article whose paragraphs were mostly read already is a second copy
# A standfirst before a body printed as one paragraph: at most this long, the body this many times longer and
# at least this long, and sharing this share of its words with the headline or the body's opening.
MAX_STANDFIRST_WORDS = 70
STANDFIRST_BODY_RATIO = 3
MIN_ONE_PARAGRAPH_BODY_WORDS = 120
MIN_STANDFIRST_OVERLAP = 0.3
STANDFIRST_OPENING_WORDS = 60
_DATELINE_BODY = re.compile(
    r"^(?P<city>[^\s،,(\-–—:]{2,20}(?:\s[^\s،,(\-–—:]{2,20})?)\s*"
    r"(?:[،,]\s*[^()\n،,]{2,25}\s*)?(?:\([^()]{2,25}\)\s*(?=\())?"  # "، COUNTRY" or "(COUNTRY)" before the agency
    r"(?:\((?P<agency>[^()]{2,25})\))?\s*(?P<sep>--|[-–—:])\s")

_CREDIT_PART = r"[^\s\-–—:،,()]{2,20}"
# "ظافر الشهري- سبق- أبها: …": reporter, outlet, city, then the lede
_NAME_OUTLET_CITY = re.compile(rf"^(?P<name>{_CREDIT_PART}(?:\s{_CREDIT_PART}){{0,2}})\s*[-–—]\s*{_CREDIT_PART}"
                               rf"(?:\s{_CREDIT_PART})?\s*[-–—]\s*(?P<city>{_CREDIT_PART}(?:\s{_CREDIT_PART})?)\s*[:：]\s")
# "… الحكومة السعودية. (بي بي سي)": the source credited after the story's last sentence
_SOURCE_CREDIT = re.compile(r"[.!?؟»\"”]\s*\((?P<source>[^()\d]{2,25})\)\s*$")


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
    related: list[RelatedItem] = field(default_factory=list)  # teasers listed before the article


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


def _opens_article(items: list[Classified], k: int, shape: Shape) -> bool:
    """Whether the headline at ``k`` is followed, within a few lines, by a date, byline or dateline."""
    seen = 0
    for c in following(items, k):
        if c.kind in ("widget", "caption", "nav"):
            continue
        if c.kind in HEADER_KINDS:
            return True
        seen += 1
        if seen >= NEW_ARTICLE_LOOKAHEAD or shape.is_body(c):
            return False
    return False


def _articles(items: list[Classified], shape: Shape) -> list[list[Classified]]:
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


def _listed_before(items: list[Classified], shape: Shape, body_index: int,
                   cands: list[Classified]) -> tuple[list[Classified], list[Classified]]:
    """(headline candidates, teaser headlines): a list of other stories' headlines printed before the article
    is not its header. When the list is followed by more candidates, they hold the title; when it runs into
    the header (a byline or date right after it), its last line is the title."""
    run = teaser_run_before(items, shape, body_index)
    if not run:
        return cands, []
    after = [c for c in cands if c.line.index > run[-1].line.index]
    if after:
        return after, run
    nxt = next((c for c in items[:body_index] if c.line.index > run[-1].line.index
                and c.kind not in ("widget", "nav", "caption", "reltime")), None)
    if len(run) > MIN_LIST_RUN and nxt is not None and nxt.kind in HEADER_KINDS:
        return run[-1:], run[:-1]
    return cands, []


RUN_SKIPPED = ("credit", "author", "date", "reltime", "caption", "widget", "dup")  # lines between a headline and its body


def _header(items: list[Classified], shape: Shape, body_index: int) -> Header:
    h = Header()
    cands = [c for c in items[:body_index] if shape.is_headline(c)]
    cands, listed = _listed_before(items, shape, body_index, cands)
    h.related = teasers(listed, shape)
    long_enough = [c for c in cands if c.line.words >= MIN_TITLE_WORDS]
    trails = {c.line.index: L.trail_end(c.line.text) for c in items[:body_index]}
    tails = {norm_key(t) for t in trails.values() if t}
    repeated = [c for c in long_enough if c.line.count >= 2 or c.line.key in tails]  # (also at a trail's end)
    nearest = [c for c in _headline_run(items, shape, body_index)
               if c.line.words >= MIN_TITLE_WORDS and c in cands and not trails.get(c.line.index)]
    title_c = (repeated or nearest or long_enough or cands or [None])[0]
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
            h.published = h.published or c.date
        elif c.kind == "author" and c.author:
            h.byline = h.byline or c.author[0]
            h.dateline = h.dateline or c.author[1]
        elif c.kind == "caption" and c.line.text not in h.captions and not c.photo_credit:
            h.captions.append(c.line.text)
    return h


def _headline_run(items: list[Classified], shape: Shape, body_index: int) -> list[Classified]:
    """The headline lines right over the body, in order: going up from the body past credit, date, caption and
    widget lines, the headline-shaped lines met before any other line. A masthead's name and motto at the top of a
    page («يومية سياسية مستقلة») are cut off from the headline by its date, page or section lines."""
    run: list[Classified] = []
    for c in reversed(items[:body_index]):
        if shape.is_headline(c):
            run.append(c)
        elif c.kind not in RUN_SKIPPED:
            break
    return run[::-1]


@dataclass
class Body:
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    published: str | None = None
    # a byline or dateline printed after the body's first paragraph ("بقلم: فلان" closing the story)
    byline: str | None = None
    dateline: str | None = None


def _body(items: list[Classified], shape: Shape, start: int, title_key: str | None,
          last_of_input: bool) -> Body:
    body = Body()
    paragraphs, captions = body.paragraphs, body.captions
    seen: set[str] = set()
    for k in range(start, len(items)):
        c = items[k]
        ln = c.line
        if c.kind == "caption":
            if ln.text not in captions and not c.photo_credit:
                captions.append(ln.text)
            continue
        if c.kind == "date":
            body.published = body.published or c.date
            continue
        if c.kind == "credit" and c.credit:
            body.dateline = body.dateline or c.credit[0]
            body.byline = body.byline or c.credit[1]
            body.published = body.published or c.date
            continue
        if c.kind == "author" and c.author:
            body.byline = body.byline or c.author[0]
            body.dateline = body.dateline or c.author[1]
            continue
        if c.kind != "text" or ln.key == title_key or ln.key in seen:
            continue
        keep = shape.continues_body(c)
        if not keep and k == len(items) - 1 and last_of_input and ln.words >= MIN_BODY_WORDS:
            keep = True  # the page text was cut mid-paragraph: keep what is there
        if keep:
            seen.add(ln.key)
            paragraphs.append(ln.text)
    return body


def _credit_from_body(first: str, last: str) -> tuple[str | None, str | None]:
    """(dateline, byline) printed in the body itself: a reporter's credit opening the lede ("NAME- OUTLET- CITY:
    …"), a dateline opening it ("CITY (AGENCY) - …"), a source credit closing the story ("… . (AGENCY)")."""
    m = _NAME_OUTLET_CITY.match(first)
    if m:
        return m.group("city"), m.group("name")
    m = _SOURCE_CREDIT.search(last)
    source = m.group("source").strip() if m else None
    if source and L.is_photo_credit(source):  # "(صورة أرشيفية)" closes a photo, not the story
        source = None
    return _dateline_from_body(first), source


def _dateline_from_body(first: str) -> str | None:
    m = _DATELINE_BODY.match(first)
    if not m:
        return None
    # "CITY (AGENCY) -", "CITY، COUNTRY -" or "CITY -"; "NAME:" is more often the outlet than a place
    if m.group("agency") or "،" in first[:m.end()] or "," in first[:m.end()] or m.group("sep") != ":":
        return m.group("city")
    return None


def _article(seg: list[Classified], shape: Shape, number: int, last_line: int,
             listed_before: bool = True) -> tuple[Article | None, list[RelatedItem]]:
    """The article of a segment, and the teasers of other stories listed with no heading before its headline
    (unless ``listed_before`` is False: the segment follows a "most read" list, whose headlines run into it) or
    after its body."""
    body_idx = [k for k, c in enumerate(seg) if shape.is_body(c)]
    if not body_idx:
        return None, []
    start = body_idx[0]
    header = _header(seg, shape, start)
    title_key = norm_key(header.title) if header.title else None
    last_of_input = bool(seg) and seg[-1].line.index == last_line
    related = header.related if listed_before else []
    tail = teaser_tail(seg, shape, start, title_key)
    if tail is not None:
        related = related + teasers(seg[tail:], shape)
        seg, last_of_input = seg[:tail], False
    body = _body(seg, shape, start, title_key, last_of_input)
    paragraphs, captions, published = body.paragraphs, body.captions, body.published
    if not paragraphs:
        return None, []
    paragraphs, ledes = cut_lede_teasers(paragraphs)
    related = related + [RelatedItem(title=t) for t in ledes]
    if header.title and not header.subtitle and _is_standfirst(header.title, paragraphs):
        header.subtitle = paragraphs.pop(0)
    dateline, byline = _credit_from_body(paragraphs[0], paragraphs[-1])
    return Article(
        id=f"a{number}",
        title=header.title,
        subtitle=header.subtitle,
        byline=header.byline or body.byline or byline,
        dateline=header.dateline or body.dateline or dateline,
        published=header.published or published,
        paragraphs=paragraphs,
        captions=header.captions + [c for c in captions if c not in header.captions],
    ), related


def _is_standfirst(title: str, paragraphs: list[str]) -> bool:
    """Whether the first of two paragraphs is a standfirst (abstract) over a body printed as one long paragraph,
    as news records give "headline, abstract, body": a short paragraph restating the headline or the lede, then
    a paragraph several times longer."""
    if len(paragraphs) != 2:
        return False
    first, body = L.word_count(paragraphs[0]), L.word_count(paragraphs[1])
    if first > MAX_STANDFIRST_WORDS or body < max(MIN_ONE_PARAGRAPH_BODY_WORDS, STANDFIRST_BODY_RATIO * first):
        return False
    words = set(norm_key(paragraphs[0]).split())
    opening = set(norm_key(" ".join(paragraphs[1].split()[:STANDFIRST_OPENING_WORDS])).split())
    shared = max(len(words & set(norm_key(title).split())), len(words & opening))
    return shared >= MIN_STANDFIRST_OVERLAP * len(words)


def _sentences_only(items: list[Classified], shape: Shape, source: str) -> Document:
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
    text, glued = _without_glued_teasers(unwrap(text))
    lines = make_lines(text)
    items = classify(lines, norm_key(title) if title else None)
    shape = Shape(items)
    mark_twice_printed_captions(items, shape)
    doc = Document(source=source)
    last_line = lines[-1].index if lines else -1
    after_footer = False
    known: set[str] = set()  # keys of the paragraphs of the articles read so far
    blocks = _blocks(items)
    for block in blocks:
        part = block.items
        if block.after in ("marker", "list"):
            start = article_start(part, shape)
            if block.after == "marker":
                doc.related.extend(teasers(part if start is None else part[:start], shape))
            part = [] if start is None else part[start:]
        elif block.after in ("footer", "divider"):
            after_footer = True
        for n, seg in enumerate(_articles(part, shape)):
            if after_footer and sum(1 for c in seg if shape.is_body(c)) < 2:
                continue
            listed = summary_teasers(seg, shape) if doc.articles else None
            if listed:
                doc.related.extend(listed)
                continue
            art, listed = _article(seg, shape, len(doc.articles) + 1, last_line,
                                   listed_before=n > 0 or block.after != "list")
            # A second copy of an article already read (print views, comment blocks) adds nothing.
            if art is None or _mostly_seen(art.paragraphs, known):
                continue
            doc.articles.append(art)
            doc.related.extend(listed)
            known.update(norm_key(p) for p in art.paragraphs)
    for t in [c.related for c in items if c.kind == "inline" and c.related] + glued:
        if not any(norm_key(r.title) == norm_key(t) for r in doc.related):
            doc.related.append(RelatedItem(title=t))
    if not doc.articles:
        fallback = _sentences_only(items, shape, source)
        doc.articles = fallback.articles
    if doc.articles and not doc.articles[0].published:
        doc.articles[0].published = _page_date(blocks[0].items, shape)
    if title and doc.articles:
        doc.articles[0].title = title.strip()
    return doc


def _without_glued_teasers(text: str) -> tuple[str, list[str]]:
    """The text without the teasers glued into its lines after a sentence ("… . اقرأ أيضاً: TITLE …", or a
    headline with no marker at all: "… . HEADLINE وأكد …"), and their titles."""
    lines, titles = [], []
    for line in text.splitlines():
        if ":" in line or "：" in line or " - " in line:
            line, found = cut_glued_teasers(line)
            titles += found
        line, found = cut_glued_headlines(line)
        titles += found
        lines.append(line)
    return "\n".join(lines), titles


def _page_date(items: list[Classified], shape: Shape) -> str | None:
    """The date a page prints above everything else (a site's date line over its masthead and menus), for an
    article that prints none of its own: the first date stamp of the page's first block, before any body."""
    for c in items:
        if shape.is_body(c):
            return None
        if c.kind == "date":
            return c.date
    return None


def _mostly_seen(paragraphs: list[str], known: set[str]) -> bool:
    if not known:
        return False
    seen = sum(1 for p in paragraphs if norm_key(p) in known)
    return seen >= max(1, SEEN_SHARE * len(paragraphs))
