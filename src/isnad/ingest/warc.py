"""WARC (and WARC.gz) archives: every HTML response record becomes a document, with its URL and fetch date."""
from __future__ import annotations

from typing import IO, Iterator

from ..model import Document
from .decode import decode_bytes
from .errors import InputError
from .records import document_from_payload

MAX_RECORD_BYTES = 20 * 2**20


def iter_warc(stream: IO[bytes], source: str) -> Iterator[Document | InputError]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        for rec in ArchiveIterator(stream):
            if rec.rec_type not in ("response", "resource"):
                continue
            url = rec.rec_headers.get_header("WARC-Target-URI")
            where = f"{source}#{url or rec.rec_headers.get_header('WARC-Record-ID')}"
            ctype = (rec.http_headers.get_header("Content-Type") if rec.http_headers else
                     rec.rec_headers.get_header("Content-Type")) or ""
            if "html" not in ctype.lower() and "text" not in ctype.lower():
                continue
            data = rec.content_stream().read(MAX_RECORD_BYTES + 1)
            if len(data) > MAX_RECORD_BYTES:
                yield InputError(f"{where}: record larger than {MAX_RECORD_BYTES // 2**20} MB, skipped")
                continue
            charset = None
            if "charset=" in ctype.lower():
                charset = ctype.lower().split("charset=")[-1].split(";")[0].strip()
            try:
                text, _ = decode_bytes(data, where, declared=charset)
                date = rec.rec_headers.get_header("WARC-Date")
                if "html" in ctype.lower():
                    doc = document_from_payload(where, html=text, url=url)
                else:
                    doc = document_from_payload(where, text=text, url=url)
                if date:
                    doc.meta["fetched"] = date
                yield doc
            except InputError as e:
                yield e
    except ArchiveLoadFailed as e:
        yield InputError(f"{source}: not a readable WARC archive ({str(e).splitlines()[0]})")
