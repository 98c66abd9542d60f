"""Arabic full-text search with the project's normalisation.

Queries and stored text go through the same function (:func:`adapter.search_terms`): normalised letters (أ إ آ → ا,
ة → ه, ى → ي, diacritics and tatweel dropped) and proclitics removed (و ف ب ك ل and the article ال), so راوه finds
راوة, اكد finds أكّد and مخيمات finds والمخيمات. Every word of the query must occur in the same title, paragraph,
speaker or claim content. SQLite answers through FTS5 (bm25 ranking), PostgreSQL through a ``tsvector`` column
('simple' configuration, ts_rank ranking); both run parameterised queries.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, bindparam, text

from . import adapter

MAX_TERMS = 16

_SQLITE = text(
    "SELECT d.kind, d.article_id, d.claim_id, d.para, bm25(search_fts) AS rank "
    "FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid "
    "WHERE search_fts MATCH :match ORDER BY rank LIMIT :limit")
_POSTGRES = text(
    "SELECT d.kind, d.article_id, d.claim_id, d.para, -ts_rank(d.tsv, q) AS rank "
    "FROM search_docs d, plainto_tsquery('simple', :match) q "
    "WHERE d.tsv @@ q ORDER BY rank LIMIT :limit")


@dataclass
class ArticleHit:
    article_id: int
    rank: float
    title: bool = False
    paragraphs: list[int] = field(default_factory=list)


@dataclass
class SearchResult:
    query: str
    terms: list[str]
    articles: list[ArticleHit] = field(default_factory=list)  # best first
    claim_ids: list[int] = field(default_factory=list)  # claims whose speaker or content matched, best first


def query_terms(query: str) -> list[str]:
    terms = list(dict.fromkeys(t.replace('"', "") for t in adapter.search_terms(query)))
    return [t for t in terms if t][:MAX_TERMS]


def search(conn: Connection, query: str, limit: int = 200) -> SearchResult:
    terms = query_terms(query)
    result = SearchResult(query, terms)
    if not terms:
        return result
    if conn.dialect.name == "sqlite":
        stmt, match = _SQLITE, " ".join(f'"{t}"' for t in terms)
    else:
        stmt, match = _POSTGRES, " ".join(terms)
    rows = conn.execute(stmt.bindparams(bindparam("match"), bindparam("limit")), {"match": match, "limit": limit})
    by_article: dict[int, ArticleHit] = {}
    for kind, article_id, claim_id, para, rank in rows:
        hit = by_article.setdefault(article_id, ArticleHit(article_id, rank))
        if kind == "title":
            hit.title = True
        elif kind == "paragraph" and para not in hit.paragraphs:
            hit.paragraphs.append(para)
        elif claim_id is not None and claim_id not in result.claim_ids:
            result.claim_ids.append(claim_id)
    result.articles = list(by_article.values())
    return result
