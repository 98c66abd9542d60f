"""The Python interface for programs: :func:`analyze` one input, :func:`analyze_many` many.

``isnad.analyze(text_or_path)`` returns a :class:`~isnad.model.Document` (``doc.to_json()`` is the JSON of
``isnad analyze --format json``, described by :func:`isnad.schema.json_schema`). A rejected input raises
:class:`~isnad.ingest.errors.InputError` with the one-line reason the command line prints. Nothing here is
imported by ``import isnad``: the package names below are loaded on first use.
"""
from __future__ import annotations

import copy
import io
import os
from dataclasses import replace
from itertools import islice
from typing import Iterable, Iterator, Union

from .model import Document
from .pipeline import Context, Pipeline

Source = Union[str, bytes, bytearray, memoryview, "os.PathLike[str]"]
MAX_PATH_CHARS = 4096  # a longer string is text, never a file name


def analyze(source: Source, *, published: str | None = None, outlet: str | None = None, kind: str = "auto",
            disable: Iterable[str] = (), name: str | None = None, pipeline: Pipeline | None = None) -> Document:
    """Analyse one input and return its :class:`Document`.

    ``source`` is text (``str``), raw bytes in any encoding isnad detects (``bytes``), or a file: a
    :class:`os.PathLike`, or a one-line ``str`` naming an existing file. ``kind`` forces the input kind
    (``text``, ``html``, ``jsonl``, ``warc``, ``feed``; default: detected). ``published`` (YYYY-MM-DD) and
    ``outlet`` fill what the input does not say; ``disable`` names stages to skip; ``name`` is the document's
    ``source`` (default: the path, ``<text>`` or ``<bytes>``). Pass a :class:`Pipeline` to reuse one across
    calls (then ``disable`` must be empty; ``published``/``outlet`` still apply to this call).

    Raises :class:`~isnad.ingest.errors.InputError` (one line) when the input is rejected or holds more than one
    document (use :func:`analyze_many`), :class:`~isnad.pipeline.PipelineError` for a bad stage choice, and
    :class:`ValueError` for a bad option.
    """
    pipe = _pipeline(pipeline, disable, published, outlet)
    reader = _read(source, kind, name)
    try:
        items = list(islice(reader, 2))  # a second item is enough to refuse: the rest is never read
    finally:
        reader.close()
    if len(items) > 1:
        from .ingest.errors import InputError

        raise InputError(f"{_name(source, name)}: holds several documents or records; "
                         "use isnad.analyze_many() for such inputs")
    if not isinstance(items[0], Document):
        raise items[0]
    return pipe(items[0])


def analyze_many(paths: str | os.PathLike | Iterable[str | os.PathLike], *, published: str | None = None,
                 outlet: str | None = None, kind: str = "auto", disable: Iterable[str] = (),
                 pipeline: Pipeline | None = None) -> Iterator:
    """Analyse files, directories (recursively) and ``-`` (standard input), yielding each input's
    :class:`Document`, in order, as it is done.

    A rejected input, or a document on which a stage fails, is yielded as an
    :class:`~isnad.ingest.errors.InputError` (its ``str`` is the one-line message; ``.internal`` is true for a
    failure inside isnad) and the others go on, as with ``isnad analyze``.
    """
    from .ingest import read_paths
    from .ingest.errors import InputError, internal_error

    pipe = _pipeline(pipeline, disable, published, outlet)
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    for item in read_paths([os.fspath(p) for p in paths], kind=kind):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            yield pipe(item)
        except Exception as e:  # noqa: BLE001 - one document's failure is yielded as its error; the rest go on
            yield internal_error(item.source, e)


def _pipeline(pipeline: Pipeline | None, disable: Iterable[str], published: str | None,
              outlet: str | None) -> Pipeline:
    if published is not None and not is_iso_date(published):
        raise ValueError(f"published: expected a date as YYYY-MM-DD, got {published!r}")
    disable = [disable] if isinstance(disable, str) else list(disable)
    if pipeline is None:
        from .pipeline import parse_stage_list

        return Pipeline(disable=parse_stage_list(disable), context=Context(published=published, outlet=outlet))
    if disable:
        raise ValueError("give either a pipeline or the stages to disable, not both")
    if published is None and outlet is None:
        return pipeline
    pipe = copy.copy(pipeline)  # the same loaded stages, this call's context
    ctx = pipeline.context
    pipe.context = replace(ctx, published=published or ctx.published, outlet=outlet or ctx.outlet)
    return pipe


def is_iso_date(value: object) -> bool:
    """``YYYY-MM-DD`` naming a real day."""
    from datetime import date

    try:
        return isinstance(value, str) and len(value) == 10 and date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


def _read(source: Source, kind: str, name: str | None) -> Iterator:
    from .ingest import KINDS, read_paths, read_stream

    if kind not in KINDS:
        raise ValueError(f"kind: expected one of {', '.join(KINDS)}, got {kind!r}")
    if isinstance(source, (bytes, bytearray, memoryview)):
        return read_stream(io.BytesIO(bytes(source)), name or "<bytes>", kind)
    if isinstance(source, os.PathLike) or (isinstance(source, str) and _names_file(source)):
        path = os.fspath(source)
        return _renamed(read_paths([path], kind=kind), name) if name else read_paths([path], kind=kind)
    if isinstance(source, str):  # read as ``isnad analyze -`` reads the same text
        return read_stream(io.BytesIO(_utf8(source)), name or "<text>", kind)
    raise TypeError(f"analyze() takes text, bytes or a path, not {type(source).__name__}")


def _utf8(text: str) -> bytes:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: paired ones joined, the others become U+FFFD
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace").encode("utf-8")


def _names_file(s: str) -> bool:
    if not s or len(s) > MAX_PATH_CHARS or "\n" in s or "\x00" in s:
        return False
    try:
        return os.path.isfile(s)
    except (OSError, ValueError):
        return False


def _renamed(items: Iterator, name: str) -> Iterator:
    for item in items:
        if isinstance(item, Document):
            item.source = name
        yield item


def _name(source: Source, name: str | None) -> str:
    if name:
        return name
    if isinstance(source, (bytes, bytearray, memoryview)):
        return "<bytes>"
    return os.fspath(source) if isinstance(source, os.PathLike) or _names_file(source) else "<text>"
