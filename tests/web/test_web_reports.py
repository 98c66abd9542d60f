"""Reports (kind ``report``) in the JSON API and the pages, on SQLite and PostgreSQL: listed apart from claims
unless asked for, and marked wherever they appear (an article, a contradiction, a search)."""
from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from isnad.store import open_store
from isnad.store.ingest import ingest
from isnad.web.app import create_app
from services import BACKENDS, empty_database

RUMOUR = "ظهرت شائعات بأن الوزير استقال، لكن الوزارة نفت هذه الشائعات."


@pytest.fixture(params=BACKENDS)
def client(request, tmp_path):
    engine = open_store(empty_database(request.param, tmp_path))
    path = tmp_path / "rumour.txt"
    path.write_text(f"الوزارة تنفي استقالة الوزير\n\n{RUMOUR}\n", encoding="utf-8")
    assert ingest(engine, [str(path)]).stored == 1
    with TestClient(create_app(engine)) as c:
        yield c
    engine.dispose()


def refs(items: list[dict]) -> list[str]:
    return [c["id"].split(":")[1] for c in items]


def test_the_api_lists_reports_apart_and_on_request(client):
    [summary] = client.get("/api/articles").json()
    assert (summary["claims"], summary["reports"]) == (1, 1)
    art = client.get(f"/api/articles/{summary['id']}").json()
    assert refs(art["claims"]) == ["c2"] and refs(art["reports"]) == ["c1"]
    assert art["reports"][0]["kind"] == "report" and art["claims"][0]["kind"] == "claim"
    [pair] = art["contradictions"]
    assert (pair["a"]["kind"], pair["b"]["kind"], pair["b"]["content"]) == ("claim", "report", "الوزير استقال")
    assert refs(client.get("/api/claims").json()) == ["c2"]
    assert refs(client.get("/api/claims?kind=report").json()) == ["c1"]
    assert sorted(refs(client.get("/api/claims?kind=all").json())) == ["c1", "c2"]
    assert client.get("/api/claims?kind=rumour").status_code == 422
    assert client.get("/api/stats").json()["reports"] == 1
    found = client.get("/api/search", params={"q": "استقال"}).json()
    assert refs(found["reports"]) == ["c1"] and found["claims"] == []
    schema = client.get("/api/openapi.json").json()
    assert any(p["name"] == "kind" for p in schema["paths"]["/api/claims"]["get"]["parameters"])


def test_pages_mark_reports(client):
    [summary] = client.get("/api/articles").json()
    page = client.get(f"/article/{summary['id']}").text
    cards = re.findall(r'<article class="claim ([^"]*)"[^>]*data-claim="[^"]*:(c\d)"', page)
    assert ("stance-deny", "c2") in cards and ("stance-assert kind-report", "c1") in cards
    assert 'class="reports-section"' in page and 'class="badge report"' in page
    assert re.search(r'<span class="hl r-content r-report " data-claims="c1">الوزير استقال</span>', page)
    assert "kind-report" in client.get("/contradictions").text
    assert "kind-report" in client.get("/search", params={"q": "استقال"}).text
    key = client.get(f"/api/articles/{summary['id']}").json()["reports"][0]["speaker_key"]
    source = client.get(f"/speaker/{key}")  # a report noun speaks only in reports
    assert source.status_code == 200 and "kind-report" in source.text
    assert refs(client.get(f"/api/speakers/{key}").json()["reports"]) == ["c1"]
