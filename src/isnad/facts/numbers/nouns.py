"""The counted noun of an amount in its singular dictionary form (حافلات -> حافلة، عنصراً -> عنصر، نساء -> امرأة):
from the unit lexicon (``units.tsv``) or by rule (accusative tamyiz, sound plurals, construct plurals), a derived
singular being trusted only when the news vocabulary knows it as a word."""
from __future__ import annotations

from ...arabic.normalize import strip_diacritics
from ...arabic.tokens import vocabulary
from ...model import Token
from .lexicon import numword, stopwords, units

# Vocabulary count above which a derived singular is trusted as a word.
MIN_WORD_FREQ = 5
# How frequent the rest of a word after و / ف / ب / ل must be, relative to the whole, for it to read as a proclitic.
PROCLITIC_RATIO = 0.5


def verb_like(n: str) -> bool:
    """يعيشون، تقول، قتلوا: an imperfect or plural verb rather than a noun (nisba plurals such as يمنيون
    keep their ي before the suffix)."""
    if n.endswith("وا") and len(n) > 3:
        return True
    return len(n) > 4 and n[0] in "يت" and n.endswith(("ون", "ين")) and not n[:-2].endswith("ي")


def broken_plural(n: str) -> bool:
    """A normalised word without its article on a broken-plural pattern that singulars rarely take: أفعال
    (ابعاد، اطراف), أفاعل (اصابع), مفاعل / مفاعيل (مراكز، مشاريع), فواعل (جوانب), فعلاء (وزراء)."""
    if n.endswith("ه"):
        return False
    if len(n) == 5 and n[0] == "ا" and "ا" in (n[2], n[3]):
        return True
    if n[0] == "م" and len(n) in (5, 6) and n[2] == "ا" and (len(n) == 5 or n[4] == "ي"):
        return True
    if len(n) == 5 and n[1:3] == "وا":
        return True
    return len(n) == 5 and n.endswith("اء") and n[0] != "ا"


def proclitic_word(n: str, v: dict[str, int]) -> bool:
    """A normalised word that is و / ف / ب / ل + another word (وأصيب، فقتل، بتلقي، لصالح) rather than a word of
    its own: what is left after the first letter is a news word at least PROCLITIC_RATIO times as frequent as the
    whole (وزير، ولاية، بلدة, whose rest is rare, stay). A counted noun follows its number with no proclitic."""
    if len(n) < 3 or n[0] not in "وفبل":
        return False
    rest = n[1:]
    return v.get(rest, 0) >= MIN_WORD_FREQ and v.get(rest, 0) >= PROCLITIC_RATIO * v.get(n, 0)


def restore(raw: str) -> str:
    """Tidy a derived singular written as in the text (drop tanween alef marks left over)."""
    return raw.rstrip("ًٌٍ")


def counted_noun(w: Token, value: float, after_min: bool = False) -> str | None:
    """The singular dictionary form of a counted noun, or None when ``w`` is not one. ``after_min``: the noun
    follows من (مئات من مقاتلي), so لل and the construct plural are allowed."""
    if w.kind != "word":
        return None
    u = units()
    raw = strip_diacritics(w.text).replace("\u0640", "")
    n = w.norm
    if n in stopwords() or numword(w, allow_conj=False):
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
    v = vocabulary()
    if n == w.norm and proclitic_word(n, v):
        return None  # 5 آلاف وأصيب، ألفي بتلقي: a conjunction or preposition on the next word, not a counted noun
    if n.endswith("ا") and len(n) > 3 and v.get(n[:-1], 0) >= MIN_WORD_FREQ and not n.endswith("وا"):
        return restore(raw[:-1])
    # Sound plurals: مقاتلين، مقاتلون، مقاتلي (construct), حافلات / مستودعات.
    for suf in ("ين", "ون"):
        if verb_like(n):
            break
        if n.endswith(suf) and len(n) > 4:
            stem = n[:-2]
            if stem in u.forms:
                return u.forms[stem]
            if v.get(stem, 0) >= MIN_WORD_FREQ:
                return restore(raw[:-2])
    if n.endswith("ات") and len(n) > 4:
        stem = n[:-2]
        for cand in (stem + "ه", stem):
            if cand in u.forms:
                return u.forms[cand]
        fem, masc = v.get(stem + "ه", 0), v.get(stem, 0)
        if max(fem, masc) >= MIN_WORD_FREQ:
            return restore(raw[:-2]) + ("ة" if fem >= masc else "")
    if verb_like(n):
        return None
    if value >= 11 and not w.norm.startswith("ال") and v.get(n, 0) >= MIN_WORD_FREQ and not after_min:
        return restore(raw)  # 350 سلة، 24 وزيرة: the singular after 11 and more
    if after_min and n.endswith("ي") and len(n) > 4 and n[:-1] in u.forms:
        return u.forms[n[:-1]]
    if after_min and n.endswith("ي") and len(n) > 4 and v.get(n[:-1], 0) >= MIN_WORD_FREQ:
        return restore(raw[:-1])  # من مقاتلي: construct plural
    return None
