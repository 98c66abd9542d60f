"""Written forms that normalisation folds together: a taa marbuta is no object pronoun (تابعة، طالبة، إضافة are not
تابعه، طالبه، أضافه), and quoted words after an adjunct are the words, not a name in the adjunct."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence", [
    "وقال صالح في تصريح لقناة روسية تابعة للدولة إن اليمن مستعد.",
    "وقالت طالبة جامعية إن الامتحانات صعبة.",
])
def test_a_taa_marbuta_is_no_object_pronoun(claims_of, sentence):
    (c,) = claims_of(sentence)
    assert c.cue.text in ("وقال", "وقالت")


def test_an_object_pronoun_still_makes_a_cue(claims_of):
    out = claims_of("وقالت الشرطة إن المحتجين أحرقوا السيارات، وهو ما نفاه ناشطون.")
    assert [c.cue.text for c in out] == ["وقالت", "نفاه"]


def test_quoted_words_after_an_occasion(claims_of):
    (c,) = claims_of('وقال الرئيس في حفل بحديقة القصر "سوف ننسحب من الاتفاقية".')
    assert (c.speaker.text, c.content.text) == ("الرئيس", '"سوف ننسحب من الاتفاقية"')
    (c,) = claims_of('وقال الرئيس في حفل حاشد في إقليم الشمال "أنزلوا ذلك العلم فورا".')
    assert (c.speaker.text, c.content.text) == ("الرئيس", '"أنزلوا ذلك العلم فورا"')


def test_a_closed_quotation_after_a_colon_does_not_run_on(claims_of):
    out = claims_of('وقال الأمير: "نعد الشباب بالخير، وسنسعى لتوفير الترفيه لنا جميعا". وكان حفل الافتتاح شمل '
                    'أوبريت "كلنا الوطن" من كلمات الشاعر.')
    assert out[0].content.text == '"نعد الشباب بالخير، وسنسعى لتوفير الترفيه لنا جميعا"'


def test_kama_opening_a_sentence_makes_the_bare_verb_active(claims_of):
    out = claims_of("وقال الرئيس إن الخطة نجحت.", "كما حث قرابة ألف عامل على العودة إلى بلدهم.")
    assert [(c.speaker.text, c.content.text) for c in out][1] == ("الرئيس", "قرابة ألف عامل على العودة إلى بلدهم")
    # without كما, a bare verb with a noun object is read as a passive: no claim
    assert len(claims_of("وقال الرئيس إن الخطة نجحت. وأعلن الإضراب في المدينة.")) == 1
