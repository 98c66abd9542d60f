"""The reference page of the issue: every gold place resolved, every gold number read, the dates of the convoy
story resolved against 2017-09-05 (needs ../shared)."""
from __future__ import annotations

import json

import pytest

from isnad.ingest import read_paths
from isnad.pipeline import Context, Pipeline

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def reference(shared_dir):
    page = shared_dir / "examples" / "aawsat-convoy-page.txt"
    gold = json.loads((shared_dir / "examples" / "aawsat-convoy-page.gold.json").read_text(encoding="utf-8"))
    run = Pipeline(disable=["claims"], stop_after="facts", context=Context(published="2017-09-05"))
    docs = [run(d) for d in read_paths([str(page)])]
    return docs[0], gold


def test_every_gold_place_is_resolved_to_its_id(reference):
    doc, gold = reference
    got = {(p.text, p.id) for a in doc.articles for p in a.places}
    got_ids = {p.id for a in doc.articles for p in a.places}
    for art in gold["articles"]:
        for c in art["claims"]:
            for g in c["places_resolved"]:
                if g["id"]:
                    assert g["id"] in got_ids, g
    assert ("رواة", "gn:92004") in got and ("راوه", "gn:92004") in got and ("عمان", "gn:250441") in got


def test_every_gold_number_is_read_with_value_and_unit(reference):
    doc, gold = reference
    nums = [n for a in doc.articles for n in a.numbers]
    for art in gold["articles"]:
        for c in art["claims"]:
            for g in c["numbers_resolved"]:
                hit = [n for n in nums if (g["text"] in n.text or n.text in g["text"]) and n.value == g["value"]]
                assert hit and hit[0].unit == g["unit"], g


def test_convoy_dates_resolve_against_the_publication_date(reference):
    doc, _ = reference
    times = {t.text: t.value for t in doc.articles[0].times}
    assert times["السبت الماضي"] == "2017-09-02"
    assert times["يوم الجمعة"] == "2017-09-01"
