"""Paths (files, directories, ``-`` for stdin) → documents, one input at a time.

Every input yields either :class:`~isnad.model.Document` objects or an :class:`InputError` naming it and the
reason; one bad input (or an unexpected failure inside one) never stops the others. The kind of an input is told
by its name, then by its first bytes, then (for text in UTF-16 and the like) by its decoded start: HTML, an
RSS/Atom feed, JSON Lines, a WARC archive, or text (scraped page text or one plain article).

A file meant as one page is checked for size before it is read: a file over :data:`MAX_DOCUMENT_BYTES` is
refused without loading it. Streams of many records (JSON Lines, WARC) may be of any size; they are read record
by record.
"""
from __future__ import annotations

import errno
import io
import os
import stat
import sys
import zlib
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator

from ..model import Document
from .decode import decode_bytes
from .errors import InputError, internal_error
from .feed import iter_feed
from .jsonl import iter_jsonl, iter_records
from .page import parse_page
from .records import looks_like_html
from .warc import iter_warc

MAX_DOCUMENT_BYTES = 20 * 2**20  # one page of text or HTML; streams (JSONL, WARC) are read record by record
SNIFF_BYTES = 4096
DIRECTORY_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz",
                      ".warc", ".warc.gz", ".xml", ".rss", ".atom")
KINDS = ("auto", "text", "html", "jsonl", "warc", "feed")
STREAM_KINDS = ("jsonl", "warc")
OnOpen = Callable[[str, IO[bytes]], None]


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


def _sniff_markup(low: bytes | str) -> str:
    feed = ("<rss", "<feed", "<rdf:rdf") if isinstance(low, str) else (b"<rss", b"<feed", b"<rdf:rdf")
    return "feed" if any(f in low for f in feed) else "html"


def kind_from_bytes(head: bytes) -> str:
    """``warc``, ``gzip``, ``feed``, ``html``, ``jsonl``, or ``auto`` (decided once the text is decoded)."""
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"\x1f\x8b"):
        try:
            inner = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16)
        except zlib.error:
            inner = b""
        return "warc" if inner.startswith(b"WARC/") else "gzip"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"<"):
        return _sniff_markup(stripped[:2000].lower())
    if stripped.startswith(b"{"):
        return "jsonl"
    return "auto"


def _from_text(text: str, source: str, kind: str) -> Iterator[Document | InputError]:
    """Documents from the decoded text of a single-document input."""
    stripped = text.lstrip("\ufeff \t\r\n")
    if kind == "auto":
        if stripped.startswith("<"):
            kind = _sniff_markup(stripped[:2000].lower())
        elif stripped.startswith("{"):
            kind = "jsonl"
        elif looks_like_html(text):
            kind = "html"
        else:
            kind = "text"
    if kind == "jsonl":  # JSON Lines in an encoding other than UTF-8
        yield from iter_records((ln.encode("utf-8") for ln in text.splitlines()), source)
    elif kind == "feed":
        yield from iter_feed(text, source)
    elif kind == "html":
        from .html import parse_html  # lxml and the extractors: only for HTML

        yield parse_html(text, source)
    else:
        doc = parse_page(text, source)
        if not doc.articles:
            raise InputError(f"{source}: no article text found")
        yield doc


def _from_single(stream: IO[bytes], source: str, kind: str, size: int | None) -> Iterator[Document | InputError]:
    limit = f"{MAX_DOCUMENT_BYTES // 2**20} MB"
    advice = "split it, or use JSON Lines or WARC for many articles"
    if size is not None and size > MAX_DOCUMENT_BYTES:
        yield InputError(f"{source}: too large for one page ({size / 2**20:.0f} MB, limit {limit}; {advice})")
        return
    data = stream.read(MAX_DOCUMENT_BYTES + 1)
    if len(data) > MAX_DOCUMENT_BYTES:
        yield InputError(f"{source}: too large for one page (over {limit}; {advice})")
        return
    if not data:
        yield InputError(f"{source}: empty file")
        return
    text, _ = decode_bytes(data, source)
    yield from _from_text(text, source, kind)


def read_stream(stream: IO[bytes], source: str, kind: str = "auto", name: str | None = None,
                size: int | None = None) -> Iterator[Document | InputError]:
    """Documents from one open binary stream. ``size`` (when known) lets a too-large page be refused unread."""
    try:
        if kind == "auto":
            kind = kind_from_name(name or source) or "auto"
        buffered = stream if hasattr(stream, "peek") else io.BufferedReader(stream)  # type: ignore[arg-type]
        head = buffered.peek(SNIFF_BYTES)[:SNIFF_BYTES]
        if kind != "warc" and kind_from_bytes(head) == "gzip":  # (a .warc.gz is read by the WARC reader)
            yield from _gunzip(buffered, source, kind, name or source)
            return
        if kind == "auto":
            kind = kind_from_bytes(head)
        if kind == "jsonl":
            yield from iter_jsonl(buffered, source)
        elif kind == "warc":
            yield from iter_warc(buffered, source)
        else:
            yield from _from_single(buffered, source, kind, size)
    except InputError as e:
        yield e
    except OSError as e:  # a read failing mid-way (a closed descriptor, an I/O error)
        yield InputError(f"{source}: cannot read ({(e.strerror or str(e)).lower()})")
    except Exception as e:  # noqa: BLE001 - one input's failure is reported as its error, never a traceback
        yield internal_error(source, e)


