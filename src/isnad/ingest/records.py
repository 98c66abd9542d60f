"""One record (a JSONL line, a WARC response, a feed entry) → a document, whatever its payload."""
from __future__ import annotations

import re

from ..model import Document
from .errors import InputError
from .html import parse_html
from .page import parse_page

_HTMLISH = re.compile(r"<(html|body|p|div|article|br|span|h1|h2)\b", re.I)


def looks_like_html(text: str) -> bool:
    return bool(_HTMLISH.search(text[:5000]))


def document_from_payload(source: str, *, text: str | None = None, html: str | None = None,
                          url: str | None = None, published: str | None = None, outlet: str | None = None,
                          title: str | None = None) -> Document:
    if html:
        doc = parse_html(html, source, url=url)
    elif text:
        body = text if not title or text.lstrip().startswith(title.strip()) else f"{title}\n\n{text}"
        doc = parse_html(body, source, url=url) if looks_like_html(body) else parse_page(body, source)
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
