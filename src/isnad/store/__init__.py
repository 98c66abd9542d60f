"""Store, search and export: analysed news in SQLite (default) or PostgreSQL.

:func:`open_store` connects and brings the schema up to date; :func:`.ingest.ingest` analyses and stores inputs;
:mod:`.search` finds articles and claims; :mod:`.queries` reads what the web app and the exports show;
:mod:`.export` writes JSON Lines, CSV and GeoJSON. All access to the analysis stages goes through
:mod:`.adapter`.
"""
from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from .db import StoreError, default_path, describe, make_engine, reason, resolve_url


def open_store(location: str | None = None, *, create: bool = True) -> Engine:
    """An engine on the database at ``location`` (see :mod:`.db`), its schema migrated to the latest version."""
    from .migrate import upgrade

    engine = make_engine(location, create=create)
    try:
        upgrade(engine)
    except SQLAlchemyError as e:
        engine.dispose()
        raise StoreError(f"{describe(str(engine.url))}: cannot open the database ({reason(e)})") from None
    return engine


__all__ = ["open_store", "StoreError", "default_path", "resolve_url", "describe"]
