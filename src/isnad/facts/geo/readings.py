"""What the gazetteer look-up reads off each token: :class:`Readings`, a view derived from the text layer's
:class:`isnad.model.Token` (written by the text stage), never a token of its own.

A token is read as the first word of a name in several :class:`Form` s: as written (its article set apart), as the
text layer split its proclitics (level 1), and, for a word rare in the news, with the proclitics a frequency-based
split keeps on (وراوه، وبالرقة) taken off as well (level 2 or 3). The following words of a name are read with
their article removed (``cont``). The readings depend only on the token's shape, so they are computed once per
distinct shape and placed at each token's offset.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from ...arabic.memo import Memo
from ...arabic.normalize import norm, normalize
from ...arabic.tokens import vocabulary
from ...arabic.variants import CONJUNCTIONS, variants
from ...model import Token
from . import lexicon as lx

# Prepositions the fallback takes off the first word of a name (ك only before the article: كالرقة, not كسلا).
FALLBACK_PREPS = "بلك"
# A token gets the fallback readings only when the whole token is rare in the news vocabulary (وراوه yes;
# وكيل، فاتن، فيلم no: they are words of their own).
FALLBACK_MAX_FREQ = 20
OPEN_QUOTES = set("«\"“‘'(")


@dataclass(slots=True)
class Form:
    """One reading of a token as the first word of a name: the key (normalised, article removed), whether the
    article was there, how many clitic-strip levels it took (0 as written, 1 the text layer's split, 2-3 the
    fallback) and where the name would start."""

    key: str
    article: bool
    level: int
    start: int


@dataclass(slots=True)
class Readings:
    """The gazetteer's view of one :class:`isnad.model.Token`."""

    token: Token
    forms: list[Form]
    cont: str  # continuation key (article removed)
    bare: str  # the last reading's key (the text layer's split, or for a rare word the fallback's least stripped)
    article: bool  # the bare form had the article
    has_clitic: bool  # a preposition or conjunction was removed to get ``bare``
    nisba: str | None  # country code when the token is a country adjective
    nisba_article: bool

    @property
    def surface(self) -> str:
        return ("ال" + self.bare) if self.article else self.bare

    @property
    def word(self) -> bool:
        return self.token.kind == "word"

    key_set: set[str] | None = None  # (shared by the tokens of one shape: read, never changed)

    def keys(self) -> set[str]:
        """The token's readings without proclitics, each with its article as written (بالمدينة -> المدينه)."""
        if self.key_set is None:
            self.key_set = {("ال" + f.key) if f.article else f.key for f in self.forms} | {self.surface}
        return self.key_set


_CACHE = Memo("facts.geo.readings: readings of token shapes")  # a bounded number (see isnad.arabic.memo)


def readings(t: Token) -> Readings:
    """The readings of one token, computed once per distinct token shape (cached) and placed at its offset."""
    sig = (t.text, t.kind, tuple((w.kind, w.start - t.start, w.end - t.start) for w in t.words))
    got = _CACHE.get(sig)
    if got is None:
        got = _CACHE.recall(sig)
    if got is None:
        rel = _readings_at(replace(t, start=0, end=len(t.text), words=[
            type(w)(w.text, w.start - t.start, w.end - t.start, w.kind) for w in t.words]))
        got = _CACHE.store(sig, (rel.forms, rel.cont, rel.bare, rel.article, rel.has_clitic, rel.nisba,
                                 rel.nisba_article, rel.keys()))
    forms, cont, bare, article, has_clitic, nisba, nisba_article, key_set = got
    s = t.start
    return Readings(t, [Form(f.key, f.article, f.level, f.start + s) for f in forms], cont, bare, article,
                    has_clitic, nisba, nisba_article, key_set)


