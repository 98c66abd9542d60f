"""Schema versions: an ordered list of steps, each run once and recorded in ``meta.schema_version``.

Every step is written to be safe to run again (``IF NOT EXISTS``, or the catalogue inspected first), so a process
killed during a step leaves a database that the next run completes. A database written by a newer isnad (a higher
version than this code knows) is refused rather than guessed at.
"""
from __future__ import annotations

import json
from typing import Callable

from sqlalchemy import Connection, Engine, inspect, select

from .db import StoreError
from .schema import articles, claims, meta, metadata

SQLITE_SEARCH = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
    "body, content='search_docs', content_rowid='id', tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER IF NOT EXISTS search_docs_ai AFTER INSERT ON search_docs BEGIN "
    "INSERT INTO search_fts(rowid, body) VALUES (new.id, new.body); END",
    "CREATE TRIGGER IF NOT EXISTS search_docs_ad AFTER DELETE ON search_docs BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.id, old.body); END",
)

POSTGRES_SEARCH = (
    "ALTER TABLE search_docs ADD COLUMN IF NOT EXISTS tsv tsvector "
    "GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, body)) STORED",
    "CREATE INDEX IF NOT EXISTS ix_search_docs_tsv ON search_docs USING gin (tsv)",
)


def _v1(conn: Connection) -> None:
    metadata.create_all(conn, checkfirst=True)
    statements = SQLITE_SEARCH if conn.dialect.name == "sqlite" else POSTGRES_SEARCH
    for sql in statements:
        conn.exec_driver_sql(sql)


STALE = "stale:"  # prefixed to articles.pipeline: analysed again by the next ingest of the article


def _v2(conn: Connection) -> None:
    """``claims.kind``: ``claim``, or ``report`` for a report noun's claim (rows written before are claims).

    An article whose stored JSON has ``reports`` (an isnad that produced reports but did not store them) is
    marked to be analysed again: its reports and the contradictions naming them were not kept."""
    if "kind" not in {c["name"] for c in inspect(conn).get_columns("claims")}:  # absent before version 2
        exists = "" if conn.dialect.name == "sqlite" else "IF NOT EXISTS "  # SQLite has no ADD COLUMN IF NOT EXISTS
        conn.exec_driver_sql(f"ALTER TABLE claims ADD COLUMN {exists}kind VARCHAR(16) NOT NULL DEFAULT 'claim'")
    has_reports = select(claims.c.id).where(claims.c.article_id == articles.c.id, claims.c.kind == "report").exists()
    for row in conn.execute(select(articles.c.id, articles.c.pipeline, articles.c.data).where(~has_reports)):
        if json.loads(row.data)["article"].get("reports") and not row.pipeline.startswith(STALE):
            conn.execute(articles.update().where(articles.c.id == row.id)
                         .values(pipeline=(STALE + row.pipeline)[:80]))


MIGRATIONS: tuple[Callable[[Connection], None], ...] = (_v1, _v2)
LATEST = len(MIGRATIONS)


def current_version(conn: Connection) -> int:
    if not inspect(conn).has_table("meta"):
        return 0
    value = conn.execute(select(meta.c.value).where(meta.c.key == "schema_version")).scalar()
    return int(value) if value else 0


def upgrade(engine: Engine) -> int:
    """Bring the schema to :data:`LATEST`; returns the version found before."""
    with engine.begin() as conn:
        found = current_version(conn)
        if found > LATEST:
            raise StoreError(f"the database has schema version {found}, newer than this isnad knows ({LATEST}); "
                             "upgrade isnad")
        for version in range(found + 1, LATEST + 1):
            MIGRATIONS[version - 1](conn)
            set_meta(conn, "schema_version", str(version))
    return found


def set_meta(conn: Connection, key: str, value: str) -> None:
    if conn.execute(select(meta.c.key).where(meta.c.key == key)).first():
        conn.execute(meta.update().where(meta.c.key == key).values(value=value))
    else:
        conn.execute(meta.insert().values(key=key, value=value))
