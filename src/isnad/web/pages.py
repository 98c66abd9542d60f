"""The HTML pages, rendered on the server from :mod:`isnad.store.queries` (templates in ``templates/``)."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi.responses import HTMLResponse
from sqlalchemy import Connection
from starlette.exceptions import HTTPException as StarletteHTTPException

from isnad.store import queries
from isnad.store.adapter import term_spans
from isnad.store.search import search as run_search

from .app import connection
from .highlight import claim_spans, claim_tree, paragraphs, segments

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
Conn = Annotated[Connection, Depends(connection)]


class NotFound(StarletteHTTPException):
    def __init__(self, what: str):
        super().__init__(404, what)


def render(request: Request, name: str, status_code: int = 200, **context):
    context.setdefault("q", "")
    return request.app.state.templates.TemplateResponse(request, name, context, status_code=status_code)


def _hits(text: str | None, terms: list[str]) -> list:
    text = text or ""
    return segments(text, [(a, b, "hit", "") for a, b in term_spans(text, terms)])


@router.get("/")
def home(request: Request, conn: Conn):
    return render(request, "index.html", title="isnad", counts=queries.counts(conn),
                  articles=queries.latest_articles(conn, 40), speakers=queries.top_speakers(conn, 24))


@router.get("/search")
def search(request: Request, conn: Conn, q: str = Query("", max_length=500)):
    result = run_search(conn, q, limit=1000) if q.strip() else None
    found_articles, found_claims = [], []
    if result:
        summaries = queries.article_summaries(conn, [h.article_id for h in result.articles[:50]])
        for hit in result.articles[:50]:
            art = queries.article(conn, hit.article_id)
            if art is None:
                continue
            para = art["paragraphs"][hit.paragraphs[0]] if hit.paragraphs else (art["subtitle"] or "")
            found_articles.append({**summaries[hit.article_id], "title_hl": _hits(art["title"], result.terms),
                                   "snippet": _hits(para, result.terms)})
        for c in queries.claims_by_id(conn, result.claim_ids[:100]):
            c["content_hl"] = _hits(c["content"], result.terms)
            c["speaker_hl"] = _hits(c["speaker"], result.terms)
            found_claims.append(c)
    found_claims, reports = queries.split_kinds(found_claims)
    return render(request, "search.html", title=f"بحث: {q}" if q else "بحث", q=q,
                  terms=result.terms if result else [], articles=found_articles, claims=found_claims,
                  reports=reports)


@router.get("/article/{article_id}")
def article(request: Request, conn: Conn, article_id: int):
    art = queries.article(conn, article_id)
    if art is None:
        raise NotFound("لا توجد مقالة بهذا الرقم")
    segs = paragraphs(art["text"], art["paragraphs"], claim_spans(art["claims"] + art["reports"]))
    places = {}
    for p in art["data"]["places"]:
        places.setdefault(p.get("id") or p["text"], p)
    return render(request, "article.html", title=art["title"] or f"مقالة {article_id}", article=art,
                  paragraphs=segs, tree=claim_tree(art["claims"]), places=list(places.values()))


@router.get("/speakers")
def speakers(request: Request, conn: Conn):
    return render(request, "speakers.html", title="المصادر", speakers=queries.top_speakers(conn, 500))


@router.get("/speaker/{key:path}")
def speaker(request: Request, conn: Conn, key: str):
    found = queries.speaker(conn, key)
    if found is None:
        raise NotFound("لا يوجد مصدر بهذا الاسم")
    return render(request, "speaker.html", title=found["name"], speaker=found)


@router.get("/place/{key:path}")
def place(request: Request, conn: Conn, key: str):
    found = queries.place(conn, key)
    if found is None:
        raise NotFound("لا يوجد مكان بهذا المعرّف")
    return render(request, "place.html", title=found["name_ar"] or found["text"], place=found)


@router.get("/map")
def world_map(request: Request, conn: Conn):
    return render(request, "map.html", title="خريطة الأماكن", places=queries.place_summaries(conn))


@router.get("/contradictions")
def contradictions(request: Request, conn: Conn):
    return render(request, "contradictions.html", title="التناقضات ومجموعات الأحداث",
                  contradictions=queries.contradictions_of(conn), groups=queries.event_groups_list(conn))


def install_error_pages(app: FastAPI) -> None:
    """HTML error pages for the site; JSON errors (FastAPI's) under /api/."""
    from fastapi.exception_handlers import http_exception_handler

    @app.exception_handler(StarletteHTTPException)
    async def page_error(request: Request, exc: StarletteHTTPException):
        if request.url.path.startswith(("/api/", "/static/")):
            return await http_exception_handler(request, exc)
        message = exc.detail if isinstance(exc, NotFound) else ("الصفحة غير موجودة" if exc.status_code == 404
                                                                 else "تعذّر عرض الصفحة")
        return render(request, "error.html", status_code=exc.status_code, title="خطأ", message=message,
                      status=exc.status_code)
