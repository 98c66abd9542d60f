"""Scoring the gazetteer rows a mention may name, and choosing one.

A row's score is its prior (kind, capital, population) plus the evidence around the mention: a MENA preference,
the head word in front (مدينة، محافظة، نهر …) or inside the name, a country adjective beside it (الأنبار
العراقية), the countries the rest of the article talks about (``ctx``, each country's share of the article), the
distance to the article's other places, and one sense per discourse (``Mention.bonus``). The confidence is the
best row's share of the softmax over all rows. The weights are named below, tuned on the project's own sentences
(``isnad/facts/testsets/places.txt``) and measured on the dev pages (``isnad eval facts``).
"""
from __future__ import annotations

import math
from typing import TYPE_CHECKING

from . import lexicon as lx
from .gazetteer import F_ALT, F_ARTICLE, F_EITHER, F_HEADLESS, Gazetteer, Place

if TYPE_CHECKING:
    from .recognition import Mention

W_MENA = 0.5
W_HEAD_FIT = 2.0
W_HEAD_MISFIT = -2.0
W_INNER_HEAD = 0.5  # a head inside the name (قطاع غزة) counts half
W_NISBA_FIT = 2.0
W_NISBA_MISFIT = -1.0
W_CONTEXT = 1.2
COMMON_FREQ = 50  # a name this frequent as a word is common: it must carry its article as the gazetteer does
W_DISCOURSE_NAME = 2.5  # a bare name after the article used a longer name ending with it (قطاع غزة)
W_DISCOURSE_HEAD = 1.0  # a bare name after the article fixed its reading with a head word (محافظة X)
W_ALT = -0.4
W_ARTICLE_MISMATCH = -0.8
W_HEADLESS = -0.05  # a name indexed without its generic head (الأنبار from محافظة الأنبار)
W_GEONAMES = 0.05  # a GeoNames row over another source's row of the same name
W_STRIP = -0.15  # per clitic-strip level beyond the tokenizer's own split
# Distance to the article's other places (km) -> bonus, nearest band first.
W_DISTANCE = ((100, 0.8), (300, 0.5), (800, 0.2))

# Which gazetteer rows a head word fits (مدينة -> a populated place, نهر -> a stream …).
_HEAD_FITS = {
    "city": lambda p: p.kind == "populated_place",
    "capital": lambda p: p.kind == "populated_place" and p.feature in ("PPLC", "PPLA", "PPLG"),
    "admin": lambda p: p.kind in ("admin1", "admin2"),
    "district": lambda p: p.kind in ("admin2", "admin1"),
    "country": lambda p: p.kind == "country",
    "rural": lambda p: p.kind in ("admin1", "populated_place", "admin2"),
    "river": lambda p: p.feature in ("STM", "CNL"),
    "mountain": lambda p: p.feature in ("MT", "MTS", "HLLS", "PLAT"),
    "sea": lambda p: p.feature in ("SEA", "OCN", "LKN"),
    "gulf": lambda p: p.feature in ("GULF", "BAY"),
    "lake": lambda p: p.feature in ("LK", "LKN", "RSV"),
    "desert": lambda p: p.feature in ("DSRT",),
    "valley": lambda p: p.feature in ("VAL", "WAD"),
    "plain": lambda p: p.feature in ("PLN", "VAL"),
    "island": lambda p: p.feature in ("ISL", "ISLS"),
    "strait": lambda p: p.feature in ("STRT",),
}


def head_fit(head: str | None, p: Place) -> float:
    """The weight of a head word for row ``p``: positive when the head fits its kind, negative when it does not,
    0 for no head, the vague منطقة ("area") or a head that says nothing about kinds."""
    if not head or head == "area":
        return 0.0
    fits = _HEAD_FITS.get(head)
    if fits is None:
        return 0.0
    return W_HEAD_FIT if fits(p) else W_HEAD_MISFIT


def countries(p: Place) -> tuple[str, ...]:
    """The countries of a row (several for a physical feature that spans borders)."""
    return p.countries or (p.country,)


