"""Reports (kind ``report``: a report noun with no speaker of its own) in the store, on SQLite and PostgreSQL: an
older database gains ``claims.kind`` in place without losing a row; a report is stored beside the claims, with the
contradiction that names it, read back for cross-document grouping, and listed apart from the claims."""
from __future__ import annotations

import csv
import io
import json

from sqlalchemy import func, inspect, select, text

from isnad.store import adapter, open_store, queries
from isnad.store.export import export, geojson
from isnad.store.ingest import ingest, refresh_groups
from isnad.store.migrate import LATEST, MIGRATIONS, STALE, current_version
from isnad.store.schema import articles, claims, contradictions, places, search_docs
from services import DATA

RUMOUR = "ظهرت شائعات بأن الوزير استقال، لكن الوزارة نفت هذه الشائعات."
TITLE = "الوزارة تنفي استقالة الوزير"


def rumour_file(folder) -> str:
    path = folder / "rumour.txt"
    path.write_text(f"{TITLE}\n\n{RUMOUR}\n", encoding="utf-8")
    return str(path)


def rows(engine, table) -> list[tuple]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(table).order_by(table.c.id))]


def test_a_version_1_database_is_upgraded_in_place_and_keeps_every_row(store_url):
    engine = open_store(store_url)
    assert ingest(engine, [str(DATA / "events.jsonl")]).stored == 2
    with engine.begin() as conn:  # what isnad wrote before schema version 2: no claims.kind
        conn.exec_driver_sql("ALTER TABLE claims DROP COLUMN kind")
        conn.execute(text("UPDATE meta SET value = '1' WHERE key = 'schema_version'"))
    kept = {t.name: rows(engine, t) for t in (articles, places, search_docs, contradictions)}
    with engine.connect() as conn:
        old_claims = [tuple(r) for r in conn.exec_driver_sql("SELECT * FROM claims ORDER BY id")]
        assert current_version(conn) == 1
        assert "kind" not in {c["name"] for c in inspect(conn).get_columns("claims")}
    engine.dispose()

    engine = open_store(store_url)  # opening runs the missing steps
    try:
        with engine.connect() as conn:
            assert current_version(conn) == LATEST == 2
            got = [tuple(r) for r in conn.exec_driver_sql("SELECT * FROM claims ORDER BY id")]
        assert len(got) == len(old_claims) == 4
        kind_at = [c.name for c in claims.columns].index("kind")
        assert [r[:kind_at] + r[kind_at + 1:] for r in got] == old_claims
        assert {r[kind_at] for r in got} == {"claim"}
        assert {t.name: rows(engine, t) for t in (articles, places, search_docs, contradictions)} == kept
        with engine.begin() as conn:
            MIGRATIONS[1](conn)  # the step again (a run killed before recording it): nothing changes
        assert [tuple(r) for r in rows(engine, claims)] == got
        with engine.connect() as conn:
            assert len(queries.claims_by_id(conn, queries.claim_ids(conn, queries.Filters()))) == len(got)
        assert ingest(engine, [str(DATA / "events.jsonl")]).unchanged == 2  # still recognised as stored
    finally:
        engine.dispose()


def test_a_denied_report_is_stored_with_the_contradiction_that_names_it(store, tmp_path):
    report = ingest(store, [rumour_file(tmp_path)])
    assert (report.stored, report.failed) == (1, 0)
    with store.connect() as conn:
        stored = {r.ref: r for r in conn.execute(select(claims))}
        assert {ref: r.kind for ref, r in stored.items()} == {"c1": "report", "c2": "claim"}
        assert (stored["c1"].speaker_text, stored["c1"].content_text) == ("شائعات", "الوزير استقال")
        pair = conn.execute(select(contradictions)).one()
        assert (pair.a_id, pair.b_id, pair.kind) == (stored["c2"].id, stored["c1"].id, "negation")
        assert pair.group_id is None
        data = json.loads(conn.execute(select(articles.c.data)).scalar())
        assert [(c["a"], c["b"]) for c in data["contradictions"]] == [("c2", "c1")]

        art = queries.article(conn, stored["c1"].article_id)
        assert [c["ref"] for c in art["claims"]] == ["c2"]  # claims keep meaning what a speaker said
        assert [(c["ref"], c["kind"]) for c in art["reports"]] == [("c1", "report")]
        [x] = art["contradictions"]
        assert (x["a"]["kind"], x["b"]["kind"], x["b"]["content"]) == ("claim", "report", "الوزير استقال")

        listed = lambda kind: [c["ref"] for c in queries.claims_by_id(  # noqa: E731
            conn, queries.claim_ids(conn, queries.Filters(kind=kind)))]
        assert (listed("claim"), listed("report"), sorted(listed(None))) == (["c2"], ["c1"], ["c1", "c2"])
        assert queries.counts(conn)["claims"] == 1 and queries.counts(conn)["reports"] == 1
        [summary] = queries.latest_articles(conn)
        assert (summary["claims"], summary["reports"]) == (1, 1)
        assert "شائعات" not in {s["name"] for s in queries.top_speakers(conn)}
        source = queries.speaker(conn, stored["c1"].speaker_key)
        assert source["claims"] == [] and [c["ref"] for c in source["reports"]] == ["c1"]

        out = io.StringIO()
        export(conn, "csv", out, queries.Filters())
        table = list(csv.DictReader(io.StringIO(out.getvalue())))
        assert [(r["claim_id"].split(":")[1], r["contradicted_by"].split(":")[1]) for r in table] == [("c2", "c1")]
        out = io.StringIO()
        export(conn, "jsonl", out, queries.Filters())
        [doc] = [json.loads(line) for line in out.getvalue().splitlines()]
        assert [r["id"] for r in doc["articles"][0]["reports"]] == ["c1"] and doc["contradictions"][0]["b"] == "c1"


