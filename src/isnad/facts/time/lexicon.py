"""The word lists of the date reader and the token questions asked of them.

Month names are the shared ``isnad/data/months.tsv`` (also read by ingestion); weekdays, date words and relative
expressions are ``isnad/facts/data/{weekdays,time_words,time_relative}.tsv``. Every list is loaded once per process
and matched after :func:`isnad.arabic.norm`, a proclitic allowed (:func:`isnad.facts.numbers.clitic_variants`).
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache

from ...arabic.normalize import norm, to_ascii_digits
from ...lexicon import load_tsv, months  # noqa: F401 - months: shared, re-exported
from ...model import Token
from ..numbers import clitic_variants, ordinals
from .calendar import valid

PKG = "isnad.facts"
YEAR_MIN, YEAR_MAX = 1900, 2100
HIJRI_MIN, HIJRI_MAX = 1300, 1500
# Counted nouns of a duration (منذ سبعة أيام) -> the unit of the offset from the publication date.
TIME_UNITS = {"يوم": "day", "ليلة": "day", "ساعة": "hour", "دقيقة": "hour", "أسبوع": "week", "شهر": "month",
              "سنة": "year", "عام": "year", "عقد": "decade"}
# Cue words before a month or a year written alone (في أكتوبر، منذ 2011).
MONTH_CUES = frozenset(norm(w) for w in ("في", "خلال", "منذ", "حتى", "مطلع", "أوائل", "أواخر", "منتصف", "نهاية",
                                         "بداية", "شهر", "شهري", "قبل", "بعد", "بين", "أواسط", "صيف", "شتاء",
                                         "خريف", "ربيع"))
# Nouns before a bare number that make it a year (عام 2010، السنة 2010).
YEAR_NOUNS = frozenset(("عام", "العام", "سنه", "السنه"))
# Words after اليوم that make it a day of something else, not today (اليوم التالي، اليوم نفسه).
NOT_TODAY = frozenset(norm(w) for w in ("التالي", "نفسه", "ذاته", "السابق", "الذي", "التي", "الوطني", "العالمي",
                                        "الدولي", "الموعود"))


@lru_cache(maxsize=1)
def weekdays() -> dict[str, int]:
    """Normalised weekday name -> ISO weekday (0 = Monday)."""
    return {norm(name): int(n) for name, n in load_tsv(PKG, "data/weekdays.tsv")}


@lru_cache(maxsize=1)
def time_words() -> dict[str, str]:
    """Normalised date word -> role (past, future, current, daypart, since, ago, in, hijri, yearword …)."""
    return {norm(w): role for w, role in load_tsv(PKG, "data/time_words.tsv")}


@lru_cache(maxsize=1)
def relative() -> dict[tuple[str, ...], tuple[str, int, int]]:
    """Relative expression as normalised words -> (unit, from, to) offsets from the publication date."""
    return {tuple(norm(w) for w in p.split()): (unit, int(a), int(b))
            for p, unit, a, b in load_tsv(PKG, "data/time_relative.tsv")}


@lru_cache(maxsize=1)
def triggers() -> frozenset[str]:
    """Normalised words that can start a date expression (for a quick skip of all other words)."""
    out = {w[0] for w in months()} | set(weekdays()) | {p[0] for p in relative()} | set(time_words())
    out |= {w[0] for w in ordinals()} | {norm(x) for x in ("يوم", "اليوم", "شهر", "شهري", "الساعة")}
    return frozenset(out)


# --- token questions -------------------------------------------------------------------------------------------

def role(w: Token) -> str | None:
    """The role of the date word ``w`` as written (no proclitic), or None."""
    return time_words().get(w.norm)


def has_role(w: Token, wanted: str) -> bool:
    """Is ``w``, a proclitic allowed, a date word of role ``wanted``?"""
    return any(time_words().get(v) == wanted for v in clitic_variants(w.norm))


def int_of(w: Token) -> int | None:
    """The integer a number token writes (Arabic-Indic digits too), or None."""
    if w.kind != "number":
        return None
    t = to_ascii_digits(w.text)
    return int(t) if t.isdigit() else None


def is_month_word(w: Token) -> bool:
    """شهر / لشهر / خلال شهري: the noun "month" before a month's name."""
    return w.kind == "word" and any(v in ("شهر", "شهري") for v in clitic_variants(w.norm))


def touch(a: Token, b: Token) -> bool:
    """Are the two tokens written without a space between them?"""
    return a.end == b.start


def ymd_or_dmy(n: list[int]) -> date | None:
    if YEAR_MIN <= n[0] <= YEAR_MAX:
        return valid(n[0], n[1], n[2])
    if YEAR_MIN <= n[2] <= YEAR_MAX:
        return valid(n[2], n[1], n[0])
    return None


def month_at(ws: list[Token], k: int) -> tuple[int, str, int] | None:
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


def alt_month(ws: list[Token], k: int, month: int) -> int:
    """Skip a second name of the same month: (تشرين الأول)، / كانون الثاني."""
    if k < len(ws) and ws[k].text in ("(", "/", "-"):
        got = month_at(ws, k + 1)
        if got and got[0] == month:
            k2 = got[2]
            if ws[k].text == "(" and k2 < len(ws) and ws[k2].text == ")":
                k2 += 1
            return k2
    return k


def year_at(ws: list[Token], k: int, hijri: bool = False) -> tuple[int, int] | None:
    """(year, next token) for a year number at token ``k`` within the calendar's plausible range."""
    if k < len(ws):
        y = int_of(ws[k])
        lo, hi = (HIJRI_MIN, HIJRI_MAX) if hijri else (YEAR_MIN, YEAR_MAX)
        if y is not None and lo <= y <= hi:
            return y, k + 1
    return None


def year_after(ws: list[Token], k: int, hijri: bool) -> tuple[int | None, int]:
    """(year, next token) for a year at token ``k`` after a day and month (its Hijri mark taken in), else
    (None, ``k``)."""
    yr = year_at(ws, k, hijri)
    if yr is None:
        return None, k
    year, k = yr
    return year, hijri_mark(ws, k) if hijri else k


def modifier(ws: list[Token], k: int) -> tuple[str | None, int]:
    """A past / future / current modifier at token ``k`` (الماضي، المقبل، الجاري) and the token after it."""
    if k < len(ws) and ws[k].kind == "word":
        r = role(ws[k])
        if r in ("past", "future", "current"):
            return r, k + 1
    return None, k


def hijri_mark(ws: list[Token], k: int) -> int:
    """The token after a Hijri mark (هـ، هجري) at ``k``, else ``k``."""
    if k < len(ws) and ws[k].kind == "word" and role(ws[k]) == "hijri":
        return k + 1
    return k


def weekday_at(ws: list[Token], k: int) -> int | None:
    if k < len(ws) and ws[k].kind == "word":
        table = weekdays()
        for v in clitic_variants(ws[k].norm):
            if v in table:
                return table[v]
    return None
