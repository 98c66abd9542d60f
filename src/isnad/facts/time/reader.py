"""The date reader: at each token, the matchers below are tried in a fixed order and the first that reads an
expression wins; the reader then goes on after it. Values come from :mod:`.resolve` (against the publication
date). Matchers read the text layer's tokens only (``Article.tokens``)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ...arabic.memo import Memo
from ...arabic.normalize import norm, to_ascii_digits
from ...arabic.tokens import tokenize, vocabulary
from ...model import TimeExpr, Token
from ..numbers import amount_at, clitic_variants, ordinals, units
from ..numbers.lexicon import strip_article
from .calendar import valid
from .lexicon import (MONTH_CUES, NOT_TODAY, TIME_UNITS, YEAR_NOUNS, alt_month, has_role, hijri_mark, int_of,
                      is_month_word, modifier, month_at, relative, role, time_words, touch, triggers, weekday_at,
                      year_after, year_at, ymd_or_dmy)
from .resolve import (FEW_DAYS, duration_value, hijri_value, hijri_year_value, infer_year, publication_date,
                      relative_value, weekday_value)

# How many words back a clause is searched for a future cue (سوف، سيلتقي) before an unmarked weekday or month.
FUTURE_WINDOW = 8
# A verb read as future (س + an imperfect verb): the verb without س is this common and this much commoner.
FUTURE_VERB_MIN_FREQ = 20
FUTURE_VERB_RATIO = 3


@dataclass
class Found:
    """An expression at tokens ``[i, j)`` with its value and precision."""

    i: int
    j: int
    value: str | None
    precision: str | None
    date_like: bool = True  # numbers inside are dates, not quantities


def read_times(text: str, tokens: list[Token] | None, published: str | None
               ) -> tuple[list[TimeExpr], list[tuple[int, int]]]:
    """Date expressions of ``text`` and the character spans whose digits are dates, not quantities."""
    ws = tokens if tokens is not None else tokenize(text)
    out, blocked = [], []
    for t in time_reader().read(ws, published):
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


@lru_cache(maxsize=1)
def time_reader() -> "TimeReader":
    """The reader, built once per process."""
    return TimeReader()


class TimeReader:
    def __init__(self) -> None:
        self.vocab = vocabulary()
        # whether a date expression can start with a word, per normalised word: asked of every word of every text
        self._starts = Memo("facts.time: words that may start a date")  # a bounded number (isnad.arabic.memo)

    def read(self, ws: list[Token], published: str | None) -> list[Found]:
        pub = publication_date(published)
        out: list[Found] = []
        i = 0
        while i < len(ws):
            t = self._at(ws, i, pub)
            if t is None:
                i += 1
                continue
            out.append(t)
            i = t.j
        return out

    def _at(self, ws: list[Token], i: int, pub: date | None) -> Found | None:
        w = ws[i]
        if w.kind == "word":
            starts = self._starts.get(w.norm)
            if starts is None:
                starts = self._starts.recall(w.norm)
                if starts is None:
                    starts = self._starts.store(w.norm, any(v in triggers() for v in clitic_variants(w.norm)))
            if not starts:
                return None  # no date expression starts with this word
        elif w.kind not in ("number", "latin") and w.text != "(":
            return None
        for matcher in (self._numeric, self._day_month, self._hijri_year, self._year, self._clock, self._daypart,
                        self._weekday, self._relative, self._duration, self._month):
            t = matcher(ws, i, pub)
            if t is not None:
                return t
        return None

    # Absolute dates ----------------------------------------------------------------------------------------------

    def _numeric(self, ws, i, pub) -> Found | None:
        """2023-10-07، 7/10/2023، 07.10.2023."""
        w = ws[i]
        if w.kind != "number":
            return None
        parts = to_ascii_digits(w.text).split(".")
        if len(parts) == 3 and all(p.isdigit() for p in parts):
            d = ymd_or_dmy([int(p) for p in parts])
            return Found(i, i + 1, d.isoformat(), "day") if d else None
        if i + 4 < len(ws) and ws[i + 1].text in "/-" and ws[i + 3].text == ws[i + 1].text:
            nums = [int_of(ws[i]), int_of(ws[i + 2]), int_of(ws[i + 4])]
            if all(n is not None for n in nums) and all(touch(ws[k], ws[k + 1]) for k in range(i, i + 4)):
                d = ymd_or_dmy(nums)
                if d:
                    return Found(i, i + 5, d.isoformat(), "day")
        return None

    def _day_month(self, ws, i, pub) -> Found | None:
        """7 أكتوبر (تشرين الأول) 2023، السابع من أكتوبر، 15 رمضان 1445 هـ، أكتوبر 2023، شهر رمضان."""
        day, k = None, i
        if ws[i].kind == "number":
            d = int_of(ws[i])
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
            elif is_month_word(ws[i]):
                k = i + 1
            else:
                return None
        got = month_at(ws, k)
        if got is None:
            return None
        month, cal, k = got
        if day is None and not is_month_word(ws[i]):
            return None  # a month alone is _month's
        k = alt_month(ws, k, month)
        hijri = cal == "hijri"
        year, k = year_after(ws, k, hijri)
        mod, k2 = modifier(ws, k)
        if year is None and mod:
            k = k2
        if hijri:
            return Found(i, k, *hijri_value(day, month, year, mod, pub))
        if year is None:
            year = infer_year(month, day, mod, pub, lambda: self._future(ws, i))
        if year is None:
            return Found(i, k, None, "day" if day else "month")
        if day is None:
            return Found(i, k, f"{year:04d}-{month:02d}", "month")
        d = valid(year, month, day)
        return Found(i, k, d.isoformat() if d else None, "day")

    def _month(self, ws, i, pub) -> Found | None:
        """A month name alone, after a cue or before a modifier: في أكتوبر، أكتوبر الماضي، مطلع آذار."""
        got = month_at(ws, i)
        if got is None:
            return None
        month, cal, k = got
        prev = ws[i - 1].norm if i > 0 and ws[i - 1].kind == "word" else ""
        cued = prev in MONTH_CUES or any(v in MONTH_CUES for v in clitic_variants(prev))
        k = alt_month(ws, k, month)
        mod, k2 = modifier(ws, k)
        year, k3 = year_after(ws, k, cal == "hijri")
        if year is not None:
            if cal == "hijri":
                return Found(i, k3, *hijri_value(None, month, year, None, pub))
            return Found(i, k3, f"{year:04d}-{month:02d}", "month")
        if not (cued or mod) or cal == "hijri" and not mod:
            return None
        if mod:
            k = k2
        if cal == "hijri":
            return Found(i, k, *hijri_value(None, month, None, mod, pub))
        year = infer_year(month, None, mod, pub, lambda: self._future(ws, i))
        return Found(i, k, f"{year:04d}-{month:02d}" if year else None, "month")

    def _year(self, ws, i, pub) -> Found | None:
        """عام 2010، منذ 2011، في 2014، بين عامي 2011 و2014، 2011-2014."""
        k = i
        w = ws[i]
        if w.kind == "word" and role(w) == "yearword" or (w.kind == "word" and has_role(w, "yearword")):
            k = i + 1
        yr = year_at(ws, k)
        if yr is None:
            return None
        y1, k = yr
        if k == i + 1 and ws[i].kind == "number":
            # A bare number: a year only after a cue (في 2014، منذ 2011) or in a range.
            prev = ws[i - 1].norm if i > 0 and ws[i - 1].kind == "word" else ""
            if not ({prev, *clitic_variants(prev)} & (MONTH_CUES | YEAR_NOUNS)):
                return None
        # Range: 2011-2014، عامي 2011 و2014.
        if k + 1 < len(ws) and ws[k].text in ("-", "–", "و", "إلى", "الى", "حتى"):
            yr2 = year_at(ws, k + 1)
            if yr2 and yr2[0] > y1:
                return Found(i, yr2[1], f"{y1}/{yr2[0]}", "range")
        return Found(i, k, f"{y1:04d}", "year")

    def _hijri_year(self, ws, i, pub) -> Found | None:
        """1445 هـ: a Hijri year (range of its Gregorian days)."""
        k = i + 1 if ws[i].kind == "word" and role(ws[i]) == "yearword" else i
        yr = year_at(ws, k, hijri=True)
        if yr is None:
            return None
        y, k = yr
        k2 = hijri_mark(ws, k)
        if k2 == k:
            return None
        return Found(i, k2, hijri_year_value(y), "year")

    def _clock(self, ws, i, pub) -> Found | None:
        """الساعة 10:30: a time of day. Not reported as a date, but its digits are not quantities."""
        if ws[i].kind != "word" or strip_article(ws[i].norm) != "ساعه" or not ws[i].norm.startswith("ال"):
            return None
        k = i + 1
        if k < len(ws) and ws[k].kind == "number":
            k += 1
            if k + 1 < len(ws) and ws[k].text == ":" and ws[k + 1].kind == "number":
                k += 2
            return Found(i, k, None, None, date_like=True)
        return None

    # Weekdays and relative expressions ---------------------------------------------------------------------------

    def _daypart(self, ws, i, pub) -> Found | None:
        """صباح اليوم، مساء أمس، فجر السبت، ليلة الخميس: a part of a day, resolved as that day."""
        if ws[i].kind != "word" or not has_role(ws[i], "daypart"):
            return None
        if i + 1 >= len(ws):
            return None
        inner = self._weekday(ws, i + 1, pub) or self._relative(ws, i + 1, pub)
        if inner is None or inner.precision not in ("day", None):
            return None
        return Found(i, inner.j, inner.value, inner.precision, inner.date_like)

    def _weekday(self, ws, i, pub) -> Found | None:
        """الجمعة، يوم الجمعة، السبت الماضي، الثلاثاء المقبل، الخميس 7 أكتوبر 2023."""
        k = i
        if ws[i].kind == "word" and any(v in ("يوم", "اليوم") for v in clitic_variants(ws[i].norm)):
            k = i + 1  # يوم الجمعة، اليوم الخميس
        wd = weekday_at(ws, k)
        if wd is None or (k == i and _after_definite_dual(ws, k)):
            return None  # الطرفين الاثنين: "the two", not Monday
        k += 1
        # A date right after (الخميس 7 أكتوبر 2023) fixes the day.
        dm = self._day_month(ws, k, pub) if k < len(ws) else None
        if dm is not None:
            return Found(i, dm.j, dm.value, dm.precision)
        mod, k = modifier(ws, k)
        if pub is None:
            return Found(i, k, None, "day")
        return Found(i, k, weekday_value(pub, wd, mod, lambda: self._future(ws, i)), "day")

    def _relative(self, ws, i, pub) -> Found | None:
        """أمس، اليوم، الأسبوع الماضي، الشهر المقبل، في الأيام الأخيرة (the longest listed phrase)."""
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
            if nxt in NOT_TODAY or (nxt,) in ordinals() or weekday_at(ws, j) is not None:
                return None
        precision = unit if a == b else "range"
        if pub is None:
            return Found(i, j, None, precision, date_like=False)
        return Found(i, j, relative_value(pub, unit, a, b), precision, date_like=False)

    def _duration(self, ws, i, pub) -> Found | None:
        """منذ سبعة أيام، قبل عامين، بعد يومين، منذ أسبوع: the point that far from the publication date."""
        if ws[i].kind != "word":
            return None
        cue = next((time_words().get(v) for v in clitic_variants(ws[i].norm) if time_words().get(v)), None)
        if cue not in ("since", "ago", "in"):
            return None
        k = i + 1
        if k < len(ws) and ws[k].kind == "word" and strip_article(ws[k].norm) == norm("يوم") \
                and weekday_at(ws, k + 1) is not None:
            return None  # منذ يوم الجمعة: since a weekday (read as that day), not "a day ago"
        n, unit, j = None, None, None
        num = amount_at(ws, k) if k < len(ws) and year_at(ws, k) is None else None
        if num is not None and num.unit in TIME_UNITS:
            n, unit, j = num.value, num.unit, num.end_i
        elif k < len(ws) and ws[k].kind == "word":
            sing = units().forms.get(strip_article(ws[k].norm))
            if sing in TIME_UNITS and strip_article(ws[k].norm) == norm(sing) and year_at(ws, k + 1) is None:
                n, unit, j = 1.0, sing, k + 1  # منذ أسبوع، قبل شهر (but منذ عام 2011 is a year)
            elif sing in ("ساعة", "يوم") and cue in ("since", "ago") and not ws[k].norm.startswith("ال"):
                # قبل ساعات، منذ أيام: a few hours (today) or a few days (the week before).
                j = k + 1
                if pub is None:
                    return Found(i, j, None, "day" if sing == "ساعة" else "range", date_like=False)
                if sing == "ساعة":
                    return Found(i, j, pub.isoformat(), "day", date_like=False)
                return Found(i, j, relative_value(pub, "day", *FEW_DAYS), "range", date_like=False)
        if n is None:
            return None
        if j < len(ws) and ws[j].kind == "word" and ws[j].norm in ("من", "على") and cue != "since":
            return Found(i, j, None, None, date_like=False)  # قبل يومين من الهجوم: relative to an event
        sign = 1 if cue == "in" else -1
        return Found(i, j, *duration_value(pub, n, TIME_UNITS[unit], sign), date_like=False)

    def _future(self, ws: list[Token], i: int) -> bool:
        """Does the clause before token ``i`` speak of the future (سوف، من المقرر، سيلتقي)?"""
        k = i - 1
        steps = 0
        while k >= 0 and steps < FUTURE_WINDOW:
            w = ws[k]
            if w.kind == "punct" and w.text in ".؟?!\n":
                break
            if w.kind == "word":
                steps += 1
                if has_role(w, "futurecue"):
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
        return self.vocab.get(rest, 0) >= FUTURE_VERB_MIN_FREQ \
            and self.vocab.get(rest, 0) > FUTURE_VERB_RATIO * self.vocab.get(n, 0)


def _after_definite_dual(ws, k: int) -> bool:
    """Is token ``k`` (الاثنين) right after a definite dual or plural noun in -ين (الطرفين، البلدين، المسؤولين)?"""
    if k == 0 or ws[k].norm not in ("الاثنين", "الاثنتين"):
        return False
    prev = ws[k - 1]
    return prev.kind == "word" and prev.norm.startswith("ال") and prev.norm.endswith("ين") and len(prev.norm) > 5
