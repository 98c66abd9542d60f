"""JSON Lines: one record per line with ``text`` or ``html`` and optional ``url``, ``published``, ``outlet``,
``title``, ``id``. Each bad line is reported on its own; the others are read."""
from __future__ import annotations

import json
from typing import IO, Iterator

from ..model import Document
from .decode import decode_bytes
from .errors import InputError
from .records import document_from_payload

MAX_RECORD_BYTES = 20 * 2**20


def iter_jsonl(stream: IO[bytes], source: str) -> Iterator[Document | InputError]:
    for n, raw in enumerate(stream, 1):
        where = f"{source}:{n}"
        if not raw.strip():
            continue
        if len(raw) > MAX_RECORD_BYTES:
            yield InputError(f"{where}: record larger than {MAX_RECORD_BYTES // 2**20} MB, skipped")
            continue
        try:
            line, _ = decode_bytes(raw, where)
            rec = json.loads(line)
        except InputError as e:
            yield e
            continue
        except json.JSONDecodeError as e:
            yield InputError(f"{where}: invalid JSON ({e.msg} at column {e.colno})")
            continue
        if not isinstance(rec, dict):
            yield InputError(f"{where}: a record must be a JSON object")
            continue
        src = str(rec.get("id") or rec.get("url") or where)
        try:
            yield document_from_payload(
                src, text=_str(rec.get("text")), html=_str(rec.get("html")), url=_str(rec.get("url")),
                published=_str(rec.get("published")), outlet=_str(rec.get("outlet")), title=_str(rec.get("title")))
        except InputError as e:
            yield InputError(f"{where}: {str(e).split(': ', 1)[-1]}")


def _str(v) -> str | None:
    return v if isinstance(v, str) and v.strip() else None
