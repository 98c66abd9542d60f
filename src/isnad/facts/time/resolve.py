"""Resolution against the publication date: the value of what the reader found, as ISO 8601 (a day
``2017-09-02``, a week ``2017-08-28/2017-09-03``, a month ``2017-08``, a year ``2016`` or a span ``a/b``).

Each function takes the publication date ``pub``; where a direction depends on the clause (a weekday or month
with no modifier), ``future`` is a callable asked only when needed (does the clause speak of the future?).
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import Callable

from .calendar import gregorian_to_hijri, hijri_to_gregorian, shift_month, week

# A vague duration in days (منذ أيام): from a week to two days before the publication date.
FEW_DAYS = (-7, -2)
# Precision of an unresolved duration (no publication date), by the unit of its offset.
DURATION_PRECISION = {"day": "day", "hour": "day", "week": "day", "month": "month", "year": "year",
                      "decade": "decade"}


def publication_date(published: str | None) -> date | None:
    """The publication date (YYYY-MM-DD), or None when absent or not a date."""
    try:
        return date.fromisoformat(published) if published else None
    except ValueError:
        return None


def relative_value(pub: date, unit: str, a: int, b: int) -> str:
    """Offsets ``a``..``b`` in ``unit`` (day, week, month, year) from the publication date (0 = its own)."""
    if unit == "day":
        da, db = pub + timedelta(days=a), pub + timedelta(days=b)
        return da.isoformat() if a == b else f"{da.isoformat()}/{db.isoformat()}"
    if unit == "week":
        if a == b:
            return week(pub + timedelta(weeks=a))
        mon = pub - timedelta(days=pub.weekday())
        return f"{(mon + timedelta(weeks=a)).isoformat()}/{(mon + timedelta(weeks=b, days=6)).isoformat()}"
    if unit == "month":
        ya, ma = shift_month(pub.year, pub.month, a)
        if a == b:
            return f"{ya:04d}-{ma:02d}"
        yb, mb = shift_month(pub.year, pub.month, b)
        return f"{ya:04d}-{ma:02d}/{yb:04d}-{mb:02d}"
    if a == b:
        return f"{pub.year + a:04d}"
    return f"{pub.year + a:04d}/{pub.year + b:04d}"


def infer_year(month: int, day: int | None, mod: str | None, pub: date | None, future: Callable[[], bool]
               ) -> int | None:
    """The year of a month (and day) written without one: the last occurrence on or before the publication
    date, the next one with المقبل or a future cue, the previous one with الماضي."""
    if pub is None:
        return None
    this = (month, day or 1) <= (pub.month, pub.day if day else 31)
    if mod == "current":
        return pub.year
    if mod == "future" or (mod is None and future()):
        return pub.year if (month, day or 31) >= (pub.month, pub.day if day else 1) else pub.year + 1
    if mod == "past" and day is None and month == pub.month:
        return pub.year - 1
    return pub.year if this else pub.year - 1


def hijri_value(day: int | None, month: int, year: int | None, mod: str | None, pub: date | None
                ) -> tuple[str | None, str]:
    """(value, precision) of a Hijri date: a day, or a month as the range of its Gregorian days. Without a year,
    the year of the publication date in the Hijri calendar (the next with a future modifier, the previous with a
    past one or when the month is still to come)."""
    if year is None:
        if pub is None:
            return None, "day" if day else "month"
        hy, hm, _ = gregorian_to_hijri(pub)
        year = hy if (month <= hm or mod == "future") and mod != "past" else hy - 1
        if mod == "future" and month <= hm:
            year = hy + 1 if month < hm else hy
    if day:
        return hijri_to_gregorian(year, month, day).isoformat(), "day"
    a = hijri_to_gregorian(year, month, 1)
    ny, nm = shift_month(year, month, 1)
    b = hijri_to_gregorian(ny, nm, 1) - timedelta(days=1)
    return f"{a.isoformat()}/{b.isoformat()}", "month"


def hijri_year_value(year: int) -> str:
    """A Hijri year as the range of its Gregorian days."""
    a = hijri_to_gregorian(year, 1, 1)
    b = hijri_to_gregorian(year + 1, 1, 1) - timedelta(days=1)
    return f"{a.isoformat()}/{b.isoformat()}"


def weekday_value(pub: date, weekday: int, mod: str | None, future: Callable[[], bool]) -> str:
    """The day a weekday names: the last one on or before the publication date, the next one with المقبل or a
    future clause, the one before the publication day with الماضي."""
    delta = (pub.weekday() - weekday) % 7
    if mod == "past":
        delta = delta or 7
        d = pub - timedelta(days=delta)
    elif mod == "future" or (mod is None and future()):
        ahead = (weekday - pub.weekday()) % 7
        if mod == "future":
            ahead = ahead or 7
        d = pub + timedelta(days=ahead)
    else:
        d = pub - timedelta(days=delta)
    return d.isoformat()


def duration_value(pub: date | None, n: float, kind: str, sign: int) -> tuple[str | None, str]:
    """(value, precision) of the point ``n`` units of ``kind`` (day, hour, week, month, year, decade) before
    (``sign`` -1) or after (+1) the publication date: منذ سبعة أيام، قبل عامين، بعد يومين."""
    if pub is None:
        return None, DURATION_PRECISION[kind]
    steps = int(round(n))
    if kind == "hour":
        return pub.isoformat(), "day"
    if kind == "day":
        return (pub + timedelta(days=sign * steps)).isoformat(), "day"
    if kind == "week":
        return (pub + timedelta(weeks=sign * steps)).isoformat(), "day"
    if kind == "month":
        y, m = shift_month(pub.year, pub.month, sign * steps)
        return f"{y:04d}-{m:02d}", "month"
    years = steps * (10 if kind == "decade" else 1)
    return f"{pub.year + sign * years:04d}", "year"
