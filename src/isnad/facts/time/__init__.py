"""Dates and times in Arabic text, resolved against the article's publication date.

Recognises weekdays (يوم الجمعة، السبت الماضي، الثلاثاء المقبل، «(الخميس)»), relative expressions (أمس، اليوم،
صباح أمس، الأسبوع الماضي، الشهر المقبل، في الأيام الأخيرة), durations that point back or forward (منذ سبعة أيام،
قبل عامين، بعد يومين), full dates with Gregorian, Levantine, Maghrebi and English month names
(7 أكتوبر (تشرين الأول) 2023، 20 يناير/ كانون الثاني المقبل، كانون 2، السابع من أكتوبر، 2023-10-07، 7/10/2023),
months (في أكتوبر، أكتوبر الماضي، شهر رمضان), Hijri dates (15 رمضان 1445 هـ: Umm al-Qura tables of ``hijridate``
for 1343-1500 AH, else the tabular Islamic calendar) and years (عام 2010، منذ 2011، بين عامي 2011 و2014).

Values are ISO 8601: a day ``2017-09-02`` (precision ``day``), a week ``2017-08-28/2017-09-03`` (Monday to
Sunday, ``week``), a month ``2017-08`` (``month``), a year ``2016`` (``year``) or a span ``a/b`` (``range``).
Without a publication date relative expressions keep ``value: null`` (their precision is still given). Word
lists are data: ``isnad/data/months.tsv`` (shared with ingestion) and ``isnad/facts/data/{weekdays,time_words,
time_relative}.tsv``.

Modules: :mod:`.lexicon` (the word lists), :mod:`.reader` (the matchers and the whole pass: :func:`read_times`),
:mod:`.resolve` (values against the publication date), :mod:`.calendar` (Gregorian and Hijri arithmetic).
"""
from .calendar import gregorian_to_hijri, hijri_to_gregorian
from .lexicon import months
from .reader import find_times, read_times, time_reader

__all__ = ["find_times", "gregorian_to_hijri", "hijri_to_gregorian", "months", "read_times", "time_reader"]
