"""Organisation names with a coordinated genitive (وزارة الصحة والسكان، هيئة الحقيقة والكرامة) as the subject of a
cue that takes a noun-phrase object: the و-word continues the name, since an object never opens with و."""
from __future__ import annotations


def test_a_coordinated_genitive_continues_the_subject_before_a_noun_phrase_object(claims_of):
    (c,) = claims_of("نفت مديرية الصحة والسكان لولاية وهران، اليوم الأربعاء، ما تداولته صفحات على فيسبوك "
                     "عن نفاد الأكسجين.")
    assert c.speaker.text == "مديرية الصحة والسكان لولاية وهران"
    assert c.stance == "deny"
    assert c.content.text.startswith("ما تداولته صفحات")


def test_a_call_by_a_body_with_a_coordinated_name(claims_of):
    (c,) = claims_of("دعت وزارة الخارجية والتعاون الدولي المجتمع الدولي إلى التدخل.")
    assert c.speaker.text == "وزارة الخارجية والتعاون الدولي"
    assert c.content.text.startswith("المجتمع الدولي إلى التدخل")


def test_a_second_definite_object_after_a_one_word_subject_still_ends_it(claims_of):
    (c,) = claims_of("نفت الوزارة الخبر والأنباء التي تداولتها الصفحات.")
    assert c.speaker.text == "الوزارة"
    assert c.content.text.startswith("الخبر والأنباء")
