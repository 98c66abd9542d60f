"""Compact binary forms of the structures isnad derives from its data files, kept between runs.

Some look-up structures take longer to build than to read: the geographic gazetteer's name index, the corpus
vocabulary of the text layer, the NER place list, the stance lexicon; and the packaged ``.npz`` tables (the word
vectors, the NER model) take longer to inflate than to read uncompressed (:func:`arrays`). The first process that needs one builds it from the packaged
file as usual and writes it, in Python's ``marshal`` format, to a cache folder; later processes read it back
(several times faster). A cached form is named by a digest of everything it is built from — the data files' bytes
and the source of the modules whose code builds it (:func:`code`) — with the cache format, the structure's name
and the Python version, so that a new data file, a changed rule or a new interpreter never reads a stale form:
it is simply built again.

The folder is ``$ISNAD_CACHE_DIR`` when set (``off`` or an empty value turns the cache off), else
``$XDG_CACHE_HOME/isnad``, else ``~/.cache/isnad``. A folder that cannot be written, a damaged or truncated
form, or any other failure falls back to building in memory: the cache makes start-up faster, never changes a
result and never stops a run. Forms are written to a temporary file and renamed, so that processes starting
together (``--workers N``) never read a half-written one.
"""
from __future__ import annotations

import hashlib
import logging
import marshal
import os
import sys
import tempfile
from pathlib import Path
from typing import Callable, TypeVar

T = TypeVar("T")

ENV = "ISNAD_CACHE_DIR"
FORMAT = 1  # raise when the layout of any cached structure changes
_log = logging.getLogger("isnad")


def cache_dir() -> Path | None:
    """The cache folder, or None when the cache is turned off."""
    value = os.environ.get(ENV)
    if value is not None:
        return None if value.strip() in ("", "off", "0") else Path(value)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "isnad"


def digest(parts) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(len(part).to_bytes(8, "little"))
        h.update(part)
    return h.hexdigest()[:24]


def code(*modules: str) -> list[bytes]:
    """The source of the named modules (``isnad.arabic.normalize`` …), as part of a cached form's name."""
    out = []
    for name in modules:
        module = sys.modules.get(name) or __import__(name, fromlist=["_"])
        out.append(Path(module.__file__).read_bytes())
    return out


def _path(name: str, source_digest: str) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    tag = digest([f"{FORMAT}|{name}|{sys.version_info[:2]}|{marshal.version}|{source_digest}".encode()])
    return folder / f"{name}-{tag}.marshal"


def cached(name: str, sources: list[bytes], build: Callable[[], T]) -> T:
    """The structure ``build()`` returns, read from the cache when a form made from the same ``sources`` (data
    files' bytes, :func:`code` of the building modules) is there, else built and written there. ``build()`` must return what ``marshal`` can write (dicts, lists,
    tuples, sets, strings, numbers, bytes, None)."""
    path = _path(name, digest(sources))
    if path is not None:
        try:
            return marshal.loads(path.read_bytes())
        except FileNotFoundError:
            pass
        except (OSError, EOFError, ValueError, TypeError) as e:
            _log.debug("cache %s unreadable (%s); building it again", path, e)
    value = build()
    if path is not None:
        _write(path, value)
    return value


def _write(path: Path, value) -> None:
    try:
        data = marshal.dumps(value)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except (OSError, ValueError) as e:  # read-only home, full disk, a value marshal cannot write
        _log.debug("cache %s not written (%s)", path, e)


def arrays(name: str, raw: bytes) -> dict:
    """The arrays of an ``.npz`` file whose bytes are ``raw``, kept uncompressed in the cache (as read-only
    arrays over the cached bytes)."""
    import io

    import numpy as np

    def build() -> dict:
        out = {}
        with np.load(io.BytesIO(raw), allow_pickle=False) as z:
            for key in z.files:
                a = z[key]
                out[key] = (a.dtype.str, a.shape, a.tobytes())
        return out

    def unpack(form: dict) -> dict:
        return {key: np.frombuffer(data, dtype=np.dtype(dtype)).reshape(shape)
                for key, (dtype, shape, data) in form.items()}

    try:
        return unpack(cached(name, [raw, *code(__name__)], build))
    except (ValueError, TypeError, AttributeError):  # a damaged form that marshal could still read
        return unpack(build())
