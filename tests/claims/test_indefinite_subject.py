"""An indefinite speaker with an adjective, then the object (VSO): the adjective ends the speaker phrase."""
from isnad.ingest import parse_page
from isnad.pipeline import Pipeline


def _claims(text: str):
    doc = Pipeline(disable=("ner",))(parse_page("عنوان الخبر\n\n" + text, source="t"))
    return [(c.speaker.text, c.content.text) for a in doc.articles for c in a.claims]


def test_indefinite_subject_with_nisba_adjective_then_object():
    got = _claims("نفى مستشفى مصري التسبب في وفاة السائح.")
    assert got == [("مستشفى مصري", "التسبب في وفاة السائح")]


def test_feminine_noun_in_construct_is_not_taken_for_an_adjective():
    got = _claims("وقال ممثل حرية الصحافة في المنظمة إن الوضع سيئ.")
    assert got and got[0][0].startswith("ممثل حرية الصحافة")