def test_stored_reports_are_read_back_for_cross_document_grouping(store, tmp_path):
    ingest(store, [rumour_file(tmp_path)])
    with store.connect() as conn:
        data = json.loads(conn.execute(select(articles.c.data)).scalar())["article"]
    art = adapter.article_from_json(data)
    assert [(c.id, c.kind) for c in art.claims] == [("c1", "report"), ("c2", "claim")]  # one id sequence
    assert art.to_json()["reports"] == data["reports"] and art.to_json()["claims"] == data["claims"]
    old = {k: v for k, v in data.items() if k != "reports"}  # JSON stored before reports existed
    assert [c.kind for c in adapter.article_from_json(old).claims] == ["claim"]


def test_search_finds_a_report_marked_as_one(store, tmp_path):
    ingest(store, [rumour_file(tmp_path)])
    from isnad.store.search import search

    with store.connect() as conn:
        hits = queries.claims_by_id(conn, search(conn, "استقال").claim_ids)
        found, reports = queries.split_kinds(hits)
    assert [c["ref"] for c in reports] == ["c1"] and all(c["kind"] == "claim" for c in found)


def test_a_place_lists_and_counts_its_claims_apart_from_its_reports(store, tmp_path):
    path = tmp_path / "place.txt"
    path.write_text("خبر\n\nتقارير إعلامية بأن اشتباكات وقعت في تعز. قال مسؤول محلي إن اشتباكات وقعت في تعز.\n",
                    encoding="utf-8")
    ingest(store, [str(path)])
    with store.connect() as conn:
        kinds = {r.ref: r.kind for r in conn.execute(select(claims.c.ref, claims.c.kind)
                                                     .join(places, places.c.claim_id == claims.c.id))}
        assert kinds == {"c1": "report", "c2": "claim"}  # both name تعز
        [summary] = queries.place_summaries(conn)
        found = queries.place(conn, summary["place_key"])
        collection = geojson(conn, queries.Filters())
    assert summary["claims"] == 1 and summary["articles"] == 1
    assert [c["ref"] for c in found["claim_list"]] == ["c2"] and [c["ref"] for c in found["report_list"]] == ["c1"]
    [feature] = collection["features"]
    assert feature["properties"]["claim_count"] == 1


def test_reports_analysed_but_not_stored_by_an_older_isnad_are_stored_on_the_next_ingest(store_url, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("استقالة الوزير\n\nظهرت شائعات بأن وزير المالية استقال من منصبه أمس في "
                                           "بغداد.\n", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("الوزارة تنفي\n\nنفت وزارة المالية أن يكون وزير المالية قد استقال من "
                                           "منصبه أمس في بغداد.\n", encoding="utf-8")
    engine = open_store(store_url)
    first = ingest(engine, [str(tmp_path / "in")])
    assert (first.stored, first.groups, first.cross_contradictions) == (2, 1, 1)  # the denial answers the report
    complete = {t.name: len(rows(engine, t)) for t in (claims, contradictions, search_docs)}
    with engine.begin() as conn:  # as the isnad before version 2 left it: the JSON has reports, no rows do
        conn.execute(claims.delete().where(text("kind = 'report'")))
        conn.exec_driver_sql("ALTER TABLE claims DROP COLUMN kind")
        conn.execute(text("UPDATE meta SET value = '1' WHERE key = 'schema_version'"))
    engine.dispose()
    engine = open_store(store_url)
    try:
        with engine.connect() as conn:
            marked = {r.title: r.pipeline.startswith(STALE) for r in conn.execute(select(articles))}
        assert marked == {"استقالة الوزير": True, "الوزارة تنفي": False}
        assert refresh_groups(engine) == (0, 0)  # the comparison sees no report without its row
        again = ingest(engine, [str(tmp_path / "in")])
        assert (again.stored, again.replaced, again.unchanged) == (0, 1, 1)
        assert (again.groups, again.cross_contradictions) == (1, 1)
        assert {t.name: len(rows(engine, t)) for t in (claims, contradictions, search_docs)} == complete
    finally:
        engine.dispose()
