"""Storing analysed documents: idempotent by content hash, one transaction per document, resumable.

For each input document the articles' hashes (:func:`adapter.article_hash`) are looked up first; a document whose
articles are all stored by the current pipeline version is skipped without running the pipeline. Otherwise the
pipeline runs and, in one transaction, each new article is inserted and each article stored by another pipeline
version has its derived rows replaced (its row id stays). A process killed at any point loses at most the
document it was writing; the next run skips what was committed and goes on. Cross-document event groups are
recomputed at the end of a run, and a flag (``meta.groups_stale``) written with every document makes the next run
recompute them if a run was killed first.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable, Iterable, Sequence

from sqlalchemy import Connection, Engine, delete, or_, select

from . import adapter
from .migrate import set_meta
from .schema import (DERIVED, articles, claims, contradictions, entities, event_groups, group_claims, meta, numbers,
                     places, search_docs, times)


@dataclass
class IngestReport:
    stored: int = 0  # new articles
    replaced: int = 0  # articles analysed again by a newer pipeline
    unchanged: int = 0  # articles already stored by this pipeline
    failed: int = 0  # inputs that could not be read or analysed
    groups: int = 0
    cross_contradictions: int = 0

    def summary(self) -> str:
        return (f"{self.stored} new, {self.replaced} re-analysed, {self.unchanged} unchanged articles; "
                f"{self.failed} failed inputs; {self.groups} event groups, "
                f"{self.cross_contradictions} contradictions across documents")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _span_values(prefix: str, span: dict | None) -> dict:
    span = span or {}
    return {f"{prefix}_text": span.get("text"), f"{prefix}_start": span.get("start"), f"{prefix}_end": span.get("end")}


def _insert(conn: Connection, table, values: dict) -> int:
    return conn.execute(table.insert().values(**values)).inserted_primary_key[0]


def _facts(conn: Connection, article_id: int, claim_id: int | None, data: dict) -> None:
    for p in data.get("places", []):
        conn.execute(places.insert().values(
            article_id=article_id, claim_id=claim_id, text=p["text"], start=p["start"], end=p["end"],
            place_key=adapter.place_key(p), gid=p.get("id"), name=p.get("name"), name_ar=p.get("name_ar"),
            lat=p.get("lat"), lon=p.get("lon"), country=p.get("country"), feature=p.get("feature"),
            confidence=p.get("confidence")))
    for n in data.get("numbers", []):
        value = n.get("value")
        conn.execute(numbers.insert().values(
            article_id=article_id, claim_id=claim_id, text=n["text"], start=n["start"], end=n["end"],
            value=float(value) if isinstance(value, (int, float)) else None, unit=n.get("unit"),
            approximate=bool(n.get("approximate"))))
    for t in data.get("times", []):
        conn.execute(times.insert().values(
            article_id=article_id, claim_id=claim_id, text=t["text"], start=t["start"], end=t["end"],
            value=t.get("value"), precision=t.get("precision")))


def _index(conn: Connection, article_id: int, claim_id: int | None, kind: str, text: str | None,
           para: int | None = None) -> None:
    body = " ".join(adapter.search_terms(text))
    if body:
        conn.execute(search_docs.insert().values(article_id=article_id, claim_id=claim_id, kind=kind, para=para,
                                                 body=body))


def clear_derived(conn: Connection, article_id: int) -> None:
    """Delete everything derived from one article (its row stays)."""
    own = select(claims.c.id).where(claims.c.article_id == article_id)
    conn.execute(delete(contradictions).where(or_(contradictions.c.a_id.in_(own), contradictions.c.b_id.in_(own))))
    conn.execute(delete(group_claims).where(group_claims.c.claim_id.in_(own)))
    for table in DERIVED:
        conn.execute(delete(table).where(table.c.article_id == article_id))


def write_article(conn: Connection, doc, art, digest: str, version: str, article_id: int | None) -> int:
    """Insert (or, given ``article_id``, replace the derived rows of) one analysed article."""
    data = art.to_json()
    stored = adapter.claims_and_reports(data)  # reports are rows of ``claims`` too, with kind "report"
    refs = {c["id"] for c in stored}
    inside = [c.to_json() for c in doc.contradictions if c.a in refs and c.b in refs]
    row = dict(hash=digest, source=doc.source, outlet=doc.outlet, title=art.title, subtitle=art.subtitle,
               byline=art.byline, dateline=art.dateline, published=art.published, url=art.url, text=art.text,
               pipeline=version, ingested_at=_now(),
               data=json.dumps({"article": data, "related": [r.to_json() for r in doc.related],
                                "contradictions": inside}, ensure_ascii=False))
    if article_id is None:
        article_id = _insert(conn, articles, row)
    else:
        clear_derived(conn, article_id)
        conn.execute(articles.update().where(articles.c.id == article_id).values(**row))
    ids: dict[str, int] = {}
    for i, c in enumerate(stored):
        sp = c["speaker"]
        ids[c["id"]] = cid = _insert(conn, claims, dict(
            article_id=article_id, ref=c["id"], ord=i, kind=c.get("kind", adapter.CLAIM),
            **_span_values("speaker", sp), speaker_type=sp.get("type"),
            speaker_name=sp.get("name"), speaker_key=adapter.speaker_key(sp), **_span_values("cue", c["cue"]),
            cue_lemma=c["cue"].get("lemma"), stance=c["stance"], **_span_values("content", c["content"]),
            direct=bool(c.get("direct")), **_span_values("recipient", c.get("recipient")),
            via=json.dumps(c.get("via", []), ensure_ascii=False), parent=c.get("parent")))
        _facts(conn, article_id, cid, c)
        _index(conn, article_id, cid, "speaker", " ".join(filter(None, {sp.get("text"), sp.get("name")})))
        _index(conn, article_id, cid, "content", c["content"]["text"])
    _facts(conn, article_id, None, data)
    for e in data["entities"]:
        conn.execute(entities.insert().values(article_id=article_id, text=e["text"], label=e["label"],
                                              start=e["start"], end=e["end"]))
    for c in inside:
        conn.execute(contradictions.insert().values(a_id=ids[c["a"]], b_id=ids[c["b"]], kind=c["kind"],
                                                    note=c["note"], score=c["score"]))
    _index(conn, article_id, None, "title", art.title)
    for i, p in enumerate(art.paragraphs):
        _index(conn, article_id, None, "paragraph", p, para=i)
    set_meta(conn, "groups_stale", "1")
    return article_id


def _stored_json(data: str, reports_stored: bool) -> dict:
    """An article's JSON as its rows hold it: the reports of an article stored before reports were kept (marked
    to be analysed again, see migrate._v2) have no rows yet, so the comparison does not see them."""
    article = json.loads(data)["article"]
    if not reports_stored:
        article.pop("reports", None)
    return article


def refresh_groups(engine: Engine) -> tuple[int, int]:
    """Recompute the cross-document event groups and their contradictions over every stored article."""
    with engine.begin() as conn:
        rows = conn.execute(select(articles.c.id, articles.c.outlet, articles.c.source, articles.c.data)
                            .order_by(articles.c.id)).all()
        with_reports = {r.article_id for r in conn.execute(select(claims.c.article_id).distinct()
                                                            .where(claims.c.kind == adapter.REPORT))}
        stored = [(r.id, r.outlet, r.source, _stored_json(r.data, r.id in with_reports)) for r in rows]
        groups = adapter.cross_document(stored) if len(stored) > 1 else []
        ids = {(r.article_id, r.ref): r.id for r in conn.execute(select(claims.c.article_id, claims.c.ref, claims.c.id))}
        conn.execute(delete(contradictions).where(contradictions.c.group_id.is_not(None)))
        conn.execute(delete(group_claims))
        conn.execute(delete(event_groups))
        found = 0
        for g in groups:
            gid = _insert(conn, event_groups, {"articles": len({a for a, _ in g.claims})})
            for key in dict.fromkeys(g.claims):
                conn.execute(group_claims.insert().values(group_id=gid, claim_id=ids[key]))
            for a, b, c in g.contradictions:
                conn.execute(contradictions.insert().values(group_id=gid, a_id=ids[a], b_id=ids[b], kind=c.kind,
                                                            note=c.note, score=c.score))
                found += 1
        set_meta(conn, "groups_stale", "0")
    return len(groups), found


def groups_stale(engine: Engine) -> bool:
    with engine.connect() as conn:
        return conn.execute(select(meta.c.value).where(meta.c.key == "groups_stale")).scalar() == "1"


def ingest(engine: Engine, paths: Iterable[str], *, kind: str = "auto", disable: Sequence[str] = (),
           published: str | None = None, outlet: str | None = None,
           on_error: Callable[[str], None] = lambda message: None,
           on_file: Callable[[str], None] = lambda path: None) -> IngestReport:
    """Analyse and store every input; see the module doc. Errors are reported through ``on_error`` (one line
    each) and counted; the run goes on. ``on_file`` is called after each input file."""
    pipeline = adapter.make_pipeline(disable, published=published, outlet=outlet)
    version = adapter.pipeline_version(tuple(sorted(disable)))
    report = IngestReport()
    for path in adapter.input_files(paths):
        docs = [path] if isinstance(path, adapter.InputError) else adapter.read_inputs([path], kind=kind)
        for doc in docs:
            if isinstance(doc, adapter.InputError):
                report.failed += 1
                on_error(str(doc))
            else:
                _store_document(engine, pipeline, version, doc, report, on_error)
        if isinstance(path, str):
            on_file(path)
    if report.stored or report.replaced or groups_stale(engine):
        report.groups, report.cross_contradictions = refresh_groups(engine)
    return report


def _store_document(engine, pipeline, version, doc, report: IngestReport, on_error) -> None:
    digests = [adapter.article_hash(a) for a in doc.articles]
    with engine.connect() as conn:
        found = {r.hash: (r.id, r.pipeline) for r in conn.execute(
            select(articles.c.hash, articles.c.id, articles.c.pipeline).where(articles.c.hash.in_(digests)))}
    if all(found.get(d, (None, None))[1] == version for d in digests):
        report.unchanged += len(digests)
        return
    try:
        pipeline(doc)
    except Exception as e:  # noqa: BLE001 - one document's failure is one line; the others go on
        report.failed += 1
        on_error(str(adapter.internal_error(doc.source, e)))
        return
    seen: set[str] = set()
    with engine.begin() as conn:
        for art, digest in zip(doc.articles, digests):
            article_id, stored_by = found.get(digest, (None, None))
            if digest in seen or stored_by == version:
                report.unchanged += 1
                continue
            seen.add(digest)
            write_article(conn, doc, art, digest, version, article_id)
            if article_id is None:
                report.stored += 1
            else:
                report.replaced += 1