def _gunzip(stream: IO[bytes], source: str, kind: str, name: str) -> Iterator[Document | InputError]:
    """A gzip-compressed input (``dump.jsonl.gz``, ``page.html.gz``), decompressed as it is read; what it holds
    is told as for any input (a single page inside is still held to the page size limit)."""
    import gzip

    class Gunzipped(gzip.GzipFile):
        """Damaged or cut data is this input's error (what was read before it stays read)."""

        def _checked(self, method, *args):
            try:
                return method(*args)
            except (OSError, EOFError, zlib.error) as e:
                raise InputError(f"{source}: damaged or truncated gzip data ({e})") from None

        def read(self, *args):
            return self._checked(super().read, *args)

        def read1(self, *args):
            return self._checked(super().read1, *args)

        def readline(self, *args):
            return self._checked(super().readline, *args)

        def peek(self, *args):
            return self._checked(super().peek, *args)

    inner = name[:-3] if name.lower().endswith(".gz") else name
    yield from read_stream(Gunzipped(fileobj=stream, mode="rb"), source, kind, name=inner)


def open_input(path: str) -> IO[bytes]:
    """Open one input file for reading (one place, so tests can simulate unreadable files)."""
    return open(path, "rb")


def _not_regular(mode: int) -> str | None:
    """What a non-regular file is (a FIFO, a device, a socket), or None for a regular file or a directory."""
    for test, what in ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")):
        if test(mode):
            return what
    return None


def _stat_problem(p: str, e: OSError) -> InputError:
    if e.errno == errno.ELOOP:
        return InputError(f"{p}: symbolic link loop (the link points back to itself through other links)")
    if e.errno == errno.ENOENT:
        broken = os.path.islink(p)
        return InputError(f"{p}: {'broken symbolic link' if broken else 'no such file or directory'}")
    if e.errno == errno.EACCES:
        return InputError(f"{p}: permission denied")
    return InputError(f"{p}: cannot read ({(e.strerror or str(e)).lower()})")


def _check_path(p: str) -> os.stat_result | InputError:
    """The status of ``p`` (links followed), or the reason it cannot be an input: missing, a link loop, a FIFO,
    a device or a socket (reading those could block for ever)."""
    try:
        st = os.stat(p)
    except OSError as e:
        return _stat_problem(p, e)
    what = _not_regular(st.st_mode)
    if what:
        return InputError(f"{p}: {what}, not a regular file; skipped")
    return st


def expand_paths(paths: Iterable[str]) -> Iterator[str | InputError]:
    """Files named, files inside directories (recursively, sorted, hidden ones skipped), or ``-``. A path that
    cannot be read as a file (missing, a symbolic link loop, a FIFO, a device, a socket) is an error, never a
    hang."""
    for p in paths:
        if p == "-":
            yield p
            continue
        st = _check_path(p)
        if isinstance(st, InputError):
            yield st
        elif stat.S_ISDIR(st.st_mode):
            yield from _walk(p)
        else:
            yield p


def _walk(p: str) -> Iterator[str | InputError]:
    found = False
    problems: list[InputError] = []

    def unreadable(e: OSError) -> None:
        problems.append(InputError(f"{e.filename or p}: cannot list directory "
                                   f"({(e.strerror or str(e)).lower()})"))

    for root, dirs, files in os.walk(p, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            if f.startswith(".") or not f.lower().endswith(DIRECTORY_SUFFIXES):
                continue
            found = True
            path = str(Path(root) / f)
            st = _check_path(path)
            yield st if isinstance(st, InputError) else path
    yield from problems
    if not found and not problems:
        yield InputError(f"{p}: directory holds no input files ({', '.join(DIRECTORY_SUFFIXES)})")


def _read_file(p: str, kind: str, on_open: OnOpen | None = None) -> Iterator[Document | InputError]:
    try:
        st = os.stat(p)
        if what := _not_regular(st.st_mode):  # (it may have changed since it was listed)
            yield InputError(f"{p}: {what}, not a regular file; skipped")
            return
        regular = stat.S_ISREG(st.st_mode)
        if regular and st.st_size == 0:
            yield InputError(f"{p}: empty file")
            return
        with open_input(p) as fh:
            if on_open is not None:
                on_open(p, fh)
            yield from read_stream(fh, p, kind, name=p, size=st.st_size if regular else None)
    except IsADirectoryError:
        yield InputError(f"{p}: is a directory")
    except OSError as e:
        yield _stat_problem(p, e)


def _stdin() -> IO[bytes] | InputError:
    """Standard input as a binary stream, or why it cannot be read (closed, or not open for reading)."""
    stream = getattr(sys.stdin, "buffer", None) if sys.stdin is not None else None
    if stream is None or stream.closed:
        return InputError("<stdin>: standard input is closed (nothing to read; give a file, or pipe text in)")
    return stream


def read_paths(paths: Iterable[str], kind: str = "auto", on_open: OnOpen | None = None,
               ) -> Iterator[Document | InputError]:
    """Documents (or errors) from every input, in order. ``on_open(path, binary file)`` is called as each file
    is opened (a progress bar follows how far it has been read)."""
    for p in expand_paths(paths):
        if isinstance(p, InputError):
            yield p
        elif p == "-":
            stream = _stdin()
            if isinstance(stream, InputError):
                yield stream
            else:
                yield from read_stream(stream, "<stdin>", kind)
        else:
            yield from _read_file(p, kind, on_open)

