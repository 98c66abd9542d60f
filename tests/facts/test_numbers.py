"""Quantities (isnad.facts.numbers), one construction per test, on sentences written for these tests."""
from __future__ import annotations

from isnad.facts.numbers import find_numbers
from isnad.facts.time import read_times


def found(text):
    _, dates = read_times(text, None, None)
    out = find_numbers(text, exclude=dates)
    for n in out:
        assert text[n.start:n.end] == n.text
    return out


def nums(text):
    return [(n.value, n.unit, n.approximate) for n in found(text)]


def spans(text):
    return [n.text for n in found(text)]


def test_digits_ascii_and_arabic_indic_with_separators():
    assert nums("أصيب 12 شخصاً") == [(12, "شخص", False)]
    assert nums("وصل ١٥٠ لاجئاً") == [(150, "لاجئ", False)]
    assert nums("بلغت الكلفة 1,250 دولاراً") == [(1250, "دولار", False)]
    assert nums("تبلغ المساحة 2.5 كيلومتر") == [(2.5, "كيلومتر", False)]


def test_decimal_comma_with_a_multiplier():
    assert nums("خصص البنك 2,5 مليون دولار") == [(2500000, "دولار", False)]
    assert nums("انتشر 3 آلاف جندي") == [(3000, "جندي", False)]


def test_number_words_with_gender_case_and_compounds():
    assert nums("استمرت المعارك سبعة أيام") == [(7, "يوم", False)]
    assert nums("احترقت أربع حافلات") == [(4, "حافلة", False)]
    assert nums("عبرت ثلاثمائة عائلة") == [(300, "عائلة", False)]
    assert nums("شارك خمسة وعشرون وفداً") == [(25, "وفد", False)]
    assert nums("وصل ألفين جندي") == [(2000, "جندي", False)]
    assert nums("أعيد ثلاثة عشر أسيراً") == [(13, "أسير", False)]


def test_vague_plurals_are_coded_and_approximate():
    assert nums("أطلقت عشرات الصواريخ") == [(10, "صاروخ", True)]
    assert nums("وصل مئات من مقاتلي التنظيم") == [(100, "مقاتل", True)]
    assert nums("نشرت الآلاف من الجنود") == [(1000, "جندي", True)]
    assert nums("فر عشرات الآلاف من السكان") == [(10000, "ساكن", True)]


def test_hedges_before_and_after():
    assert nums("قتل نحو 700 مقاتل") == [(700, "مقاتل", True)]
    assert nums("اعتقل أكثر من 50 شخصاً") == [(50, "شخص", True)]
    assert nums("احتجز لنحو أربعة أشهر") == [(4, "شهر", True)]
    assert nums("تعرض للضرب مرتين على الأقل") == [(2, "مرة", True)]


def test_percentages():
    assert nums("يسيطر على 80 في المائة من المساحة") == [(80, "%", False)]
    assert nums("ارتفعت الأسعار 12 بالمئة") == [(12, "%", False)]
    assert nums("ارتفع بنسبة 3.5%") == [(3.5, "%", False)]


def test_ranges_give_both_bounds():
    assert nums("قتل بين 10 و20 شخصاً") == [(10, "شخص", True), (20, "شخص", True)]
    assert nums("تستمر من 3 إلى 5 أيام") == [(3, "يوم", True), (5, "يوم", True)]
    assert nums("قتل ثلاثة أو أربعة عناصر") == [(3, "عنصر", True), (4, "عنصر", True)]
    # the upper bound's multiplier and per cent apply to the lower one; each bound is its own span
    assert nums("شارك بين 50 و70 ألفاً") == [(50000, None, True), (70000, None, True)]
    assert nums("تراجعت بين 40 و50 في المئة") == [(40, "%", True), (50, "%", True)]
    assert spans("تتراوح الحرارة بين 40 و46 درجة") == ["40", "46 درجة"]


