"""Words quoted after a colon carried on over the next first-person sentences (:mod:`isnad.claims.continuation`)."""
from __future__ import annotations

from isnad.claims import extract_claims
from isnad.model import Article
from isnad.text import annotate


def claims_of(*paragraphs: str):
    art = Article(id="a1", paragraphs=list(paragraphs))
    annotate(art)
    return extract_claims(art)


def test_first_person_sentence_after_colon_speech_continues_it():
    (c,) = claims_of("وقال المدير في مؤتمر صحافي: نعترف بالخطأ. لفترة طويلة كنا على اقتناع بأن العلاج كان كافيا.")
    assert c.content.text.endswith("كنا على اقتناع بأن العلاج كان كافيا")


def test_the_writers_own_sentence_ends_it():
    (c,) = claims_of("وقال المدير في مؤتمر صحافي: نعترف بالخطأ. وشارك في المباراة ألف مشجع.")
    assert c.content.text == "نعترف بالخطأ"


def test_a_sentence_with_a_cue_or_a_new_paragraph_ends_it():
    out = claims_of("وقال المدير: نعترف بالخطأ. وقالت اللاعبة إننا لم نتلق أي اتصال.")
    assert out[0].content.text == "نعترف بالخطأ" and len(out) == 2
    (c,) = claims_of("وقال المدير: نعترف بالخطأ.", "كنا على اقتناع بأن العلاج كان كافيا.")
    assert c.content.text == "نعترف بالخطأ"


def test_a_clause_content_is_not_carried_on():
    (c,) = claims_of("وقال المدير إن الفريق اعترف بالخطأ. كنا على اقتناع بأن العلاج كان كافيا.")
    assert c.content.text == "الفريق اعترف بالخطأ"
