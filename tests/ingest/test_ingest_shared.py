"""Ingestion on the reference page and the annotated dev pages (needs ../shared), scored by the shared scorer:
every article found with its exact title, first and last paragraph and paragraph count, every related item with
its fields; header fields equal the annotation."""
from __future__ import annotations

import json

import pytest

from isnad.ingest import InputError, read_paths
from isnad.arabic.normalize import norm_key

pytestmark = pytest.mark.shared
FIELDS = ("title", "subtitle", "byline", "dateline")


def _read(page):
    (doc,) = [d for d in read_paths([str(page)])]
    assert not isinstance(doc, InputError), doc
    return doc.to_json()


def test_reference_and_dev_pages(shared_scorer, gold_pages):
    scorer = shared_scorer
    pages = gold_pages
    assert len(pages) >= 9
    for raw, gold_path in pages:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pred = _read(raw)
        r = scorer.score(gold, pred)
        n = len(gold["articles"])
        assert (r["pred_articles"], r["titles_exact"], r["body_edges_ok"], r["para_count_ok"]) == (n, n, n, n), raw
        assert r["related_ok"] == r["gold_related"] and r["related_fields_ok"] == r["related_fields"], raw
        for g, p in zip(gold["articles"], pred["articles"]):
            assert {f: norm_key(p[f]) or None for f in FIELDS} == {f: norm_key(g[f]) or None for f in FIELDS}, raw
            # a date is taken only from the input (some corpus pages print none)
            assert p["published"] in (g["published"], None), raw


def test_reference_page_keeps_furniture_out_of_the_body(reference_page):
    doc = _read(reference_page)
    for art in doc["articles"]:
        for p in art["paragraphs"]:
            assert p != "TT" and not p.endswith(("(رويترز)", "(تلغرام)", "(إ.ب.أ)", "(إعلام تركي)"))
            assert norm_key(p) != norm_key(art["title"])
