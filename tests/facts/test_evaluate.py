"""Scoring of the facts test sets and gold pages (isnad.facts.evaluate)."""
from __future__ import annotations

from isnad.facts import evaluate as ev
from isnad.model import Number, Place, TimeExpr

MARKED = """# comment
@ one 2020-01-02
قصف [[حلب|gn:170063]] و[[قرية صغيرة|null]] اليوم.
وقتل [[نحو 30 شخصاً|30|شخص|~]] أمس.
"""


def test_parse_marked_gives_offsets_into_the_article_text():
    arts = ev.parse_marked(MARKED)
    assert len(arts) == 1 and arts[0].published == "2020-01-02"
    text = arts[0].article().text
    for g in arts[0].gold:
        assert text[g.start:g.end] == g.text
    assert [g.fields for g in arts[0].gold] == [("gn:170063",), ("null",), ("30", "شخص", "~")]


def test_place_scoring_counts_right_ids_null_and_extras():
    art = ev.parse_marked(MARKED)[0]
    text = art.article().text
    a = text.index("حلب")
    b = text.index("قرية")
    preds = [Place("حلب", a, a + 3, id="gn:170063"), Place("قرية", b, b + 4, id="gn:1"),
             Place("اليوم", text.index("اليوم"), text.index("اليوم") + 5, id="gn:2")]
    t = ev.score_places(ev.TestArticle(art.name, None, art.paragraphs, art.gold[:2]), preds)
    assert (t.gold, t.correct, t.pred, t.pred_ok) == (2, 1, 3, 2)  # a guess on a null place is wrong


def test_number_and_time_scoring():
    art = ev.parse_marked(MARKED)[0]
    text = art.article().text
    s = text.index("30")
    t = ev.score_numbers(ev.TestArticle(art.name, None, art.paragraphs, art.gold[2:]),
                         [Number("30 شخصاً", s, s + 8, value=30, unit="شخص", approximate=True)])
    assert t.correct == 1
    t = ev.score_numbers(ev.TestArticle(art.name, None, art.paragraphs, art.gold[2:]),
                         [Number("30", s, s + 2, value=30, unit=None, approximate=False)])
    assert t.correct == 0 and t.extra["value_ok"] == 1 and t.extra["unit_ok"] == 0
    g = ev.Gold("أمس", 0, 3, ("2020-01-01", "day"))
    t = ev.score_times(ev.TestArticle("x", None, ["أمس"], [g]), [TimeExpr("أمس", 0, 3, value="2020-01-01",
                                                                          precision="day")])
    assert t.correct == 1 and t.extra["precision_ok"] == 1


def test_gold_page_scoring_follows_score_facts():
    gold = {"articles": [{"title": "عنوان الخبر هنا", "claims": [{
        "content": "وصل 300 مقاتل إلى الرقة", "places": ["الرقة"], "numbers": ["300 مقاتل"],
        "places_resolved": [{"text": "الرقة", "id": "gn:172955"}],
        "numbers_resolved": [{"text": "300 مقاتل", "value": 300, "unit": "مقاتل"}]}]}]}
    text = "قال مصدر إنه وصل 300 مقاتل إلى الرقة ودمشق"
    at = text.index("الرقة")
    pred = {"articles": [{"title": "عنوان الخبر هنا", "text": text, "places": [
        {"text": "الرقة", "id": "gn:172955", "start": at, "end": at + 5},
        {"text": "دمشق", "id": "gn:170654", "start": text.index("دمشق"), "end": len(text)}],
        "numbers": [{"text": "300 مقاتل", "value": 300, "unit": "مقاتل", "start": 17, "end": 26}]}]}
    t = ev.score_gold(gold, pred)
    assert (t.places, t.places_ok, t.numbers, t.numbers_ok, t.units_ok) == (1, 1, 1, 1, 1)
    assert (t.pred_places, t.pred_places_ok) == (1, 1)  # دمشق lies outside the claim's content


def test_packaged_test_sets_meet_their_size_floors():
    counts = {k: sum(len(a.gold) for a in ev.parse_marked(ev.test_set_text(k))) for k in ev.SCORERS}
    assert counts["places"] >= 150 and counts["numbers"] >= 100 and counts["times"] >= 100
