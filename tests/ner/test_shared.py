"""Accuracy gates on ../shared (skipped when it is absent; CI can require it, see tests/conftest.py)."""
from pathlib import Path

import pytest

from isnad.ner import NerModel, default_model_path
from isnad.ner.evaluate import evaluate_file

pytestmark = [pytest.mark.shared,
              pytest.mark.skipif(not default_model_path().exists(), reason="model not built (isnad train ner)")]


def _ner_dir(shared_dir: Path) -> Path:
    d = shared_dir / "data" / "ner" / "anercorp-camel"
    if not d.is_dir():
        pytest.skip("ANERcorp not in ../shared")
    return d


@pytest.mark.parametrize("name", ["test.txt", "test.repaired.txt"])
def test_anercorp_test_f1(shared_dir, name):
    scores = evaluate_file(NerModel(), _ner_dir(shared_dir) / name)
    assert scores["micro"]["f1"] >= 0.75, scores["micro"]
    for label in ("PERS", "LOC", "ORG", "MISC"):
        assert label in scores
