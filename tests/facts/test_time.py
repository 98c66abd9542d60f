"""Dates and times (isnad.facts.time), resolved against a publication date."""
from __future__ import annotations

import importlib.util

from isnad.facts.time import find_times, gregorian_to_hijri, hijri_to_gregorian


def times(text, published="2017-09-05"):
    out = find_times(text, published=published)
    for t in out:
        assert text[t.start:t.end] == t.text
    return [(t.value, t.precision) for t in out]


def test_weekdays_against_the_publication_date():  # 2017-09-05 is a Tuesday
    assert times("أصدر الحزب بياناً السبت الماضي") == [("2017-09-02", "day")]
    assert times("ظهر المقاتلون في البلدة يوم الجمعة") == [("2017-09-01", "day")]
    assert times("انطلقت القافلة يوم الثلاثاء الماضي") == [("2017-08-29", "day")]
    assert times("وصل الوزير (الخميس) إلى العاصمة") == [("2017-08-31", "day")]


def test_future_weekdays():
    assert times("يعقد المجلس جلسة الأربعاء المقبل") == [("2017-09-06", "day")]
    assert times("سيصل الوفد يوم الأحد إلى جنيف") == [("2017-09-10", "day")]


def test_relative_days_weeks_months_years():
    assert times("قال مسؤول أمس") == [("2017-09-04", "day")]
    assert times("اندلعت الاشتباكات مساء أمس") == [("2017-09-04", "day")]
    assert times("أعلنت الوزارة اليوم") == [("2017-09-05", "day")]
    assert times("وقع الحادث الأسبوع الماضي") == [("2017-08-28/2017-09-03", "week")]
    assert times("ارتفعت الأسعار الشهر الماضي") == [("2017-08", "month")]
    assert times("تراجعت الصادرات العام الماضي") == [("2016", "year")]
    assert times("وصلوا إلى البلدة في الأيام الأخيرة") == [("2017-08-29/2017-09-05", "range")]


def test_durations_point_back_from_the_publication_date():
    assert times("ما زالت القافلة متوقفة منذ سبعة أيام") == [("2017-08-29", "day")]
    assert times("غادر السفير قبل شهرين") == [("2017-07", "month")]
    assert times("وقعت الاتفاقية قبل عامين") == [("2015", "year")]
    assert times("قتل جنديان قبل يومين من الهجوم") == [(None, None)]  # relative to an event


def test_full_dates_with_gregorian_and_levantine_months():
    assert times("شن الهجوم في 7 أكتوبر (تشرين الأول) 2023") == [("2023-10-07", "day")]
    assert times("يتسلم مهامه في 20 يناير (كانون الثاني) المقبل") == [("2018-01-20", "day")]
    assert times("بدأت الاحتجاجات في 17 كانون 2 2019") == [("2019-01-17", "day")]
    assert times("عقدت القمة في 15 تشرين الثاني/نوفمبر 2022") == [("2022-11-15", "day")]
    assert times("في السابع من أكتوبر") == [("2016-10-07", "day")]
    assert times("صدر القرار في 2023-11-22 ونشر في 12/09/2021") == [("2023-11-22", "day"), ("2021-09-12", "day")]


def test_months_and_years():
    assert times("نشرت الوثيقة في أكتوبر 2015") == [("2015-10", "month")]
    assert times("أعلنت النتائج في أغسطس الماضي") == [("2017-08", "month")]  # the last August before
    assert times("تأسست الحركة عام 1987") == [("1987", "year")]
    assert times("حكم البلاد بين عامي 2000 و2014") == [("2000/2014", "range")]
    assert times("ومارس المسؤولون ضغوطاً") == []  # مارس the verb, not March


def test_hijri_dates():
    assert times("أول أيام الصيام 1 رمضان 1445 هـ") == [("2024-03-11", "day")]
    expected = "2024-07-07" if importlib.util.find_spec("hijridate") else "2024-07-08"  # Umm al-Qura / tabular
    assert hijri_to_gregorian(1446, 1, 1).isoformat() == expected
    assert gregorian_to_hijri(hijri_to_gregorian(1438, 12, 10)) == (1438, 12, 10)
    assert times("تستعد المساجد لشهر رمضان", published="2024-03-20") == [("2024-03-11/2024-04-09", "month")]


def test_without_a_publication_date_relative_expressions_stay_unresolved():
    assert times("قال مسؤول أمس إن الهجوم وقع في 7 أكتوبر 2023", published=None) == [
        (None, "day"), ("2023-10-07", "day")]


def test_not_dates():
    assert times("قال الوزير إن اليوم التالي للحرب يحتاج خطة") == []
    assert times("تجاوز عدد الضحايا عشرة آلاف في اليوم العاشر") == []


def test_since_a_weekday_is_that_day_not_a_day_ago():
    from isnad.facts.time import find_times

    got = [(t.text, t.value) for t in find_times("تتساقط الأمطار منذ يوم الخميس", published="2024-02-12")]
    assert got == [("يوم الخميس", "2024-02-08")]
    assert [t.value for t in find_times("غادر منذ يوم واحد", published="2024-02-12")] == ["2024-02-11"]
