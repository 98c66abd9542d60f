"""Organisation names with a coordinated genitive (وزارة الصحة والسكان، هيئة الحقيقة والكرامة) or an unnamed source
at an organisation (مسؤول بوزارة …، مصدر بالجيش) as the subject of a
cue that takes a noun-phrase object: the و-word continues the name, since an object never opens with و."""
from __future__ import annotations


def test_a_coordinated_genitive_continues_the_subject_before_a_noun_phrase_object(claims_of):
    c, report = claims_of("نفت مديرية الصحة والسكان لولاية وهران، اليوم الأربعاء، ما تداولته صفحات على فيسبوك "
                          "عن نفاد الأكسجين.")
    assert (report.speaker.text, report.content.text) == ("صفحات على فيسبوك", "نفاد الأكسجين")  # the report denied
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


def test_an_unnamed_source_at_an_organisation_keeps_it_before_a_noun_phrase_object(claims_of):
    (c,) = claims_of("نفى مسؤول بوزارة الشؤون المحلية والبيئة أي تراجع عن التزامات الدولة.")
    assert c.speaker.text == "مسؤول بوزارة الشؤون المحلية والبيئة"
    assert c.content.text == "أي تراجع عن التزامات الدولة"
    (c,) = claims_of("نفى مصدر بالجيش الخبر الذي نشرته الصحيفة.")
    assert c.speaker.text == "مصدر بالجيش" and c.content.text == "الخبر الذي نشرته الصحيفة"


def test_a_finite_anonymity_gloss_between_commas_is_skipped(claims_of):
    (c,) = claims_of("نفى مسؤول بالوزارة، طلب عدم نشر اسمه، أي تراجع عن التزامات الدولة.")
    assert c.speaker.text == "مسؤول بالوزارة"
    assert c.content.text == "أي تراجع عن التزامات الدولة"


def test_murajjihan_continues_the_speaker(claims_of):
    claims = claims_of("وقال مصدر أمني إن الحريق اندلع فجرا، مرجحاً أن تكون خلايا تابعة للتنظيم وراء الهجوم.")
    (c,) = [c for c in claims if c.cue.text == "مرجحاً"]
    assert c.speaker.text == "مصدر أمني"
    assert c.content.text == "تكون خلايا تابعة للتنظيم وراء الهجوم"


def test_a_common_noun_in_a_title_chain_is_no_name(claims_of):
    # إعلام is no name (the news has الإعلام far more than إعلام): the chain goes on to the company
    claims = claims_of("وقال مدير إعلام شركة نفط الشمال إن برنامج الصيانة نفذ كاملاً.")
    assert [c.speaker.text for c in claims] == ["مدير إعلام شركة نفط الشمال"]