def _readings_at(t: Token) -> Readings:
    n = normalize(t.text)
    text = n.text
    forms: list[Form] = []
    seen: set[str] = set()

    def add(k: str, art: bool, level: int, start: int) -> None:
        if art and k.startswith("ال") and len(k) >= 4:
            k = k[2:]
        elif art:
            return
        if len(k) >= 2 and k not in seen:
            seen.add(k)
            forms.append(Form(k, art, level, start))

    whole_art = text.startswith("ال") and len(text) >= 4
    add(text, whole_art, 0, t.start)
    # The tokenizer's own split.
    ws = t.words
    k = 0
    while k < len(ws) - 1 and ws[k].kind in ("conj", "prep"):
        k += 1
    if k:
        rest = ws[k:]
        start = rest[0].start
        if rest[0].kind == "article" and ws[k - 1].kind == "prep" and norm(ws[k - 1].text) == "ل":
            start = ws[k - 1].start  # لل: keep the preposition with the elided-alef article
            add("ال" + norm("".join(w.text for w in rest[1:])), True, 1, start)
        else:
            add(norm("".join(w.text for w in rest)), rest[0].kind == "article" or norm(rest[0].text).startswith("ال"),
                1, start)
    # Proclitics the tokenizer left on a rare word (its split is frequency-based: وراوه، وبالرقة stay whole).
    if vocabulary().get(text, 0) < FALLBACK_MAX_FREQ:
        for key, art, level, at in _fallback(text):
            add(key, art, level, t.start + n.offsets[at])
    cont = text[2:] if whole_art else text
    last = forms[-1] if forms else Form(text, False, 0, t.start)
    nis = lx.nisba_forms()
    nisba, nisba_art = None, False
    for f in forms:
        if f.key in nis and (f.article or f.level == 0):
            nisba, nisba_art = nis[f.key], f.article
            break
    return Readings(t, forms, cont, last.key, last.article, last.level > 0, nisba, nisba_art)


def _fallback(text: str) -> list[tuple[str, bool, int, int]]:
    """Readings of a normalised word with its proclitics taken off (:func:`isnad.arabic.variants`), the most
    stripped first: (form, article, level, where the name starts in ``text``). لل is read both ways: with the
    article elided (للرقة: ل + الرقة; the name starts at the ل, level 2, as after وال، بال) and as a plain
    preposition (لليونسكو: ل + ليونسكو). Without the article the level is 2 when only و/ف came off and 3 when a
    preposition did. What is left must be three letters at least."""
    out = []
    elided = variants(text, preps=FALLBACK_PREPS)  # وللرقة → للرقة → الرقة → رقة
    if len(elided) > 2 and elided[-2].startswith("ال") and elided[-1] == elided[-2][2:] and len(elided[-1]) >= 3:
        out.append((elided[-2], True, 2, len(text) - len(elided[-2])))  # the article came off after a clitic
    plain = variants(text, article=False, preps=FALLBACK_PREPS, elide=False)  # لليونسكو → ليونسكو
    prep = False
    steps = []
    for prev, v in zip(plain, plain[1:]):
        prep = prep or prev[0] not in CONJUNCTIONS
        steps.append((v, 3 if prep else 2, prev[0] == "ك"))
    for v, level, kaf in reversed(steps):
        if kaf and not (v.startswith("ال") and len(v) >= 5):
            continue  # ك is taken off only before the article (كالرقة; not كسلا)
        out.append((v, v.startswith("ال") and len(v) >= 4, level, len(text) - len(v)))
    return out


# --- positions among the readings of a text --------------------------------------------------------------------

def adjacent(text: str, a: Token, b: Token) -> bool:
    """Only white space between the two tokens (no punctuation)."""
    return not text[a.end:b.start].strip()


def quoted(toks: list[Readings], i: int, j: int) -> bool:
    """Do tokens i..j fill a quotation exactly («…»)?"""
    return 0 < i and j < len(toks) and toks[i - 1].token.text in "«“\"" and toks[j].token.text in "»”\""


def prev_word(toks: list[Readings], i: int, skip_quotes: bool = False) -> int | None:
    """The word right before token ``i`` (across opening quotation marks when asked), or None."""
    k = i - 1
    while k >= 0 and skip_quotes and toks[k].token.kind == "punct" and toks[k].token.text in OPEN_QUOTES:
        k -= 1
    if k >= 0 and toks[k].word:
        return k
    return None