def test_duals_of_measure_and_money_and_with_the_article():
    assert nums("على بعد مترين من الحدود") == [(2, "متر", False)]
    assert nums("دفع دينارين") == [(2, "دينار", False)]
    assert nums("خلال اليومين الماضيين") == [(2, "يوم", False)]
    assert nums("ارتفعت ضعفي ما كانت عليه") == [(2, "ضعف", False)]


def test_a_fraction_with_a_pronoun_is_a_share_of_what_was_counted():
    assert nums("وصل 400 لاجئ ونصفهم أطفال") == [(400, "لاجئ", False), (0.5, "لاجئ", False)]
    assert nums("ربعها") == [(0.25, None, False)]


def test_a_counted_noun_with_one():
    assert nums("يوزع لتر واحد لكل أسرة") == [(1, "لتر", False)]
    assert nums("تعمل محطة تحلية واحدة") == [(1, "محطة", False)]
    assert nums("بقي ليلة واحدة") == [(1, "ليلة", False)]
    assert nums("صوتوا بصوت واحد") == []  # an idiom: the noun carries a preposition
    assert nums("عمل لتر واحدة") == []  # واحدة does not agree with لتر


def test_duals_of_time_and_repetition_but_not_of_persons():
    assert nums("بقي الوفد يومين") == [(2, "يوم", False)]
    assert nums("زار المنطقة مرتين") == [(2, "مرة", False)]
    assert nums("قتل رجلان وامرأتان") == []


def test_fractions():
    assert nums("تبرع بنصف مليون دولار") == [(500000, "دولار", False)]
    assert nums("يعيش ثلث السكان في المخيمات") == [(0.3333, None, False)]


def test_unit_from_context():
    assert nums("أحصي 93 قتيلاً، بينهم 11 طفلاً و6 نساء، وتم التعرف على 75 منهم") == [
        (93, "قتيل", False), (11, "طفل", False), (6, "امرأة", False), (75, "قتيل", False)]


def test_elapsed_day_ordinals_count_but_other_ordinals_do_not():
    assert nums("تتواصل الاحتجاجات لليوم العاشر على التوالي") == [(10, "يوم", False)]
    assert nums("جاءت في المرتبة الثالثة في الدورة الثانية عشرة") == []


def test_dates_years_and_identifiers_are_not_quantities():
    assert nums("وقع الهجوم في 7 أكتوبر 2023") == []
    assert nums("تأسست الشبكة عام 2011") == []
    assert nums("قال مدير شبكة «دير الزور 24» الحقوقية") == []
    assert nums("صدر القرار 2254 عن مجلس الأمن") == []
    assert nums("حلقت طائرات إف-16 فوق المدينة") == []
    assert nums("قال أحد السكان إنها واحدة من آخر الجيوب") == []


def test_one_per_cent_in_words_is_an_amount():
    assert nums("وصل واحد في المئة فقط من المساعدات") == [(1, "%", False)]
    assert nums("لم يصل إلا واحدا في المائة") == [(1, "%", False)]
    assert nums("قال أحد المسؤولين إن الوضع صعب") == []


def test_a_definite_number_word_after_the_noun_it_counts():
    assert nums("خلال السنوات الخمس الماضية") == [(5, "سنة", False)]
    assert nums("وقعت الدول العشر على الاتفاق") == [(10, "دولة", False)]
    assert nums("وافق الطرفين الاثنين") == [(2, "طرف", False)]
    assert nums("الخمس الماضية") == []  # no noun before it


def test_monday_after_a_definite_dual_is_the_two():
    _, dates = read_times("وافق الطرفين الاثنين على الهدنة", None, None)
    assert dates == []
    _, dates = read_times("وصل الوفد يوم الاثنين", None, None)
    assert len(dates) == 1


def test_halves_two_part_fractions_and_construct_duals_of_big_multipliers():
    assert nums("منذ عامين ونصف") == [(2.5, "عام", False)]
    assert nums("ثلاثة أرباع السكان") == [(0.75, None, False)]
    assert nums("بلغت قيمتها تريليوني دولار") == [(2000000000000, "دولار", False)]
    assert nums("أنفق ملياري دولار") == [(2000000000, "دولار", False)]
