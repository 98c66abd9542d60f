"""A straight quotation mark glued to a comma, with a space after it, closes the quotation (… الأجهزة،" حسب ما
نشرته …); glued to a comma with a word right after it, it opens one (وقال،"نحن …")."""
from __future__ import annotations

from isnad.arabic.quotes import find_quotes


def _quotes(text):
    return [(text[a:b], closed) for a, b, closed in find_quotes(text, [(0, len(text))])]


def test_a_mark_after_a_comma_and_before_a_space_closes():
    text = 'وقال الأب: "وقف رجل في الغرفة وقال لي: ادفع الآن،" حسب ما نشرته صحيفة "صن" البريطانية.'
    assert _quotes(text) == [('"وقف رجل في الغرفة وقال لي: ادفع الآن،"', True), ('"صن"', True)]


def test_a_mark_after_a_comma_and_before_a_word_opens():
    text = 'وقال الوزير،"نحن مستمرون في العمل" ثم غادر القاعة.'
    assert _quotes(text) == [('"نحن مستمرون في العمل"', True)]
