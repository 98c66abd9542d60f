"""The learned comparison: outcome words, the evidence of a pair, notes in English and Arabic, event groups, and
``isnad compare`` across documents."""
from __future__ import annotations

import json

import pytest

from isnad.cli.main import main
from isnad.compare.evidence import Comparison, pair_features
from isnad.compare.keys import view
from isnad.compare.outcome import outcomes
from isnad.model import Article, Document
from isnad.pipeline import Context, Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(disable=["ner"], context=Context(published="2024-07-10"))


def run(pipeline, *paragraphs):
    return pipeline(Document(source="t", articles=[Article(id="a1", paragraphs=list(paragraphs))]))


def test_outcome_words(pipeline):
    doc = run(pipeline, "قال الوسيط إن الطرفين توصلا إلى اتفاق على تبادل الأسرى.",
              "لكن متحدث باسم الحركة قال إن المفاوضات فشلت ولم يتم التوصل إلى أي اتفاق.",
              "وقال مصدر إن الوفدين لم يتفقا على شيء.")
    art = doc.articles[0]
    got = [outcomes(view(c, i, text=art.text)) for i, c in enumerate(art.claims)]
    assert got == [{"agree"}, {"fail"}, {"fail"}]


def test_pair_features_carry_the_rules_and_the_stances(pipeline):
    doc = run(pipeline, "قال الدفاع المدني إن 40 شخصا قتلوا في الغارة على السوق الشعبي في مدينة إدلب يوم الاثنين.",
              "لكن الجيش قال إن 12 شخصا قتلوا في الغارة على السوق الشعبي في مدينة إدلب يوم الاثنين.")
    art = doc.articles[0]
    comp = Comparison.of([view(c, i, text=art.text) for i, c in enumerate(art.claims)], art.text)
    assert comp.pairs() == [(0, 1)]
    feats = pair_features(comp, 0, 1)
    names = {f if isinstance(f, str) else f[0] for f in feats}
    assert {"rule:number", "num:unit", "num:differ", "st:assert|assert", "anchor"} <= names
    assert dict(f for f in feats if isinstance(f, tuple))["jaccard"] > 0.5


def test_contradictions_carry_notes_in_both_languages_and_groups(pipeline):
    doc = run(pipeline, "قال الدفاع المدني إن 40 شخصا قتلوا في الغارة على السوق الشعبي في مدينة إدلب يوم الاثنين.",
              "لكن الجيش قال إن 12 شخصا قتلوا في الغارة على السوق الشعبي في مدينة إدلب يوم الاثنين.")
    (c,) = doc.contradictions
    assert c.kind == "number" and 0.0 < c.score <= 1.0
    for note in (c.note, c.note_ar):
        assert "الدفاع المدني" in note and "الجيش" in note and "40" in note and "12" in note
    assert c.note_ar.startswith("اختلاف في الأرقام")
    assert [g.claims for g in doc.groups] == [[c.a, c.b]]
    js = doc.to_json()
    assert js["contradictions"][0]["note_ar"] == c.note_ar and js["groups"][0]["claims"] == [c.a, c.b]


def test_isnad_compare_across_two_documents(tmp_path, capsys):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("غارة على سوق إدلب\n\nقال الدفاع المدني إن 40 شخصا قتلوا في الغارة على السوق الشعبي في مدينة إدلب "
                 "يوم الاثنين.\n", encoding="utf-8")
    b.write_text("الجيش يعلن حصيلة الغارة\n\nقال الجيش إن 12 شخصا قتلوا في الغارة على السوق الشعبي في مدينة إدلب "
                 "يوم الاثنين.\n", encoding="utf-8")
    assert main(["compare", str(a), str(b), "--disable", "ner", "--published", "2024-07-10"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["documents"] == [str(a), str(b)]
    (g,) = out["groups"]
    assert {x["source"] for x in g["claims"]} == {str(a), str(b)}
    (c,) = out["contradictions"]
    assert c["kind"] == "number" and {c["a"]["source"], c["b"]["source"]} == {str(a), str(b)}
    assert c["note_ar"] and c["group"] == "g1"


def test_isnad_compare_reports_an_unreadable_input(tmp_path, capsys):
    good = tmp_path / "a.txt"
    good.write_text("قال الوزير إن الطريق مفتوح.\n", encoding="utf-8")
    assert main(["compare", str(good), str(tmp_path / "missing.txt"), "--disable", "ner"]) == 2
    err = capsys.readouterr().err
    assert "missing.txt" in err and "Traceback" not in err
