"""Time: two sources date the same event differently.

A claim's dates come from the facts stage (``TimeExpr.value``, ISO) or, when the publication date was missing
and the value stayed unresolved, from the month name in the expression (``isnad/data/months.tsv``: يناير/
كانون الثاني → 1). Only month- and day-level dates are compared (a bare year or a weekday says too little).
A claim with more than :data:`MAX_DATES` dates surveys a period and is not compared.
Two claims of different sources conflict when they share an event concept (``data/event_concepts.txt``: an
arrest, a disappearance, an attack) and none of their dates agree (different month; or the same month with
different days; or different years when both are known).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import load_list, months
from ..model import Contradiction, TimeExpr
from ..arabic import norm
from .keys import PKG, ClaimView, who

MAX_DATES = 2
_ISO = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


@dataclass(frozen=True)
class Date:
    year: int | None
    month: int
    day: int | None
    text: str


@lru_cache(maxsize=1)
def event_concepts() -> frozenset[str]:
    return frozenset(load_list(PKG, "data/event_concepts.txt"))


def _month_in(text: str) -> int | None:
    words = norm(text).replace("/", " ").split()
    for name, (number, _) in sorted(months().items(), key=lambda x: -len(x[0])):
        n = len(name)
        if any(tuple(words[i:i + n]) == name for i in range(len(words) - n + 1)):
            return number
    return None


def date_of(t: TimeExpr) -> Date | None:
    if t.value and "/" not in t.value:
        m = _ISO.match(t.value)
        if m and m.group(2):
            return Date(int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None, t.text)
        if m:
            return None  # a year alone
    if t.precision in ("month", "day") or t.value is None:
        month = _month_in(t.text)
        if month:
            return Date(None, month, None, t.text)
    return None


def dates(view: ClaimView) -> list[Date]:
    return [d for d in (date_of(t) for t in view.claim.times) if d is not None]


def same_date(x: Date, y: Date) -> bool:
    if x.year and y.year and x.year != y.year:
        return False
    if x.month != y.month:
        return False
    return not (x.day and y.day and x.day != y.day)


def time_conflict(a: ClaimView, b: ClaimView, da: list[Date], db: list[Date]) -> Contradiction | None:
    if not da or not db or len(da) > MAX_DATES or len(db) > MAX_DATES:
        return None  # a claim with many dates surveys a period rather than dating one event
    if not (a.concepts & b.concepts & event_concepts()):
        return None
    if any(same_date(x, y) for x in da for y in db):
        return None
    note = (f"dates differ: {' / '.join(x.text for x in da)} per {who(a)} vs "
            f"{' / '.join(y.text for y in db)} per {who(b)}")
    return Contradiction(a=a.id, b=b.id, kind="time", note=note, score=0.5)
