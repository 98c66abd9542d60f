"""What ingestion reads from the HTML tree itself (lxml), beside the extractors: block headings (related, list
and footer headings, by their text), the text of the page as a scraper sees it (one line per block element), the
site's name, the standfirst, and the separate ``<article>`` elements of a page that holds several articles.
Related items themselves are read in :mod:`isnad.ingest.htmlrelated`.

Nothing here knows a site's classes or ids: a heading is found by its text (the lexicons
``data/related_markers.txt``, ``list_markers.txt``, ``footer_markers.txt``).
"""
from __future__ import annotations

import re
from itertools import islice

import lxml.html
from lxml import etree

from ..arabic.normalize import norm_key
from . import lines as L
from .dates import date_line
from .errors import InputError

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# Elements whose text may be a related-block heading ("اقرأ أيضاً").
MARKER_TAGS = HEADINGS + ("div", "span", "p", "strong", "b", "header", "label", "section", "aside", "li", "em")
MARKER_MAX_CHARS = 40
MARKER_MAX_ELEMENTS = 4       # a heading holds at most a few inline elements
MAX_MARKERS = 20              # related headings read per page
MIN_HEADLINE_WORDS = 3
MAX_SITE_NAME_WORDS = 5       # a site's name joined to the headline in <title> is at most this long
STYLED_HEADLINE_TAGS = ("b", "strong", "font", "span", "div", "p", "td")
# Block-level elements: each starts a new line of page text.
BLOCKS = frozenset("""p div section article aside header footer nav main h1 h2 h3 h4 h5 h6 li ul ol dl dt dd
    blockquote figure figcaption table tr td th caption pre address form fieldset legend details summary
    center hr br""".split())
SUBTITLE_TAGS = ("p", "h2", "h3", "h4", "div", "span")
SUBTITLE_MIN_WORDS = 4
SUBTITLE_MAX_WORDS = 40
MIN_ARTICLE_PARAGRAPHS = 3    # an <article> element holding fewer body paragraphs is a teaser or a comment
MIN_PARAGRAPH_WORDS = 8

_SPACE = re.compile(r"\s+")


def clean_text(s: str | None) -> str:
    return _SPACE.sub(" ", s or "").strip()


def parse_tree(html: str, source: str):
    """The lxml tree of a (prepared) page; :class:`InputError` when nothing can be parsed."""
    try:
        return lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as e:
        raise InputError(f"{source}: HTML cannot be parsed ({e})") from None


def text_of(el) -> str:
    """The element's text, white space collapsed."""
    return clean_text(el.text_content())


def is_marker(el, test=None) -> bool:
    """Whether ``el`` is a short heading passing ``test`` (default: a related or list heading)."""
    if not isinstance(el.tag, str) or el.tag not in MARKER_TAGS:
        return False
    if sum(1 for _ in islice(el.iter(), MARKER_MAX_ELEMENTS + 1)) > MARKER_MAX_ELEMENTS:
        return False  # a container, not a heading (and reading its whole text would be costly)
    t = text_of(el).rstrip(":：")
    if not 0 < len(t) <= MARKER_MAX_CHARS:
        return False
    return test(t) if test else L.is_related_marker(t) or L.is_list_marker(t)


def footer_blocks(tree) -> list:
    """Elements after a footer heading ("التعليقات", "الكلمات المفتاحية", "جميع الحقوق محفوظة") within its
    parent, with the heading: comments, tags and footers, which extractors sometimes take for the body."""
    out = []
    for el in islice((e for e in tree.iter(*MARKER_TAGS) if is_marker(e, _footer_heading)), MAX_MARKERS):
        out.append(el)
        out.extend(s for s in el.itersiblings() if isinstance(s.tag, str))
    return out


def _footer_heading(t: str) -> bool:
    return L.is_footer(t) and not L.TERMINAL_END.search(t)


def without(tree, elements: list) -> str:
    """The page's markup with ``elements`` (and what they hold) removed, their tail text kept."""
    for el in elements:
        if el.getparent() is not None:  # (one inside an element dropped before is dropped with it, harmlessly)
            el.drop_tree()
    return lxml.html.tostring(tree, encoding="unicode")


def page_text(root, skip: list | tuple = ()) -> str:
    """The text of ``root`` as a scraper sees it: one line per block element, inline text joined."""
    skip_ids = {id(x) for x in skip}
    lines: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        t = clean_text("".join(buf))
        if t:
            lines.append(t)
        buf.clear()

    skipping = None
    for event, el in etree.iterwalk(root, events=("start", "end")):
        if skipping is not None:
            if event == "end" and el is skipping:
                skipping = None
                if el.tail:
                    buf.append(el.tail)
            continue
        tag = el.tag if isinstance(el.tag, str) else None
        if event == "start":
            if id(el) in skip_ids:
                flush()
                skipping = el
                continue
            if tag in BLOCKS:
                flush()
            if tag and el.text:
                buf.append(el.text)
        else:
            if tag in BLOCKS:
                flush()
            if el.tail and el is not root:
                buf.append(el.tail)
    flush()
    return "\n".join(lines)


