"""Exports: JSON Lines (the ``isnad analyze`` contract, one article per line), CSV (one row per claim, event-coder
columns) and GeoJSON (one point per place, with the claims that name it)."""
from __future__ import annotations

import csv
import json
from typing import IO, Iterator

from sqlalchemy import Connection, select

from .queries import Filters, claim_ids, claims_by_id, outlet_label, place_summaries
from .schema import articles, claims, places

FORMATS = ("jsonl", "csv", "geojson")

CSV_COLUMNS = ("claim_id", "date", "outlet", "url", "title", "speaker", "speaker_name", "speaker_type", "stance",
               "cue", "cue_lemma", "direct", "content", "recipient", "via_chain", "parent_claim", "places",
               "latitude", "longitude", "geo_precision", "place_ids", "countries", "numbers", "times",
               "contradicted_by")

# Gazetteer feature codes → the precision of a point, coarse to fine (what event coders call geo precision).
PRECISION = (("PCL", "country"), ("ADM1", "region"), ("ADM2", "district"), ("ADM3", "district"),
             ("PPL", "town"), ("populated", "town"))


def geo_precision(feature: str | None) -> str:
    for prefix, name in PRECISION:
        if (feature or "").startswith(prefix):
            return name
    return "area" if feature else "unknown"


def _join(values) -> str:
    return "; ".join("" if v is None else str(v) for v in values)


def via_chain(claim: dict) -> str:
    """The relay chain as read: the speaker, then each party that passed the words on."""
    return " ← ".join([claim["speaker"] or "?"] + [v["text"] for v in claim["via"]]) if claim["via"] else ""


def _number(n: dict) -> str:
    value = n["value"]
    shown = n["text"] if value is None else (f"{value:g}" + (f" {n['unit']}" if n["unit"] else ""))
    return ("~" if n["approximate"] else "") + shown


def csv_row(c: dict) -> dict:
    located = [p for p in c["places"] if p["lat"] is not None]
    return {
        "claim_id": c["id"], "date": c["published"] or "", "outlet": c["outlet"], "url": c["url"] or "",
        "title": c["title"] or "", "speaker": c["speaker"], "speaker_name": c["speaker_name"] or "",
        "speaker_type": c["speaker_type"], "stance": c["stance"], "cue": c["cue"], "cue_lemma": c["cue_lemma"] or "",
        "direct": "yes" if c["direct"] else "no", "content": c["content"], "recipient": c["recipient"] or "",
        "via_chain": via_chain(c), "parent_claim": f"{c['article_id']}:{c['parent']}" if c["parent"] else "",
        "places": _join(p["name_ar"] or p["text"] for p in located),
        "latitude": _join(p["lat"] for p in located), "longitude": _join(p["lon"] for p in located),
        "geo_precision": _join(geo_precision(p["feature"]) for p in located),
        "place_ids": _join(p["gid"] for p in located), "countries": _join(p["country"] for p in located),
        "numbers": _join(_number(n) for n in c["numbers"]),
        "times": _join(t["value"] or t["text"] for t in c["times"]),
        "contradicted_by": _join(c["contradicted_by"]),
    }


def _claims(conn: Connection, f: Filters) -> Iterator[dict]:
    ids = claim_ids(conn, f)
    for start in range(0, len(ids), 500):
        yield from claims_by_id(conn, ids[start:start + 500])


def write_csv(conn: Connection, out: IO[str], f: Filters, bom: bool = False) -> int:
    if bom:
        out.write("\ufeff")
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    n = 0
    for c in _claims(conn, f):
        writer.writerow(csv_row(c))
        n += 1
    return n


def write_jsonl(conn: Connection, out: IO[str], f: Filters) -> int:
    """One document object per article (``source``, ``outlet``, ``articles`` with one item, ``related``,
    ``contradictions`` inside the article) plus ``store_id``, as ``isnad analyze`` prints them."""
    wanted = _article_ids(conn, f) if _filtering(f) else None
    stmt = select(articles).order_by(articles.c.id)
    if wanted is not None:
        stmt = stmt.where(articles.c.id.in_(wanted))
    n = 0
    for r in conn.execute(stmt):
        data = json.loads(r.data)
        doc = {"source": r.source, "outlet": r.outlet, "articles": [data["article"]], "related": data["related"],
               "contradictions": data["contradictions"], "store_id": r.id}
        out.write(json.dumps(doc, ensure_ascii=False) + "\n")
        n += 1
    return n


def _filtering(f: Filters) -> bool:
    return any((f.outlet, f.since, f.until, f.speaker, f.query, f.article_ids))


def _article_ids(conn: Connection, f: Filters) -> list[int]:
    ids = claim_ids(conn, f)
    rows = conn.execute(select(claims.c.article_id).distinct().where(claims.c.id.in_(ids))) if ids else []
    return sorted(r.article_id for r in rows)


def geojson(conn: Connection, f: Filters) -> dict:
    """A FeatureCollection of Point features (longitude, latitude), one per located place, with its claims."""
    ids = claim_ids(conn, f) if _filtering(f) else None
    stmt = (select(places.c.place_key, places.c.claim_id).join(claims, claims.c.id == places.c.claim_id)
            .where(places.c.lat.is_not(None)))
    if f.kind:  # claims only, unless asked
        stmt = stmt.where(claims.c.kind == f.kind)
    if ids is not None:
        stmt = stmt.where(places.c.claim_id.in_(ids))
    by_place: dict[str, list[int]] = {}
    for key, cid in conn.execute(stmt.distinct()):
        by_place.setdefault(key, []).append(cid)
    features = []
    for p in place_summaries(conn, sorted(by_place)):
        found = claims_by_id(conn, sorted(by_place[p["place_key"]]))
        features.append({
            "type": "Feature", "id": p["place_key"],
            "geometry": {"type": "Point", "coordinates": [p["lon"], p["lat"]]},
            "properties": {"place_id": p["place_key"], "name": p["name"], "name_ar": p["name_ar"] or p["text"],
                           "country": p["country"], "feature": p["feature"],
                           "geo_precision": geo_precision(p["feature"]), "claim_count": len(found),
                           "claims": [{"claim_id": c["id"], "speaker": c["speaker"], "stance": c["stance"],
                                       "cue": c["cue"], "content": c["content"], "date": c["published"],
                                       "outlet": c["outlet"], "url": c["url"],
                                       "contradicted_by": c["contradicted_by"]} for c in found]},
        })
    return {"type": "FeatureCollection", "features": features}


def write_geojson(conn: Connection, out: IO[str], f: Filters) -> int:
    collection = geojson(conn, f)
    json.dump(collection, out, ensure_ascii=False)
    out.write("\n")
    return len(collection["features"])


def export(conn: Connection, fmt: str, out: IO[str], f: Filters, bom: bool = False) -> int:
    """Write the export; returns how many rows (claims), documents or features were written."""
    if fmt == "csv":
        return write_csv(conn, out, f, bom=bom)
    if fmt == "geojson":
        return write_geojson(conn, out, f)
    return write_jsonl(conn, out, f)


__all__ = ["FORMATS", "CSV_COLUMNS", "export", "geojson", "csv_row", "geo_precision", "outlet_label"]
