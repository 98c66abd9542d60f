"""Reading the store: what the web app, the API, ``isnad search`` and the exports show.

Every function takes a connection and returns plain dicts and lists (JSON-ready). A claim's public id is
``"<article id>:<claim id>"`` (``"12:c3"``), stable across re-analysis of its article.

Reports (a report noun with no speaker of its own, ``kind`` "report") are rows of ``claims`` too, named the same
way; what lists claims lists kind "claim" only unless asked (``Filters.kind``), and shows reports apart
(``reports`` beside ``claims``). A contradiction, an event group or a search hit may name a report: every claim
dict carries its ``kind``.
"""
from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlparse

from sqlalchemy import Connection, and_, case, func, or_, select

from . import adapter
from .schema import articles, claims, contradictions, event_groups, group_claims, numbers, places, times

ARTICLE_COLUMNS = (articles.c.id, articles.c.title, articles.c.outlet, articles.c.source, articles.c.published,
                   articles.c.url, articles.c.ingested_at)


@dataclass
class Filters:
    """Restrictions shared by the exports and the API: outlet, publication dates, speaker, a search query."""

    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    speaker: str | None = None
    query: str | None = None
    article_ids: tuple[int, ...] = ()
    kind: str | None = adapter.CLAIM  # "claim", "report", or None for both


KIND_CHOICES = {"claim": adapter.CLAIM, "report": adapter.REPORT, "all": None}  # the API's ``kind`` values
IS_CLAIM = claims.c.kind == adapter.CLAIM


def split_kinds(found: list[dict]) -> tuple[list[dict], list[dict]]:
    """(claims, reports) of a list of claim dicts, each in its order."""
    return ([c for c in found if c["kind"] != adapter.REPORT], [c for c in found if c["kind"] == adapter.REPORT])


def outlet_label(outlet: str | None, url: str | None, source: str | None) -> str:
    """The outlet's name, else the host of the article's URL, else the input file's name with its folder's."""
    if outlet:
        return outlet
    host = urlparse(url or "").hostname if (url or "").startswith(("http://", "https://")) else None
    if host:
        return host.removeprefix("www.")
    path = (source or "").rstrip("/")
    folder = os.path.basename(os.path.dirname(path))
    name = os.path.basename(path)
    return (f"{folder}/{name}" if folder and folder not in (".", "..") else name) or "?"


def _article_summary(row) -> dict:
    return {"id": row.id, "title": row.title, "outlet": outlet_label(row.outlet, row.url, row.source),
            "published": row.published, "url": row.url, "source": row.source, "ingested_at": row.ingested_at}


def latest_articles(conn: Connection, limit: int = 30, offset: int = 0) -> list[dict]:
    def n(kind: str):
        return select(func.count()).where(claims.c.article_id == articles.c.id, claims.c.kind == kind).scalar_subquery()

    rows = conn.execute(select(*ARTICLE_COLUMNS, n(adapter.CLAIM).label("claims"), n(adapter.REPORT).label("reports"))
                        .order_by(articles.c.ingested_at.desc(), articles.c.id.desc()).limit(limit).offset(offset))
    return [dict(_article_summary(r), claims=r.claims, reports=r.reports) for r in rows]


def article_summaries(conn: Connection, ids: list[int]) -> dict[int, dict]:
    rows = conn.execute(select(*ARTICLE_COLUMNS).where(articles.c.id.in_(ids))) if ids else []
    return {r.id: _article_summary(r) for r in rows}


def article(conn: Connection, article_id: int) -> dict | None:
    row = conn.execute(select(articles).where(articles.c.id == article_id)).first()
    if row is None:
        return None
    data = json.loads(row.data)
    out = dict(_article_summary(row), **{k: data["article"].get(k) for k in ("subtitle", "byline", "dateline")})
    out.update(text=row.text, paragraphs=data["article"]["paragraphs"], data=data["article"],
               related=data.get("related", []), pipeline=row.pipeline)
    ids = [r.id for r in conn.execute(select(claims.c.id).where(claims.c.article_id == article_id)
                                      .order_by(claims.c.ord))]
    out["claims"], out["reports"] = split_kinds(claims_by_id(conn, ids))
    out["contradictions"] = contradictions_of(conn, ids)
    return out


def _filtered_claims(f: Filters):
    stmt = select(claims.c.id).join(articles, articles.c.id == claims.c.article_id)
    if f.outlet:
        stmt = stmt.where(func.lower(articles.c.outlet) == f.outlet.lower())
    if f.since:
        stmt = stmt.where(articles.c.published >= f.since)
    if f.until:
        stmt = stmt.where(articles.c.published <= f.until)
    if f.speaker:
        stmt = stmt.where(claims.c.speaker_key.contains(adapter.normal_key(f.speaker), autoescape=True))
    if f.article_ids:
        stmt = stmt.where(claims.c.article_id.in_(f.article_ids))
    if f.kind:
        stmt = stmt.where(claims.c.kind == f.kind)
    return stmt.order_by(articles.c.published.desc(), claims.c.article_id, claims.c.ord)


