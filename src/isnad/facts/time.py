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
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from ..lexicon import load_tsv
from ..arabic.normalize import norm, to_ascii_digits
from ..arabic.tokens import tokenize, vocabulary
from ..model import TimeExpr, Token
from .numbers import amount_at, clitic_variants, ordinals, units

try:  # Umm al-Qura tables (MIT); the tabular calendar is the fallback
    from hijridate import Gregorian as _Gregorian, Hijri as _Hijri
except ImportError:  # pragma: no cover
    _Gregorian = _Hijri = None

PKG = "isnad.facts"
YEAR_MIN, YEAR_MAX = 1900, 2100
HIJRI_MIN, HIJRI_MAX = 1300, 1500
TIME_UNITS = {"يوم": "day", "ليلة": "day", "ساعة": "hour", "دقيقة": "hour", "أسبوع": "week", "شهر": "month",
              "سنة": "year", "عام": "year", "عقد": "decade"}
# Cue words before a month or a year written alone (في أكتوبر، منذ 2011).
MONTH_CUES = frozenset(norm(w) for w in ("في", "خلال", "منذ", "حتى", "مطلع", "أوائل", "أواخر", "منتصف", "نهاية",
                                         "بداية", "شهر", "شهري", "قبل", "بعد", "بين", "أواسط", "صيف", "شتاء",
                                         "خريف", "ربيع"))
# Words after اليوم that make it a day of something else, not today (اليوم التالي، اليوم نفسه).
NOT_TODAY = frozenset(norm(w) for w in ("التالي", "نفسه", "ذاته", "السابق", "الذي", "التي", "الوطني", "العالمي",
                                        "الدولي", "الموعود"))


# --- lexicons --------------------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def months() -> dict[tuple[str, ...], tuple[int, str]]:
    """Month name as normalised words -> (number, calendar). From the shared ``isnad/data/months.tsv``."""
    out = {}
    for name, number, cal in load_tsv("isnad", "data/months.tsv"):
        out[tuple(norm(w) for w in name.split())] = (int(number), cal)
    return out


@lru_cache(maxsize=1)
def weekdays() -> dict[str, int]:
    return {norm(name): int(n) for name, n in load_tsv(PKG, "data/weekdays.tsv")}


@lru_cache(maxsize=1)
def time_words() -> dict[str, str]:
    return {norm(w): role for w, role in load_tsv(PKG, "data/time_words.tsv")}


@lru_cache(maxsize=1)
def relative() -> dict[tuple[str, ...], tuple[str, int, int]]:
    return {tuple(norm(w) for w in p.split()): (unit, int(a), int(b))
            for p, unit, a, b in load_tsv(PKG, "data/time_relative.tsv")}


@lru_cache(maxsize=1)
def _triggers() -> frozenset[str]:
    """Normalised words that can start a date expression (for a quick skip of all other words)."""
    out = {w[0] for w in months()} | set(weekdays()) | {p[0] for p in relative()} | set(time_words())
    out |= {w[0] for w in ordinals()} | {norm(x) for x in ("يوم", "اليوم", "شهر", "شهري", "الساعة")}
    return frozenset(out)


def _role(w: Token) -> str | None:
    return time_words().get(w.norm)


def _int(w: Token) -> int | None:
    if w.kind != "number":
        return None
    t = to_ascii_digits(w.text)
    return int(t) if t.isdigit() else None


# --- calendar arithmetic ---------------------------------------------------------------------------------------

def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    z = y * 12 + (m - 1) + k
    return z // 12, z % 12 + 1


def _week(d: date) -> str:
    mon = d - timedelta(days=d.weekday())
    return f"{mon.isoformat()}/{(mon + timedelta(days=6)).isoformat()}"


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


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# --- the reader ------------------------------------------------------------------------------------------------

@dataclass
class _T:
    i: int
    j: int
    value: str | None
    precision: str | None
    date_like: bool = True  # numbers inside are dates, not quantities


