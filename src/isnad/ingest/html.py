"""HTML pages → documents, through well-kept extractors, then the same Arabic clean-up as page text.

The extractor rule. Measured on real Arabic news pages, newspaper4k (``language='ar'``) finds the right first
and last body paragraph more often, while trafilatura is faster and richer in metadata (date, site name,
author); see ``docs/benchmarks.md``. So:

- the page is first made safe (:mod:`isnad.ingest.htmlprep`: scripts, styles and comments removed, absurd
  nesting flattened, size and element limits);
- a page whose ``<article>`` elements hold several full articles is read element by element from the tree;
- otherwise the body comes from newspaper4k, and trafilatura's body is used when newspaper4k returns nothing
  substantial (or is skipped on pages with more elements than it handles in reasonable time); when both fail,
  the page's own block text is read as scraped text;
- metadata comes from trafilatura (newspaper4k fills what it lacks); site-wide credits (copyright, generator)
  are not taken for an author;
- related-article blocks, which extractors drop, are read from the tree (:mod:`isnad.ingest.htmldom`);
- the chosen paragraphs go through :func:`isnad.ingest.page.parse_page`, which removes repeats, widgets,
  captions and crossheads as it does for scraped text.
"""
from __future__ import annotations

import logging
import re
import warnings
from datetime import date

from ..model import Document
from ..arabic.normalize import norm_key
from . import htmldom, htmlrelated
from . import lines as L
from .errors import InputError
from .htmlprep import prepare_html
from .page import parse_page
from .pagelines import meta_parts

MIN_BODY_CHARS = 200          # newspaper4k's body is trusted from this length on
MIN_ARTICLE_CHARS = 40        # less than this is no article
RELATED_SHARE = 0.6           # a paragraph made this much of related titles is the related block, glued
MARKER_WORDS = 4              # words of a related heading at the start of a glued block
# The extractors' time grows faster than linearly with the element count (newspaper4k ~2.5 s at 6,000 elements,
# trafilatura ~4 s at 15,000 on this machine): beyond these, trafilatura alone, then the page's own block text.
NEWSPAPER_MAX_ELEMENTS = 6000
TRAFILATURA_MAX_ELEMENTS = 15000
SNIFF_CHARS = 4096            # where a full page's <html>/<head>/<body> is looked for

log = logging.getLogger(__name__)
for noisy in ("trafilatura", "newspaper", "htmldate", "courlan", "charset_normalizer"):
    logging.getLogger(noisy).setLevel(logging.CRITICAL)

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_FULL_PAGE = re.compile(r"<(?:html|head|body|!doctype)\b", re.I)
# a year printed by a copyright notice ("© 2016", "جميع الحقوق محفوظة 2008 - 2012", "Copyright 2019")
_COPYRIGHT_YEAR = re.compile(r"(?:©|&copy;|&#169;|copyright|حقوق)[^<>]{0,80}?((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?"
                             r"|((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?\s*(?:©|&copy;|&#169;)", re.I)
_URL_DATE = re.compile(r"/(20\d\d|19\d\d)/(?:[a-z_\-]+/)*?(\d{1,2})/(\d{1,2})/")


def _trafilatura(html: str, url: str | None):
    import trafilatura

    try:
        return trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                           include_tables=False, include_images=False)
    except Exception as e:  # the extractor failing on hostile markup is an input problem, not a crash
        log.debug("trafilatura failed: %s", e)
        return None


def _newspaper(html: str, url: str | None):
    try:
        from newspaper import Article as NArticle

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            art = NArticle(url=url or "http://localhost/", language="ar", fetch_images=False)
            art.download(input_html=html)
            art.parse()
        return art
    except Exception as e:
        log.debug("newspaper4k failed: %s", e)
        return None


def _date_from_url(url: str | None) -> str | None:
    if not url:
        return None
    m = _URL_DATE.search(url)
    if m:
        y, a, b = (int(x) for x in m.groups())
        for mo, d in ((a, b), (b, a)):
            try:
                return date(y, mo, d).isoformat()
            except ValueError:
                continue
    return None


def _attr(obj, name: str):
    value = getattr(obj, name, None) if obj is not None else None
    return value if value else None


def _paragraphs(body: str, related: list) -> list[str]:
    """The extractor's paragraphs, without a related block it glued into the body (a paragraph opening with a
    related heading, or made mostly of the related titles found in the tree). An inline ``اقرأ أيضاً: TITLE``
    paragraph stays: the page parser reads it as a related item, not as body."""
    titles = [norm_key(r.title) for r in related]
    out = []
    for p in (p.strip() for p in re.split(r"\n\s*\n|\n", body)):
        k = norm_key(p)
        if not k:
            continue
        if L.inline_related(p) is not None:
            out.append(p)
            continue
        if L.is_related_marker(p.rstrip(":： ")):
            continue  # a related heading the extractor kept without its links (they are in ``related``): it would
            # open a teaser block that takes the rest of the body for another article
        words = k.split()
        opens_with_marker = any(L.is_related_marker(" ".join(words[:n])) or L.is_list_marker(" ".join(words[:n]))
                                for n in range(1, min(MARKER_WORDS, len(words)) + 1))
        covered = sum(len(t) for t in titles if t and t in k)
        if (opens_with_marker and len(words) > MARKER_WORDS) or covered >= RELATED_SHARE * len(k):
            continue
        out.append(p)
    return out


def _with_title(title: str | None, paragraphs: list[str]) -> str:
    return ((title + "\n\n") if title else "") + "\n\n".join(paragraphs)


def _several(elements, source: str) -> Document:
    """One document from a page whose ``<article>`` elements each hold an article."""
    doc = Document(source=source)
    for el in elements:
        part = parse_page(htmldom.page_text(el), source)
        for art in part.articles:
            art.id = f"a{len(doc.articles) + 1}"
            doc.articles.append(art)
    return doc


