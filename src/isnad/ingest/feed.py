"""RSS/Atom feeds: each entry's content (or summary) becomes a document with its link and date."""
from __future__ import annotations

import time
from typing import Iterator

from ..model import Document
from .errors import InputError
from .records import document_from_payload


def iter_feed(text: str, source: str) -> Iterator[Document | InputError]:
    import feedparser

    parsed = feedparser.parse(text)
    if not parsed.entries:
        yield InputError(f"{source}: feed has no entries")
        return
    site = parsed.feed.get("title") if parsed.get("feed") else None
    for n, e in enumerate(parsed.entries, 1):
        where = f"{source}#{e.get('link') or n}"
        body = ""
        if e.get("content"):
            body = max((c.get("value", "") for c in e.content), key=len)
        body = body or e.get("summary", "")
        pub = None
        for key in ("published_parsed", "updated_parsed"):
            if e.get(key):
                pub = time.strftime("%Y-%m-%d", e[key])
                break
        try:
            yield document_from_payload(where, text=body, url=e.get("link"), published=pub, outlet=site,
                                        title=e.get("title"))
        except InputError as err:
            yield err
