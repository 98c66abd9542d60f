"""Compact binary forms of the structures isnad derives from its data files, kept between runs.

Some look-up structures take longer to build than to read: the geographic gazetteer's name index, the corpus
vocabulary of the text layer, the NER place list, the stance lexicon. The first process that needs one builds it
from the packaged file as usual and writes it, in Python's ``marshal`` format, to a cache folder; later processes
read it back (several times faster). The packaged ``.npz`` tables (the word vectors, the NER model) take longer to
inflate than to map uncompressed: :func:`arrays` keeps them so. A cached form is named by a digest of everything
it is built from — the data files' bytes and the source of the modules whose code builds it (:func:`code`) — with
the cache format, the structure's name and the Python version, so that a new data file, a changed rule or a new
interpreter never reads a stale form: it is simply built again.

The folder is ``$ISNAD_CACHE_DIR`` when set (``off`` or an empty value turns the cache off), else
``$XDG_CACHE_HOME/isnad``, else ``~/.cache/isnad``. A folder that cannot be written, a damaged or truncated
form, or any other failure falls back to building in memory: the cache makes start-up faster, never changes a
result and never stops a run. Forms are written to a temporary file and renamed, so that processes starting
together (``--workers N``) never read a half-written one; before a pool of worker processes starts, the parent
writes the forms its stages need (:func:`warm`), so that the workers read them instead of each building them.

Cleaning. A form's modification time is its last use: set when it is written, and again when it is read if it is
older than :data:`TOUCH`. Whenever a form is written (a data file, the code or Python changed, so rarely), the
folder is cleaned: of the other forms of the same structure, the :data:`KEEP` - 1 used last are kept, and the rest
are removed once unused for :data:`UNUSED` (so that installed versions, worktrees or interpreters used side by side
do not remove each other's forms); any form unused for :data:`MAX_AGE` (a structure that is no more) and any
temporary file older than :data:`UNUSED` (a writer that died) are removed too. Only files named as the cache names
them (:data:`FILE`) are ever removed; a failure to remove one is ignored. ``isnad cache info`` and ``isnad cache
clear`` show and empty the folder (:func:`files`, :func:`clear`).
"""
from __future__ import annotations

import contextvars
import hashlib
import importlib
import logging
import marshal
import math
import mmap
import os
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, Iterable, TypeVar

T = TypeVar("T")

ENV = "ISNAD_CACHE_DIR"
FORMAT = 1  # raise when the layout of any cached structure changes
DAY = 86400.0
KEEP = 2  # forms of each structure kept whatever their age: the one just written and the one used last before it
UNUSED = 1 * DAY  # seconds: another form of the same structure, not among those, is removed once unused this long
MAX_AGE = 30 * DAY  # seconds: any form unused this long is removed
TOUCH = 3600.0  # seconds: a form read is marked used (its mtime set to now) when its mark is older than this
# the files of the cache: NAME-TAG.marshal, NAME-TAG.arrays, and their temporary files while they are written
FILE = re.compile(r"(?P<name>[\w-]+)-[0-9a-f]{24}\.(?:marshal|arrays)(?P<tmp>[a-z0-9_]{8}\.tmp)?")
_log = logging.getLogger("isnad")
_warming = contextvars.ContextVar("isnad_cache_warming", default=False)


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


def _path(name: str, source_digest: str, suffix: str = ".marshal") -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    tag = digest([f"{FORMAT}|{name}|{sys.version_info[:2]}|{marshal.version}|{source_digest}".encode()])
    return folder / f"{name}-{tag}{suffix}"