def _without_furniture(html: str, source: str) -> str:
    """The page without its related lists, comments, tags and footer, which an extractor may take for the body
    (the markup unchanged when it has none)."""
    tree = htmldom.parse_tree(html, source)
    furniture = htmlrelated.related_blocks(tree)[1] + htmldom.footer_blocks(tree)
    return htmldom.without(tree, furniture) if furniture else html


def _from_blocks(tree, title: str | None, skip: list, source: str) -> Document:
    """The page's own block text read as scraped text (fragments, and pages the extractors find nothing in)."""
    text = htmldom.page_text(tree, skip=skip)
    return parse_page(_with_title(title, [text]), source, title=title)


def parse_html(html: str, source: str, url: str | None = None, title: str | None = None) -> Document:
    """Parse one HTML page or fragment. ``title`` (from a feed or a record) wins over the page's own."""
    if "<" not in html:
        raise InputError(f"{source}: no HTML markup")
    prep = prepare_html(html, source)
    tree = htmldom.parse_tree(prep.html, source)
    related, related_holders = htmlrelated.related_blocks(tree)
    traf = news = None
    if not _FULL_PAGE.search(html[:SNIFF_CHARS]) or prep.elements > TRAFILATURA_MAX_ELEMENTS:
        # A fragment (a feed entry's content, a record's body): all of it is the article, no extractor needed;
        # a page too large for the extractors: its blocks are read as scraped text.
        doc = _from_blocks(tree, title, related_holders, source)
    elif several := htmldom.article_elements(tree):
        traf = _trafilatura(prep.html, url)
        doc = _several(several, source)
    else:
        traf = _trafilatura(prep.html, url)  # metadata from the whole page
        markup = _without_furniture(prep.html, source)
        news = _newspaper(markup, url) if prep.elements <= NEWSPAPER_MAX_ELEMENTS else None
        if markup is not prep.html and len((_attr(news, "text") or "").strip()) < MIN_BODY_CHARS:
            traf = _trafilatura(markup, url) or traf
        n_text = (news.text or "").strip() if news else ""
        t_text = (_attr(traf, "text") or "").strip()
        body = n_text if len(n_text) >= MIN_BODY_CHARS else (t_text if len(t_text) > len(n_text) else n_text)
        if not title:  # the extractors' title, without a site name joined on when the page's heading has none
            title = _attr(news, "title") or _attr(traf, "title")
            h = htmldom.headline_element(tree, title)
            title = htmldom.text_of(h) if h is not None else title
        doc = Document(source=source)
        if len(body) >= MIN_ARTICLE_CHARS:
            doc = parse_page(_with_title(title, _paragraphs(body, related)), source, title=title)
        if not doc.articles:
            # Neither extractor found a body: read the page's blocks as a scraper would.
            doc = _from_blocks(tree, None, related_holders, source)
    if not doc.articles:
        raise InputError(f"{source}: no article text found in the HTML")
    art = doc.articles[0]
    if title and (not art.title or len(doc.articles) == 1):
        art.title = title.strip()
    headline = htmldom.headline_element(tree, art.title)
    art.published = art.published or _date_from_url(url or _canonical(tree))  # the page's own address first
    meta = _header_meta(art, headline)
    art.subtitle = art.subtitle or htmldom.subtitle(headline, art.title, art.paragraphs, skip=meta)
    if news is not None and news.publish_date and not art.published:
        art.published = _not_copyright(news.publish_date.date().isoformat(), prep.html)
    _metadata(doc, tree, traf, url, prep.html)
    known = {norm_key(r.title) for r in related}
    doc.related = related + [r for r in doc.related if norm_key(r.title) not in known]
    return doc


def _canonical(tree) -> str | None:
    for el in tree.iter("link", "meta"):
        if (el.get("rel") or "").lower() == "canonical" or (el.get("property") or "").lower() == "og:url":
            return el.get("href") or el.get("content")
    return None


def _header_meta(art, headline):
    """Byline, dateline and date from the info line printed under the headline ("CITY - NAME", a date, "قراءة 4
    دقائق"), read part by part from its inline elements, for what the article does not have yet; returns that
    line's element (None when there is none)."""
    if headline is None:
        return None
    for el in htmldom.after_headline(headline):
        meta = meta_parts(htmldom.inline_parts(el))
        if meta is not None:
            art.dateline = art.dateline or meta[0]
            art.byline = art.byline or meta[1]
            art.published = art.published or meta[2]
            return el
    return None


def _not_copyright(found: str | None, html: str) -> str | None:
    """A date an extractor found, unless it is only a copyright year read as January 1st ("© 2016" gives
    2016-01-01): such a date is dropped when the page prints that year in a copyright notice and never prints
    the full date."""
    if not found or not found[:10].endswith("-01-01") or found[:10] in html:
        return found[:10] if found else None
    years = {y for m in _COPYRIGHT_YEAR.finditer(html) for y in m.groups() if y}
    return None if found[:4] in years else found[:10]


def _metadata(doc: Document, tree, traf, url: str | None, html: str) -> None:
    art = doc.articles[0]
    url = url or _attr(traf, "url")
    found = _not_copyright(_attr(traf, "date"), html)
    art.published = art.published or _date_from_url(url) or found
    if art.published and not ISO_DATE.match(art.published):
        art.published = None
    for a in doc.articles:
        a.url = a.url or url
    author = _attr(traf, "author")
    site = htmldom.site_credits(tree)
    if author and not art.byline and not any(norm_key(author) in c for c in site):
        art.byline = author  # a name the page also gives the whole site (copyright, generator) is no author
    doc.outlet = htmldom.site_name(tree, art.title) or _attr(traf, "sitename")
