"""The amount itself, read from the tokens at one position: digits with their multiplier (3 آلاف، 2,5 مليون), a run
of number words joined by و (خمسة وعشرون، ثلاثمائة وخمسون ألفاً، أحد عشر), vague plurals coded as 10/100/1000
(عشرات، مئات الآلاف), compound teens with the article (الخمسة عشر), fractions (نصف مليون), duals of time and repetition (يومين، مرتين) and ordinals that count
elapsed days (اليوم العاشر، اليوم الـ15). What surrounds it (hedges, ranges, per cent, the counted noun) is the
reader's (:mod:`isnad.facts.numbers.reader`)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...arabic.normalize import to_ascii_digits
from ...model import Token
from .lexicon import clitic_variants, number_words, numword, ordinals, strip_article, units

# ألفا / مليونا at the start of an amount are construct duals (two thousand), not accusatives.
DUAL_CONSTRUCT = frozenset(("الفا", "مليونا", "مليارا", "تريليونا"))


@dataclass
class Amount:
    """An amount found at tokens ``[i, j)``, then widened by the reader to its span ``[start_i, end_i)``."""

    i: int  # first token of the amount
    j: int  # one past its last token (before the unit)
    value: float
    approximate: bool = False
    unit: str | None = None
    start_i: int = 0  # first token of the span (hedge included)
    end_i: int = 0  # one past the last token of the span (unit included)
    percent: bool = False
    mult: float = 1.0  # the multiplier word applied (ألف، مليون), 1 when none
    share: bool = False  # a fraction with a pronoun (نصفها): its unit is that of an earlier amount
    upper: "Amount | None" = None  # the upper bound of a range (بين 40 و46 درجة), a number of its own
    definite: bool = False  # a compound teen with the article (الخمسة عشر): its noun may come before it


# Third-person pronouns a fraction can carry (ربعهم، نصفها، ثلثهما), longest first.
SHARE_PRONOUNS = ("هما", "هم", "هن", "ها", "ه")


def _fraction_pronoun(w: Token):
    """The fraction word of ``w`` when it carries a third-person pronoun (ربعهم، وثلثها), else None."""
    if w.kind != "word":
        return None
    for v in clitic_variants(w.norm):  # وربعهم
        suffix = next((x for x in SHARE_PRONOUNS if v.endswith(x) and len(v) > len(x) + 1), None)
        entry = number_words().get(v[:-len(suffix)]) if suffix else None
        if entry is not None and "fraction" in entry.kinds:
            return entry
    return None


def parse_digits(s: str) -> float | None:
    """The value of a digit string: Arabic-Indic digits, decimal comma or point, thousands separators."""
    s = to_ascii_digits(s).replace("٫", ".").replace("٬", ",")
    if "," in s and "." in s:
        s = s.replace(",", "")
    elif "," in s:
        s = s.replace(",", "") if re.fullmatch(r"\d{1,3}(,\d{3})+", s) else s.replace(",", ".")
    elif s.count(".") > 1:
        s = s.replace(".", "") if re.fullmatch(r"\d{1,3}(\.\d{3})+", s) else s
    try:
        return float(s)
    except ValueError:
        return None


def read_amount(ws: list[Token], i: int) -> Amount | None:
    """The amount that starts at token ``i``, or None."""
    w = ws[i]
    u = units()
    if w.kind == "number":
        v = parse_digits(w.text)
        if v is None:
            return None
        j, m, plus = multipliers(ws, i + 1)
        num = Amount(i, j, v * m + plus, mult=m)
        if m > 1:
            _and_smaller(ws, num, m)
        return num
    if w.kind != "word":
        return None
    # Duals of time, repetition, measure and money: يومين، مرتين، اليومين الماضيين، مترين.
    for v in clitic_variants(w.norm):
        if strip_article(v) in u.duals:
            num = Amount(i, i + 1, 2.0)
            num.unit = u.duals[strip_article(v)]
            if i + 1 < len(ws) and ws[i + 1].norm == "ونصف":  # عامين ونصف
                num.value, num.j = 2.5, i + 2
            return num
    # A fraction with an attached pronoun (ربعهم، نصفها): a share of something counted before (the reader
    # takes the unit from the nearest larger amount).
    share = _fraction_pronoun(w)
    if share is not None:
        return Amount(i, i + 1, share.value, share=True)
    # Elapsed days: اليوم العاشر، لليوم الثالث، اليوم الـ15.
    if (any(strip_article(v) == "يوم" and v.startswith("ال") for v in clitic_variants(w.norm))
            or w.norm in ("يومه", "يومها")) and i + 1 < len(ws):
        for length in (2, 1):
            key = tuple(ws[k].norm for k in range(i + 1, min(len(ws), i + 1 + length)))
            if len(key) == length and key in ordinals():
                num = Amount(i, i + 1 + length, float(ordinals()[key]))
                num.unit = "يوم"
                return num
        if ws[i + 1].norm in ("الـ", "ال") and i + 2 < len(ws) and ws[i + 2].kind == "number":
            v = parse_digits(ws[i + 2].text)
            if v is not None:
                num = Amount(i, i + 3, v)
                num.unit = "يوم"
                return num
    nw = numword(w)
    if nw is None:
        return _definite_teen(ws, i)
    form, word = nw
    if "fraction" in word.kinds:
        j, m, plus = multipliers(ws, i + 1)
        return Amount(i, j, word.value * m + plus, mult=m)
    if "alone" in word.kinds:
        return _definite_multiplier(ws, i, word.value)
    if "vague" in word.kinds and "unit" not in word.kinds:
        # عشرات، مئات، آلاف (+ الآلاف / الملايين): coded amounts.
        v, j = word.value, i + 1
        if j < len(ws):
            nxt = numword(ws[j], allow_conj=False)
            if nxt and ({"mult", "vague"} & nxt[1].kinds) and nxt[1].value >= 1000:
                v *= nxt[1].value
                j += 1
        return Amount(i, j, v, approximate=True)
    num = number_run(ws, i, conj_first=True)
    if num is not None and num.value < 10 and num.value == int(num.value) and num.j < len(ws):
        nxt = numword(ws[num.j], allow_conj=False)
        if nxt is not None and "denominator" in nxt[1].kinds:  # ثلاثة أرباع
            num.value /= nxt[1].value
            num.j += 1
    return num


def _definite_teen(ws: list[Token], i: int) -> Amount | None:
    """A compound teen with the article on its first part: الخمسة عشر، الأحد عشر، الاثني عشر، للثلاث عشرة (the
    cardinal's first word, 1-9, then عشر / عشرة; an ordinal such as الخامس عشر is not a number word)."""
    if i + 1 >= len(ws) or ws[i + 1].norm not in ("عشر", "عشره") or not touch_space(ws[i], ws[i + 1]):
        return None
    for v in clitic_variants(ws[i].norm):
        if not v.startswith("ال"):
            continue
        entry = number_words().get(strip_article(v))
        if entry is None or not {"unit", "teenunit"} & entry.kinds or not 1 <= entry.value <= 9 \
                or (entry.value == 1 and "teenunit" not in entry.kinds):
            continue
        if strip_article(v) == "احد" and (ws[i + 1].norm != "عشر" or (i >= 1 and strip_article(ws[i - 1].norm) == "يوم")):
            return None  # (يوم) الأحد عشرة قتلى: Sunday, then ten
        return Amount(i, i + 2, 10 + entry.value, definite=True)
    return None


def touch_space(a: Token, b: Token) -> bool:
    """Are the two tokens separated by exactly one character (a space)?"""
    return 0 < b.start - a.end <= 1


def _and_smaller(ws: list[Token], num: Amount, m: float) -> None:
    """11 ألفاً و300، 3 ملايين و500 ألف، 11 ألفاً وثلاثمائة: digits with a multiplier, then و and a smaller amount
    right after (no counted noun between: 5 آلاف قتيل و200 جريح are two numbers) are one amount."""
    j = num.j
    if j >= len(ws) or ws[j].kind != "word" or not ws[j].norm.startswith("و") or ws[j].start - ws[j - 1].end > 1:
        return
    if ws[j].norm == "و":
        if j + 1 >= len(ws) or ws[j + 1].kind != "number" or ws[j + 1].start - ws[j].end > 1:
            return
        v = parse_digits(ws[j + 1].text)
        end, m2, plus = multipliers(ws, j + 2)
        part = None if v is None else Amount(j + 1, end, v * m2 + plus)
    else:
        part = number_run(ws, j, conj_first=True)  # وثلاثمائة
    if part is not None and 0 < part.value < m:
        num.value += part.value
        num.j = part.j


def multipliers(ws: list[Token], j: int) -> tuple[int, float, float]:
    """The multiplier after an amount (ألف / مليون / مليار; نصف المليون) and a share of it after و (3 ملايين ونصف،
    ونصف المليون): (next token, factor, amount added)."""
    m, plus = 1.0, 0.0
    if j < len(ws):
        nw = numword(ws[j], allow_conj=False)
        if nw and {"mult", "defmult"} & nw[1].kinds:
            m = nw[1].value
            j, plus = and_fraction(ws, j + 1, m)
    return j, m, plus


def and_fraction(ws: list[Token], j: int, m: float) -> tuple[int, float]:
    """After the multiplier ``m``, و + a fraction adds that share of it (مليون ونصف، ثلاثة آلاف وربع), the
    definite multiplier after the fraction included (مليون ونصف المليون): (next token, amount added)."""
    if j >= len(ws) or ws[j].kind != "word" or not ws[j].norm.startswith("و"):
        return j, 0.0
    entry = number_words().get(ws[j].norm[1:])
    if entry is None or "fraction" not in entry.kinds:
        return j, 0.0
    nxt = numword(ws[j + 1], allow_conj=False) if j + 1 < len(ws) else None
    if nxt is not None and "defmult" in nxt[1].kinds and nxt[1].value == m:
        return j + 2, entry.value * m
    return j + 1, entry.value * m


def _definite_multiplier(ws: list[Token], i: int, value: float) -> Amount | None:
    """المليون، المليار alone (تجاوزت المليون، قرابة المليار دولار) are the amount, not after في / على or من after a
    number (جزء في المليون، واحد من المليار: a ratio), nor after a definite noun (الزائر المليون: an ordinal)."""
    if numword(ws[i], allow_conj=False) is None:
        return None  # بالمليار: per billion
    prev = ws[i - 1] if i >= 1 else None
    if prev is not None and prev.kind == "word":
        if prev.norm in ("في", "على") or (prev.norm.startswith("ال") and len(prev.norm) > 3):
            return None
        if prev.norm == "من" and i >= 2 and (ws[i - 2].kind == "number" or numword(ws[i - 2]) is not None
                                              or ws[i - 2].norm == "جزء"):
            return None
    return Amount(i, i + 1, value, mult=value)


def number_run(ws: list[Token], i: int, conj_first: bool = False) -> Amount | None:
    """A run of number words joined by و: خمسة وعشرون، ثلاثمائة وخمسون ألفاً، أحد عشر."""
    total, current, j = 0.0, 0.0, i
    last = 1.0  # the last multiplier, of which و + a fraction adds a share (ثلاثة ملايين ونصف)
    seen = False
    while j < len(ws):
        nw = numword(ws[j], allow_conj=seen or conj_first)
        if nw is None:
            break
        form, word = nw
        if seen and not ws[j].norm.startswith("و") and not ({"mult", "mult2", "hundred"} & word.kinds
                                                          or (word.value == 10 and "ten" in word.kinds)):
            break
        kinds = word.kinds
        rest = current % 100
        if seen and ("unit" in kinds or "teenunit" in kinds) and rest:
            break  # ثلاثة وخمسة: two amounts, not one
        if seen and "ten" in kinds and word.value > 10 and rest >= 10:
            break
        if "teenunit" in kinds:
            current += word.value
        elif "ten" in kinds and word.value == 10 and seen and 0 < current < 10:
            current += 10  # ثلاثة عشر، أحد عشر
        elif "unit" in kinds or "ten" in kinds:
            current += word.value
        elif "hundred" in kinds:
            if word.value == 100 and 0 < current < 10:
                current *= 100  # ثلاث مئة
            else:
                current += word.value
        elif "mult2" in kinds:
            total += word.value * (current or 1)
            current, last = 0, word.value / 2
        elif "mult" in kinds:
            if not seen and "vague" in kinds:
                break
            if not seen and ws[j].norm in DUAL_CONSTRUCT and not and_fraction(ws, j + 1, word.value)[1]:
                total += 2 * word.value  # ألفا لاجئ: the construct dual (مليوناً وربع: an accusative)
                current, last = 0, word.value
                seen = True
                j += 1
                continue
            total += (current or 1) * word.value
            current, last = 0, word.value
        else:
            break  # vague plurals and fractions do not continue a run
        seen = True
        j += 1
        if total and not current:
            j, plus = and_fraction(ws, j, last)
            total += plus
    if not seen:
        return None
    value = total + current
    if not value:
        return None
    return Amount(i, j, value)
