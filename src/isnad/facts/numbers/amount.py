"""The amount itself, read from the tokens at one position: digits with their multiplier (3 آلاف، 2,5 مليون), a run
of number words joined by و (خمسة وعشرون، ثلاثمائة وخمسون ألفاً، أحد عشر), vague plurals coded as 10/100/1000
(عشرات، مئات الآلاف), fractions (نصف مليون), duals of time and repetition (يومين، مرتين) and ordinals that count
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
        j, m = multipliers(ws, i + 1)
        return Amount(i, j, v * m, mult=m)
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
        return None
    form, word = nw
    if "fraction" in word.kinds:
        j, m = multipliers(ws, i + 1)
        return Amount(i, j, word.value * m, mult=m)
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


def multipliers(ws: list[Token], j: int) -> tuple[int, float]:
    """The multiplier after an amount (ألف / مليون / مليار, and "ونصف"): (next token, factor)."""
    m = 1.0
    if j < len(ws):
        nw = numword(ws[j], allow_conj=False)
        if nw and "mult" in nw[1].kinds:
            m = nw[1].value
            j += 1
            if j < len(ws) and ws[j].norm == "ونصف":
                m *= 1.5
                j += 1
    return j, m


def number_run(ws: list[Token], i: int, conj_first: bool = False) -> Amount | None:
    """A run of number words joined by و: خمسة وعشرون، ثلاثمائة وخمسون ألفاً، أحد عشر."""
    total, current, j = 0.0, 0.0, i
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
            current = 0
        elif "mult" in kinds:
            if not seen and "vague" in kinds:
                break
            if not seen and ws[j].norm in DUAL_CONSTRUCT:
                total += 2 * word.value  # ألفا لاجئ: the construct dual
                current = 0
                seen = True
                j += 1
                continue
            total += (current or 1) * word.value
            current = 0
        else:
            break  # vague plurals and fractions do not continue a run
        seen = True
        j += 1
        if j < len(ws) and ws[j].norm == "ونصف" and total:
            total *= 1.5
            j += 1
    if not seen:
        return None
    value = total + current
    if not value:
        return None
    return Amount(i, j, value)
