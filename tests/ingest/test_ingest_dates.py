"""Date stamps printed in page furniture."""
from __future__ import annotations

import pytest

from isnad.ingest.dates import date_line, find_date


@pytest.mark.parametrize("line, iso", [
    ("2014-08-04 - 4:59 م", "2014-08-04"),
    ("Wed, 30 May 2018 00:25:38 +0400", "2018-05-30"),
    ("الثلاثاء، 12 مارس 2024 10:35 ص", "2024-03-12"),
    ("نُشر في 2023/11/05 الساعة 14:20", "2023-11-05"),
    ("تاريخ النشر: 17-08-2022 | 09:15", "2022-08-17"),
    ("الأحد 3 تشرين الثاني 2023 - آخر تحديث: 15:40", "2023-11-03"),
    ("الإثنين 6 نونبر 2023 - 12:30", "2023-11-06"),
    ("الخميس 14 ربيع الأول 1445 هـ - 28 سبتمبر 2023", "2023-09-28"),
    ("الأربعاء ٣٠ مايو ٢٠١٨", "2018-05-30"),
    ("Updated June 5, 2021 10:00 GMT", "2021-06-05"),
    ("السبت 12/03/2022", "2022-03-12"),
    ("5 جويلية 2019", "2019-07-05"),
])
def test_date_lines(line, iso):
    assert date_line(line) == iso


@pytest.mark.parametrize("line", [
    "وقال الوزير في 12 مارس 2024 إن الاتفاق سيدخل حيز التنفيذ قريباً.",  # a sentence mentioning a date
    "31-02-2024",                                                         # no such day
    "قبل 3 ساعات",                                                        # relative: no full date
])
def test_not_date_lines(line):
    assert date_line(line) is None


def test_find_date_inside_text():
    assert find_date("وقع الحادث في 7 أكتوبر 2023 قرب الحدود")[0] == "2023-10-07"
    assert find_date("لا تاريخ هنا") is None
