"""Condemnations and feelings as agency text prints them: "in the strongest terms" between the subject and the
object, a hashtag naming the speaker (#مجلس_الأمن), and عبّر written with its shadda, which is never the
preposition عبر "via"."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("adverb", ["بأشد العبارات", "بأقوى العبارات", "بأشد العبارات الممكنة"])
def test_in_the_strongest_terms(claims_of, adverb):
    (c,) = claims_of(f"وأدانت وزارة الخارجية {adverb} الهجوم على المدرسة.")
    assert (c.speaker.text, c.stance, c.content.text) == ("وزارة الخارجية", "accuse", "الهجوم على المدرسة")


def test_a_hashtag_names_the_speaker(claims_of):
    (c,) = claims_of("أدان #مجلس_الأمن الدولي الهجمات الإرهابية على السفارة.")
    assert c.speaker.text == "#مجلس_الأمن الدولي" and c.speaker.type == "organization"
    assert c.content.text == "الهجمات الإرهابية على السفارة"


def test_the_verb_with_its_shadda_needs_no_subject_after_it(claims_of):
    out = claims_of("وقال الرئيس إن القمة ستنجح.", "وعبّر الاثنين عن ثقته بنجاح القمة.")
    assert [(c.speaker.text, c.content.text) for c in out][1] == ("الرئيس", "ثقته بنجاح القمة")
    # the preposition: no claim
    assert len(claims_of("وقال الرئيس إن القمة ستنجح.", "ووصل الوفد عبر الحدود إلى المدينة.")) == 1
