"""Kinds of number expressions added on the own dev pages' misses: compound thousands, definite number words,
a noun restricted to one, definite multipliers and spans after a proclitic (sentences written for these tests)."""
from __future__ import annotations

from isnad.facts.numbers import find_numbers


def read(text):
    out = find_numbers(text)
    for n in out:
        assert text[n.start:n.end] == n.text
    return [(n.text, n.value, n.unit) for n in out]


def test_thousands_and_a_smaller_amount_are_one_number():
    assert read("استفاد 11 ألفاً و300 طالب") == [("11 ألفاً و300 طالب", 11300, "طالب")]
    assert read("وزعت على 3 ملايين و500 ألف شخص") == [("3 ملايين و500 ألف شخص", 3500000, "شخص")]
    assert read("بلغ العدد 11 ألفا وثلاثمائة طالب") == [("11 ألفا وثلاثمائة طالب", 11300, "طالب")]


def test_a_counted_noun_between_keeps_two_numbers():
    assert read("سقط 5 آلاف قتيل و200 جريح") == [("5 آلاف قتيل", 5000, "قتيل"), ("200 جريح", 200, "جريح")]
    assert [v for _, v, _ in read("بين 40 ألفاً و300 ألف")] == [40000, 300000]  # a range, not a sum


def test_a_share_after_a_multiplier_is_a_share_of_the_multiplier():
    assert read("يعيش 3 ملايين ونصف المليون لاجئ") == [("3 ملايين ونصف المليون لاجئ", 3500000, "لاجئ")]
    assert read("ثلاثة ملايين ونصف") == [("ثلاثة ملايين ونصف", 3500000, None)]
    assert read("زار البلاد مليونا وربع المليون سائح") == [("مليونا وربع المليون سائح", 1250000, "سائح")]
    assert read("نزح نصف المليون شخص") == [("نصف المليون شخص", 500000, "شخص")]


def test_a_definite_multiplier_alone():
    assert read("الأعداد تجاوزت المليون في العاصمة") == [("المليون", 1000000, None)]
    assert read("خسائر قرابة المليار دولار")[0][1:] == (1000000000, "دولار")
    assert read("تركيزه جزء في المليون") == []  # a ratio
    assert read("استقبلوا الزائر المليون") == []  # an ordinal
    assert read("من الألف إلى الياء") == []  # الألف is not read alone


def test_definite_number_words_with_their_noun():
    assert read("خلال الخمس سنوات الماضية") == [("الخمس سنوات", 5, "سنة")]
    assert read("صورة بالأبعاد الثلاثة") == [("الأبعاد الثلاثة", 3, None)]
    assert read("اجتماع القوى الست") == [("القوى الست", 6, "قوة")]
    assert read("عقد الاجتماع يوم الاثنين") == []
    assert read("أعضاء اللجنة الوطنية الخمسة") == []  # an adjective is not a broken plural
    assert read("احتفل بالذكرى الستين") == []
    assert read("قتل الثلاثة الذين") == []


def test_any_noun_restricted_to_one():
    assert read("أتى الحريق على مخزن واحد فقط") == [("مخزن واحد", 1, "مخزن")]
    assert read("لم يسجل سوى هدفاً واحداً") == [("هدفاً واحداً", 1, "هدف")]
    assert read("وقعوا في آن واحد") == []  # no restrictive word: an idiom
    assert read("هو واحد فقط") == []
    assert read("يستخدم واحد فقط") == []


def test_spans_start_after_a_proclitic():
    assert read("فرقت تجمعاً لمئات من البدون")[0][0] == "مئات"
    assert read("قتل وخمسة أشخاص") == [("خمسة أشخاص", 5, "شخص")]
    assert read("وصل لنحو 30 شخصا")[0][0] == "نحو 30 شخصا"
    assert read("مكث لليوم العاشر")[0][0] == "لليوم العاشر"  # the elided article is kept


def test_definite_compounds_and_four_digit_ranges():
    assert read("مرت الأيام السبع والعشرون") == []  # a definite compound is not the unit alone
    assert read("تحمل ما بين 1500 و2000 حبة") == [("1500", 1500, "حبة"), ("2000 حبة", 2000, "حبة")]
    assert read("بين 2010 و2015") == []  # years


def test_compound_teens_with_the_article():
    assert read("عاد الخمسة عشر شخصاً إلى بيوتهم") == [("الخمسة عشر شخصاً", 15, "شخص")]
    assert read("خلال الاثني عشر شهراً الماضية") == [("الاثني عشر شهراً", 12, "شهر")]
    assert read("وقعت الدول التسع عشرة الأعضاء") == [("الدول التسع عشرة", 19, "دولة")]  # the noun before
    assert read("قتل خمسة عشر شخصاً") == [("خمسة عشر شخصاً", 15, "شخص")]
    assert read("في الخامس عشر من الشهر") == []  # an ordinal
    assert read("تأهل الفريق إلى دور الستة عشر") == []  # a round's name


def test_a_word_with_a_proclitic_is_not_the_counted_noun():
    assert read("قتل 5 آلاف وأصيب آخرون") == [("5 آلاف", 5000, None)]
    assert read("سمح لألفي بتلقي اللقاح") == [("ألفي", 2000, None)]
    assert read("عين 20 وزيراً") == [("20 وزيراً", 20, "وزير")]  # و of the root
    assert read("نظمت 22 فعالية") == [("22 فعالية", 22, "فعالية")]  # ف of the root


def test_two_word_units():
    assert read("لا تتجاوز 25 متراً مكعباً في الثانية") == [("تتجاوز 25 متراً مكعباً", 25, "متر مكعب")]
    assert read("مساحتها 5 كيلومترات مربعة") == [("5 كيلومترات مربعة", 5, "كيلومتر مربع")]
    assert read("بطول 30 متراً جديداً") == [("30 متراً", 30, "متر")]  # not a measure's adjective


def test_a_total_before_a_closing_quote_is_an_amount():
    assert read('قال إن الفريق فاز بـ3 من أصل 46"') == [("3", 3, None), ("46", 46, None)]
    assert read('قال: "تم توقيف حوالي 350"') == [("حوالي 350", 350, None)]
    assert read("عاد إلى «دير الزور 24» أمس") == []  # the last word of a quoted name


def test_a_four_digit_number_after_2100_is_not_a_year():
    assert read("أدى إلى إجبار 2500 على الفرار") == [("2500", 2500, None)]
    assert read("وقع ذلك في 1990 على الحدود") == []  # a year


def test_identifier_heads_across_the_article_and_a_proclitic():
    assert read("تأهل لدور الـ16 من البطولة") == []
    assert read("صدر القانون المعروف برقم 10 أمس") == []
    assert read("قتل 16 شخصاً في الدور الأرضي") == [("16 شخصاً", 16, "شخص")]


def test_duals_of_time():
    assert read("خلال يومين") == [("يومين", 2, "يوم")]
    assert read("منذ شهرين") == [("شهرين", 2, "شهر")]
    assert read("بعد عامين") == [("عامين", 2, "عام")]
