"""Where the database is and how to connect to it.

A location is a SQLAlchemy URL (``sqlite:///path``, ``postgresql://user:pass@host/db``) or a plain file path
(a SQLite file). Without ``--db`` the ``ISNAD_DB`` environment variable is read, and without it the default file
``$XDG_DATA_HOME/isnad/isnad.sqlite`` (``~/.local/share/isnad/isnad.sqlite``). SQLite runs in WAL mode with
foreign keys on; ``postgresql://`` URLs use the psycopg 3 driver.
"""
from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

ENV = "ISNAD_DB"


class StoreError(Exception):
    """A database that cannot be opened or used, with a one-line reason."""


def default_path() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "isnad" / "isnad.sqlite"


def resolve_url(location: str | None = None) -> str:
    """The SQLAlchemy URL for ``--db`` (or ``ISNAD_DB``, or the default file)."""
    location = location or os.environ.get(ENV) or str(default_path())
    if "://" not in location:
        return "sqlite:///" + str(Path(location).expanduser().absolute())
    for plain in ("postgresql://", "postgres://"):
        if location.startswith(plain):
            return "postgresql+psycopg://" + location[len(plain):]
    return location


def reason(exc: Exception) -> str:
    """The first line of a database error, without SQLAlchemy's wrapping."""
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def describe(url: str) -> str:
    """The URL with any password hidden, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(location: str | None = None, *, create: bool = True) -> Engine:
    url = resolve_url(location)
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(f"{url}: not a database URL (use a file path, sqlite:///FILE or postgresql://…)") from None
    backend = parsed.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise StoreError(f"{describe(url)}: unsupported database {backend!r} (SQLite or PostgreSQL)")
    if backend == "sqlite":
        db = parsed.database
        if not db or db == ":memory:":
            raise StoreError("an in-memory SQLite database keeps nothing; give a file")
        path = Path(db)
        if not path.exists():
            if not create:
                raise StoreError(f"{path}: no database there yet (run `isnad ingest PATH... --db {path}` first)")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise StoreError(f"{path}: cannot create the database ({(e.strerror or str(e)).lower()})") from None
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except ModuleNotFoundError as e:
        raise StoreError(f"PostgreSQL needs the psycopg driver ({e.name} is missing): pip install 'psycopg[binary]'")
