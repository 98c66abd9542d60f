"""WARC (and WARC.gz) archives: every HTML or text response record in Arabic becomes a document, with its URL
and fetch date (``meta["fetched"]``). A crawl holds pages in every language, robots.txt files and images: records
that are not HTML or text, or whose visible text is not mostly Arabic (:func:`mostly_arabic`), are passed over. A truncated record (the archive cut short) or a damaged archive gets one error naming the archive and
where it broke; the records before it are still read."""
from __future__ import annotations

import re
from typing import IO, Iterator

from ..model import Document
from .decode import decode_bytes
from .errors import InputError, attempt
from .records import document_from_payload

MAX_RECORD_BYTES = 20 * 2**20
DRAIN_CHUNK = 2**20
MIN_ARABIC_LETTERS = 50
MIN_ARABIC_SHARE = 0.3  # of the letters of the visible text
_INVISIBLE = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>", re.S | re.I)


def mostly_arabic(text: str, html: bool) -> bool:
    """Whether the visible text (markup, scripts and styles left out) has at least :data:`MIN_ARABIC_LETTERS`
    Arabic letters, making at least :data:`MIN_ARABIC_SHARE` of its letters."""
    visible = _INVISIBLE.sub(" ", text) if html else text
    arabic = sum(1 for ch in visible if "\u0620" <= ch <= "\u064a" or "\u0671" <= ch <= "\u06d3")
    if arabic < MIN_ARABIC_LETTERS:
        return False
    letters = sum(1 for ch in visible if ch.isalpha())
    return arabic >= MIN_ARABIC_SHARE * letters


def _charset(ctype: str) -> str | None:
    low = ctype.lower()
    if "charset=" not in low:
        return None
    return low.split("charset=")[-1].split(";")[0].strip().strip("\"'") or None


def _truncated(rec) -> bool:
    """Whether the archive ended before the record's declared length (read what is left, in chunks)."""
    raw = rec.raw_stream
    while raw.read(DRAIN_CHUNK):
        pass
    return getattr(raw, "limit", 0) > 0


def _document(rec, url: str | None, where: str, ctype: str, source: str, n: int) -> Document | None:
    """The record's document, or None when its text is not in Arabic."""
    data = rec.content_stream().read(MAX_RECORD_BYTES + 1)
    if _truncated(rec):
        raise InputError(f"{source}: WARC archive truncated inside record {n} ({url or 'no URL'}); "
                         f"the records before it were read")
    if len(data) > MAX_RECORD_BYTES:
        raise InputError(f"{where}: record larger than {MAX_RECORD_BYTES // 2**20} MB, skipped")
    text, _ = decode_bytes(data, where, declared=_charset(ctype))
    if not mostly_arabic(text, "html" in ctype.lower()):
        return None
    if "html" in ctype.lower():
        doc = document_from_payload(where, html=text, url=url)
    else:
        doc = document_from_payload(where, text=text, url=url)
    date = rec.rec_headers.get_header("WARC-Date")
    if date:
        doc.meta["fetched"] = date
    return doc


def iter_warc(stream: IO[bytes], source: str) -> Iterator[Document | InputError]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    seen = used = foreign = 0
    try:
        for rec in ArchiveIterator(stream):
            seen += 1
            if rec.rec_type not in ("response", "resource"):
                continue
            url = rec.rec_headers.get_header("WARC-Target-URI")
            where = f"{source}#{url or rec.rec_headers.get_header('WARC-Record-ID')}"
            ctype = (rec.http_headers.get_header("Content-Type") if rec.http_headers else
                     rec.rec_headers.get_header("Content-Type")) or ""
            if "html" not in ctype.lower() and "text" not in ctype.lower():
                continue
            doc = attempt(where, lambda: _document(rec, url, where, ctype, source, seen))
            if doc is None:
                foreign += 1
                continue
            used += 1
            yield doc
    except Exception as e:  # noqa: BLE001 - warcio failing on a damaged archive: this input's error
        first = str(e).splitlines()[0] if isinstance(e, ArchiveLoadFailed) and str(e).strip() else \
            "unreadable record header"
        yield InputError(f"{source}: WARC archive damaged or truncated after {seen} record(s) ({first})")
        return
    if not seen:
        yield InputError(f"{source}: no WARC records could be read (truncated, or not a WARC archive)")
    elif not used:
        other = f", {foreign} of them not in Arabic" if foreign else ""
        yield InputError(f"{source}: WARC archive holds no Arabic HTML or text responses ({seen} record(s){other})")
