"""JSON Lines: one record per line with ``text`` or ``html`` and optional ``url``, ``published``, ``outlet``,
``title``, ``id``. Every bad line is reported on its own line, with its line number (a coder must be able to find
each one); the others are read. Lines are read with a bounded buffer, so one endless line cannot exhaust memory."""
from __future__ import annotations

import json
from typing import IO, Iterable, Iterator

from ..model import Document
from .dates import find_date
from .decode import binary_kind, decode_bytes
from .errors import InputError, attempt
from .records import document_from_payload

MAX_RECORD_BYTES = 20 * 2**20
CHUNK = 2**20
PAYLOAD_FIELDS = ("text", "html")


def bounded_lines(stream: IO[bytes], limit: int | None = None) -> Iterator[bytes | None]:
    """Lines of ``stream``; a line longer than ``limit`` (default :data:`MAX_RECORD_BYTES`) is skipped (read
    through in chunks) and yields None."""
    limit = limit or MAX_RECORD_BYTES
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while True:
                rest = stream.readline(CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
            continue
        yield line


def iter_jsonl(stream: IO[bytes], source: str) -> Iterator[Document | InputError]:
    head = stream.peek(4096)[:4096] if hasattr(stream, "peek") else b""
    what = binary_kind(head) if head else None
    if what:
        yield InputError(f"{source}: looks like {what}, not JSON Lines")
        return
    yield from iter_records(bounded_lines(stream), source)


def iter_records(lines: Iterable[bytes | None], source: str) -> Iterator[Document | InputError]:
    """A document, or the line's one-line error (``SOURCE:LINE: reason``), for every non-blank line."""
    for n, raw in enumerate(lines, 1):
        where = f"{source}:{n}"
        if raw is not None and not raw.strip():
            continue
        yield attempt(where, lambda: _record(raw, where))


_JSON_TYPES = {bool: "true or false", int: "a number", float: "a number", list: "a list", dict: "an object"}


def _payload_problem(rec: dict) -> str | None:
    """Why a record has nothing to read, when it has no non-blank ``text`` or ``html`` string: one given as
    another JSON type, one given blank, or neither given."""
    if any(isinstance(rec.get(f), str) and rec[f].strip() for f in PAYLOAD_FIELDS):
        return None
    for f in PAYLOAD_FIELDS:
        v = rec.get(f)
        if v is not None and not isinstance(v, str):
            return f"'{f}' must be a string, not {_JSON_TYPES.get(type(v), type(v).__name__)}"
    given = [f for f in PAYLOAD_FIELDS if isinstance(rec.get(f), str)]
    return f"'{given[0]}' is empty" if given else "record has neither 'text' nor 'html'"


def _record(raw: bytes | None, where: str) -> Document:
    if raw is None:
        raise InputError(f"{where}: record larger than {MAX_RECORD_BYTES / 2**20:g} MB, skipped")
    line, _ = decode_bytes(raw, where)
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as e:
        raise InputError(f"{where}: invalid JSON ({e.msg} at column {e.colno})") from None
    if not isinstance(rec, dict):
        raise InputError(f"{where}: a record must be a JSON object, not {type(rec).__name__}")
    if problem := _payload_problem(rec):
        raise InputError(f"{where}: {problem}")
    src = str(rec.get("id") or rec.get("url") or where)
    try:
        return document_from_payload(
            src, text=_str(rec.get("text")), html=_str(rec.get("html")), url=_str(rec.get("url")),
            published=_date(rec.get("published")), outlet=_str(rec.get("outlet")), title=_str(rec.get("title")))
    except InputError as e:
        raise InputError(f"{where}: {str(e).split(': ', 1)[-1]}") from None


def _str(v) -> str | None:
    return v if isinstance(v, str) and v.strip() else None


def _date(v) -> str | None:
    """A record's publication date as YYYY-MM-DD (a timestamp or a printed date is read), else None."""
    s = _str(v)
    found = find_date(s) if s else None
    return found[0] if found else None
