"""Contradictions on the annotated pages of ../shared (reference page + dev set), scored with the shared scorer:
a floor on precision (a false contradiction costs the user's trust) and on recall."""
from __future__ import annotations

import importlib.util
import json

import pytest

from isnad.ingest import read_paths
from isnad.pipeline import Pipeline

pytestmark = [pytest.mark.shared, pytest.mark.slow]


def _scorer(shared_dir):
    spec = importlib.util.spec_from_file_location("shared_score", shared_dir / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _pages(shared_dir):
    yield shared_dir / "examples" / "aawsat-convoy-page.txt", shared_dir / "examples" / "aawsat-convoy-page.gold.json"
    for d in sorted((shared_dir / "dev").iterdir()):
        raw = sorted(d.glob("raw.*"))
        if raw and (d / "gold.json").exists():
            yield raw[0], d / "gold.json"


def test_contradictions_precision_and_recall_floor(shared_dir):
    score = _scorer(shared_dir)
    pipeline = Pipeline(disable=["ner"])
    ok = predicted = gold_total = 0
    for raw, gold_path in _pages(shared_dir):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = next(d for d in read_paths([str(raw)]) if not isinstance(d, Exception))
        pred = pipeline(doc).to_json()
        r = score.score(gold, pred)
        ok, predicted, gold_total = ok + r["contra_ok"], predicted + r["pred_contra"], gold_total + r["gold_contra"]
    assert predicted and gold_total
    precision, recall = ok / predicted, ok / gold_total
    assert precision >= 0.8, (ok, predicted, gold_total)
    assert recall >= 0.6, (ok, predicted, gold_total)
