"""What ingestion reads from the HTML tree itself (lxml), beside the extractors: related-article blocks, the
text of the page as a scraper sees it (one line per block element), the site's name, and the separate
``<article>`` elements of a page that holds several articles.

Nothing here knows a site's classes or ids: a related block is found by its heading's text (the lexicon
``data/related_markers.txt``), the teaser titles by the links and headings of the block that follows it.
"""
from __future__ import annotations

import re
from itertools import islice

import lxml.html
from lxml import etree

from ..model import RelatedItem
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
CLIMB_SCAN = 2000             # elements of an ancestor looked at for another related heading
MARKER_CLIMB = 3              # how many ancestors of the heading may hold the teaser block beside them
MIN_TEASER_WORDS = 3
MAX_RELATED_PER_BLOCK = 25
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


def _text(el) -> str:
    return clean_text(el.text_content())


def _is_marker(el, test=None) -> bool:
    if not isinstance(el.tag, str) or el.tag not in MARKER_TAGS:
        return False
    if sum(1 for _ in islice(el.iter(), MARKER_MAX_ELEMENTS + 1)) > MARKER_MAX_ELEMENTS:
        return False  # a container, not a heading (and reading its whole text would be costly)
    t = _text(el).rstrip(":：")
    if not 0 < len(t) <= MARKER_MAX_CHARS:
        return False
    return test(t) if test else L.is_related_marker(t) or L.is_list_marker(t)


def _heading_level(el) -> int | None:
    return int(el.tag[1]) if isinstance(el.tag, str) and el.tag in HEADINGS else None


def _teaser_title(t: str) -> bool:
    return (MIN_TEASER_WORDS <= L.word_count(t) <= L.MAX_TEASER_TITLE_WORDS and not L.is_widget(t)
            and not L.is_related_marker(t) and date_line(t) is None and not L.is_nav(t))


def _titles_in(el, seen: set[str]) -> list[str]:
    """Teaser titles inside ``el``: its headings, and its links that hold no heading."""
    out = []
    for node in el.iter("a", *HEADINGS):
        if node.tag == "a" and any(True for _ in node.iter(*HEADINGS)):
            continue  # the heading inside gives the title, not the whole card's text
        t = _text(node)
        k = norm_key(t)
        if k and k not in seen and _teaser_title(t):
            seen.add(k)
            out.append(t)
    return out


def _block_after(marker) -> tuple[list[str], list]:
    """Titles of the block that follows a related heading, and the elements that hold them."""
    level = _heading_level(marker)
    node = marker
    for _ in range(MARKER_CLIMB + 1):
        seen: set[str] = set()
        titles, holders = [], []
        for sib in node.itersiblings():
            if not isinstance(sib.tag, str):
                continue
            sib_level = _heading_level(sib)
            if _is_marker(sib) or (level and sib_level and sib_level <= level):
                break
            found = _titles_in(sib, seen)
            if not found and titles:
                break  # the block of teasers has ended
            if found:
                titles += found
                holders.append(sib)
            if len(titles) >= MAX_RELATED_PER_BLOCK:
                break
        if titles:
            return titles[:MAX_RELATED_PER_BLOCK], holders
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            break
        if any(_is_marker(d) and not _contains(d, marker) for d in islice(node.iter(*MARKER_TAGS), CLIMB_SCAN)
               if d is not marker):
            break  # the parent holds another related heading: climbing further would mix blocks
    return [], []


def _contains(a, b) -> bool:
    return any(x is b for x in a.iter())


def related_blocks(tree) -> tuple[list[RelatedItem], list]:
    """Related items of every related block of the page, and the elements holding teaser lists (related ones
    and others such as "most read"), to leave out of the body."""
    items: list[RelatedItem] = []
    holders: list = []
    seen: set[str] = set()
    markers = list(islice((el for el in tree.iter(*MARKER_TAGS) if _is_marker(el)), MAX_MARKERS * 4))
    # the innermost element carrying the heading text (a <span> in an <h3> in a <div>: the span); a marker holds
    # at most a few elements, so this looks at little
    found = {id(m) for m in markers}
    markers = [m for m in markers if not any(id(d) in found for d in m.iterdescendants())]
    for m in markers[:MAX_MARKERS]:
        titles, block = _block_after(m)
        holders += block
        if not _is_marker(m, L.is_related_marker):
            continue  # a "most read" list: furniture, left out of the body but not related
        for t in titles:
            k = norm_key(t)
            if k not in seen:
                seen.add(k)
                items.append(RelatedItem(title=t))
    return items, holders


def footer_blocks(tree) -> list:
    """Elements after a footer heading ("التعليقات", "الكلمات المفتاحية", "جميع الحقوق محفوظة") within its
    parent, with the heading: comments, tags and footers, which extractors sometimes take for the body."""
    out = []
    for el in islice((e for e in tree.iter(*MARKER_TAGS) if _is_marker(e, _footer_heading)), MAX_MARKERS):
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
        heads = [h for h in el.iter("h1", "h2", "h3") if L.word_count(_text(h)) >= MIN_TEASER_WORDS]
        paras = [p for p in el.iter("p") if L.word_count(_text(p)) >= MIN_PARAGRAPH_WORDS]
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
    full = _text(head) if head is not None else ""
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


def subtitle(tree, title: str | None, paragraphs: list[str]) -> str | None:
    """The standfirst printed right after the headline element (or after its wrapper): the next element with
    text, when it is headline-sized, not furniture and not a body paragraph."""
    if not title:
        return None
    tk = norm_key(title)
    body = {norm_key(p) for p in paragraphs}
    for h in tree.iter(*HEADINGS):
        if norm_key(_text(h)) != tk:
            continue
        node = h
        for _ in range(2):
            nxt = next((x for x in node.itersiblings() if isinstance(x.tag, str) and _text(x)), None)
            if nxt is not None:
                t = _text(nxt)
                ok = (nxt.tag in SUBTITLE_TAGS and SUBTITLE_MIN_WORDS <= L.word_count(t) <= SUBTITLE_MAX_WORDS
                      and norm_key(t) not in body and not L.is_widget(t) and not L.is_nav(t)
                      and not L.is_caption(t) and date_line(t) is None)
                return t if ok else None
            node = node.getparent()
            if node is None or node.tag in ("body", "html"):
                return None
        return None
    return None
