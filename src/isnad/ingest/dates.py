"""Publication dates printed in page furniture ("2014-08-04 - 4:59 م", "Wed, 30 May 2018 00:25:38 +0400",
"الأربعاء 30 مايو 2018", "الأحد 3 تشرين الثاني 2023 - آخر تحديث: 15:40"). Month names come from the shared
lexicon ``isnad/data/months.tsv``; the words that may surround a date stamp from ``data/date_fillers.txt``."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ..lexicon import load_keys, load_tsv
from ..arabic.normalize import norm, norm_key, to_ascii_digits
from .lines import is_relative_time

MAX_OTHER_WORDS = 2  # a date stamp may carry this many words besides the date, times and filler words
WEEKDAYS = ("السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة",
            "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday")
MAX_DATE_LINE_CHARS = 200
_DIGIT = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]")
_TIME_OR_NUMBER = re.compile(r"^(?:\d[\d:.]*|[+-]\d{4})$")


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    return {norm(row[0]): int(row[1]) for row in load_tsv("isnad", "data/months.tsv") if row[2] != "hijri"}


@lru_cache(maxsize=1)
def _hijri_date() -> re.Pattern:
    names = sorted((norm(r[0]) for r in load_tsv("isnad", "data/months.tsv") if r[2] == "hijri"), key=len,
                   reverse=True)
    alt = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<!\w)\d{{1,2}}\s+(?:{alt})\s*،?\s*\d{{4}}\s*(?:هـ|ه)?(?!\w)")


@lru_cache(maxsize=1)
def _fillers() -> frozenset[str]:
    return load_keys("isnad.ingest", "data/date_fillers.txt") | {norm_key(w) for w in WEEKDAYS}


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat() if 1900 <= y <= 2100 else None
    except ValueError:
        return None


def _month_pattern() -> re.Pattern:
    names = sorted(_months(), key=len, reverse=True)
    alt = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<!\w)(\d{{1,2}})\s+({alt})\.?(?:\s*[/(]\s*[^)\d]{{2,20}}\)?)?\s*,?\s+(\d{{4}})(?!\d)", re.I)


def _month_first_pattern() -> re.Pattern:  # "June 5, 2021"
    names = sorted((m for m in _months() if m.isascii()), key=len, reverse=True)
    alt = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<!\w)({alt})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})(?!\d)", re.I)


@lru_cache(maxsize=1)
def _patterns():
    return (
        ("ymd", re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")),
        ("dmy", re.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)")),
        ("dMy", _month_pattern()),
        ("Mdy", _month_first_pattern()),
    )


def find_date(text: str) -> tuple[str, tuple[int, int]] | None:
    """The first full date in ``text`` as (ISO date, (start, end) in the normalised text), or None."""
    t = to_ascii_digits(norm(text, lowercase=False))
    for kind, pat in _patterns():
        for m in pat.finditer(t):
            if kind == "ymd":
                iso = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            elif kind == "dmy":
                iso = _valid(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            else:
                name, day = (m.group(2), m.group(1)) if kind == "dMy" else (m.group(1), m.group(2))
                month = _months().get(norm(name))
                iso = _valid(int(m.group(3)), month, int(day)) if month else None
            if iso:
                return iso, m.span()
    return None


def date_line(text: str) -> str | None:
    """The ISO date when the whole line is a date/time stamp (with at most a few filler words), else None."""
    if len(text) > MAX_DATE_LINE_CHARS or not _DIGIT.search(text):
        return None
    found = find_date(text)
    if not found:
        return None
    t = to_ascii_digits(norm(text, lowercase=False))
    a, b = found[1]
    rest = _hijri_date().sub(" ", t[:a] + " " + t[b:])
    others = [w for w in norm_key(rest).split() if w not in _fillers() and not _TIME_OR_NUMBER.match(w)]
    return found[0] if len(others) <= MAX_OTHER_WORDS else None


_CLOCK = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:ص|م|am|pm))?$", re.I)
_STAMP_SEP = r"[|•·\-–—]"
_STAMP_HEAD = re.compile(rf"^\s*(?P<stamp>[^|•·\-–—()\[\]]{{1,40}}?)\s*{_STAMP_SEP}\s*(?P<rest>\S.*)$")
_STAMP_TAIL = re.compile(rf"^(?P<rest>.*?\S)\s*(?:{_STAMP_SEP}\s*(?P<stamp>[^|•·\-–—()\[\]]{{1,40}})"
                         r"|[(\[]\s*(?P<inner>[^()\[\]]{1,40})\s*[)\]])\s*$")


def is_stamp(text: str) -> bool:
    """A clock time ("14:05", "03:20 م"), a date stamp (:func:`date_line`) or a relative one ("منذ 5 ساعات")."""
    t = to_ascii_digits(text.strip())
    return bool(_CLOCK.match(t)) or (bool(t) and date_line(t) is not None) or is_relative_time(t)


def strip_stamp(title: str) -> str:
    """A listed headline without the time or date printed before it ("14:05 | …") or after it ("… (2017/05/27)",
    "… - 22/09/2012"): the stamp dates the teaser and is not part of its title."""
    title = title.strip()
    m = _STAMP_HEAD.match(title)
    if m and is_stamp(m.group("stamp")):
        title = m.group("rest").strip()
    m = _STAMP_TAIL.match(title)
    if m and is_stamp(m.group("stamp") or m.group("inner")):
        title = m.group("rest").strip()
    return title
