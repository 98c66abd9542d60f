"""The FastAPI application: security headers, static files, the JSON API (:mod:`.api`) and the pages
(:mod:`.pages`). Build it with :func:`create_app` around an engine from :func:`isnad.store.open_store`."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

import jinja2
from fastapi import FastAPI, Request
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy import Connection, Engine

HERE = Path(__file__).parent

# Everything the pages load comes from this server; no inline script or style runs, nothing is framed.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
       "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def templates() -> Jinja2Templates:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    from .highlight import safe_url

    env.filters["safe_url"] = safe_url
    return Jinja2Templates(env=env)


def connection(request: Request) -> Iterator[Connection]:
    """A read connection for one request (a FastAPI dependency)."""
    with request.app.state.engine.connect() as conn:
        yield conn


def create_app(engine: Engine, token: str | None = None) -> FastAPI:
    """The app over ``engine``; with ``token``, ``POST /api/ingest`` accepts requests bearing it."""
    from . import api, pages

    app = FastAPI(title="isnad", summary="Source-attributed claims from Arabic news",
                  description="Read-only JSON API over the isnad store; writes need the server's token.",
                  openapi_url="/api/openapi.json", docs_url=None, redoc_url=None)
    app.state.engine = engine
    app.state.token = token
    app.state.templates = templates()

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    pages.install_error_pages(app)
    return app
