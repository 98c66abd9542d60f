"""The app in-process: the JSON API and its OpenAPI schema, headers, escaping, and the token on writes."""
from __future__ import annotations

import csv
import io
import re

import geojson
import pytest
from fastapi.testclient import TestClient

from isnad.web.app import create_app

PAGES = ["/", "/search?q=راوه", "/speakers", "/map", "/contradictions"]
HOSTILE = "عنوان <script>window.__pwned=1</script> خبيث"


def test_the_openapi_schema_documents_the_api(client):
    schema = client.get("/api/openapi.json").json()
    paths = schema["paths"]
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/search", "/api/claims", "/api/speakers",
                 "/api/places", "/api/contradictions", "/api/groups", "/api/export/{fmt}"):
        assert "get" in paths[path], path
    assert set(paths["/api/ingest"]) == {"post"}
    assert not any(p.startswith(("/article", "/map")) for p in paths)  # pages are not API


def test_pages_are_rtl_arabic_with_a_strict_policy_and_no_inline_script(client, articles_by_title):
    pages = PAGES + [f"/article/{i}" for i in articles_by_title.values()]
    for url in pages:
        r = client.get(url)
        assert r.status_code == 200, url
        assert '<html lang="ar" dir="rtl">' in r.text
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "default-src 'none'" in csp and "unsafe" not in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        for tag in re.findall(r"<script[^>]*>.*?</script>", r.text, flags=re.S):
            assert re.fullmatch(r'<script src="/static/[\w/.-]+"></script>', tag), (url, tag)
        assert " on" not in "".join(re.findall(r"<[a-z]+[^>]*>", r.text)).replace(" only", "")  # no onX= handlers


def test_bundled_font_map_library_and_basemap_are_served(client):
    css = client.get("/static/app.css").text
    for font in re.findall(r"url\((fonts/[^)]+\.woff2)\)", css):
        r = client.get(f"/static/{font}")
        assert r.status_code == 200 and r.content[:4] == b"wOF2"
    assert "Noto Naskh Arabic" in css
    assert client.get("/static/vendor/leaflet/leaflet.js").text.startswith("/* @preserve\n * Leaflet 1.9.4")
    basemap = geojson.loads(client.get("/static/basemap.geojson").text)
    assert basemap.is_valid and len(basemap["features"]) > 200
    assert not re.search(r"https?://", client.get("/static/map.js").text)  # nothing fetched from elsewhere


def test_article_text_and_claims_are_escaped(client, articles_by_title):
    r = client.get(f"/article/{articles_by_title[HOSTILE]}")
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in r.text
    assert "&lt;script&gt;window.__pwned=2&lt;/script&gt;" in r.text
    assert "<script>window" not in r.text and "<img src=x" not in r.text and "<b>" not in r.text
    assert 'href="javascript:' not in r.text.lower()
    assert "javascript:window.__pwned=3" in r.text  # the article's URL, shown as text
    api = client.get(f"/api/articles/{articles_by_title[HOSTILE]}").json()
    assert api["title"] == HOSTILE  # the API returns the data as it is; JSON is not HTML


def test_article_api_has_claims_with_offsets_into_the_text(client, articles_by_title):
    a = client.get(f"/api/articles/{articles_by_title['الجيش: 12 قتيلا في غارة إدلب']}").json()
    assert [c["speaker"] for c in a["claims"]] == ["الجيش", "سكان من راوة"]
    for c in a["claims"]:
        start, end = c["content_span"]
        assert a["text"][start:end] == c["content"]
    (x,) = a["contradictions"]
    assert x["kind"] == "number" and x["across_documents"]
    assert client.get("/api/articles/99999").status_code == 404


def test_search_api_and_page_match_a_spelling_variant(client):
    found = client.get("/api/search", params={"q": "راوه"}).json()
    assert found["terms"] == ["راوه"] and found["claims"][0]["speaker"] == "سكان من راوة"
    page = client.get("/search", params={"q": "راوه"}).text
    assert '<span class="hl r-hit ">راوة</span>' in page
    assert client.get("/api/search").status_code == 422


def test_speaker_place_and_contradiction_apis(client):
    army = client.get("/api/speakers/الجيش").json()
    assert army["contradicted"] == 1 and army["outlets"] == ["صحيفة ب"]
    places = geojson.loads(client.get("/api/places").text)
    assert places.is_valid and places["features"]
    key = places["features"][0]["properties"]["place_id"]
    assert client.get(f"/api/places/{key}").json()["claim_list"]
    kinds = {(x["kind"], x["across_documents"]) for x in client.get("/api/contradictions").json()}
    assert ("number", True) in kinds
    (group,) = client.get("/api/groups").json()
    assert {c["outlet"] for c in group["claims"]} == {"وكالة أ", "صحيفة ب"}


def test_export_endpoints(client):
    r = client.get("/api/export/csv", params={"outlet": "وكالة أ"})
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert r.headers["content-type"].startswith("text/csv") and {x["outlet"] for x in rows} == {"وكالة أ"}
    assert client.get("/api/export/xml").status_code == 404


def test_unknown_pages_get_an_arabic_page_and_the_api_json(client):
    r = client.get("/article/99999")
    assert r.status_code == 404 and "لا توجد مقالة" in r.text and r.headers["content-security-policy"]
    assert client.get("/api/nothing").json() == {"detail": "Not Found"}


RECORD = [{"text": "قال المتحدث باسم البلدية إن المياه عادت إلى الأحياء الشرقية.", "outlet": "موقع د",
           "title": "عودة المياه", "published": "2024-07-13"}]


@pytest.fixture
def empty_engine(tmp_path):
    from isnad.store import open_store

    engine = open_store(str(tmp_path / "w.sqlite"))
    yield engine
    engine.dispose()


def test_the_api_is_read_only_without_a_token(empty_engine):
    with TestClient(create_app(empty_engine)) as c:
        assert c.post("/api/ingest", json=RECORD).status_code == 403
        assert c.post("/api/ingest", json=RECORD, headers={"Authorization": "Bearer x"}).status_code == 403
        assert c.delete("/api/articles/1").status_code == 405
        assert c.get("/api/stats").json()["articles"] == 0


def test_writes_need_the_token(empty_engine):
    with TestClient(create_app(empty_engine, token="s3cret-token")) as c:
        assert c.post("/api/ingest", json=RECORD).status_code == 401
        assert c.post("/api/ingest", json=RECORD, headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert c.get("/api/stats").json()["articles"] == 0
        r = c.post("/api/ingest", json=RECORD, headers={"Authorization": "Bearer s3cret-token"})
        assert r.status_code == 200 and r.json()["stored"] == 1 and r.json()["errors"] == []
        assert [a["title"] for a in c.get("/api/articles").json()] == ["عودة المياه"]
        bad = c.post("/api/ingest", json=[{"outlet": "x"}], headers={"Authorization": "Bearer s3cret-token"})
        assert bad.status_code == 200 and bad.json()["failed"] == 1 and "request" in bad.json()["errors"][0]
