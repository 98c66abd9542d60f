"""Publication dates printed in page furniture ("2014-08-04 - 4:59 م", "Wed, 30 May 2018 00:25:38 +0400",
"الأربعاء 30 مايو 2018"). Month names come from the shared lexicon ``isnad/data/months.tsv``."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ..lexicon import load_tsv
from ..text.normalize import norm, to_ascii_digits

WEEKDAYS = ("السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة",
            "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
FILLER = re.compile(
    r"(نشر|نشرت|تاريخ|النشر|آخر|اخر|تحديث|التحديث|بتوقيت|غرينتش|مكة|المكرمة|القاهرة|في|م|ص|GMT|UTC|am|pm|AM|PM"
    r"|\+\d{4}|[\d:]+|[،,|\-–—/:]+)", re.I)


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    out = {}
    for row in load_tsv("isnad", "data/months.tsv"):
        if row[2] != "hijri":
            out[norm(row[0])] = int(row[1])
    return out


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat() if 1900 <= y <= 2100 else None
    except ValueError:
        return None


def _month_pattern() -> re.Pattern:
    names = sorted(_months(), key=len, reverse=True)
    alt = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<!\w)(\d{{1,2}})\s+({alt})\.?(?:\s*[/(]\s*[^)\d]{{2,20}}\)?)?\s*,?\s+(\d{{4}})(?!\d)", re.I)


@lru_cache(maxsize=1)
def _patterns():
    return (
        ("ymd", re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")),
        ("dmy", re.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)")),
        ("dMy", _month_pattern()),
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
                month = _months().get(norm(m.group(2)))
                iso = _valid(int(m.group(3)), month, int(m.group(1))) if month else None
            if iso:
                return iso, m.span()
    return None


def date_line(text: str) -> str | None:
    """The ISO date when the whole line is a date/time stamp (with at most a few filler words), else None."""
    found = find_date(text)
    if not found:
        return None
    t = to_ascii_digits(norm(text, lowercase=False))
    a, b = found[1]
    rest = t[:a] + " " + t[b:]
    for w in WEEKDAYS:
        rest = rest.replace(norm(w, lowercase=False), " ")
    rest = FILLER.sub(" ", rest)
    return found[0] if len(rest.split()) <= 2 else None