def claim_ids(conn: Connection, f: Filters) -> list[int]:
    """Claims passing the filters; with a query, only claims of matching articles or that match themselves."""
    stmt = _filtered_claims(f)
    if f.query:
        from .search import search

        hits = search(conn, f.query, limit=5000)
        stmt = stmt.where(or_(claims.c.article_id.in_([h.article_id for h in hits.articles]),
                              claims.c.id.in_(hits.claim_ids)))
    return [r.id for r in conn.execute(stmt)]


def _facts_by_claim(conn: Connection, table, ids: list[int]) -> dict[int, list[dict]]:
    out: dict[int, list[dict]] = {}
    for r in conn.execute(select(table).where(table.c.claim_id.in_(ids)).order_by(table.c.start)):
        d = {k: v for k, v in r._mapping.items() if k not in ("id", "article_id", "claim_id")}
        out.setdefault(r.claim_id, []).append(d)
    return out


def claims_by_id(conn: Connection, ids: list[int]) -> list[dict]:
    """Claims with their article's summary, places, numbers, times and the ids of the claims contradicting them,
    in the order of ``ids``."""
    if not ids:
        return []
    found = {}
    for chunk in range(0, len(ids), 500):
        part = ids[chunk:chunk + 500]
        rows = conn.execute(select(claims, *ARTICLE_COLUMNS[1:]).join(articles, articles.c.id == claims.c.article_id)
                            .where(claims.c.id.in_(part))).all()
        facts = {t.name: _facts_by_claim(conn, t, part) for t in (places, numbers, times)}
        against = _contradicted_by(conn, part)
        for r in rows:
            found[r.id] = {
                "id": f"{r.article_id}:{r.ref}", "row": r.id, "article_id": r.article_id, "ref": r.ref, "kind": r.kind,
                "speaker": r.speaker_text, "speaker_name": r.speaker_name, "speaker_type": r.speaker_type,
                "speaker_key": r.speaker_key, "speaker_span": [r.speaker_start, r.speaker_end],
                "cue": r.cue_text, "cue_lemma": r.cue_lemma, "cue_span": [r.cue_start, r.cue_end],
                "stance": r.stance, "content": r.content_text, "content_span": [r.content_start, r.content_end],
                "direct": r.direct, "recipient": r.recipient_text, "via": json.loads(r.via), "parent": r.parent,
                "title": r.title, "outlet": outlet_label(r.outlet, r.url, r.source), "published": r.published,
                "url": r.url, "places": facts["places"].get(r.id, []), "numbers": facts["numbers"].get(r.id, []),
                "times": facts["times"].get(r.id, []), "contradicted_by": against.get(r.id, []),
            }
    return [found[i] for i in ids if i in found]


def _public_ids(conn: Connection, ids: set[int]) -> dict[int, str]:
    rows = conn.execute(select(claims.c.id, claims.c.article_id, claims.c.ref).where(claims.c.id.in_(ids)))
    return {r.id: f"{r.article_id}:{r.ref}" for r in rows}


def _contradicted_by(conn: Connection, ids: list[int]) -> dict[int, list[str]]:
    rows = conn.execute(select(contradictions.c.a_id, contradictions.c.b_id)
                        .where(or_(contradictions.c.a_id.in_(ids), contradictions.c.b_id.in_(ids)))).all()
    names = _public_ids(conn, {x for r in rows for x in r})
    out: dict[int, list[str]] = {}
    for a, b in rows:
        out.setdefault(a, []).append(names[b])
        out.setdefault(b, []).append(names[a])
    return out


def contradictions_of(conn: Connection, claim_rows: list[int] | None = None, limit: int = 500) -> list[dict]:
    """Contradictions (all, or those touching ``claim_rows``), each with both claims in full."""
    stmt = select(contradictions).order_by(contradictions.c.group_id.is_(None), contradictions.c.score.desc(),
                                           contradictions.c.id).limit(limit)
    if claim_rows is not None:
        stmt = stmt.where(or_(contradictions.c.a_id.in_(claim_rows), contradictions.c.b_id.in_(claim_rows)))
    rows = conn.execute(stmt).all()
    full = {c["row"]: c for c in claims_by_id(conn, sorted({x for r in rows for x in (r.a_id, r.b_id)}))}
    return [{"id": r.id, "kind": r.kind, "note": r.note, "score": r.score, "group": r.group_id,
             "across_documents": r.group_id is not None, "a": full[r.a_id], "b": full[r.b_id]} for r in rows]


