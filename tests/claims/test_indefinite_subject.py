"""An indefinite speaker with an adjective, then the object (VSO): the adjective ends the speaker phrase."""
from test_claims_constructions import claims_of  # the shared helper: spans are exact slices of the text


def _claims(text: str):
    """(speaker, content) of the claims (reports left out) of the paragraphs of ``text``."""
    return [(c.speaker.text, c.content.text) for c in claims_of(*text.split("\n\n")) if c.kind != "report"]


def test_indefinite_subject_with_nisba_adjective_then_object():
    got = _claims("نفى مستشفى مصري التسبب في وفاة السائح.")
    assert got == [("مستشفى مصري", "التسبب في وفاة السائح")]


def test_feminine_noun_in_construct_is_not_taken_for_an_adjective():
    got = _claims("وقال ممثل حرية الصحافة في المنظمة إن الوضع سيئ.")
    assert got and got[0][0].startswith("ممثل حرية الصحافة")


def test_report_noun_and_branch_noun_head_speaker_phrases():
    got = _claims("وانتقد فرع الرابطة ما أسماه بالمغالطات.\n\nوقال البلاغ إن الوضع هادئ.")
    assert ("فرع الرابطة", "ما أسماه بالمغالطات") in got
    assert ("البلاغ", "الوضع هادئ") in got


def test_feminine_participle_after_a_document_speaker_takes_its_issuer():
    got = _claims("وكان بلاغ الداخلية نفى ما أوردته الرابطة من معطيات، مؤكدة استعدادها لاتخاذ الإجراءات.")
    assert got[0][0] == "بلاغ الداخلية"
    assert got[1] == ("الداخلية", "استعدادها لاتخاذ الإجراءات")
    masc = _claims("وأكد بيان الوزارة أن الوضع هادئ، مشيرا إلى أن الاتصالات مستمرة.")
    assert [s for s, _ in masc] == ["بيان الوزارة", "بيان الوزارة"]  # agrees with the head: kept


def test_counted_plural_speaker_before_the_verb():
    got = _claims("لكن ثلاث وكالات سفر في الدوحة قالت إنها توقفت عن البيع.")
    assert got and got[0][0] == "ثلاث وكالات سفر في الدوحة"
    assert _claims("وقال ثلاثة مسؤولين إن الوضع هادئ.")[0][0] == "ثلاثة مسؤولين"
