"""A plural nisba in -يين right after a singular subject or a name is the object of دعا/طالب, not an adjective of
the subject (دعا التحالف الحوثيين إلى …): a subject is nominative (its plural adjective ends in -يون) and a singular
takes no plural adjective. After a plural in construct it still describes it (نقابة الصحافيين الفلسطينيين)."""
from __future__ import annotations


def test_a_plural_nisba_after_a_singular_subject_is_the_object(claims_of):
    (c,) = claims_of("ودعا التحالف الحوثيين إلى وقف إطلاق النار.")
    assert c.speaker.text == "التحالف"
    assert c.content.text == "الحوثيين إلى وقف إطلاق النار"


def test_a_plural_nisba_after_a_name_is_the_object(claims_of):
    (c,) = claims_of("ودعا الرئيس التونسي قيس سعيد التونسيين إلى الهدوء.")
    assert c.speaker.text == "الرئيس التونسي قيس سعيد"
    assert c.content.text == "التونسيين إلى الهدوء"


def test_a_plural_nisba_after_a_plural_describes_it(claims_of):
    (c,) = claims_of("وطالبت نقابة الصحافيين الفلسطينيين بالإفراج عن الصحفي.")
    assert c.speaker.text == "نقابة الصحافيين الفلسطينيين"
    (c,) = claims_of("وقال المسؤولون العراقيون إن الوضع مستقر.")
    assert c.speaker.text == "المسؤولون العراقيون"