class TimeReader:
    def __init__(self) -> None:
        self.vocab = vocabulary()

    def read(self, text: str, ws: list[Token], published: str | None) -> list[_T]:
        try:
            pub = date.fromisoformat(published) if published else None
        except ValueError:
            pub = None
        out: list[_T] = []
        i = 0
        while i < len(ws):
            t = self._at(text, ws, i, pub)
            if t is None:
                i += 1
                continue
            out.append(t)
            i = t.j
        return out

    def _at(self, text: str, ws: list[Token], i: int, pub: date | None) -> _T | None:
        w = ws[i]
        if w.kind == "word":
            if not any(v in _triggers() for v in clitic_variants(w.norm)):
                return None  # no date expression starts with this word
        elif w.kind not in ("number", "latin") and w.text != "(":
            return None
        for matcher in (self._numeric, self._day_month, self._hijri_year, self._year, self._clock, self._daypart,
                        self._weekday, self._relative, self._duration, self._month):
            t = matcher(text, ws, i, pub)
            if t is not None:
                return t
        return None

    # Absolute dates ----------------------------------------------------------------------------------------------

    def _numeric(self, text, ws, i, pub) -> _T | None:
        w = ws[i]
        if w.kind != "number":
            return None
        s = to_ascii_digits(w.text)
        parts = s.split(".")
        if len(parts) == 3 and all(p.isdigit() for p in parts):
            d = self._ymd_or_dmy([int(p) for p in parts])
            return _T(i, i + 1, d.isoformat(), "day") if d else None
        if i + 4 < len(ws) and ws[i + 1].text in "/-" and ws[i + 3].text == ws[i + 1].text:
            nums = [_int(ws[i]), _int(ws[i + 2]), _int(ws[i + 4])]
            if all(n is not None for n in nums) and all(_touch(ws[k], ws[k + 1]) for k in range(i, i + 4)):
                d = self._ymd_or_dmy(nums)
                if d:
                    return _T(i, i + 5, d.isoformat(), "day")
        return None

    @staticmethod
    def _ymd_or_dmy(n: list[int]) -> date | None:
        if YEAR_MIN <= n[0] <= YEAR_MAX:
            return _valid(n[0], n[1], n[2])
        if YEAR_MIN <= n[2] <= YEAR_MAX:
            return _valid(n[2], n[1], n[0])
        return None

    def _month_at(self, ws: list[Token], k: int) -> tuple[int, str, int] | None:
        """(month, calendar, next token) for a month name at token ``k`` (كانون الثاني، كانون 2، أكتوبر)."""
        if k >= len(ws) or ws[k].kind not in ("word", "latin"):
            return None
        table = months()
        for v in clitic_variants(ws[k].norm):
            for length in (2, 1):
                if length == 2:
                    if k + 1 >= len(ws):
                        continue
                    nxt = ws[k + 1].norm if ws[k + 1].kind != "number" else to_ascii_digits(ws[k + 1].text)
                    key = (v, nxt)
                else:
                    key = (v,)
                if key in table:
                    m, cal = table[key]
                    return m, cal, k + length
        return None

    def _alt_month(self, ws: list[Token], k: int, month: int) -> int:
        """Skip a second name of the same month: (تشرين الأول)، / كانون الثاني."""
        if k < len(ws) and ws[k].text in ("(", "/", "-"):
            got = self._month_at(ws, k + 1)
            if got and got[0] == month:
                k2 = got[2]
                if ws[k].text == "(" and k2 < len(ws) and ws[k2].text == ")":
                    k2 += 1
                return k2
        return k

    def _year_at(self, ws: list[Token], k: int, hijri: bool = False) -> tuple[int, int] | None:
        if k < len(ws):
            y = _int(ws[k])
            lo, hi = (HIJRI_MIN, HIJRI_MAX) if hijri else (YEAR_MIN, YEAR_MAX)
            if y is not None and lo <= y <= hi:
                return y, k + 1
        return None

    def _modifier(self, ws: list[Token], k: int) -> tuple[str | None, int]:
        if k < len(ws) and ws[k].kind == "word":
            r = _role(ws[k])
            if r in ("past", "future", "current"):
                return r, k + 1
        return None, k

    def _hijri_mark(self, ws: list[Token], k: int) -> int:
        if k < len(ws) and ws[k].kind == "word" and _role(ws[k]) == "hijri":
            return k + 1
        return k

    def _day_month(self, text, ws, i, pub) -> _T | None:
        """7 أكتوبر (تشرين الأول) 2023، السابع من أكتوبر، 15 رمضان 1445 هـ، أكتوبر 2023، شهر رمضان."""
        day, k = None, i
        if ws[i].kind == "number":
            d = _int(ws[i])
            if d is None or not 1 <= d <= 31:
                return None
            day, k = d, i + 1
        elif ws[i].kind == "word":
            for length in (2, 1):
                key = tuple(ws[x].norm for x in range(i, min(len(ws), i + length)))
                if len(key) == length and key in ordinals() and ordinals()[key] <= 31:
                    day, k = ordinals()[key], i + length
                    break
            if day is not None:
                if k < len(ws) and ws[k].norm == "من":
                    k += 1
                else:
                    return None
            elif _is_month_word(ws[i]):
                k = i + 1
            else:
                return None
        got = self._month_at(ws, k)
        if got is None:
            return None
        month, cal, k = got
        if day is None and not _is_month_word(ws[i]):
            return None  # a month alone is _month's
        k = self._alt_month(ws, k, month)
        hijri = cal == "hijri"
        yr = self._year_at(ws, k, hijri)
        year = None
        if yr:
            year, k = yr
            if hijri:
                k = self._hijri_mark(ws, k)
        mod, k2 = self._modifier(ws, k)
        if year is None and mod:
            k = k2
        if hijri:
            return self._hijri_value(i, k, day, month, year, mod, pub)
        if year is None:
            year = self._infer_year(month, day, mod, pub, ws, i)
        if year is None:
            return _T(i, k, None, "day" if day else "month")
        if day is None:
            return _T(i, k, f"{year:04d}-{month:02d}", "month")
        d = _valid(year, month, day)
        return _T(i, k, d.isoformat() if d else None, "day")

    def _infer_year(self, month: int, day: int | None, mod: str | None, pub: date | None, ws, i) -> int | None:
        """The year of a month (and day) written without one: the last occurrence on or before the publication
        date, the next one with المقبل or a future cue, the previous one with الماضي."""
        if pub is None:
            return None
        this = (month, day or 1) <= (pub.month, pub.day if day else 31)
        future = mod == "future" or (mod is None and self._future(ws, i))
        if mod == "current":
            return pub.year
        if future:
            return pub.year if (month, day or 31) >= (pub.month, pub.day if day else 1) else pub.year + 1
        if mod == "past" and day is None and month == pub.month:
            return pub.year - 1
        return pub.year if this else pub.year - 1

    def _hijri_value(self, i, k, day, month, year, mod, pub) -> _T:
        if year is None:
            if pub is None:
                return _T(i, k, None, "day" if day else "month")
            hy, hm, _ = gregorian_to_hijri(pub)
            year = hy if (month <= hm or mod == "future") and mod != "past" else hy - 1
            if mod == "future" and month <= hm:
                year = hy + 1 if month < hm else hy
        if day:
            return _T(i, k, hijri_to_gregorian(year, month, day).isoformat(), "day")
        a = hijri_to_gregorian(year, month, 1)
        ny, nm = _shift_month(year, month, 1)
        b = hijri_to_gregorian(ny, nm, 1) - timedelta(days=1)
        return _T(i, k, f"{a.isoformat()}/{b.isoformat()}", "month")

    def _month(self, text, ws, i, pub) -> _T | None:
        """A month name alone, after a cue or before a modifier: في أكتوبر، أكتوبر الماضي، مطلع آذار."""
        got = self._month_at(ws, i)
        if got is None:
            return None
        month, cal, k = got
        prev = ws[i - 1].norm if i > 0 and ws[i - 1].kind == "word" else ""
        cued = prev in MONTH_CUES or any(v in MONTH_CUES for v in clitic_variants(prev))
        k = self._alt_month(ws, k, month)
        mod, k2 = self._modifier(ws, k)
        yr = self._year_at(ws, k, cal == "hijri")
        if yr:
            year, k = yr
            if cal == "hijri":
                k = self._hijri_mark(ws, k)
                return self._hijri_value(i, k, None, month, year, None, pub)
            return _T(i, k, f"{year:04d}-{month:02d}", "month")
        if not (cued or mod) or cal == "hijri" and not mod:
            return None
        if mod:
            k = k2
        if cal == "hijri":
            return self._hijri_value(i, k, None, month, None, mod, pub)
        year = self._infer_year(month, None, mod, pub, ws, i)
        return _T(i, k, f"{year:04d}-{month:02d}" if year else None, "month")

    def _year(self, text, ws, i, pub) -> _T | None:
        """عام 2010، منذ 2011، في 2014، بين عامي 2011 و2014، 2011-2014."""
        k = i
        w = ws[i]
        if w.kind == "word" and _role(w) == "yearword" or (w.kind == "word" and any(
                time_words().get(v) == "yearword" for v in clitic_variants(w.norm))):
            k = i + 1
        yr = self._year_at(ws, k)
        if yr is None:
            return None
        y1, k = yr
        if k == i + 1 and ws[i].kind == "number":
            # A bare number: a year only after a cue (في 2014، منذ 2011) or in a range.
            prev = ws[i - 1].norm if i > 0 and ws[i - 1].kind == "word" else ""
            if not ({prev, *clitic_variants(prev)} & (MONTH_CUES | {"عام", "العام", "سنه", "السنه"})):
                return None
        # Range: 2011-2014، عامي 2011 و2014.
        if k + 1 < len(ws) and ws[k].text in ("-", "–", "و", "إلى", "الى", "حتى"):
            yr2 = self._year_at(ws, k + 1)
            if yr2 and yr2[0] > y1:
                return _T(i, yr2[1], f"{y1}/{yr2[0]}", "range")
        return _T(i, k, f"{y1:04d}", "year")

    def _hijri_year(self, text, ws, i, pub) -> _T | None:
        """1445 هـ: a Hijri year (range of its Gregorian days)."""
        k = i + 1 if ws[i].kind == "word" and _role(ws[i]) == "yearword" else i
        yr = self._year_at(ws, k, hijri=True)
        if yr is None:
            return None
        y, k = yr
        k2 = self._hijri_mark(ws, k)
        if k2 == k:
            return None
        a = hijri_to_gregorian(y, 1, 1)
        b = hijri_to_gregorian(y + 1, 1, 1) - timedelta(days=1)
        return _T(i, k2, f"{a.isoformat()}/{b.isoformat()}", "year")

    def _clock(self, text, ws, i, pub) -> _T | None:
        """الساعة 10:30: a time of day. Not reported as a date, but its digits are not quantities."""
        if ws[i].kind != "word" or _strip(ws[i].norm) != "ساعه" or not ws[i].norm.startswith("ال"):
            return None
        k = i + 1
        if k < len(ws) and ws[k].kind == "number":
            k += 1
            if k + 1 < len(ws) and ws[k].text == ":" and ws[k + 1].kind == "number":
                k += 2
            return _T(i, k, None, None, date_like=True)
        return None

    # Weekdays and relative expressions ---------------------------------------------------------------------------

    def _weekday_at(self, ws: list[Token], k: int) -> int | None:
        if k < len(ws) and ws[k].kind == "word":
            table = weekdays()
            for v in clitic_variants(ws[k].norm):
                if v in table:
                    return table[v]
        return None

    def _daypart(self, text, ws, i, pub) -> _T | None:
        """صباح اليوم، مساء أمس، فجر السبت، ليلة الخميس: a part of a day, resolved as that day."""
        if ws[i].kind != "word" or not any(time_words().get(v) == "daypart" for v in clitic_variants(ws[i].norm)):
            return None
        if i + 1 >= len(ws):
            return None
        inner = self._weekday(text, ws, i + 1, pub) or self._relative(text, ws, i + 1, pub)
        if inner is None or inner.precision not in ("day", None):
            return None
        return _T(i, inner.j, inner.value, inner.precision, inner.date_like)

    def _weekday(self, text, ws, i, pub) -> _T | None:
        k = i
        if ws[i].kind == "word" and any(v in ("يوم", "اليوم") for v in clitic_variants(ws[i].norm)):
            k = i + 1  # يوم الجمعة، اليوم الخميس
        wd = self._weekday_at(ws, k)
        if wd is None:
            return None
        k += 1
        # A date right after (الخميس 7 أكتوبر 2023) fixes the day.
        dm = self._day_month(text, ws, k, pub) if k < len(ws) else None
        if dm is not None:
            return _T(i, dm.j, dm.value, dm.precision)
        mod, k = self._modifier(ws, k)
        if pub is None:
            return _T(i, k, None, "day")
        delta = (pub.weekday() - wd) % 7
        if mod == "past":
            delta = delta or 7
            d = pub - timedelta(days=delta)
        elif mod == "future" or (mod is None and self._future(ws, i)):
            ahead = (wd - pub.weekday()) % 7
            if mod == "future":
                ahead = ahead or 7
            d = pub + timedelta(days=ahead)
        else:
            d = pub - timedelta(days=delta)
        return _T(i, k, d.isoformat(), "day")

    def _relative(self, text, ws, i, pub) -> _T | None:
        if ws[i].kind != "word":
            return None
        table = relative()
        best = None
        for v in clitic_variants(ws[i].norm):
            for length in (4, 3, 2, 1):
                if i + length > len(ws):
                    continue
                key = (v,) + tuple(ws[x].norm for x in range(i + 1, i + length))
                if key in table and all(ws[x].kind == "word" for x in range(i, i + length)):
                    best = (length, table[key])
                    break
            if best:
                break
        if best is None:
            return None
        length, (unit, a, b) = best
        j = i + length
        if unit == "day" and a == b == 0 and length == 1:
            # اليوم: not "the tenth day" nor "the next day", nor a weekday's article noun (اليوم الجمعة).
            nxt = ws[j].norm if j < len(ws) and ws[j].kind == "word" else ""
            if nxt in NOT_TODAY or (nxt,) in ordinals() or self._weekday_at(ws, j) is not None:
                return None
        if pub is None:
            return _T(i, j, None, unit if a == b else "range", date_like=False)
        return _T(i, j, _resolve(pub, unit, a, b), unit if a == b else "range", date_like=False)

    def _duration(self, text, ws, i, pub) -> _T | None:
        """منذ سبعة أيام، قبل عامين، بعد يومين، منذ أسبوع: the point that far from the publication date."""
        if ws[i].kind != "word":
            return None
        role = next((time_words().get(v) for v in clitic_variants(ws[i].norm) if time_words().get(v)), None)
        if role not in ("since", "ago", "in"):
            return None
        k = i + 1
        if k < len(ws) and ws[k].kind == "word" and _strip(ws[k].norm) == norm("يوم") \
                and self._weekday_at(ws, k + 1) is not None:
            return None  # منذ يوم الجمعة: since a weekday (read as that day), not "a day ago"
        n, unit, j = None, None, None
        num = amount_at(ws, k) if k < len(ws) and self._year_at(ws, k) is None else None
        if num is not None and num.unit in TIME_UNITS:
            n, unit, j = num.value, num.unit, num.end_i
        elif k < len(ws) and ws[k].kind == "word":
            sing = units().forms.get(_strip(ws[k].norm))
            if sing in TIME_UNITS and _strip(ws[k].norm) == norm(sing) and self._year_at(ws, k + 1) is None:
                n, unit, j = 1.0, sing, k + 1  # منذ أسبوع، قبل شهر (but منذ عام 2011 is a year)
            elif sing in ("ساعة", "يوم") and role in ("since", "ago") and not ws[k].norm.startswith("ال"):
                # قبل ساعات، منذ أيام: a few hours (today) or a few days (the week before).
                j = k + 1
                if pub is None:
                    return _T(i, j, None, "day" if sing == "ساعة" else "range", date_like=False)
                if sing == "ساعة":
                    return _T(i, j, pub.isoformat(), "day", date_like=False)
                return _T(i, j, _resolve(pub, "day", -7, -2), "range", date_like=False)
        if n is None:
            return None
        if j < len(ws) and ws[j].kind == "word" and ws[j].norm in ("من", "على") and role != "since":
            return _T(i, j, None, None, date_like=False)  # قبل يومين من الهجوم: relative to an event
        sign = 1 if role == "in" else -1
        kind = TIME_UNITS[unit]
        if pub is None:
            return _T(i, j, None, "day" if kind in ("day", "hour", "week") else kind, date_like=False)
        steps = int(round(n))
        if kind == "hour":
            return _T(i, j, pub.isoformat(), "day", date_like=False)
        if kind == "day":
            return _T(i, j, (pub + timedelta(days=sign * steps)).isoformat(), "day", date_like=False)
        if kind == "week":
            return _T(i, j, (pub + timedelta(weeks=sign * steps)).isoformat(), "day", date_like=False)
        if kind == "month":
            y, m = _shift_month(pub.year, pub.month, sign * steps)
            return _T(i, j, f"{y:04d}-{m:02d}", "month", date_like=False)
        years = steps * (10 if kind == "decade" else 1)
        return _T(i, j, f"{pub.year + sign * years:04d}", "year", date_like=False)

    def _future(self, ws: list[Token], i: int) -> bool:
        """Does the clause before token ``i`` speak of the future (سوف، من المقرر، سيلتقي)?"""
        k = i - 1
        steps = 0
        while k >= 0 and steps < 8:
            w = ws[k]
            if w.kind == "punct" and w.text in ".؟?!\n":
                break
            if w.kind == "word":
                steps += 1
                if any(time_words().get(v) == "futurecue" for v in clitic_variants(w.norm)):
                    return True
                if self._future_verb(w.norm):
                    return True
            k -= 1
        return False

    def _future_verb(self, n: str) -> bool:
        """سيلتقي، ستعقد، سنعمل: س + an imperfect verb that is a word of its own."""
        if len(n) < 4 or n[0] != "س" or n[1] not in "يتنا":
            return False
        rest = n[1:]
        return self.vocab.get(rest, 0) >= 20 and self.vocab.get(rest, 0) > 3 * self.vocab.get(n, 0)


