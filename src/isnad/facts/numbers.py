"""Quantities in Arabic text: value, counted noun (unit) and whether the amount is hedged.

Reads digits (ASCII and Arabic-Indic, decimal and thousands separators), number words with their gender and case
forms (سبعة، أربع، ثلاثمائة، ألفين، خمسة وعشرون), multipliers (3 آلاف، 2,5 مليون، نصف مليون), vague plurals coded as
10/100/1000 and flagged approximate (عشرات، مئات، الآلاف، عشرات الآلاف), fractions (نصف، ثلث), percentages
(% / في المائة / بالمئة), ranges (بين 10 و20، من 3 إلى 5: the lower bound, approximate), duals of time and
repetition (يومين، مرتين) and ordinals that count elapsed days (اليوم العاشر). The unit is the counted noun in its
singular dictionary form (حافلات -> حافلة، عنصراً -> عنصر، نساء -> امرأة), from the unit lexicon or by rule, taken
from context when the number leaves it out (مئات من مقاتلي -> مقاتل؛ 75 منهم -> the unit of the nearest larger
number before it). Hedges (نحو، حوالي، أكثر من، على الأقل …) set ``approximate``.

Not quantities (SCHEMA): dates and years (the time module passes their spans in ``exclude``), ordinals other than
elapsed days, numbers that identify (القرار 2254، «دير الزور 24»، F-16), and duals of persons or objects.
All lexicons are data files in ``isnad/facts/data/``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from ..lexicon import load_keys, load_list, load_tsv
from ..arabic.normalize import norm, strip_diacritics, to_ascii_digits
from ..arabic.tokens import make_token, tokenize, vocabulary
from ..model import Number, Token, Word

PKG = "isnad.facts"
CLITICS = ("و", "ف", "ب", "ل")  # proclitics tried on number and date words (not ك: كميات is not ك + مئات)
_CLITIC_DIGITS = re.compile(r"([وفبلك]{1,2}\u0640?)([0-9\u0660-\u0669\u06f0-\u06f9]+)")
# Words before a number that make it a part of an earlier amount (بينهم 5، منهم 3).
PART_OF = frozenset(("بينهم", "منهم", "بينهن", "منهن", "وبينهم", "ومنهم"))
# ألفا / مليونا at the start of an amount are construct duals (two thousand), not accusatives.
DUAL_CONSTRUCT = frozenset(("الفا", "مليونا", "مليارا"))
# Vocabulary count above which a derived singular is trusted as a word.
MIN_WORD_FREQ = 5


# --- lexicons --------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class NumWord:
    value: float
    kinds: frozenset[str]


@lru_cache(maxsize=1)
def number_words() -> dict[str, NumWord]:
    out: dict[str, tuple[float, set[str]]] = {}
    for form, value, kind in load_tsv(PKG, "data/number_words.tsv"):
        k = norm(form)
        v, kinds = out.get(k, (float(value), set()))
        kinds.add(kind)
        out[k] = (v, kinds)
    return {k: NumWord(v, frozenset(ks)) for k, (v, ks) in out.items()}


@dataclass(frozen=True)
class Units:
    forms: dict[str, str]  # normalised form (singular, plural, accusative) -> singular as written
    duals: dict[str, str]  # normalised dual -> singular


@lru_cache(maxsize=1)
def units() -> Units:
    forms: dict[str, str] = {}
    duals: dict[str, str] = {}
    for row in load_tsv(PKG, "data/units.tsv"):
        sing = row[0]
        forms.setdefault(norm(sing), sing)
        for p in (row[1].split("|") if len(row) > 1 and row[1] else []):
            forms.setdefault(norm(p), sing)
        for d in (row[2].split("|") if len(row) > 2 and row[2] else []):
            duals[norm(d)] = sing
    return Units(forms, duals)


@lru_cache(maxsize=1)
def approx_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """position -> phrases as tuples of normalised words."""
    out: dict[str, list[tuple[str, ...]]] = {"before": [], "after": []}
    for phrase, pos in load_tsv(PKG, "data/number_approx.tsv"):
        out[pos].append(tuple(norm(w) for w in phrase.split()))
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


@lru_cache(maxsize=1)
def percent_phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(norm(w) for w in p.split()) for p in load_list(PKG, "data/percent.txt")),
                        key=len, reverse=True))


@lru_cache(maxsize=1)
def ordinals() -> dict[tuple[str, ...], int]:
    out = {}
    for form, value in load_tsv(PKG, "data/ordinals.tsv"):
        words = tuple(norm(w) for w in form.split())
        out[words] = int(value)
        out[tuple(w[2:] if w.startswith("ال") else w for w in words)] = int(value)
    return out


@lru_cache(maxsize=1)
def ordinal_words() -> frozenset[str]:
    """First words of ordinals, masculine and feminine (الثاني، الثانية), normalised."""
    out = set()
    for words in ordinals():
        w = words[0]
        out.update({w, w + "ه", "ال" + w, "ال" + w + "ه"} if not w.startswith("ال") else {w, w + "ه"})
    return frozenset(out)


@lru_cache(maxsize=1)
def id_heads() -> frozenset[str]:
    return frozenset(k[2:] if k.startswith("ال") else k for k in load_keys(PKG, "data/number_id_heads.txt"))


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return load_keys(PKG, "data/number_stopwords.txt")


# --- token views -----------------------------------------------------------------------------------------------

def _strip_article(n: str) -> str:
    return n[2:] if n.startswith("ال") and len(n) > 3 else n


def clitic_variants(n: str) -> list[str]:
    """The word, then without one or two proclitics (وعشرين، لنحو، بالمئة; not ك: كميات is not ك + مئات)."""
    out = [n]
    if len(n) > 3 and n[0] in CLITICS:
        out.append(n[1:])
        if len(n) > 4 and n[1] in ("ب", "ل", "ك"):
            out.append(n[2:])
    if n.startswith("لل") and len(n) > 4:
        out.append("ال" + n[2:])
    return out


def _numword(w: Token, allow_conj: bool = True) -> tuple[str, NumWord] | None:
    if w.kind != "word":
        return None
    table = number_words()
    for v in (clitic_variants(w.norm) if allow_conj else [w.norm]):
        if v in table:
            return v, table[v]
        if v.endswith("ا") and v[:-1] in table and {"unit", "ten"} & table[v[:-1]].kinds:
            return v[:-1], table[v[:-1]]  # أربعاً، عشراً: the accusative with tanween
    return None


def _parse_digits(s: str) -> float | None:
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


def _verb_like(n: str) -> bool:
    """يعيشون، تقول، قتلوا: an imperfect or plural verb rather than a noun (nisba plurals such as يمنيون
    keep their ي before the suffix)."""
    if n.endswith("وا") and len(n) > 3:
        return True
    return len(n) > 4 and n[0] in "يت" and n.endswith(("ون", "ين")) and not n[:-2].endswith("ي")


def _touch(*ws: Token) -> bool:
    return all(a.end == b.start for a, b in zip(ws, ws[1:]))


def _clean(v: float) -> float | int:
    r = round(v, 4)
    return int(r) if r == int(r) else r


# --- the reader ------------------------------------------------------------------------------------------------

@dataclass
class _Num:
    i: int  # first token of the amount
    j: int  # one past its last token (before the unit)
    value: float
    approximate: bool = False
    unit: str | None = None
    start_i: int = 0  # first token of the span (hedge included)
    end_i: int = 0  # one past the last token of the span (unit included)
    percent: bool = False
    mult: float = 1.0  # the multiplier word applied (ألف، مليون), 1 when none


class NumberReader:
    def __init__(self) -> None:
        self.vocab = vocabulary()

    def amount_at(self, text: str, ws: list[Token], i: int) -> _Num | None:
        """The amount starting at token ``i`` with its unit (for durations: منذ سبعة أيام), or None."""
        num = self._amount(text, ws, i)
        if num is None or self._identifier(ws, num):
            return None
        self._complete(text, ws, num, [])
        return num

    def read(self, text: str, tokens: list[Token] | list[Token], exclude: Iterable[tuple[int, int]] = ()
             ) -> list[Number]:
        ws = views(tokens)
        excluded = sorted(exclude)
        found: list[_Num] = []
        i = 0
        while i < len(ws):
            if self._excluded(ws[i], excluded):
                i += 1
                continue
            num = self._amount(text, ws, i)
            if num is None:
                i += 1
                continue
            if self._identifier(ws, num) or self._not_amount(ws, num) \
                    or any(self._excluded(ws[k], excluded) for k in range(num.i, num.j)):
                i = num.j
                continue
            self._complete(text, ws, num, found)
            found.append(num)
            i = max(num.end_i, i + 1)
        out = []
        for num in found:
            a, b = ws[num.start_i].start, ws[num.end_i - 1].end
            out.append(Number(text[a:b], a, b, value=_clean(num.value), unit=num.unit,
                              approximate=num.approximate))
        return out

    @staticmethod
    def _excluded(w: Token, spans: list[tuple[int, int]]) -> bool:
        return any(a <= w.start < b for a, b in spans)

    # The amount itself -----------------------------------------------------------------------------------------

    def _amount(self, text: str, ws: list[Token], i: int) -> _Num | None:
        w = ws[i]
        u = units()
        if w.kind == "number":
            v = _parse_digits(w.text)
            if v is None:
                return None
            j, m = self._multipliers(ws, i + 1)
            return _Num(i, j, v * m, mult=m)
        if w.kind != "word":
            return None
        # Duals of time and repetition: يومين، مرتين.
        for v in clitic_variants(w.norm):
            if _strip_article(v) in u.duals and not v.startswith("ال"):
                num = _Num(i, i + 1, 2.0)
                num.unit = u.duals[_strip_article(v)]
                return num
        # Elapsed days: اليوم العاشر، لليوم الثالث، اليوم الـ15.
        if (any(_strip_article(v) == "يوم" and v.startswith("ال") for v in clitic_variants(w.norm))
                or w.norm in ("يومه", "يومها")) and i + 1 < len(ws):
            for length in (2, 1):
                key = tuple(ws[k].norm for k in range(i + 1, min(len(ws), i + 1 + length)))
                if len(key) == length and key in ordinals():
                    num = _Num(i, i + 1 + length, float(ordinals()[key]))
                    num.unit = "يوم"
                    return num
            if ws[i + 1].norm in ("الـ", "ال") and i + 2 < len(ws) and ws[i + 2].kind == "number":
                v = _parse_digits(ws[i + 2].text)
                if v is not None:
                    num = _Num(i, i + 3, v)
                    num.unit = "يوم"
                    return num
        nw = _numword(w)
        if nw is None:
            return None
        form, word = nw
        if "fraction" in word.kinds:
            j, m = self._multipliers(ws, i + 1)
            return _Num(i, j, word.value * m, mult=m)
        if "vague" in word.kinds and "unit" not in word.kinds:
            # عشرات، مئات، آلاف (+ الآلاف / الملايين): coded amounts.
            v, j = word.value, i + 1
            if j < len(ws):
                nxt = _numword(ws[j], allow_conj=False)
                if nxt and ({"mult", "vague"} & nxt[1].kinds) and nxt[1].value >= 1000:
                    v *= nxt[1].value
                    j += 1
            num = _Num(i, j, v, approximate=True)
            return num
        return self._words(ws, i, conj_first=True)

    def _multipliers(self, ws: list[Token], j: int) -> tuple[int, float]:
        """The multiplier after an amount (ألف / مليون / مليار, and "ونصف"): (next token, factor)."""
        m = 1.0
        if j < len(ws):
            nw = _numword(ws[j], allow_conj=False)
            if nw and "mult" in nw[1].kinds:
                m = nw[1].value
                j += 1
                if j < len(ws) and ws[j].norm == "ونصف":
                    m *= 1.5
                    j += 1
        return j, m

    def _words(self, ws: list[Token], i: int, conj_first: bool = False) -> _Num | None:
        """A run of number words joined by و: خمسة وعشرون، ثلاثمائة وخمسون ألفاً، أحد عشر."""
        total, current, j = 0.0, 0.0, i
        seen = False
        while j < len(ws):
            nw = _numword(ws[j], allow_conj=seen or conj_first)
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
            elif "vague" in kinds or "fraction" in kinds:
                break
            else:
                break
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
        return _Num(i, j, value)

    # Context: hedges, ranges, percent, unit --------------------------------------------------------------------

    def _not_amount(self, ws: list[Token], num: _Num) -> bool:
        """أحد / إحدى / واحدة alone ("one of"), and عشرة after an ordinal (الثانية عشرة) are not amounts."""
        w = ws[num.i]
        if w.kind != "word" or num.unit is not None:
            return False
        nw = _numword(w)
        if nw is None:
            return False
        kinds = nw[1].kinds
        if num.j == num.i + 1 and ("teenunit" in kinds or ("unit" in kinds and nw[1].value == 1)):
            return True
        if "ten" in kinds and nw[1].value == 10 and num.i >= 1 and ws[num.i - 1].norm in ordinal_words():
            return True
        return False

    def _identifier(self, ws: list[Token], num: _Num) -> bool:
        """القرار 2254، «دير الزور 24»، F-16: a number that names rather than counts."""
        if ws[num.i].kind != "number":
            return False
        k = num.i - 1
        if k >= 0 and ws[k].kind == "word" and _strip_article(ws[k].norm) in id_heads():
            return True
        if k >= 1 and ws[k].text in "-–" and (ws[k - 1].kind == "latin" or (
                ws[k - 1].kind == "word" and len(ws[k - 1].norm) <= 3 and _touch(ws[k - 1], ws[k], ws[num.i]))):
            return True  # F-16، إف-16، إس-400
        if k >= 0 and ws[k].kind == "latin":
            return True
        after = ws[num.j].text if num.j < len(ws) else ""
        if after in "»”\"" and after and k >= 0 and ws[k].kind == "word" and num.j == num.i + 1:
            return True  # «دير الزور 24»: the last word of a quoted name
        if after in ("/", ":") and num.j + 1 < len(ws) and ws[num.j + 1].kind == "number":
            return True  # 7/10/2023, 10:30
        v = ws[num.i].text
        if re.fullmatch(r"[12]\d{3}", to_ascii_digits(v)) and num.j == num.i + 1:
            nxt = ws[num.j] if num.j < len(ws) else None
            if nxt is None or nxt.kind != "word" or not self._noun(nxt, 1900):
                return True  # a year the time module did not claim
        return False

    def _complete(self, text: str, ws: list[Token], num: _Num, found: list[_Num]) -> None:
        num.start_i, num.end_i = num.i, num.j
        # Range: بين 10 و20، من 3 إلى 5، 10-20، ثلاثة أو أربعة: the lower bound, approximate.
        j = num.j
        other = None
        if j + 1 < len(ws) and ws[j].text in ("-", "–", "إلى", "الى", "او", "أو"):
            other = self._amount(text, ws, j + 1)
        elif j < len(ws) and ws[j].norm.startswith("و") and len(ws[j].norm) > 1 and num.i >= 1 \
                and _strip_article(ws[num.i - 1].norm) in ("بين", "مابين"):
            other = self._words(ws, j, conj_first=True) if ws[j].kind == "word" else None
        elif j + 1 < len(ws) and ws[j].text == "و" and num.i >= 1 \
                and _strip_article(ws[num.i - 1].norm) in ("بين", "مابين"):
            other = self._amount(text, ws, j + 1)
        if other is not None and other.value > num.value:
            if other.mult > 1 and num.mult == 1 and num.value < 1000:
                num.value *= other.mult  # بين 3 و5 آلاف
            num.end_i = num.j = other.j
            num.approximate = True
            if other.unit:
                num.unit = other.unit
        # Hedge before.
        start = self._hedge_before(ws, num.i)
        if start is not None:
            num.start_i = start
            num.approximate = True
        # Percent.
        k = num.j
        pl = self._phrase_at(ws, k, percent_phrases())
        if pl:
            num.unit, num.percent = "%", True
            num.end_i = k + pl
            k += pl
        elif ws[num.i].kind == "number" and num.i >= 1 and ws[num.i - 1].text in ("%", "٪"):
            num.unit = "%"
        # Unit.
        if num.unit is None and k < len(ws):
            unit, used = self._unit_after(ws, k, num, found)
            if unit:
                num.unit = unit
                num.end_i = k + used
                k += used
        if num.unit is None and ws[num.i].kind == "number" and num.i >= 1 and ws[num.i - 1].text == "$":
            num.unit = "دولار"
        if num.unit is None and num.start_i >= 1 and ws[num.start_i - 1].norm in PART_OF:
            num.unit = self._antecedent(num, found)  # بينهم 5 في حالة خطرة
        # Hedge after (on the amount or after its noun).
        for pos in (num.j, k):
            if self._phrase_at(ws, pos, approx_phrases()["after"]):
                num.approximate = True
                break

    def _phrase_at(self, ws: list[Token], k: int, phrases: tuple[tuple[str, ...], ...]) -> int:
        """Length in tokens of the first listed phrase starting at token ``k`` (a proclitic allowed), else 0."""
        for ph in phrases:
            if k + len(ph) > len(ws):
                continue
            first = ws[k].norm if ws[k].kind != "punct" else ws[k].text
            if first != ph[0] and ph[0] not in clitic_variants(first):
                continue
            if all(ws[k + x].norm == ph[x] for x in range(1, len(ph))):
                return len(ph)
        return 0

    def _hedge_before(self, ws: list[Token], i: int) -> int | None:
        for ph in approx_phrases()["before"]:
            s = i - len(ph)
            if s < 0:
                continue
            if all(ws[s + x].kind == "word" for x in range(len(ph))) and self._phrase_at(ws, s, (ph,)):
                return s
        return None

    def _unit_after(self, ws: list[Token], k: int, num: _Num, found: list[_Num]) -> tuple[str | None, int]:
        w = ws[k]
        if w.kind != "word":
            return None, 0
        if w.norm in ("منهم", "منهن", "منها"):
            return self._antecedent(num, found), 1
        if w.norm == "من" and k + 1 < len(ws) and ws[k + 1].kind == "word":
            unit = self._noun(ws[k + 1], num.value, after_min=True)
            return (unit, 2) if unit else (None, 0)
        if num.value < 1 and num.mult == 1 and (w.norm.startswith("ال") or norm(self._noun(w, 1) or "") != w.norm):
            return None, 0  # ثلث السكان: a share of a whole, not a counted noun; نصف ساعة keeps its unit
        unit = self._noun(w, num.value)
        return (unit, 1) if unit else (None, 0)

    @staticmethod
    def _antecedent(num: _Num, found: list[_Num]) -> str | None:
        """75 منهم: the unit of the nearest earlier number that is at least as large (a part is not bigger than
        the whole)."""
        for prev in reversed(found[-6:]):
            if prev.unit and prev.unit != "%" and prev.value >= num.value:
                return prev.unit
        return None

    def _noun(self, w: Token, value: float, after_min: bool = False) -> str | None:
        """The singular dictionary form of a counted noun, or None when ``w`` is not one."""
        if w.kind != "word":
            return None
        u = units()
        raw = strip_diacritics(w.text).replace("\u0640", "")
        n = w.norm
        if n in stopwords() or _numword(w, allow_conj=False):
            return None
        if n in u.forms:
            return u.forms[n]  # آلية (not ال + ية)
        # Proclitics: a counted noun follows its number directly; only the article is allowed.
        if n.startswith("ال") and len(n) > 3:
            n, raw = n[2:], raw[2:]
        elif n.startswith("لل") and after_min:
            n, raw = n[2:], raw[2:]
        if n in u.forms:
            return u.forms[n]
        # Accusative tamyiz: قتيلاً، شخصاً، فلسطينياً.
        if n.endswith("ا") and n[:-1] in u.forms:
            return u.forms[n[:-1]]
        v = self.vocab
        if n.endswith("ا") and len(n) > 3 and v.get(n[:-1], 0) >= MIN_WORD_FREQ and not n.endswith("وا"):
            return _restore(raw[:-1])
        # Sound plurals: مقاتلين، مقاتلون، مقاتلي (construct), حافلات / مستودعات.
        for suf in ("ين", "ون"):
            if _verb_like(n):
                break
            if n.endswith(suf) and len(n) > 4:
                stem = n[:-2]
                if stem in u.forms:
                    return u.forms[stem]
                if v.get(stem, 0) >= MIN_WORD_FREQ:
                    return _restore(raw[:-2])
        if n.endswith("ات") and len(n) > 4:
            stem = n[:-2]
            for cand in (stem + "ه", stem):
                if cand in u.forms:
                    return u.forms[cand]
            fem, masc = v.get(stem + "ه", 0), v.get(stem, 0)
            if max(fem, masc) >= MIN_WORD_FREQ:
                return _restore(raw[:-2]) + ("ة" if fem >= masc else "")
        if _verb_like(n):
            return None
        if value >= 11 and not w.norm.startswith("ال") and v.get(n, 0) >= MIN_WORD_FREQ and not after_min:
            return _restore(raw)  # 350 سلة، 24 وزيرة: the singular after 11 and more
        if after_min and n.endswith("ي") and len(n) > 4 and n[:-1] in u.forms:
            return u.forms[n[:-1]]
        if after_min and n.endswith("ي") and len(n) > 4 and v.get(n[:-1], 0) >= MIN_WORD_FREQ:
            return _restore(raw[:-1])  # من مقاتلي: construct plural
        return None


def views(tokens: list[Token]) -> list[Token]:
    """Token views for the readers, with a proclitic glued to digits read apart (و6، و20: the text layer keeps
    them in one token)."""
    ws: list[Token] = []
    for t in tokens:
        m = _CLITIC_DIGITS.fullmatch(t.text) if t.kind == "word" else None
        if m:
            c = m.end(1)
            ws.append(make_token(t.i, t.text[:c], t.start, t.start + c, "word",
                                 [Word(t.text[:c], t.start, t.start + c, "stem")]))
            ws.append(make_token(t.i, t.text[c:], t.start + c, t.end, "number",
                                 [Word(t.text[c:], t.start + c, t.end, "stem")]))
        else:
            ws.append(t)
    return ws


def reader() -> "NumberReader":
    global _READER
    if _READER is None:
        _READER = NumberReader()
    return _READER


def _restore(raw: str) -> str:
    """Tidy a derived singular written as in the text (drop tanween alef marks left over)."""
    return raw.rstrip("ًٌٍ")


_READER: NumberReader | None = None


def find_numbers(text: str, tokens: list[Token] | None = None, exclude: Iterable[tuple[int, int]] = ()
                 ) -> list[Number]:
    """Quantities of ``text`` (see module doc). ``exclude``: character spans that are dates or years."""
    return reader().read(text, tokens if tokens is not None else tokenize(text), exclude)
