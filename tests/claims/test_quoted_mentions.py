"""Phrases around a speaker that are no speaker. A short quotation may be a name (a speaker, or a mention an elided
speaker resolves to: «داعش»، "حزب الله"), but not one whose first word carries a preposition (a description: وصفته
"ببريد الكراهية") or the accusative tanween (a predicate: بأن هناك "خطرًا على الدوام"). A year (عام 2013) is a time
adjunct like a weekday."""
from __future__ import annotations


def test_a_quoted_description_is_no_antecedent(claims_of):
    (c,) = claims_of('وقالت ناز شاه، عضوة البرلمان عن حزب العمال عددا كبيرا من الناس عثروا على الخطاب الذي وصفته '
                     '"ببريد الكراهية" على أبواب منازلهم. وأضافت أن هذه الخطابات تستهدف زرع الخوف.')
    assert c.speaker.text == "ناز شاه"


def test_a_quoted_accusative_is_no_antecedent(claims_of):
    claims = claims_of('وقال كوتس "لو سألني لاقترحت طريقة مختلفة". وأقرّ كوتس بأن هناك "خطرًا على الدوام". '
                       'لكنه استبعد أن تكون الكرة مجهزة بميكروفون.')
    assert [c.speaker.text for c in claims] == ["كوتس"] * 3


def test_a_quoted_name_is_still_a_speaker(claims_of):
    (c,) = claims_of('وقال "حزب الله" في بيان إن مقاتليه استهدفوا موقعا عسكريا.')
    assert c.speaker.text == '"حزب الله"'


def test_a_year_between_the_verb_and_its_complementiser_is_a_time_adjunct(claims_of):
    (c,) = claims_of("وكانت وزارة العمل أعلنت عام 2013 أن نحو 95 ألف عامل مخالفون.")
    assert c.speaker.text == "وزارة العمل"
    assert c.content.text.startswith("نحو 95 ألف")


def test_a_year_inside_the_words_stays_there(claims_of):
    (c,) = claims_of("وقال الوزير إن عام 2013 شهد انخفاضا في البطالة.")
    assert c.content.text.startswith("عام 2013 شهد")


def test_the_subject_before_an_apposition_with_wahuwa(claims_of):
    (c,) = claims_of("لكن شركة أوتوستراد، وهي وحدة تابعة لمجموعة أتلانتيا المسجلة في ميلانو، قالت إنها أجرت فحوصا.")
    assert c.speaker.text == "شركة أوتوستراد"


def test_alaan_is_a_time_word_not_a_subject(claims_of):
    (c,) = claims_of("ويحذر الخبراء الآن من أن نقص المياه في البلاد ربما يشكل تهديدا أكبر.")
    assert c.speaker.text == "الخبراء"
    assert c.content.text.startswith("نقص المياه")


def test_a_joking_manner_participle_is_no_subject(claims_of):
    claims = claims_of('وقال كوتس إن هناك خطرا. وتابع ممازحا "لدينا القدرة على التحكم في أشياء كهذه".')
    assert [c.speaker.text for c in claims] == ["كوتس", "كوتس"]
