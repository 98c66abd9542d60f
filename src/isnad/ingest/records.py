"""One record (a JSONL line, a WARC response, a feed entry) → a document, whatever its payload."""
from __future__ import annotations

import re

from ..model import Document
from .errors import InputError
from .page import parse_page

_HTMLISH = re.compile(r"<(html|body|p|div|article|br|span|h1|h2|h3|section|table|ul|li)\b", re.I)
SNIFF_CHARS = 5000


def looks_like_html(text: str) -> bool:
    return bool(_HTMLISH.search(text[:SNIFF_CHARS]))


def document_from_payload(source: str, *, text: str | None = None, html: str | None = None,
                          url: str | None = None, published: str | None = None, outlet: str | None = None,
                          title: str | None = None) -> Document:
    """A document from a record's ``html`` (a page or a fragment) or ``text`` (scraped or plain text; HTML
    given as text is read as HTML). The record's ``title``, ``url``, ``published`` and ``outlet`` win over what
    the payload itself says; the title is never glued into the payload."""
    from .html import parse_html  # lxml and the extractors: only for HTML

    title = title.strip() if title and title.strip() else None
    if html and html.strip():
        doc = parse_html(html, source, url=url, title=title)
    elif text and text.strip():
        if looks_like_html(text):
            doc = parse_html(text, source, url=url, title=title)
        else:
            doc = parse_page(text, source, title=title)
    else:
        raise InputError(f"{source}: record has neither 'text' nor 'html'")
    if not doc.articles:
        raise InputError(f"{source}: no article text found")
    for art in doc.articles:
        art.url = art.url or url
        if published:
            art.published = published
    if outlet:
        doc.outlet = outlet
    return doc
