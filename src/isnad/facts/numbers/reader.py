"""The number reader: each amount (:mod:`.amount`) widened by its context — a range (بين 10 و20، من 3 إلى 5: two
numbers, both approximate), a hedge before or after it (نحو، أكثر من، على الأقل …), per cent (% / في المائة /
بالمئة) and the counted noun (:mod:`.nouns`), taken from context when the number leaves it out (مئات من مقاتلي;
75 منهم: the unit of the nearest larger number before it). Numbers that name rather than count (القرار 2254،
«دير الزور 24»، F-16), lone "one of" words and spans the time reader claimed are not quantities.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable

from ...arabic.normalize import norm, strip_diacritics, to_ascii_digits
from ...arabic.tokens import tokenize, vocabulary
from ...model import Number, Token
from .amount import Amount, number_run, read_amount, touch_space
from .lexicon import approx_phrases, clitic_variants, id_heads, numword, only_words, ordinal_words, percent_phrases
from .lexicon import stopwords, total_phrases
from .lexicon import number_words, numword_form, strip_article, units
from .nouns import MIN_WORD_FREQ, broken_plural, counted_noun, restore, verb_like

# Words before a number that make it a part of an earlier amount (بينهم 5، منهم 3).
PART_OF = frozenset(("بينهم", "منهم", "بينهن", "منهن", "وبينهم", "ومنهم"))
# Words after a number that refer back to an earlier amount for the unit (75 منهم).
BACK_REFERENCES = ("منهم", "منهن", "منها")
# Words that join the two bounds of a range (10-20، من 3 إلى 5، ثلاثة أو أربعة), and the words before a range
# whose bounds are joined by و (بين 10 و20).
RANGE_LINKS = ("-", "–", "إلى", "الى", "او", "أو")
RANGE_OPENERS = ("بين", "مابين")
# How many earlier amounts are searched for the unit of a part (بينهم 5).
ANTECEDENT_WINDOW = 6


def find_numbers(text: str, tokens: list[Token] | None = None, exclude: Iterable[tuple[int, int]] = ()
                 ) -> list[Number]:
    """Quantities of ``text`` (see :mod:`isnad.facts.numbers`). ``tokens``: the text layer's tokens of ``text``
    (computed when None); ``exclude``: character spans that are dates or years."""
    ws = tokens if tokens is not None else tokenize(text)
    excluded = sorted(exclude)
    found: list[Amount] = []
    i = 0
    while i < len(ws):
        if _excluded(ws[i], excluded):
            i += 1
            continue
        num = read_amount(ws, i)
        if num is None:
            i += 1
            continue
        if _identifier(ws, num) or _not_amount(ws, num) \
                or any(_excluded(ws[k], excluded) for k in range(num.i, num.j)):
            i = num.j
            continue
        _complete(ws, num, found)
        found.append(num)
        if num.upper is not None:
            found.append(num.upper)
        i = max(num.end_i, num.upper.end_i if num.upper is not None else 0, i + 1)
    out = []
    for num in found:
        a, b = _after_proclitic(text, ws[num.start_i]), ws[num.end_i - 1].end
        out.append(Number(text[a:b], a, b, value=_clean(num.value), unit=num.unit, approximate=num.approximate))
    taken = [(n.start, n.end) for n in out] + excluded
    out += [n for n in _after_definite_nouns(text, ws) + _noun_then_one(text, ws)
            if not any(a < n.end and n.start < b for a, b in taken)]
    return sorted(out, key=lambda n: n.start)


def _after_definite_nouns(text: str, ws: list[Token]) -> list[Number]:
    """A definite number word after the definite noun it counts: السنوات الخمس، الأيام الثلاثة، الدول العشر،
    البلدين الاثنين (two or more; the noun is the unit), and from three to ten after a broken plural the unit
    lexicon does not know (الأبعاد الثلاثة، المراكز الخمسة: unit unknown); a definite number word from three to ten
    before the indefinite plural it counts (الخمس سنوات، الثلاثة أشهر)."""
    out = []
    for k in range(len(ws)):
        w = ws[k]
        if w.kind != "word" or not w.norm.startswith("ال"):
            continue
        entry = number_words().get(strip_article(w.norm))
        if entry is None or not {"unit", "ten"} & entry.kinds or entry.value < 2:
            continue
        few = 3 <= entry.value <= 10
        nxt = ws[k + 1] if k + 1 < len(ws) else None
        if few and nxt is not None and nxt.kind == "word" and not nxt.norm.startswith("ال") and touch_space(w, nxt):
            unit = None if _number_word(nxt) or (nxt.norm.startswith("و") and nxt.norm not in units().forms) \
                else counted_noun(nxt, entry.value)  # not السبع والعشرون، السبع ومفادها
            if unit and norm(unit) != nxt.norm:  # a plural: الخمس سنوات (not الخمسة عشر، الثلاثة الذين)
                out.append(Number(text[w.start:nxt.end], w.start, nxt.end, value=_clean(entry.value), unit=unit))
                continue
        noun = ws[k - 1] if k >= 1 else None
        if noun is None or noun.kind != "word" or not touch_space(noun, w) or (nxt is not None and _number_word(nxt)):
            continue  # not الأيام السبع والعشرون (a compound)
        core = next((v for v in clitic_variants(noun.norm) if v.startswith("ال") and noun.norm.endswith(v)), None)
        if core is None:
            continue  # بالأبعاد الثلاثة: the noun's span starts after its preposition
        a = _after_proclitic(text, noun, core)
        unit = counted_noun(replace(noun, text=text[a:noun.end], start=a, norm=core), entry.value)
        if unit or (few and broken_plural(strip_article(core))):
            out.append(Number(text[a:w.end], a, w.end, value=_clean(entry.value), unit=unit))
    return out


def _number_word(w: Token) -> bool:
    """A number word, with a proclitic and the article allowed (والعشرون)."""
    return w.kind == "word" and any(numword_form(strip_article(v)) for v in clitic_variants(w.norm))


ONE = {"واحد": "m", "واحدا": "m", "واحده": "f"}  # واحد / واحداً / واحدة, normalised


def _noun_then_one(text: str, ws: list[Token]) -> list[Number]:
    """A counted noun of the unit lexicon followed by واحد / واحدة that agrees with it: لتر واحد، ليلة واحدة، and
    a noun in construct before it (محطة تحلية واحدة). The noun carries no proclitic but the article or و
    (بصوت واحد is an idiom, not a count)."""
    u = units()
    out = []
    for k in range(1, len(ws)):
        gender = ONE.get(ws[k].norm)
        if gender is None or ws[k].kind != "word":
            continue
        found = None
        for back in (1, 2):
            if k - back < 0 or any(ws[x].kind != "word" for x in range(k - back, k)):
                break
            noun = ws[k - back]
            conj = noun.norm.startswith("و") and len(noun.norm) > 3 and noun.text.startswith("و")
            bare = strip_article(noun.norm[1:] if conj else noun.norm)
            unit = u.forms.get(bare)
            if unit is not None and norm(unit) == bare and bare.endswith("ه") == (gender == "f"):
                start = noun.start + 1 if conj else noun.start
                found = Number(text[start:ws[k].end], start, ws[k].end, value=1, unit=unit)
                break
        found = found or _only_one(text, ws, k, gender)
        if found is not None:
            out.append(found)
    return out


def _only_one(text: str, ws: list[Token], k: int, gender: str) -> Number | None:
    """Any indefinite noun before واحد / واحدة at ``k`` when a restrictive word makes it a count (مخزن واحد فقط،
    سوى تصريح واحد): the noun is a word of the news vocabulary, not a verb, pronoun or particle, and agrees."""
    noun = ws[k - 1]
    only = only_words()
    after = ws[k + 1].norm if k + 1 < len(ws) else ""
    before = ws[k - 2].norm if k >= 2 else ""
    if noun.kind != "word" or not (after in only["after"] or before in only["before"]):
        return None
    n = noun.norm[:-1] if noun.norm.endswith("ا") and ws[k].norm == "واحدا" else noun.norm  # هدفاً واحداً
    if (n.startswith(("ال", "ي")) or n.endswith("ه") != (gender == "f") or len(n) < 3 or n in stopwords()
            or verb_like(n) or numword(noun) or vocabulary().get(n, 0) < MIN_WORD_FREQ):
        return None
    unit = restore(strip_diacritics(noun.text).replace("\u0640", ""))
    unit = unit[:-1] if len(n) < len(noun.norm) and unit.endswith("ا") else unit
    return Number(text[noun.start:ws[k].end], noun.start, ws[k].end, value=1, unit=unit)


def _after_proclitic(text: str, w: Token, core: str | None = None) -> int:
    """Where a span starting with ``w`` starts: after the proclitics (و، ف، ب، ل) of a number word, dual or hedge
    (لمئات → مئات، وخمسة → خمسة، لنحو → نحو), or of ``core`` when given, so that the span is the amount and not
    the preposition."""
    if w.kind != "word":
        return w.start
    if core is None:
        hedges = {ph[0] for ph in approx_phrases()["before"]}
        duals = units().duals
        core = next((v for v in clitic_variants(w.norm)[1:] if w.norm.endswith(v) and (
            v in hedges or numword_form(v) or strip_article(v) in duals)), w.norm)  # not لليوم → اليوم (elided)
    drop, k = len(w.norm) - len(core), w.start
    while drop > 0 and k < w.end:
        drop -= bool(norm(text[k]))
        k += 1
    while drop == 0 and w.start < k < w.end and not norm(text[k]):
        k += 1  # the proclitic's harakat
    return k


def amount_at(ws: list[Token], i: int) -> Amount | None:
    """The amount starting at token ``i`` with its unit (for durations: منذ سبعة أيام), or None."""
    num = read_amount(ws, i)
    if num is None or _identifier(ws, num):
        return None
    _complete(ws, num, [])
    return num


def _excluded(w: Token, spans: list[tuple[int, int]]) -> bool:
    return any(a <= w.start < b for a, b in spans)


def _clean(v: float) -> float | int:
    r = round(v, 4)
    return int(r) if r == int(r) else r


def _touch(*ws: Token) -> bool:
    return all(a.end == b.start for a, b in zip(ws, ws[1:]))


# --- what is not a quantity ------------------------------------------------------------------------------------

def _not_amount(ws: list[Token], num: Amount) -> bool:
    """أحد / إحدى / واحدة alone ("one of"), and عشرة after an ordinal (الثانية عشرة) are not amounts."""
    w = ws[num.i]
    if w.kind != "word" or num.unit is not None or _phrase_at(ws, num.j, percent_phrases()):
        return False  # واحد في المئة is an amount
    nw = numword(w)
    if nw is None:
        return False
    kinds = nw[1].kinds
    if num.j == num.i + 1 and ("teenunit" in kinds or ("unit" in kinds and nw[1].value == 1)):
        return True
    if "ten" in kinds and nw[1].value == 10 and num.i >= 1 and ws[num.i - 1].norm in ordinal_words():
        return True
    return False


def _identifier(ws: list[Token], num: Amount) -> bool:
    """القرار 2254، دور الـ16، دور الستة عشر، «دير الزور 24»، F-16: a number that names rather than counts."""
    k = num.i - 1
    if k >= 1 and ws[k].text in ("الـ", "ال") and ws[num.i].kind == "number":
        k -= 1  # دور الـ16
    if k >= 0 and ws[k].kind == "word" and (ws[num.i].kind == "number" or num.definite) \
            and any(strip_article(v) in id_heads() for v in clitic_variants(ws[k].norm)):
        return True  # القرار 2254، دور الستة عشر
    if ws[num.i].kind != "number":
        return False
    k = num.i - 1
    if k >= 1 and ws[k].text in "-–" and (ws[k - 1].kind == "latin" or (
            ws[k - 1].kind == "word" and len(ws[k - 1].norm) <= 3 and _touch(ws[k - 1], ws[k], ws[num.i]))):
        return True  # F-16، إف-16، إس-400
    if k >= 0 and ws[k].kind == "latin":
        return True
    after = ws[num.j].text if num.j < len(ws) else ""
    if after in "»”\"" and after and k >= 0 and ws[k].kind == "word" and num.j == num.i + 1 \
            and not _amount_before(ws, num.i):
        return True  # «دير الزور 24»: the last word of a quoted name (not من أصل 46"، نحو 350")
    if after in ("/", ":") and num.j + 1 < len(ws) and ws[num.j + 1].kind == "number":
        return True  # 7/10/2023, 10:30
    v = ws[num.i].text
    if re.fullmatch(r"1\d{3}|20\d\d|2100", to_ascii_digits(v)) and num.j == num.i + 1:  # 2500: not a year
        nxt = ws[num.j] if num.j < len(ws) else None
        if nxt is not None and (nxt.text in RANGE_LINKS or nxt.norm == "و") and num.j + 2 < len(ws) \
                and ws[num.j + 1].kind == "number":
            nxt = ws[num.j + 2]  # بين 1500 و2000 حبة: the range's counted noun
        if nxt is None or nxt.kind != "word" or not counted_noun(nxt, 1900):
            return True  # a year the time module did not claim
    return False


def _amount_before(ws: list[Token], i: int) -> bool:
    """A total (من أصل، من بين) or a hedge (نحو، أكثر من) right before token ``i``: what follows is an amount."""
    if _hedge_before(ws, i) is not None:
        return True
    return any(i - len(ph) >= 0 and all(ws[i - len(ph) + x].norm == ph[x] for x in range(len(ph)))
               for ph in total_phrases())


# --- context: ranges, hedges, per cent, the counted noun -------------------------------------------------------

def _complete(ws: list[Token], num: Amount, found: list[Amount]) -> None:
    """Widen ``num`` to its span and give it its unit and hedge (``found``: the amounts read before it)."""
    num.start_i, num.end_i = num.i, num.j
    # Range: بين 10 و20، من 3 إلى 5، 10-20، ثلاثة أو أربعة: two numbers, both approximate — the lower bound (with
    # the upper's multiplier when it has none: بين 50 و70 ألفاً) and the upper bound, which carries the counted
    # noun and per cent for both.
    j = num.j
    other = None
    if j + 1 < len(ws) and ws[j].text in RANGE_LINKS:
        other = read_amount(ws, j + 1)
    elif j < len(ws) and ws[j].norm.startswith("و") and len(ws[j].norm) > 1 and num.i >= 1 \
            and strip_article(ws[num.i - 1].norm) in RANGE_OPENERS:
        other = number_run(ws, j, conj_first=True) if ws[j].kind == "word" else None
    elif j + 1 < len(ws) and ws[j].text == "و" and num.i >= 1 \
            and strip_article(ws[num.i - 1].norm) in RANGE_OPENERS:
        other = read_amount(ws, j + 1)
    upper = None
    if other is not None and other.value > num.value:
        if other.mult > 1 and num.mult == 1 and num.value < 1000:
            num.value *= other.mult  # بين 3 و5 آلاف
        num.approximate = other.approximate = True
        upper = num.upper = other
        upper.start_i = upper.end_i = upper.i
        if other.unit:
            num.unit = other.unit
    last = upper or num  # the number the counted noun and per cent follow
    last.end_i = last.j
    # Hedge before.
    start = _hedge_before(ws, num.i)
    if start is not None:
        num.start_i = start
        num.approximate = True
    # Percent.
    k = last.j
    pl = _phrase_at(ws, k, percent_phrases())
    if pl:
        num.unit, num.percent = "%", True
        last.end_i = k + pl
        k += pl
    elif ws[num.i].kind == "number" and num.i >= 1 and ws[num.i - 1].text in ("%", "٪"):
        num.unit = "%"
    # Unit.
    if num.unit is None and k < len(ws):
        unit, used = _unit_after(ws, k, num, found)
        if unit:
            num.unit = unit
            last.end_i = k + used
            k += used
    if num.unit is None and num.definite and num.i >= 1 and ws[num.i - 1].norm.startswith("ال") \
            and touch_space(ws[num.i - 1], ws[num.i]):
        unit = counted_noun(ws[num.i - 1], num.value) or counted_noun(ws[num.i - 1], 2)
        if unit:  # الأطفال الاثني عشر، الدول التسع عشرة
            num.unit, num.start_i = unit, num.i - 1
    if num.unit is None and num.share:
        num.unit = _antecedent(num, found)  # ربعهم: a share of the people counted before
    if num.unit is None and ws[num.i].kind == "number" and num.i >= 1 and ws[num.i - 1].text == "$":
        num.unit = "دولار"
    if num.unit is None and num.start_i >= 1 and ws[num.start_i - 1].norm in PART_OF:
        num.unit = _antecedent(num, found)  # بينهم 5 في حالة خطرة
    # Hedge after (on the amount or after its noun).
    for pos in (last.j, k):
        if _phrase_at(ws, pos, approx_phrases()["after"]):
            num.approximate = True
            break
    if upper is not None:
        upper.unit, upper.percent, upper.approximate = num.unit, num.percent, True


def _phrase_at(ws: list[Token], k: int, phrases: tuple[tuple[str, ...], ...]) -> int:
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


def _hedge_before(ws: list[Token], i: int) -> int | None:
    for ph in approx_phrases()["before"]:
        s = i - len(ph)
        if s < 0:
            continue
        if all(ws[s + x].kind == "word" for x in range(len(ph))) and _phrase_at(ws, s, (ph,)):
            return s
    return None


def _unit_after(ws: list[Token], k: int, num: Amount, found: list[Amount]) -> tuple[str | None, int]:
    """The counted noun at token ``k`` after the amount, and how many tokens it takes (0 when none)."""
    w = ws[k]
    if w.kind != "word":
        return None, 0
    if w.norm in BACK_REFERENCES:
        return _antecedent(num, found), 1
    if w.norm == "من" and k + 1 < len(ws) and ws[k + 1].kind == "word":
        unit = counted_noun(ws[k + 1], num.value, after_min=True)
        return (unit, 2) if unit else (None, 0)
    pair = _unit_pair(ws, k)
    if pair:
        return pair, 2
    if num.definite and w.norm.startswith("ال"):
        return None, 0  # المطالب الثلاثة عشر التي: the noun of a definite teen comes before it
    if num.value < 1 and num.mult == 1 and (w.norm.startswith("ال") or norm(counted_noun(w, 1) or "") != w.norm):
        return None, 0  # ثلث السكان: a share of a whole, not a counted noun; نصف ساعة keeps its unit
    unit = counted_noun(w, num.value)
    return (unit, 1) if unit else (None, 0)


def _unit_pair(ws: list[Token], k: int) -> str | None:
    """A two-word unit at token ``k`` (متر مكعب، متراً مكعباً، كيلومترات مربعة), the accusative alef allowed on
    each word, or None."""
    if k + 1 >= len(ws) or ws[k + 1].kind != "word" or not touch_space(ws[k], ws[k + 1]):
        return None
    pairs = units().pairs
    a, b = ws[k].norm, ws[k + 1].norm
    for x in (a, a[:-1] if a.endswith("ا") else None):
        for y in (b, b[:-1] if b.endswith("ا") else None):
            if x and y and (x, y) in pairs:
                return pairs[(x, y)]
    return None


def _antecedent(num: Amount, found: list[Amount]) -> str | None:
    """75 منهم: the unit of the nearest earlier number that is at least as large (a part is not bigger than the
    whole)."""
    for prev in reversed(found[-ANTECEDENT_WINDOW:]):
        if prev.unit and prev.unit != "%" and prev.value >= num.value:
            return prev.unit
    return None
