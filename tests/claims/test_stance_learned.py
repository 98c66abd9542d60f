"""The learned stance decision (issue 9): what the features read of a content, the mined lexicon of blame, danger
and demand, the class weights, and the shipped model on contents whose verb is neutral."""
from __future__ import annotations

import gzip

import pytest

from isnad.claims.stance_features import features, markers, stems
from isnad.claims.stance_lexicon import STRONG, lexicon_features, weights
from isnad.claims.stance_model import combine, stance_model
from isnad.arabic import norm_key
from isnad.training.stance_data import Example
from isnad.training.stance_train import class_weights


def _marks(content: str) -> list[str]:
    return markers(norm_key(content).split())


def test_markers_read_negation_obligation_future_and_condition():
    assert {"mk:neg", "mk0:neg"} <= set(_marks("لم نطلق أي صاروخ على المدينة"))
    assert "mk0:ala-an" in _marks("على الوزارة أن تفتح تحقيقا")
    threat = set(_marks("سنرد بقوة إذا تعرضنا لهجوم"))
    assert {"mk:fut", "mk:cond", "mk:fut+cond"} <= threat
    assert "mk:fut" not in _marks("زار الوفد سوريا لمدة ستة أيام")  # سوريا، ستة: not سـ + a verb
    assert "mk:neg-blame" in _marks("لم نرتكب أي جرائم")
    assert "mk:neg-blame" not in _marks("لم يتغير الوضع منذ أن ارتكب الجيش جرائم")
    assert _marks("عقد الاجتماع في العاصمة") == []


def test_lexicon_leans_come_from_the_mined_counts():
    w = weights()
    assert w["accuse"].get("جرايم", 0) >= STRONG and w["accuse"].get("ارتكاب", 0) >= STRONG
    assert w["call"].get("ضرور", 0) >= STRONG and w["warn"].get("مخاطر", 0) >= STRONG
    assert w["accuse"].get("في", 0) < STRONG  # a grammar word leans nowhere
    feats = dict(lexicon_features(stems("ارتكاب جرائم حرب")))
    assert feats["lxx:accuse"] >= STRONG and feats["lxn:accuse"] > 0
    assert feats["lxx:accuse"] > feats["lxx:call"]


def test_class_weights_lift_the_minority_stances():
    ex = [Example([], "assert", 1.0, "annotated", "dev")] * 16 + [Example([], "deny", 1.0, "annotated", "dev")] * 4
    ex.append(Example([], "deny", 0.1, "weak", "dev"))  # weak examples are not counted, and keep their weight
    w = class_weights(ex, balance=0.5)
    assert w[0] == pytest.approx(1.0) and w[16] == pytest.approx(2.0) and w[-1] == pytest.approx(0.2)
    assert class_weights(ex, balance=0.0)[16] == pytest.approx(1.0)


@pytest.mark.parametrize("content, stance", [
    ("هذه الأنباء لا أساس لها من الصحة", "deny"),
    ("الحكومة هي من أطلق النار على المتظاهرين وارتكبت جرائم بحقهم", "accuse"),
    ("سنرد بقوة إذا تعرضنا لأي هجوم", "warn"),
    ("يجب وقف إطلاق النار فورا", "call"),
    ("الاجتماع عقد في العاصمة يوم الأحد بحضور الوزراء", "assert"),
])
def test_the_shipped_model_reads_the_content_behind_a_neutral_verb(content, stance):
    model = stance_model()
    assert model is not None and model.meta.get("balance") is not None
    p = model.predict_proba([features("وقال", content)])[0]
    assert model.classes[int(p.argmax())] == stance
    # shipped combination: the rules' assert gives way to a confident other stance, a rule's own stance stays
    t = float(model.meta["min_prob"])
    assert combine("assert", p, model.classes, t) == (stance if p.max() >= t else "assert")
    assert combine("call", p, model.classes, t) == "call"


def test_mining_skips_held_out_articles_and_counts_windows(tmp_path):
    from isnad.annotations import split_of
    from isnad.training import stance_mining as mine_stance

    shared, ann = tmp_path / "shared", tmp_path / "ann"
    (shared / "data" / "unlabeled").mkdir(parents=True)
    ann.mkdir()
    line = "واتهم الوزير المعارضة بارتكاب جرائم. وقال إن الاجتماع عقد أمس."
    n = 40
    with gzip.open(shared / "data" / "unlabeled" / "x.txt.gz", "wt", encoding="utf-8") as f:
        f.write("\n".join([line] * n) + "\n")
    kept = sum(split_of(f"x.txt.gz:{i}", 3) == "dev" and split_of(f"x.txt.gz:{i}", 5) == "dev" for i in range(n))
    counts, windows = mine_stance.count(shared, ann)
    assert 0 < kept < n
    assert windows["accuse"] == kept and windows["assert"] == kept
    assert counts["accuse"]["جرايم"] == kept and counts["accuse"]["اجتماع"] == 0  # the window ends at the full stop
