"""The claim scorer behind ``isnad eval claims`` and the command itself."""
from __future__ import annotations

import json

import pytest

from isnad.claims.evaluate import score_document, similarity, words
from isnad.cli.errors import UserError
from isnad.cli.eval_claims import page_for


def test_words_drop_clitics_and_punctuation():
    assert words("لـ«الشرق الأوسط»") == words("الشرق الأوسط") == ["شرق", "اوسط"]
    assert similarity("للصحافيين المرافقين", "الصحافيين المرافقين") == 1.0
    assert similarity("", "شيء") == 0.0


def _gold(**claim):
    base = {"speaker": "مصدر أمني", "speaker_name": None, "cue": "قال", "stance": "assert",
            "content": "القافلة وصلت إلى المدينة صباحا", "direct": False, "recipient": None, "via": []}
    base.update(claim)
    return {"articles": [{"title": "عنوان الخبر هنا", "claims": [base]}]}


def _pred(**claim):
    base = {"id": "c1", "speaker": {"text": "مصدر أمني", "name": None}, "cue": {"text": "قال"}, "stance": "assert",
            "content": {"text": "القافلة وصلت إلى المدينة صباحا"}, "direct": False, "recipient": None, "via": []}
    base.update(claim)
    return {"articles": [{"title": "عنوان الخبر هنا", "paragraphs": ["…"], "claims": [base]}]}


def test_a_perfect_prediction_scores_one():
    sc = score_document(_gold(), _pred())
    assert (sc.precision, sc.recall, sc.f1) == (1.0, 1.0, 1.0)
    assert all(sc.acc(a) == 1.0 for a in ("speaker", "stance", "direct", "via", "recipient"))


def test_content_below_half_is_a_miss_and_a_false_alarm():
    sc = score_document(_gold(), _pred(content={"text": "شيء آخر تماما"}))
    assert sc.matched == 0 and len(sc.misses) == 1 and len(sc.spurious) == 1 and sc.f1 == 0.0


def test_wrong_attributes_are_counted_on_matched_claims():
    sc = score_document(_gold(speaker_name="عمر سالم", speaker="أبو سالم", via=["رويترز"]),
                        _pred(speaker={"text": "المتحدث", "name": "عمر سالم"}, stance="deny", via=[]))
    assert sc.matched == 1
    assert sc.speaker == 1  # same canonical name
    assert sc.stance == 0 and sc.via == 0
    assert sc.errors[0][2] == ["stance", "via"]


def test_unpaired_article_claims_count_against_both_sides():
    pred = _pred()
    pred["articles"][0]["title"] = "موضوع مختلف كليا"
    sc = score_document(_gold(), pred)
    assert (sc.gold, sc.pred, sc.matched) == (1, 1, 0)


def test_page_for_finds_the_page_beside_the_gold(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "gold.json").write_text("{}")
    (tmp_path / "x" / "raw.html").write_text("<p>x</p>")
    assert page_for(tmp_path / "x" / "gold.json").name == "raw.html"
    (tmp_path / "p.gold.json").write_text("{}")
    (tmp_path / "p.txt").write_text("x")
    assert page_for(tmp_path / "p.gold.json").name == "p.txt"
    (tmp_path / "q.gold.json").write_text("{}")
    with pytest.raises(UserError):
        page_for(tmp_path / "q.gold.json")


def test_eval_claims_command_end_to_end(tmp_path, capsys):
    from isnad.cli.main import main

    page = tmp_path / "p.txt"
    page.write_text("انقطاع الكهرباء في المدينة\n\nقال مسؤول في شركة الكهرباء إن الانقطاع سيستمر حتى المساء.\n\n"
                    "وأضاف أن الفرق تعمل على إصلاح الأعطال.\n", encoding="utf-8")
    gold = {"articles": [{"title": "انقطاع الكهرباء في المدينة", "claims": [
        {"speaker": "مسؤول في شركة الكهرباء", "speaker_name": None, "cue": "قال", "stance": "assert",
         "content": "الانقطاع سيستمر حتى المساء", "direct": False, "recipient": None, "via": []},
        {"speaker": "مسؤول في شركة الكهرباء", "speaker_name": None, "cue": "وأضاف", "stance": "assert",
         "content": "الفرق تعمل على إصلاح الأعطال", "direct": False, "recipient": None, "via": []}]}]}
    (tmp_path / "p.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    rc = main(["eval", "claims", str(tmp_path / "p.gold.json"), "--disable", "ner,facts,compare", "--json"])
    assert rc == 0
    out = json.loads(capsys.readouterr().out)
    assert out["total"]["f1"] == 1.0 and out["total"]["speaker_acc"] == 1.0


def test_eval_claims_bad_gold_is_a_one_line_error(tmp_path, capsys):
    from isnad.cli.main import main

    (tmp_path / "b.gold.json").write_text("not json")
    (tmp_path / "b.txt").write_text("x")
    assert main(["eval", "claims", str(tmp_path / "b.gold.json")]) == 1
    assert "not a JSON gold file" in capsys.readouterr().err
