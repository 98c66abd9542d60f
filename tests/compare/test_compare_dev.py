"""Contradictions on the annotated pages of ../shared (reference page + dev set), scored with the shared scorer:
a floor on precision (a false contradiction costs the user's trust) and on recall."""
from __future__ import annotations

import json

import pytest

from isnad.ingest import read_paths
from isnad.pipeline import Pipeline

pytestmark = [pytest.mark.shared, pytest.mark.slow]


def test_contradictions_precision_and_recall_floor(shared_scorer, gold_pages):
    score = shared_scorer
    pipeline = Pipeline(disable=["ner"])
    ok = predicted = gold_total = 0
    for raw, gold_path in gold_pages:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = next(d for d in read_paths([str(raw)]) if not isinstance(d, Exception))
        pred = pipeline(doc).to_json()
        r = score.score(gold, pred)
        ok, predicted, gold_total = ok + r["contra_ok"], predicted + r["pred_contra"], gold_total + r["gold_contra"]
    assert predicted and gold_total
    precision, recall = ok / predicted, ok / gold_total
    assert precision >= 0.8, (ok, predicted, gold_total)
    assert recall >= 0.6, (ok, predicted, gold_total)