def article_elements(tree) -> list:
    """The ``<article>`` elements of a page holding several full articles, each with its own headline and body
    paragraphs; a single article, teaser cards and comments (no headline, one or two paragraphs) give []."""
    found = []
    for el in tree.iter("article"):
        if any(p.tag == "article" for p in el.iterancestors()):
            continue
        heads = [h for h in el.iter("h1", "h2", "h3") if L.word_count(text_of(h)) >= MIN_HEADLINE_WORDS]
        paras = [p for p in el.iter("p") if L.word_count(text_of(p)) >= MIN_PARAGRAPH_WORDS]
        if heads and len(paras) >= MIN_ARTICLE_PARAGRAPHS:
            found.append(el)
    return found if len(found) >= 2 else []


def _meta(tree, *names: str) -> str | None:
    for n in names:
        for el in tree.iter("meta"):
            if (el.get("property") or el.get("name") or "").lower() == n:
                v = clean_text(el.get("content"))
                if v:
                    return v
    return None


def site_name(tree, title: str | None) -> str | None:
    """The publication's name: ``og:site_name``, else the part of ``<title>`` beside the headline."""
    name = _meta(tree, "og:site_name", "application-name")
    if name:
        return name
    head = tree.find(".//title")
    full = text_of(head) if head is not None else ""
    if full and title:
        tk = norm_key(title)
        for sep in (" - ", " | ", " – ", " — ", " :: ", " « ", " » "):
            a, _, b = full.partition(sep)
            if b and norm_key(b) == tk:
                return a.strip()
            a, _, b = full.rpartition(sep)
            if a and norm_key(a) == tk:
                return b.strip()
    return None


def site_credits(tree) -> set[str]:
    """Keys of the names a page gives for the whole site (copyright, generator, publisher), which are not an
    article's author."""
    out = set()
    for n in ("copyright", "generator", "publisher", "og:site_name", "application-name", "dc.publisher"):
        v = _meta(tree, n)
        if v:
            out.add(norm_key(v))
    return out


def headline_element(tree, title: str | None):
    """The heading that prints the headline: its text is ``title``, or ``title`` is its text with the site's
    name joined on ("منبر الكويت :: HEADLINE", "HEADLINE | SITE")."""
    if not title:
        return None
    tk = norm_key(title)
    joined = None
    for h in tree.iter(*HEADINGS):
        hk = norm_key(text_of(h))
        if hk == tk:
            return h
        if (joined is None and len(hk.split()) >= MIN_HEADLINE_WORDS and (tk.startswith(hk) or tk.endswith(hk))
                and len(tk.split()) - len(hk.split()) <= MAX_SITE_NAME_WORDS):
            joined = h
    if joined is not None:
        return joined
    # old table pages print the headline in <font>/<b> inside a cell: the innermost small element with its text
    for el in tree.body.iter(*STYLED_HEADLINE_TAGS) if tree.find("body") is not None else ():
        if sum(1 for _ in islice(el.iter(), MARKER_MAX_ELEMENTS + 1)) <= MARKER_MAX_ELEMENTS \
                and norm_key(text_of(el)) == tk:
            return el
    return None


def after_headline(h, n: int = 3):
    """The next ``n`` elements with text after the headline element (climbing to its wrapper's siblings when it
    is the last of its wrapper)."""
    node, seen = h, 0
    while node is not None and node.tag not in ("body", "html") and seen < n:
        for x in node.itersiblings():
            if isinstance(x.tag, str) and text_of(x):
                yield x
                seen += 1
                if seen >= n:
                    return
        node = node.getparent()


def inline_parts(el) -> list[str]:
    """The texts an element prints side by side: its own text, each child's text and the text after it."""
    parts = [el.text or ""]
    for c in el:
        if isinstance(c.tag, str):
            parts.append(text_of(c))
        parts.append(c.tail or "")
    return [clean_text(x) for x in parts if clean_text(x)]


def subtitle(h, title: str | None, paragraphs: list[str], skip=None) -> str | None:
    """The standfirst printed right after the headline element ``h`` (or after its wrapper): the next element
    with text, when it is headline-sized, not furniture (not ``skip``, the headline's info line) and not a body
    paragraph."""
    if h is None or not title:
        return None
    body = {norm_key(p) for p in paragraphs}
    nxt = next(after_headline(h, 1), None)
    if nxt is None or nxt is skip:
        return None
    t = text_of(nxt)
    ok = (nxt.tag in SUBTITLE_TAGS and SUBTITLE_MIN_WORDS <= L.word_count(t) <= SUBTITLE_MAX_WORDS
          and norm_key(t) not in body and not L.is_widget(t) and not L.is_nav(t)
          and not L.is_caption(t) and date_line(t) is None)
    return t if ok else None
