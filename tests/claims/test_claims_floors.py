"""Floors of issue 3 on the reference page (needs ../shared; the text and claims stages only, so that the numbers
do not depend on whether an NER model is installed). The dev set's figures are held by the accuracy gate
(tests/gate)."""
from __future__ import annotations

import json

import pytest

from isnad.claims.evaluate import Score, score_document, similarity
from isnad.ingest import InputError, read_paths
from isnad.pipeline import Pipeline

pytestmark = pytest.mark.shared


def _predict(page) -> dict:
    pipe = Pipeline(disable=["ner", "facts", "compare"])
    arts = []
    for doc in read_paths([str(page)]):
        assert not isinstance(doc, InputError), f"ingestion failed: {doc}"
        arts += pipe(doc).to_json()["articles"]
    return {"articles": arts}


def _score(gold_path, page) -> tuple[Score, dict, dict]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    pred = _predict(page)
    return score_document(gold, pred), gold, pred


def test_reference_page_floors(shared_dir):
    ex = shared_dir / "examples"
    sc, gold, pred = _score(ex / "aawsat-convoy-page.gold.json", ex / "aawsat-convoy-page.txt")
    assert sc.f1 >= 0.90, sc.to_json()
    assert sc.acc("speaker") >= 0.90 and sc.acc("stance") >= 0.90, sc.to_json()
    # every gold relay chain is found on a matched claim
    gold_vias = [c for a in gold["articles"] for c in a["claims"] if c["via"]]
    assert gold_vias
    wrong = [gc for gc, _, attrs in sc.errors if "via" in attrs and gc["via"]]
    missed = [gc for gc in sc.misses if gc["via"]]
    assert not wrong and not missed, (wrong, missed)
    # nested claims point to their parent and name it in the chain
    claims = {c["id"]: c for a in pred["articles"] for c in a["claims"]}
    nested = [c for c in claims.values() if c["parent"]]
    assert nested and all(c["via"][-1]["claim"] == c["parent"] for c in nested)
    assert any(similarity(c["speaker"]["name"] or "", "عمر أبو ليلى") == 1.0 and c["speaker"]["text"] == "أبو ليلى"
               for c in claims.values())

