"""Whether a resolved mention is kept as a place.

Many common words are also place names somewhere (الباب، البيان، السلام، عبور). A mention is kept when the
prominence of the place it resolved to, plus the support around it (a head word that fits, a country adjective
that agrees, the entity stage's LOC, a place cue, a list of places), outweighs a penalty for how common the word
is in the news vocabulary beyond what a place of that size would explain. Some readings are refused outright:
a generic noun (المدينة), a country adjective (الحكومة السورية), a small place with nothing to vouch for it, a
spelling from another language without a cue. The thresholds and weights are named below.
"""
from __future__ import annotations

import math
from typing import TYPE_CHECKING

from . import lexicon as lx
from .gazetteer import F_ALT, Gazetteer
from .scoring import article_conflict, countries, head_fit

if TYPE_CHECKING:
    from .recognition import Mention

ACCEPT_MIN = 0.3  # prior + support - penalty must reach this
MINOR = 0.6  # prominence below which a place needs a cue, a head or its country in the article
SHARE_MIN = 0.3  # a country's share of the article from which the article "is about" it
ALT_MIN_LEN = 5  # a spelling from another language: at least this long,
ALT_MAX_FREQ = 50  # ... at most this frequent as a word,
ALT_PROMINENT = 1.2  # ... and of a place this prominent unless its country is in the article
# Support for a place reading.
S_HEAD = 2.0  # a head word that fits (مدينة X)
S_AREA = 1.0  # منطقة X: a place, but منطقة قريبة is not
S_NISBA_FIT, S_NISBA_MISFIT = 1.5, -2.0  # a country adjective beside it that agrees / disagrees
S_NER = 1.5  # the entity stage marks it LOC
S_PERSON = -2.0  # inside a person's or organisation's name, or after a title, with no head
S_CUE = 0.3  # a place cue before it ...
S_CUE_COUNTRY = 0.7  # ... and more when the article is about its country
S_STOP_MIN = 1.0  # a word of the stoplist needs at least this much support
S_LISTED = 1.0  # listed with an accepted place
PRIOR_COUNTRY = 0.3  # prominence bonus when the article is about the place's country
PRIOR_ABROAD = -0.7  # a place outside MENA whose country the article does not talk about
# Penalty for commonness: PENALTY_SLOPE per decade of the word's frequency beyond the count a place of this prior
# may have (log10: prior - EXPECTED_OFFSET, at least EXPECTED_MIN); SHORT_KEY_PENALTY for keys of two letters.
PENALTY_SLOPE = 1.5
EXPECTED_OFFSET = 3.5
EXPECTED_MIN = 1.0
SHORT_KEY_PENALTY = 1.0
# A stray (see :func:`stray`): a populated place or district below this population, outside MENA, not a capital.
STRAY_MAX_POP = 100_000
# ينبع، تمثل: a name that also reads as an imperfect verb whose other person prefix is this common.
VERB_OTHER_MIN = 30
VERB_OTHER_RATIO = 0.2


def verb_like(vocab: dict[str, int], w: str) -> bool:
    """ينبع، تمثل: a word that also reads as an imperfect verb (its other person prefix is a common word too:
    تنبع). Such a name needs a cue before it."""
    if len(w) < 3 or w[0] not in "يت":
        return False
    other = ("ت" if w[0] == "ي" else "ي") + w[1:]
    fo = vocab.get(other, 0)
    return fo >= VERB_OTHER_MIN and fo >= VERB_OTHER_RATIO * vocab.get(w, 0)


def accept(gaz: Gazetteer, vocab: dict[str, int], m: Mention, ctx: dict[str, float]) -> bool:
    """Is the resolved mention ``m`` a place (see module doc)? ``ctx``: each country's share of the article."""
    if m.kind in ("territory", "elliptic"):
        return True
    p = gaz.places[m.row]
    flags = next(f for r, f in m.cands if r == m.row)
    single = m.j - m.i == 1
    hf = head_fit(m.head, p)
    cs = countries(p)
    if m.is_head:
        return False  # المدينة، العاصمة: anaphora or a generic noun
    if m.single_nisba and (p.kind != "country" or (m.article and m.after_definite)
                           or (not m.article and not m.cue)):
        return False  # الحكومة السورية، مصادر سورية: an adjective; من السعودية, في سورية: the country
    if article_conflict(m, p, flags):
        return False  # عبور is not العبور; البلدة (common) is not Baladeh; الخرطوم is خرطوم
    share = max(ctx.get(c, 0.0) for c in cs)
    if flags & F_ALT and (m.freq > ALT_MAX_FREQ or len(m.key) < ALT_MIN_LEN or not (hf > 0 or m.cue_word)
                          or (share < SHARE_MIN and p.prominence < ALT_PROMINENT)):
        return False  # another language's spelling: only as a cued name of a country in the article
    nisba_fit = bool(m.nisba_cc and m.nisba_cc in cs)
    support = 0.0
    if hf > 0:
        support += S_HEAD
    elif m.head == "area":
        support += S_AREA
    if m.nisba_cc:
        support += S_NISBA_FIT if nisba_fit else S_NISBA_MISFIT
    if m.ner:
        support += S_NER
    if (m.negative or m.title) and hf <= 0:
        support += S_PERSON
    if m.cue:
        support += S_CUE + (S_CUE_COUNTRY if share >= SHARE_MIN else 0.0)
    if m.stop and support < S_STOP_MIN:
        return False
    if m.listed:
        support += S_LISTED
    minor = single and (p.prominence < MINOR or verb_like(vocab, m.key)) and p.kind != "country"
    if minor and not (hf > 0 or m.head or m.cue_word or nisba_fit or m.ner):
        return False  # a small place needs a head, a cue or an adjective beside it
    if m.function_words and hf <= 0:
        return False  # هو ما is not Houma
    prior = p.prominence + (PRIOR_COUNTRY if share >= SHARE_MIN else 0.0)
    if (p.kind != "country" and share < SHARE_MIN and not p.id.startswith("isnad:")
            and not any(c in lx.mena() for c in cs)):
        prior += PRIOR_ABROAD  # a place abroad needs its country in the article
    expected = max(EXPECTED_MIN, p.prior - EXPECTED_OFFSET)  # log10 of the count a place this size may have
    penalty = PENALTY_SLOPE * max(0.0, math.log10(m.freq + 1) - expected)
    if len(m.key) <= 2:
        penalty += SHORT_KEY_PENALTY
    return prior + support - penalty >= ACCEPT_MIN


def stray(p, m: Mention, ctx: dict[str, float]) -> bool:
    """Is the accepted reading ``p`` of ``m`` a low-confidence one, to report with no id? A populated place or
    district of fewer than STRAY_MAX_POP people, not a national capital, outside the MENA prior list, in a country
    that nothing else of the article is in (``ctx``: the countries' shares without this name's own mentions: the
    other places, country adjectives, the title's places). A small Syrian village that GeoNames lacks then does not
    become the American hamlet of the same name, while a lone foreign capital or city, or a first-level seat after a
    head word that fits it, stays resolved."""
    if m.kind != "name" or p.kind not in ("populated_place", "admin2") or p.feature == "PPLC":
        return False
    if p.feature == "PPLA" and head_fit(m.head, p) > 0:
        return False  # بلدة ليلهامر: a first-level seat announced as a town
    cs = countries(p)
    if p.population >= STRAY_MAX_POP or any(c in lx.mena() for c in cs):
        return False
    return max(ctx.get(c, 0.0) for c in cs) <= 0.0
