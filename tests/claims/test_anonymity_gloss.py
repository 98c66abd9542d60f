"""The anonymity gloss after a speaker (طالباً عدم الكشف عن اسمه) is no claim; the cue's content follows it."""
from test_claims_constructions import claims_of  # the shared helper: spans are exact slices of the text


def _claims(text: str):
    """(speaker, cue, content) of the claims (reports left out) of the paragraphs of ``text``."""
    return [(c.speaker.text, c.cue.text, c.content.text) for c in claims_of(*text.split("\n\n")) if c.kind != "report"]


def test_gloss_between_speaker_and_complementiser():
    assert _claims("وقال مسؤول، طالبا عدم الكشف عن اسمه، إن الوضع هادئ.") == [("مسؤول", "وقال", "الوضع هادئ")]


def test_gloss_before_a_quotation():
    got = _claims('وقال مدير في إحدى الشركات، رافضا الكشف عن هويته نظرا لحساسية المسألة "خسرنا العام الماضي أموالا كثيرة".')
    assert [(s, c) for s, c, _ in got] == [("مدير في إحدى الشركات", "وقال")]
    assert "خسرنا" in got[0][2]


def test_refusing_to_disclose_something_else_is_still_read():
    got = _claims("ورفض الوزير الكشف عن تفاصيل الاتفاق.")
    assert [(s, c) for s, c, _ in got] == [("الوزير", "ورفض")]