def cached(name: str, sources: list[bytes], build: Callable[[], T]) -> T:
    """The structure ``build()`` returns, read from the cache when a form made from the same ``sources`` (data
    files' bytes, :func:`code` of the building modules) is there, else built and written there. ``build()`` must return what ``marshal`` can write (dicts, lists,
    tuples, sets, strings, numbers, bytes, None)."""
    path = _path(name, digest(sources))
    if path is not None:
        _present(path)
        try:
            with open(path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
                _used(fh)
                return marshal.loads(data)  # mapped, not read: no copy of the file in memory
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
    except ValueError as e:  # a value marshal cannot write
        _log.debug("cache %s not written (%s)", path, e)
        return
    _write_bytes(path, data)


def _write_bytes(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as e:  # read-only home, full disk
        _log.debug("cache %s not written (%s)", path, e)
        return
    _prune(path)


def _used(fh) -> None:
    """Mark the form open in ``fh`` as used now (see the module doc), at most once per :data:`TOUCH`."""
    try:
        if time.time() - os.fstat(fh.fileno()).st_mtime > TOUCH:
            os.utime(fh.fileno())
    except (OSError, NotImplementedError):  # a read-only folder: the form is still read
        pass


def arrays(name: str, path: str | os.PathLike) -> dict:
    """The arrays of the ``.npz`` file at ``path``, kept uncompressed in the cache and mapped from there: only the
    pages that are read are loaded (a start-up reads a few hundred rows of the 76,000 of the word vectors). The
    arrays are read-only, built or read. The form (``NAME-TAG.arrays``) is its arrays' bytes, each at a multiple
    of :data:`ALIGN`, after a marshalled header (key -> dtype, shape, offset, size) and its length."""
    import numpy as np

    with open(path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
        form = _path(name, digest([data, *code(__name__)]), ".arrays")
    if form is not None:
        _present(form)
        try:
            return _mapped(form)
        except FileNotFoundError:
            pass
        except (OSError, EOFError, ValueError, TypeError, AttributeError, KeyError) as e:
            _log.debug("cache %s unreadable (%s); building it again", form, e)
    with np.load(path, allow_pickle=False) as z:
        found = {key: z[key] for key in z.files}
    for a in found.values():
        a.flags.writeable = False
    if form is not None:
        _write_bytes(form, _packed(found))
    return found


ALIGN = 64  # bytes: where each array of an arrays form starts


def _packed(found: dict) -> bytes:
    import numpy as np

    header, chunks, offset = {}, [], 0
    for key, a in found.items():
        data = np.ascontiguousarray(a).tobytes()
        pad = -offset % ALIGN
        chunks += [bytes(pad), data]
        header[key] = (a.dtype.str, a.shape, offset + pad, len(data))
        offset += pad + len(data)
    head = marshal.dumps(header)
    return len(head).to_bytes(8, "little") + head + bytes(-(8 + len(head)) % ALIGN) + b"".join(chunks)


def _mapped(form: Path) -> dict:
    import numpy as np

    with open(form, "rb") as fh:
        data = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)  # kept open by the arrays over it
        _used(fh)
    n = int.from_bytes(data[:8], "little")
    header = marshal.loads(data[8:8 + n])
    base = 8 + n + (-(8 + n) % ALIGN)
    out = {}
    for key, (dtype, shape, offset, size) in header.items():
        dt = np.dtype(dtype)
        if size != dt.itemsize * math.prod(shape) or base + offset + size > len(data):
            raise ValueError(f"array {key} does not fit the form")
        out[key] = np.frombuffer(data, dtype=dt, count=size // dt.itemsize, offset=base + offset).reshape(shape)
    return out


def files(folder: Path | None = None) -> list[tuple[os.DirEntry, re.Match]]:
    """The cache's own files in ``folder`` (default: :func:`cache_dir`; none when it is missing), each with the
    match of its name (:data:`FILE`: ``name``, and ``tmp`` for a temporary file). OSError when the folder cannot
    be read."""
    folder = folder or cache_dir()
    if folder is None or not folder.exists():
        return []
    with os.scandir(folder) as it:
        return [(e, m) for e in it if (m := FILE.fullmatch(e.name)) and e.is_file(follow_symlinks=False)]


def clear(folder: Path | None = None) -> tuple[int, int, list[tuple[str, OSError]]]:
    """Remove the cache's own files from ``folder`` (nothing else): (files removed, their bytes, failures)."""
    removed = size = 0
    failed = []
    for entry, _ in files(folder):
        try:
            n = entry.stat(follow_symlinks=False).st_size
            os.unlink(entry.path)
        except FileNotFoundError:  # removed meanwhile by another process
            continue
        except OSError as e:
            failed.append((entry.name, e))
            continue
        removed, size = removed + 1, size + n
    return removed, size, failed


def _prune(written: Path) -> None:
    """Clean the folder after ``written`` was written (the policy of the module doc); never raises."""
    try:
        now, name, same = time.time(), FILE.fullmatch(written.name)["name"], []
        for entry, m in files(written.parent):
            if entry.name == written.name:
                continue
            unused = now - entry.stat(follow_symlinks=False).st_mtime
            if unused > MAX_AGE or (m["tmp"] and unused > UNUSED):
                _remove(entry.path)
            elif m["name"] == name and not m["tmp"]:
                same.append((unused, entry.path))
        for unused, path in sorted(same)[KEEP - 1:]:
            if unused > UNUSED:
                _remove(path)
    except Exception as e:  # noqa: BLE001 - cleaning is never worth a failed run
        _log.debug("cache %s not cleaned (%s)", written.parent, e)


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError as e:  # removed meanwhile, or not ours to remove
        _log.debug("cache %s not removed (%s)", path, e)


class _Present(Exception):
    """Raised inside :func:`warm` where a form is there already: it is not read."""


def _present(path: Path) -> None:
    if _warming.get():
        try:
            there = path.stat().st_size > 0
        except OSError:
            there = False
        if there:
            raise _Present


def warm(loaders: Iterable[str | Callable]) -> None:
    """Write the forms that are missing of those that ``loaders`` (functions, or ``"module:function"``, each
    loading one cached structure) read, in this process: before worker processes start (:mod:`isnad.run.pool`),
    so that they read them instead of each building them. A loader is called without its ``lru_cache`` (nothing
    it builds stays in this process) and stopped where it asks for a form that is there already, which is not
    read: on a warm cache this costs the digests only. Nothing when the cache is off; never raises."""
    if cache_dir() is None:
        return
    token = _warming.set(True)
    try:
        for loader in dict.fromkeys(loaders):
            try:
                if isinstance(loader, str):
                    module, _, attr = loader.partition(":")
                    loader = getattr(importlib.import_module(module), attr)
                getattr(loader, "__wrapped__", loader)()
            except _Present:
                pass
            except Exception as e:  # noqa: BLE001 - the workers build it then, as without warming
                _log.debug("cache not warmed by %s (%s)", loader, e)
    finally:
        _warming.reset(token)