def country_of(p: Place, ctx: dict[str, float]) -> str:
    """The row's country; for a feature spanning several, the one the article talks about most; none ("") for a
    continent."""
    if p.countries and len(p.countries) > 1 and p.feature != "CONT":
        return max(p.countries, key=lambda c: (ctx.get(c, 0.0), c == p.country))
    return own_country(p)


def own_country(p: Place) -> str:
    """A row's own country; none ("") for a continent (its representative point's country means nothing)."""
    return "" if p.feature == "CONT" else p.country


def km(la1: float, lo1: float, la2: float, lo2: float) -> float:
    """Great-circle distance in kilometres."""
    r = math.pi / 180
    a = math.sin((la2 - la1) * r / 2) ** 2 + math.cos(la1 * r) * math.cos(la2 * r) * math.sin((lo2 - lo1) * r / 2) ** 2
    return 2 * 6371 * math.asin(min(1.0, math.sqrt(a)))


def score(gaz: Gazetteer, m: Mention, row: int, flags: int, ctx: dict[str, float],
          coords: list[tuple[float, float, str]]) -> float:
    """The score of reading mention ``m`` as gazetteer row ``row`` (indexed with ``flags``). ``coords``: the
    article's confidently resolved places (lat, lon, key)."""
    p = gaz.places[row]
    s = p.prior
    cs = countries(p)
    if any(c in lx.mena() for c in cs):
        s += W_MENA
    s += head_fit(m.head, p) + head_fit(m.inner_head, p) * W_INNER_HEAD
    if m.nisba_cc:
        s += W_NISBA_FIT if m.nisba_cc in cs else W_NISBA_MISFIT
    if ctx:
        s += W_CONTEXT * max(ctx.get(c, 0.0) for c in cs)
    if coords and len(m.cands) > 1 and p.lat is not None and p.kind != "country" and not p.id.startswith("ne4"):
        d = min((km(p.lat, p.lon, la, lo) for la, lo, k in coords if k != m.key), default=None)
        if d is not None:
            s += next((w for limit, w in W_DISTANCE if d < limit), 0.0)
    if flags & F_ALT:
        s += W_ALT
    if bool(flags & F_ARTICLE) != m.article and m.kind == "name" and not flags & F_EITHER:
        s += W_ARTICLE_MISMATCH
    if flags & F_HEADLESS:
        s += W_HEADLESS
    if p.id.startswith("gn:"):
        s += W_GEONAMES
    s += W_STRIP * max(0, m.level - 1)
    s += m.bonus.get(row, 0.0)
    return s


def article_conflict(m: Mention, p: Place, flags: int) -> bool:
    """Is row ``p`` (indexed with ``flags``) no reading of the one-word ``m`` because of the article? A name the
    gazetteer writes only without it is not the word written with it when that word is common (القدس is not
    Qods, قدس), and a name always written with it is not the bare word (عبور is not العبور); a head word that
    fits the row overrides this."""
    return (m.j - m.i == 1 and head_fit(m.head, p) <= 0 and not flags & F_EITHER
            and bool(flags & F_ARTICLE) != m.article and (not m.article or m.freq >= COMMON_FREQ))


def resolve(gaz: Gazetteer, m: Mention, ctx: dict[str, float], coords: list[tuple[float, float, str]]) -> None:
    """Give ``m`` its best row, score and confidence (the best row's softmax share over all its rows). Rows that
    the article rules out (:func:`article_conflict`) are chosen only when no other row is left."""
    scored = sorted(((score(gaz, m, r, f, ctx, coords), r, article_conflict(m, gaz.places[r], f))
                     for r, f in m.cands), key=lambda x: (x[0], x[1]), reverse=True)
    if not scored:
        return
    best, row, _ = next((x for x in scored if not x[2]), scored[0])
    z = sum(math.exp(s - best) for s, _, _ in scored)
    m.row, m.score, m.confidence = row, best, min(1.0, 1.0 / z)
