"""Groups and pages that speak online: على + an online medium stays in the speaker phrase (نشطاء على مواقع التواصل
الاجتماعي، صفحات على فيسبوك), and نشطاء is a group, not a name."""
from __future__ import annotations


def test_activists_on_social_media_are_one_group_speaker(claims_of):
    (c,) = claims_of("قال نشطاء على مواقع التواصل الاجتماعي إن الشرطة اعتقلت عشرة أشخاص.")
    assert c.speaker.text == "نشطاء على مواقع التواصل الاجتماعي"
    assert c.speaker.type == "group" and c.speaker.name is None
    assert c.content.text == "الشرطة اعتقلت عشرة أشخاص"


def test_pages_on_a_named_platform(claims_of):
    (c,) = claims_of("وقالت صفحات على فيسبوك إن الشرطة اعتقلت عشرة أشخاص.")
    assert c.speaker.text == "صفحات على فيسبوك"


def test_ala_after_a_person_is_still_no_part_of_the_speaker(claims_of):
    (c,) = claims_of("وأكد الوزير على ضرورة الحوار.")
    assert c.speaker.text == "الوزير"
