"""The tables (SQLAlchemy Core), the same on SQLite and PostgreSQL.

One row of ``articles`` per distinct article (``hash`` of its title and paragraphs); everything the pipeline
derived from it (claims and reports, entities, places, numbers, times, contradictions inside it, search rows)
hangs off that row and is replaced as a whole when the article is analysed again by another pipeline version.
Cross-document event groups and their contradictions (``group_id`` set) are recomputed over all articles after each
ingest.
Offsets (``*_start``/``*_end``) point into ``articles.text``, as in the JSON contract.
"""
from __future__ import annotations

from sqlalchemy import (Boolean, Column, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text,
                        UniqueConstraint)

metadata = MetaData()


def _article_fk() -> Column:
    return Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True)


def _claim_fk(name: str = "claim_id", nullable: bool = True) -> Column:
    return Column(name, Integer, ForeignKey("claims.id", ondelete="CASCADE"), nullable=nullable, index=True)


def _span(prefix: str) -> list[Column]:
    return [Column(f"{prefix}_text", Text), Column(f"{prefix}_start", Integer), Column(f"{prefix}_end", Integer)]


meta = Table("meta", metadata, Column("key", String(64), primary_key=True), Column("value", Text))

articles = Table(
    "articles", metadata,
    Column("id", Integer, primary_key=True),
    Column("hash", String(64), nullable=False, unique=True),
    Column("source", Text), Column("outlet", Text), Column("title", Text), Column("subtitle", Text),
    Column("byline", Text), Column("dateline", Text), Column("published", String(32), index=True),
    Column("url", Text), Column("text", Text, nullable=False),
    Column("pipeline", String(80), nullable=False),
    Column("ingested_at", String(32), nullable=False, index=True),
    Column("data", Text, nullable=False),  # the article's JSON (contract) with its document's related items
)

claims = Table(
    "claims", metadata,
    Column("id", Integer, primary_key=True),
    _article_fk(),
    Column("ref", String(32), nullable=False),  # the claim's id inside its document ("c3")
    Column("ord", Integer, nullable=False),
    *_span("speaker"), Column("speaker_type", String(32)), Column("speaker_name", Text),
    Column("speaker_key", Text, index=True),
    *_span("cue"), Column("cue_lemma", Text),
    Column("stance", String(32)),
    *_span("content"),
    Column("direct", Boolean, nullable=False, default=False),
    *_span("recipient"),
    Column("via", Text, nullable=False, default="[]"),  # JSON list of {text, claim, start, end}
    Column("parent", String(32)),
    # claim | report (a report noun with no speaker of its own, listed apart in the JSON); schema version 2
    Column("kind", String(16), nullable=False, default="claim", server_default="claim"),
    UniqueConstraint("article_id", "ref"),
)

places = Table(
    "places", metadata,
    Column("id", Integer, primary_key=True), _article_fk(), _claim_fk(),
    Column("text", Text), Column("start", Integer), Column("end", Integer),
    Column("place_key", Text, nullable=False, index=True),  # gazetteer id, else the normalised name
    Column("gid", Text), Column("name", Text), Column("name_ar", Text), Column("lat", Float), Column("lon", Float),
    Column("country", String(8)), Column("feature", String(32)), Column("confidence", Float),
)

numbers = Table(
    "numbers", metadata,
    Column("id", Integer, primary_key=True), _article_fk(), _claim_fk(),
    Column("text", Text), Column("start", Integer), Column("end", Integer),
    Column("value", Float), Column("unit", Text), Column("approximate", Boolean),
)

times = Table(
    "times", metadata,
    Column("id", Integer, primary_key=True), _article_fk(), _claim_fk(),
    Column("text", Text), Column("start", Integer), Column("end", Integer),
    Column("value", String(32)), Column("precision", String(16)),
)

entities = Table(
    "entities", metadata,
    Column("id", Integer, primary_key=True), _article_fk(),
    Column("text", Text), Column("label", String(16)), Column("start", Integer), Column("end", Integer),
)

event_groups = Table(
    "event_groups", metadata,
    Column("id", Integer, primary_key=True),
    Column("articles", Integer, nullable=False),
)

group_claims = Table(
    "group_claims", metadata,
    Column("group_id", Integer, ForeignKey("event_groups.id", ondelete="CASCADE"), primary_key=True),
    Column("claim_id", Integer, ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
)

contradictions = Table(
    "contradictions", metadata,
    Column("id", Integer, primary_key=True),
    Column("group_id", Integer, ForeignKey("event_groups.id", ondelete="CASCADE"), index=True),
    _claim_fk("a_id", nullable=False), _claim_fk("b_id", nullable=False),
    Column("kind", String(32)), Column("note", Text), Column("score", Float),
)

# Searchable text, one row per title, paragraph, speaker and claim content; ``body`` holds normalised,
# clitic-stripped words separated by spaces (see isnad.store.adapter.search_terms). SQLite indexes it with an
# FTS5 table kept in step by triggers, PostgreSQL with a generated tsvector column (see migrate.py).
search_docs = Table(
    "search_docs", metadata,
    Column("id", Integer, primary_key=True), _article_fk(), _claim_fk(),
    Column("kind", String(16), nullable=False),  # title | paragraph | speaker | content
    Column("para", Integer),
    Column("body", Text, nullable=False),
)

Index("ix_claims_article_ord", claims.c.article_id, claims.c.ord)

DERIVED = (search_docs, places, numbers, times, entities, claims)  # deleted in this order when re-deriving
