"""The entity scorer against seqeval's default conventions, on hand-made cases."""
import pytest

from isnad.ner.conll import aqmar_tag, read_conll, repair_iob
from isnad.ner.scorer import get_entities, score


@pytest.mark.parametrize("tags, expected", [
    (["B-PERS", "I-PERS", "O"], [("PERS", 0, 1)]),
    (["I-PERS", "I-PERS", "O"], [("PERS", 0, 1)]),              # I- without B- starts an entity
    (["O", "I-LOC"], [("LOC", 1, 1)]),
    (["B-PERS", "I-LOC"], [("PERS", 0, 0), ("LOC", 1, 1)]),     # type change splits
    (["B-ORG", "B-ORG", "I-ORG"], [("ORG", 0, 0), ("ORG", 1, 2)]),
    (["B-LOC"], [("LOC", 0, 0)]),                                # entity at the very end
    (["O", "O"], []),
    ([], []),
    (["I-MISC", "B-MISC", "I-MISC", "I-MISC", "O", "I-MISC"], [("MISC", 0, 0), ("MISC", 1, 3), ("MISC", 5, 5)]),
])
def test_get_entities(tags, expected):
    assert get_entities(tags) == expected


def test_get_entities_agrees_with_seqeval_when_installed():
    seqeval = pytest.importorskip("seqeval.metrics.sequence_labeling")
    import random

    rng = random.Random(7)
    labels = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "I-ORG"]
    for _ in range(3000):
        tags = [rng.choice(labels) for _ in range(rng.randint(0, 9))]
        assert get_entities(tags) == seqeval.get_entities(tags), tags


def test_score_exact_match_and_micro():
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"], ["B-ORG", "I-ORG", "O"]]
    pred = [["B-PERS", "O", "O", "B-LOC"], ["B-ORG", "I-ORG", "B-MISC"]]
    s = score(gold, pred)
    # gold: PERS(0-1) LOC(3) ORG(0-1); pred: PERS(0) LOC(3) ORG(0-1) MISC(2)
    assert s["PERS"]["tp"] == 0 and s["PERS"]["support"] == 1 and s["PERS"]["n_pred"] == 1
    assert s["LOC"]["f1"] == 1.0
    assert s["MISC"]["p"] == 0.0 and s["MISC"]["support"] == 0
    assert s["micro"]["tp"] == 2
    assert s["micro"]["p"] == pytest.approx(2 / 4)
    assert s["micro"]["r"] == pytest.approx(2 / 3)
    assert s["micro"]["f1"] == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))


def test_score_lone_i_matches_b():
    # seqeval reads a lone I-X like B-X, so these two taggings agree entity for entity
    s = score([["I-LOC", "O"]], [["B-LOC", "O"]])
    assert s["micro"]["f1"] == 1.0


def test_score_matches_seqeval_when_installed():
    metrics = pytest.importorskip("seqeval.metrics")
    gold = [["B-PERS", "I-PERS", "O", "I-LOC", "B-ORG"], ["O", "B-MISC", "I-MISC", "I-ORG"]]
    pred = [["B-PERS", "I-PERS", "O", "B-LOC", "I-ORG"], ["B-MISC", "I-MISC", "I-MISC", "B-ORG"]]
    s = score(gold, pred)["micro"]
    assert s["p"] == pytest.approx(metrics.precision_score(gold, pred))
    assert s["r"] == pytest.approx(metrics.recall_score(gold, pred))
    assert s["f1"] == pytest.approx(metrics.f1_score(gold, pred))


def test_score_rejects_length_mismatch():
    with pytest.raises(ValueError):
        score([["O"]], [["O", "O"]])


def test_repair_iob_keeps_entities():
    tags = ["O", "I-PERS", "I-PERS", "B-LOC", "I-ORG"]
    fixed = repair_iob(tags)
    assert fixed == ["O", "B-PERS", "I-PERS", "B-LOC", "B-ORG"]
    assert get_entities(fixed) == get_entities(tags)


def test_aqmar_tags():
    assert aqmar_tag("B-MIS1") == "B-MISC"
    assert aqmar_tag("I-MIS-2") == "I-MISC"
    assert aqmar_tag("B-PER") == "B-PERS"
    assert aqmar_tag("I--ORG") == "I-ORG"
    assert aqmar_tag("B-ENGLISH") == "O"
    assert aqmar_tag("OO") == "O"
    assert aqmar_tag("B-MIS1`") == "B-MISC"


def test_read_conll(tmp_path):
    p = tmp_path / "x.conll"
    p.write_text("a B-PERS\nb I-PERS\n\n\nc O\n", encoding="utf-8")
    assert read_conll(p) == [(["a", "b"], ["B-PERS", "I-PERS"]), (["c"], ["O"])]
