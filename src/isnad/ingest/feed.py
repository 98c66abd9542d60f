"""RSS/Atom feeds: each entry's content (or summary) becomes a document with its link, date and title. HTML
content is read as a fragment (its paragraphs), and the entry's title is set apart, never glued into it."""
from __future__ import annotations

import time
from typing import Iterator

from ..model import Document
from .errors import InputError, attempt
from .records import document_from_payload, looks_like_html


def _entry(e, where: str, site: str | None) -> Document:
    body = ""
    if e.get("content"):
        body = max((c.get("value", "") for c in e.content), key=len)
    body = body or e.get("summary", "") or e.get("description", "")
    if not body.strip():
        raise InputError(f"{where}: feed entry has no content")
    pub = None
    for key in ("published_parsed", "updated_parsed"):
        if e.get(key):
            pub = time.strftime("%Y-%m-%d", e[key])
            break
    payload = {"html": body} if looks_like_html(body) else {"text": body}
    return document_from_payload(where, url=e.get("link"), published=pub, outlet=site, title=e.get("title"),
                                 **payload)


def iter_feed(text: str, source: str) -> Iterator[Document | InputError]:
    import feedparser

    parsed = feedparser.parse(text)
    if not parsed.entries:
        reason = getattr(parsed, "bozo_exception", None)
        yield InputError(f"{source}: feed has no entries" + (f" ({reason})" if reason else ""))
        return
    site = parsed.feed.get("title") if parsed.get("feed") else None
    for n, e in enumerate(parsed.entries, 1):
        where = f"{source}#{e.get('link') or n}"
        yield attempt(where, lambda: _entry(e, where, site))
