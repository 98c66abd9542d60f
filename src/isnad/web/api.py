"""The JSON API under ``/api/`` (documented at ``/api/openapi.json``). Read-only, except ``POST /api/ingest``,
which needs the token the server was started with (``Authorization: Bearer TOKEN``)."""
from __future__ import annotations

import hmac
import io
import json
import os
import tempfile
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field
from sqlalchemy import Connection

from isnad.store import queries
from isnad.store.export import export as write_export
from isnad.store.search import search as run_search

from .app import connection

router = APIRouter(prefix="/api", tags=["api"])
Conn = Annotated[Connection, Depends(connection)]
MEDIA = {"csv": "text/csv; charset=utf-8", "geojson": "application/geo+json", "jsonl": "application/x-ndjson"}


def _filters(outlet: str | None = None, since: str | None = None, until: str | None = None,
             speaker: str | None = None, q: str | None = None,
             kind: Literal["claim", "report", "all"] = Query(
                 "claim", description="claims (default), reports (a report noun's words, no speaker of their own) "
                                      "or all")) -> queries.Filters:
    return queries.Filters(outlet=outlet, since=since, until=until, speaker=speaker, query=q,
                           kind=queries.KIND_CHOICES[kind])


Filtered = Annotated[queries.Filters, Depends(_filters)]


def _found(value, what: str):
    if value is None:
        raise HTTPException(404, f"no such {what}")
    return value


@router.get("/stats", summary="How many articles, claims, reports, places, contradictions and event groups are stored")
def stats(conn: Conn) -> dict:
    return queries.counts(conn)


@router.get("/articles", summary="Latest articles first")
def articles(conn: Conn, limit: int = Query(30, ge=1, le=500), offset: int = Query(0, ge=0)) -> list[dict]:
    return queries.latest_articles(conn, limit, offset)


@router.get("/articles/{article_id}", summary="One article with its text, claims, reports and contradictions")
def article(conn: Conn, article_id: int) -> dict:
    found = _found(queries.article(conn, article_id), "article")
    found.pop("data")
    return found


@router.get("/search", summary="Articles, claims and reports matching the words (normalised, clitics stripped)")
def search(conn: Conn, q: str = Query(..., min_length=1, max_length=500),
           limit: int = Query(50, ge=1, le=500)) -> dict:
    result = run_search(conn, q, limit=limit * 10)
    found = queries.article_summaries(conn, [h.article_id for h in result.articles[:limit]])
    found_claims, found_reports = queries.split_kinds(queries.claims_by_id(conn, result.claim_ids[:limit]))
    return {"query": q, "terms": result.terms,
            "articles": [dict(found[h.article_id], matched_title=h.title, matched_paragraphs=h.paragraphs)
                         for h in result.articles[:limit] if h.article_id in found],
            "claims": found_claims, "reports": found_reports}


@router.get("/claims", summary="Claims (or reports: kind) passing the filters (outlet, dates, speaker, search words)")
def claims(conn: Conn, filters: Filtered, limit: int = Query(100, ge=1, le=1000),
           offset: int = Query(0, ge=0)) -> list[dict]:
    return queries.claims_by_id(conn, queries.claim_ids(conn, filters)[offset:offset + limit])


@router.get("/speakers", summary="Speakers with the most claims")
def speakers(conn: Conn, limit: int = Query(50, ge=1, le=1000)) -> list[dict]:
    return queries.top_speakers(conn, limit)


@router.get("/speakers/{key:path}", summary="All claims of one speaker, and how often they were contradicted")
def speaker(conn: Conn, key: str) -> dict:
    return _found(queries.speaker(conn, key), "speaker")


@router.get("/places", summary="Places as GeoJSON points with their claims")
def places(conn: Conn, filters: Filtered) -> dict:
    from isnad.store.export import geojson

    return geojson(conn, filters)


@router.get("/places/{key:path}", summary="One place: coordinates, claims and articles")
def place(conn: Conn, key: str) -> dict:
    return _found(queries.place(conn, key), "place")


@router.get("/contradictions", summary="Contradictions with both claims, across documents first")
def contradictions(conn: Conn, limit: int = Query(200, ge=1, le=2000)) -> list[dict]:
    return queries.contradictions_of(conn, limit=limit)


@router.get("/groups", summary="Claims about the same event in several articles")
def groups(conn: Conn, limit: int = Query(100, ge=1, le=1000)) -> list[dict]:
    return queries.event_groups_list(conn, limit)


@router.get("/export/{fmt}", summary="Download an export: csv (one row per claim), geojson or jsonl",
            response_class=Response)
def export(conn: Conn, fmt: str, filters: Filtered, bom: bool = False) -> Response:
    if fmt not in MEDIA:
        raise HTTPException(404, "formats: csv, geojson, jsonl")
    out = io.StringIO()
    write_export(conn, fmt, out, filters, bom=bom and fmt == "csv")
    return Response(out.getvalue(), media_type=MEDIA[fmt],
                    headers={"Content-Disposition": f'attachment; filename="isnad.{fmt}"'})


class Record(BaseModel):
    """One input, as a JSON Lines record for ``isnad ingest``: ``text`` or ``html`` and optional metadata."""

    text: str | None = Field(None, max_length=2_000_000)
    html: str | None = Field(None, max_length=5_000_000)
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None


def require_token(request: Request) -> None:
    token = request.app.state.token
    if not token:
        raise HTTPException(403, "this server is read-only (start it with --token to allow writes)")
    given = request.headers.get("authorization", "")
    if not hmac.compare_digest(given.encode(), f"Bearer {token}".encode()):
        raise HTTPException(401, "a valid token is required", headers={"WWW-Authenticate": "Bearer"})


@router.post("/ingest", summary="Analyse and store records (needs the server's token)",
             dependencies=[Depends(require_token)])
def ingest(request: Request, records: list[Record]) -> dict:
    from isnad.store.ingest import ingest as run_ingest

    if not records or len(records) > 1000:
        raise HTTPException(422, "send 1 to 1000 records")
    errors: list[str] = []
    fd, path = tempfile.mkstemp(suffix=".jsonl", prefix="isnad-api-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for r in records:
                fh.write(json.dumps(r.model_dump(exclude_none=True), ensure_ascii=False) + "\n")
        report = run_ingest(request.app.state.engine, [path], on_error=errors.append)
    finally:
        os.remove(path)
    return {**report.__dict__, "errors": [e.replace(path, "request") for e in errors]}