def event_groups_list(conn: Connection, limit: int = 200) -> list[dict]:
    groups = conn.execute(select(event_groups).order_by(event_groups.c.articles.desc(), event_groups.c.id)
                          .limit(limit)).all()
    out = []
    for g in groups:
        ids = [r.claim_id for r in conn.execute(select(group_claims.c.claim_id)
                                                .where(group_claims.c.group_id == g.id))]
        rows = conn.execute(select(contradictions.c.id).where(contradictions.c.group_id == g.id)).all()
        out.append({"id": g.id, "articles": g.articles, "claims": claims_by_id(conn, sorted(ids)),
                    "contradictions": len(rows)})
    return out


def speaker(conn: Connection, key: str) -> dict | None:
    """A speaker's claims; a report noun phrase (شائعات) is the speaker of its reports, listed apart."""
    ids = [r.id for r in conn.execute(select(claims.c.id).join(articles, articles.c.id == claims.c.article_id)
                                      .where(claims.c.speaker_key == key)
                                      .order_by(articles.c.published.desc(), claims.c.id))]
    if not ids:
        return None
    found, reports = split_kinds(claims_by_id(conn, ids))
    shown = found or reports  # a report noun phrase (شائعات) speaks only in reports
    names = Counter(c["speaker_name"] or c["speaker"] for c in shown)
    return {"key": key, "name": names.most_common(1)[0][0], "forms": sorted({c["speaker"] for c in shown}),
            "claims": found, "reports": reports, "outlets": sorted({c["outlet"] for c in shown}),
            "articles": len({c["article_id"] for c in shown}),
            "contradicted": sum(1 for c in found if c["contradicted_by"]),
            "contradictions": sum(len(c["contradicted_by"]) for c in found),
            "types": dict(Counter(c["speaker_type"] for c in found))}


def top_speakers(conn: Connection, limit: int = 20) -> list[dict]:
    n = func.count(claims.c.id)
    rows = conn.execute(select(claims.c.speaker_key, func.max(claims.c.speaker_text).label("name"), n.label("claims"))
                        .where(IS_CLAIM).group_by(claims.c.speaker_key).order_by(n.desc(), claims.c.speaker_key)
                        .limit(limit))
    return [{"key": r.speaker_key, "name": r.name, "claims": r.claims} for r in rows]


def place_summaries(conn: Connection, keys: list[str] | None = None) -> list[dict]:
    """One row per place (gazetteer id, else name): coordinates, how many claims (not reports) and articles
    mention it."""
    n_claims = func.count(func.distinct(case((IS_CLAIM, places.c.claim_id))))
    stmt = select(places.c.place_key, func.max(places.c.name_ar).label("name_ar"),
                  func.max(places.c.name).label("name"), func.max(places.c.text).label("text"),
                  func.max(places.c.lat).label("lat"), func.max(places.c.lon).label("lon"),
                  func.max(places.c.country).label("country"), func.max(places.c.feature).label("feature"),
                  n_claims.label("claims"), func.count(func.distinct(places.c.article_id)).label("articles")
                  ).select_from(places.outerjoin(claims, claims.c.id == places.c.claim_id)).group_by(places.c.place_key)
    if keys is not None:
        stmt = stmt.where(places.c.place_key.in_(keys))
    rows = conn.execute(stmt.order_by(n_claims.desc(), places.c.place_key))
    return [dict(r._mapping) for r in rows]


def place(conn: Connection, key: str) -> dict | None:
    found = place_summaries(conn, [key])
    if not found:
        return None
    out = found[0]
    ids = [r.claim_id for r in conn.execute(select(places.c.claim_id).distinct()
                                            .where(and_(places.c.place_key == key, places.c.claim_id.is_not(None))))]
    out["claim_list"], out["report_list"] = split_kinds(claims_by_id(conn, sorted(ids)))
    art_ids = [r.article_id for r in conn.execute(select(places.c.article_id).distinct()
                                                  .where(places.c.place_key == key))]
    out["article_list"] = sorted(article_summaries(conn, art_ids).values(), key=lambda a: a["published"] or "",
                                 reverse=True)
    return out


def counts(conn: Connection) -> dict:
    one = lambda table: conn.execute(select(func.count()).select_from(table)).scalar()  # noqa: E731
    kinds = dict(conn.execute(select(claims.c.kind, func.count()).group_by(claims.c.kind)).all())
    return {"articles": one(articles), "claims": kinds.get(adapter.CLAIM, 0), "reports": kinds.get(adapter.REPORT, 0),
            "contradictions": one(contradictions),
            "event_groups": one(event_groups),
            "places": conn.execute(select(func.count(func.distinct(places.c.place_key)))).scalar()}
