"""Calendar arithmetic: months and weeks, and the Hijri calendar (Umm al-Qura tables of ``hijridate`` for
1343-1500 AH, else the tabular Islamic calendar)."""
from __future__ import annotations

import math
from datetime import date, timedelta

try:  # Umm al-Qura tables (MIT); the tabular calendar is the fallback
    from hijridate import Gregorian as _Gregorian, Hijri as _Hijri
except ImportError:  # pragma: no cover
    _Gregorian = _Hijri = None


def shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    """(year, month) ``k`` months after ``y``-``m`` (before it when ``k`` is negative)."""
    z = y * 12 + (m - 1) + k
    return z // 12, z % 12 + 1


def week(d: date) -> str:
    """The ISO week of ``d`` as a range, Monday to Sunday."""
    mon = d - timedelta(days=d.weekday())
    return f"{mon.isoformat()}/{(mon + timedelta(days=6)).isoformat()}"


def valid(y: int, m: int, d: int) -> date | None:
    """The date, or None when it does not exist (31 June)."""
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _tabular_jd(y: int, m: int, d: int) -> float:
    return d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439.5 - 1


def hijri_to_gregorian(y: int, m: int, d: int) -> date:
    """Umm al-Qura calendar (``hijridate``) for 1343-1500 AH; elsewhere, or without that package, the tabular
    (arithmetic) Islamic calendar, within a day or two of the observed one."""
    if _Hijri is not None:
        try:
            return _Hijri(y, m, d).to_gregorian()
        except (ValueError, OverflowError):
            pass
    return date.fromordinal(int(_tabular_jd(y, m, d) - 1721424.5))


def gregorian_to_hijri(g: date) -> tuple[int, int, int]:
    if _Gregorian is not None:
        try:
            h = _Gregorian(g.year, g.month, g.day).to_hijri()
            return h.year, h.month, h.day
        except (ValueError, OverflowError):
            pass
    jd = g.toordinal() + 1721424.5
    y = int((30 * (jd - 1948439.5) + 10646) // 10631)
    m = min(12, int(math.ceil((jd - (29 + _tabular_jd(y, 1, 1))) / 29.5)) + 1)
    return y, m, int(jd - _tabular_jd(y, m, 1)) + 1
