"""Ingest into the store on SQLite and PostgreSQL: stored once, replaced on a new pipeline version, groups
updated as documents arrive, bad inputs reported without losing what is stored."""
from __future__ import annotations

import json

import pytest

from sqlalchemy import func, select

from isnad.store import adapter, queries
from isnad.store.ingest import ingest
from isnad.store.schema import articles, claims, contradictions, event_groups, places, search_docs
from services import DATA, sample_page

EVENTS = str(DATA / "events.jsonl")


def count(engine, table) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar()


def stored_claims_match_json(engine) -> None:
    """Every article's claim rows are exactly the claims and reports of its stored JSON, with their kinds."""
    with engine.connect() as conn:
        for row in conn.execute(select(articles.c.id, articles.c.data)):
            expected = [(c["id"], c["kind"]) for c in adapter.claims_and_reports(json.loads(row.data)["article"])]
            got = [(r.ref, r.kind) for r in conn.execute(select(claims.c.ref, claims.c.kind)
                                                         .where(claims.c.article_id == row.id).order_by(claims.c.ord))]
            assert got == expected


def test_ingesting_the_same_inputs_twice_stores_them_once(store):
    first = ingest(store, [str(sample_page()), EVENTS])
    assert (first.stored, first.unchanged, first.failed) == (3, 0, 0)
    sizes = {t.name: count(store, t) for t in (articles, claims, places, search_docs, contradictions)}
    assert sizes["claims"] > 10 and sizes["places"] > 0 and sizes["search_docs"] > sizes["claims"]
    second = ingest(store, [EVENTS, str(sample_page())])
    assert (second.stored, second.replaced, second.unchanged) == (0, 0, 3)
    assert {t.name: count(store, t) for t in (articles, claims, places, search_docs, contradictions)} == sizes
    with store.connect() as conn:
        hashes = [r.hash for r in conn.execute(select(articles.c.hash))]
    assert len(hashes) == len(set(hashes)) == 3
    stored_claims_match_json(store)


def test_a_new_pipeline_version_replaces_derived_rows_and_keeps_article_ids(store, monkeypatch):
    ingest(store, [EVENTS])
    with store.connect() as conn:
        before = {r.hash: r.id for r in conn.execute(select(articles.c.hash, articles.c.id))}
        old_claims = {r.id for r in conn.execute(select(claims.c.id))}
    n_claims = count(store, claims)
    monkeypatch.setattr(adapter, "pipeline_version", lambda disable=(): "9.9.9+upgraded")
    report = ingest(store, [EVENTS])
    assert (report.stored, report.replaced, report.unchanged) == (0, 2, 0)
    with store.connect() as conn:
        after = {r.hash: r.id for r in conn.execute(select(articles.c.hash, articles.c.id))}
        versions = {r.pipeline for r in conn.execute(select(articles.c.pipeline))}
        new_claims = {r.id for r in conn.execute(select(claims.c.id))}
    assert after == before and versions == {"9.9.9+upgraded"}
    assert count(store, claims) == n_claims and not (new_claims & old_claims)  # rows rewritten, not added
    stored_claims_match_json(store)
    assert ingest(store, [EVENTS]).unchanged == 2


def test_cross_document_groups_and_contradictions_follow_arriving_documents(store, tmp_path):
    lines = (DATA / "events.jsonl").read_text(encoding="utf-8").splitlines()
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    one.write_text(lines[0] + "\n", encoding="utf-8")
    two.write_text(lines[1] + "\n", encoding="utf-8")
    assert ingest(store, [str(one)]).groups == 0
    assert count(store, event_groups) == 0
    report = ingest(store, [str(two)])
    assert (report.groups, report.cross_contradictions) == (1, 1)
    with store.connect() as conn:
        (x,) = [c for c in queries.contradictions_of(conn) if c["across_documents"]]
        assert x["kind"] == "number"
        assert {x["a"]["outlet"], x["b"]["outlet"]} == {"وكالة أ", "صحيفة ب"}
        assert x["a"]["id"] in x["b"]["contradicted_by"] and x["b"]["id"] in x["a"]["contradicted_by"]
        (group,) = queries.event_groups_list(conn)
        assert group["articles"] == 2 and group["contradictions"] == 1


def test_bad_inputs_are_one_line_errors_and_stored_data_stays(store, tmp_path):
    ingest(store, [EVENTS])
    before = (count(store, articles), count(store, claims))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "broken.jsonl").write_text('{"text": "x"\nnot json\n', encoding="utf-8")
    errors: list[str] = []
    report = ingest(store, [str(tmp_path), str(tmp_path / "missing.html")], on_error=errors.append)
    assert report.failed == len(errors) >= 4
    assert all("\n" not in e for e in errors)
    assert any("missing.html" in e for e in errors) and any("empty.txt" in e for e in errors)
    assert (count(store, articles), count(store, claims)) == before


@pytest.mark.shared
def test_a_page_with_two_articles_stores_both_with_their_own_claims(store, reference_page):
    report = ingest(store, [str(reference_page)])
    assert report.stored == 2
    with store.connect() as conn:
        rows = queries.latest_articles(conn)
    assert len({a["title"] for a in rows}) == 2 and all(a["claims"] > 0 for a in rows)
    stored_claims_match_json(store)
