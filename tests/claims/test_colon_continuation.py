"""Words quoted after a colon carried on over the next first-person sentences (:mod:`isnad.claims.continuation`)."""
from __future__ import annotations


def test_first_person_sentence_after_colon_speech_continues_it(claims_of):
    (c,) = claims_of("وقال المدير في مؤتمر صحافي: نعترف بالخطأ. لفترة طويلة كنا على اقتناع بأن العلاج كان كافيا.")
    assert c.content.text.endswith("كنا على اقتناع بأن العلاج كان كافيا")


def test_the_writers_own_sentence_ends_it(claims_of):
    (c,) = claims_of("وقال المدير في مؤتمر صحافي: نعترف بالخطأ. وشارك في المباراة ألف مشجع.")
    assert c.content.text == "نعترف بالخطأ"


def test_a_sentence_with_a_cue_or_a_new_paragraph_ends_it(claims_of):
    out = claims_of("وقال المدير: نعترف بالخطأ. وقالت اللاعبة إننا لم نتلق أي اتصال.")
    assert out[0].content.text == "نعترف بالخطأ" and len(out) == 2
    (c,) = claims_of("وقال المدير: نعترف بالخطأ.", "كنا على اقتناع بأن العلاج كان كافيا.")
    assert c.content.text == "نعترف بالخطأ"


def test_a_clause_content_is_not_carried_on(claims_of):
    (c,) = claims_of("وقال المدير إن الفريق اعترف بالخطأ. كنا على اقتناع بأن العلاج كان كافيا.")
    assert c.content.text == "الفريق اعترف بالخطأ"
