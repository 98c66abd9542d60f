"""Contracts of the facts modules below the three finders: token readings for the gazetteer, number-word
look-ups, the amount reader, scoring, the gazetteer's major names and the resolution of dates against a
publication date."""
from __future__ import annotations

from datetime import date

import pytest

from isnad.arabic import tokenize
from isnad.facts.geo.acceptance import verb_like
from isnad.facts.geo.gazetteer import gazetteer
from isnad.facts.geo.readings import readings
from isnad.facts.geo.resolver import resolver
from isnad.facts.geo.scoring import W_HEAD_FIT, W_HEAD_MISFIT, head_fit
from isnad.facts.numbers import amount_at, clitic_variants, find_numbers, read_amount
from isnad.facts.time import time_reader
from isnad.facts.time.resolve import duration_value, infer_year, relative_value, weekday_value

PUB = date(2017, 9, 5)  # a Tuesday


def _token(word, before="قال "):
    return [t for t in tokenize(before + word) if t.kind == "word"][-1]


def forms(word):
    return [(f.key, f.article, f.level) for f in readings(_token(word)).forms]


# --- geo readings ------------------------------------------------------------------------------------------------

def test_a_rare_word_also_loses_the_conjunction_the_text_layer_left_on():
    t = _token("وراوه")
    r = readings(t)
    assert forms("وراوه") == [("وراوه", False, 0), ("راوه", False, 2)]
    assert r.forms[1].start == t.start + 1 and r.bare == "راوه" and r.has_clitic


def test_kaf_comes_off_only_before_the_article():
    assert forms("كسلا") == [("كسلا", False, 0)]
    assert ("رقه", True, 1) in forms("كالرقة")


def test_ll_is_read_both_ways_on_a_rare_word():
    keys = readings(_token("لليونسكو")).keys()
    assert {"اليونسكو", "ليونسكو"} <= keys


def test_readings_are_placed_at_each_token():
    a, b = _token("بالرقة"), _token("بالرقة", before="قال مسؤول أمس ")
    fa, fb = readings(a).forms, readings(b).forms
    assert [f.start - a.start for f in fa] == [f.start - b.start for f in fb]
    assert readings(a).token is a and readings(a).keys() >= {"الرقه", "بالرقه"}


def test_country_adjectives_are_read_as_their_country():
    r = readings(_token("السورية"))
    assert (r.nisba, r.nisba_article) == ("SY", True)


# --- geo scoring, acceptance, gazetteer --------------------------------------------------------------------------

def test_head_words_fit_kinds_of_places():
    g = gazetteer()
    city, governorate = g.get("gn:172955"), g.get("gn:172957")  # Raqqa, the city and the governorate
    assert head_fit("city", city) == W_HEAD_FIT and head_fit("city", governorate) == W_HEAD_MISFIT
    assert head_fit("admin", governorate) == W_HEAD_FIT
    assert head_fit("area", city) == 0.0 and head_fit(None, city) == 0.0 and head_fit("nonsense", city) == 0.0


def test_names_that_read_as_verbs():
    vocab = {"تنبع": 100, "ينبع": 50}
    assert verb_like(vocab, "ينبع") and not verb_like(vocab, "حلب") and not verb_like({}, "ينبع")


def test_major_names_are_countries_and_capitals():
    g = gazetteer()
    major = g.major_keys()
    assert "روسيا" in major[g.by_id["gn:2017370"]]
    assert all(g.places[r].kind == "country" or g.places[r].feature == "PPLC" for r in major)


def test_readers_are_built_once_per_process():
    assert resolver() is resolver() and time_reader() is time_reader()


# --- numbers ----------------------------------------------------------------------------------------------------

def test_number_word_lookups_take_off_real_proclitics_only():
    assert "عشرين" in clitic_variants("وعشرين") and "نحو" in clitic_variants("لنحو")
    assert clitic_variants("للعام") == ("للعام", "لعام", "عام", "العام")
    assert clitic_variants("كميات") == ("كميات",)
    assert "ميات" not in clitic_variants("بكميات") and "ميات" not in clitic_variants("وكميات")


def test_quantities_after_a_proclitic_are_not_hundreds():
    assert find_numbers("وصلت وكميات كبيرة من الأسلحة وبكمية من الذخيرة") == []


def test_the_amount_alone_and_with_its_context():
    ws = tokenize("قتل نحو 300 مقاتل")
    bare, full = read_amount(ws, 2), amount_at(ws, 2)
    assert (bare.value, bare.unit, bare.approximate) == (300, None, False)
    assert (full.value, full.unit, full.approximate, full.start_i, full.end_i) == (300, "مقاتل", True, 1, 4)
    assert read_amount(tokenize("ثلاثمائة وخمسون ألفا"), 0).value == 350000


# --- dates against the publication date ---------------------------------------------------------------------------

def test_relative_offsets():
    assert relative_value(PUB, "week", -1, -1) == "2017-08-28/2017-09-03"
    assert relative_value(PUB, "month", -2, 0) == "2017-07/2017-09"
    assert relative_value(PUB, "day", -7, -2) == "2017-08-29/2017-09-03"
    assert relative_value(PUB, "year", -1, 0) == "2016/2017"


def test_the_year_of_a_month_written_without_one():
    def never():
        raise AssertionError("the clause is asked only when no modifier decides")

    assert infer_year(8, None, None, PUB, lambda: False) == 2017
    assert infer_year(10, None, None, PUB, lambda: False) == 2016
    assert infer_year(10, None, None, PUB, lambda: True) == 2017
    assert infer_year(9, None, "past", PUB, never) == 2016
    assert infer_year(1, 20, "future", PUB, never) == 2018
    assert infer_year(1, 20, None, None, never) is None


def test_weekdays():
    assert weekday_value(PUB, 4, None, lambda: False) == "2017-09-01"
    assert weekday_value(PUB, 4, "future", lambda: False) == "2017-09-08"
    assert weekday_value(PUB, 1, "past", lambda: False) == "2017-08-29"
    assert weekday_value(PUB, 1, None, lambda: False) == "2017-09-05"


@pytest.mark.parametrize("pub,n,kind,sign,expected", [
    (PUB, 2, "month", -1, ("2017-07", "month")),
    (PUB, 5, "hour", -1, ("2017-09-05", "day")),
    (PUB, 1, "decade", -1, ("2007", "year")),
    (PUB, 2, "week", 1, ("2017-09-19", "day")),
    (None, 3, "decade", -1, (None, "decade")),
    (None, 3, "week", -1, (None, "day")),
])
def test_durations(pub, n, kind, sign, expected):
    assert duration_value(pub, n, kind, sign) == expected
