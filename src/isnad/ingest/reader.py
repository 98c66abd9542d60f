"""Paths (files, directories, ``-`` for stdin) → documents, one input at a time.

Every input yields either :class:`~isnad.model.Document` objects or an :class:`InputError` naming it and the
reason; one bad input never stops the others. The kind of an input is told by its name, then by its first bytes:
HTML, an RSS/Atom feed, JSON Lines, a WARC archive, or text (scraped page text or one plain article).
"""
from __future__ import annotations

import io
import os
import sys
import zlib
from pathlib import Path
from typing import IO, Iterable, Iterator

from ..model import Document
from .decode import decode_bytes
from .errors import InputError
from .feed import iter_feed
from .html import parse_html
from .jsonl import iter_jsonl
from .page import parse_page
from .records import looks_like_html
from .warc import iter_warc

MAX_DOCUMENT_BYTES = 20 * 2**20  # one page of text or HTML; streams (JSONL, WARC) are read record by record
DIRECTORY_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".warc", ".warc.gz",
                      ".xml", ".rss", ".atom")
KINDS = ("auto", "text", "html", "jsonl", "warc", "feed")


def kind_from_name(name: str) -> str | None:
    n = name.lower()
    if n.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if n.endswith((".warc", ".warc.gz", ".arc.gz")):
        return "warc"
    if n.endswith((".html", ".htm", ".xhtml")):
        return "html"
    if n.endswith((".rss", ".atom")):
        return "feed"
    return None


def kind_from_bytes(head: bytes) -> str:
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"\x1f\x8b"):
        try:
            inner = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16)
        except zlib.error:
            inner = b""
        return "warc" if inner.startswith(b"WARC/") else "gzip"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    low = stripped[:2000].lower()
    if stripped.startswith(b"<"):
        if b"<rss" in low or b"<feed" in low or b"<rdf:rdf" in low:
            return "feed"
        return "html"
    if stripped.startswith(b"{"):
        return "jsonl"
    return "text"


def _from_single(data: bytes, source: str, kind: str) -> Iterator[Document | InputError]:
    if len(data) > MAX_DOCUMENT_BYTES:
        yield InputError(f"{source}: too large for one page (over {MAX_DOCUMENT_BYTES // 2**20} MB; split it, "
                         f"or use JSON Lines or WARC for many articles)")
        return
    try:
        text, _ = decode_bytes(data, source)
        if kind == "feed":
            yield from iter_feed(text, source)
            return
        if kind == "html" or (kind == "auto" and looks_like_html(text)):
            doc = parse_html(text, source)
        else:
            doc = parse_page(text, source)
            if not doc.articles:
                raise InputError(f"{source}: no article text found")
        yield doc
    except InputError as e:
        yield e


def read_stream(stream: IO[bytes], source: str, kind: str = "auto", name: str | None = None
                ) -> Iterator[Document | InputError]:
    """Documents from one open binary stream."""
    if kind == "auto":
        kind = kind_from_name(name or source) or "auto"
    buffered = stream if hasattr(stream, "peek") else io.BufferedReader(stream)  # type: ignore[arg-type]
    if kind == "auto":
        head = buffered.peek(4096)[:4096]
        kind = kind_from_bytes(head)
        if kind == "gzip":
            yield InputError(f"{source}: gzip-compressed data (only .warc.gz archives are read compressed)")
            return
    if kind == "jsonl":
        yield from iter_jsonl(buffered, source)
    elif kind == "warc":
        yield from iter_warc(buffered, source)
    else:
        data = buffered.read(MAX_DOCUMENT_BYTES + 1)
        yield from _from_single(data, source, kind if kind in ("html", "text", "feed") else "auto")


def expand_paths(paths: Iterable[str]) -> Iterator[str | InputError]:
    """Files named, files inside directories (recursively, sorted, hidden ones skipped), or ``-``."""
    for p in paths:
        if p == "-":
            yield p
            continue
        path = Path(p)
        if path.is_dir():
            found = False
            for root, dirs, files in os.walk(path, onerror=lambda e: None):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if f.startswith(".") or not f.lower().endswith(DIRECTORY_SUFFIXES):
                        continue
                    found = True
                    yield str(Path(root) / f)
            if not found:
                yield InputError(f"{p}: directory holds no readable input files ({', '.join(DIRECTORY_SUFFIXES)})")
        elif path.exists():
            yield p
        else:
            yield InputError(f"{p}: no such file or directory")


def read_paths(paths: Iterable[str], kind: str = "auto") -> Iterator[Document | InputError]:
    """Documents (or errors) from every input, in order."""
    for p in expand_paths(paths):
        if isinstance(p, InputError):
            yield p
            continue
        if p == "-":
            yield from read_stream(sys.stdin.buffer, "<stdin>", kind)
            continue
        try:
            if os.path.getsize(p) == 0:
                yield InputError(f"{p}: empty file")
                continue
            with open(p, "rb") as fh:
                yield from read_stream(fh, p, kind, name=p)
        except IsADirectoryError:
            yield InputError(f"{p}: is a directory")
        except PermissionError:
            yield InputError(f"{p}: permission denied")
        except OSError as e:
            yield InputError(f"{p}: cannot read ({e.strerror or e})")