def _is_month_word(w: Token) -> bool:
    """شهر / لشهر / خلال شهري: the noun "month" before a month's name."""
    return w.kind == "word" and any(v in ("شهر", "شهري") for v in clitic_variants(w.norm))


def _strip(n: str) -> str:
    return n[2:] if n.startswith("ال") and len(n) > 3 else n


def _touch(a: Token, b: Token) -> bool:
    return a.end == b.start


def _resolve(pub: date, unit: str, a: int, b: int) -> str:
    if unit == "day":
        da, db = pub + timedelta(days=a), pub + timedelta(days=b)
        return da.isoformat() if a == b else f"{da.isoformat()}/{db.isoformat()}"
    if unit == "week":
        if a == b:
            return _week(pub + timedelta(weeks=a))
        mon = pub - timedelta(days=pub.weekday())
        return f"{(mon + timedelta(weeks=a)).isoformat()}/{(mon + timedelta(weeks=b, days=6)).isoformat()}"
    if unit == "month":
        ya, ma = _shift_month(pub.year, pub.month, a)
        if a == b:
            return f"{ya:04d}-{ma:02d}"
        yb, mb = _shift_month(pub.year, pub.month, b)
        return f"{ya:04d}-{ma:02d}/{yb:04d}-{mb:02d}"
    if a == b:
        return f"{pub.year + a:04d}"
    return f"{pub.year + a:04d}/{pub.year + b:04d}"


_READER: TimeReader | None = None


def time_reader() -> TimeReader:
    global _READER
    if _READER is None:
        _READER = TimeReader()
    return _READER


def read_times(text: str, tokens: list[Token] | None, published: str | None
               ) -> tuple[list[TimeExpr], list[tuple[int, int]]]:
    """Date expressions of ``text`` and the character spans whose digits are dates, not quantities."""
    ws = tokens if tokens is not None else tokenize(text)
    found = time_reader().read(text, ws, published)
    out, blocked = [], []
    for t in found:
        a, b = ws[t.i].start, ws[t.j - 1].end
        if t.date_like:
            blocked.append((a, b))
        if t.precision is None and t.value is None and t.date_like:
            continue  # a clock time: not reported
        out.append(TimeExpr(text[a:b], a, b, value=t.value, precision=t.precision))
    return out, blocked


def find_times(text: str, tokens: list[Token] | None = None, published: str | None = None) -> list[TimeExpr]:
    """Date expressions of ``text`` resolved against ``published`` (YYYY-MM-DD) when given."""
    return read_times(text, tokens, published)[0]
