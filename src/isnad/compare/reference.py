"""Soft evidence for conflicts worded differently: the features the pair scorer reads when the rules stay silent.

The rules (:mod:`.negation` and the others) call a conflict only on firm evidence. Many conflicts share almost no
word: a denial answers the accusation before it with «نفت هذه التصريحات» or «وصفتها بأنها لا أساس لها»; the
accused party gives its own account; two counts of the dead use different nouns. Here such signs become named
features of a pair (:func:`soft_features`); the learned scorer (:mod:`.scorer`) weighs them, so no threshold is
set by hand:

- **reference** (a denial and a reporting claim of another source): where the claim stands among the reporting
  claims before the denial (the nearest first; the nearest accusation), and whether the denial points back (an
  ``anaphora.tsv`` word, or one of ``denied_objects.txt`` — what denials point at in the unlabeled news, built by
  ``isnad train compare --lexicon`` — among its first words, or a content of one word), whether the denier is a
  party the claim names (the accused: a word of its name, or its country), and whether the denial names the
  claim's source;
- **opposition** (any two claims of different sources): a denial against a report, or two accusations each
  naming the other's side (its source or country), with what anchors them to one event (a place or a date in
  common) and how alike their contents are (word vectors);
- **counts**: both claims count event facts (``count_units.txt``) under different nouns and no figure of one
  agrees with a figure of the other (19 رجلا vs 31 مقاتلا).
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np

from ..arabic import light
from ..lexicon import load_tsv
from ..vectors import word_vectors
from .keys import PKG, ClaimView, comparable, head_words, word_set
from .negation import TARGET_STANCES, _accused, _names_source, anaphora, is_denial, negated
from .quantity import agree
from .timing import event_concepts

OPENING = 4  # the first content words of a denial where what it denies is named (نفت صحة التقارير)
REPORTING = TARGET_STANCES


@lru_cache(maxsize=1)
def denied_objects() -> frozenset[str]:
    """Light stems of the words denials point at (``data/denied_objects.txt``; empty when not built)."""
    try:
        return frozenset(r[0] for r in load_tsv(PKG, "data/denied_objects.txt") if r and r[0])
    except (FileNotFoundError, OSError):
        return frozenset()


def points_back(v: ClaimView) -> bool:
    """Does a denial point at something said before: a back-pointing word, a denied object among its first
    words, or a content of one content word (نفى ذلك)?"""
    if anaphora(v) is not None:
        return True
    opening = [k.stem for k in v.keys if k.kind == "word"][:OPENING]
    return bool(set(opening) & denied_objects())


def _memo(comp, key, make):
    if key not in comp.memo:
        comp.memo[key] = make()
    return comp.memo[key]


def _nearest(comp, d: int, accusation: bool) -> int | None:
    """The nearest claim before denial ``d`` that it may answer (of stance accuse only, with ``accusation``)."""
    def make():
        before = [k for k in _candidates(comp, d) if k < d
                  and (comp.views[k].claim.stance == "accuse" or not accusation)]
        return max(before) if before else None
    return _memo(comp, ("nearest", d, accusation), make)


def _rank(comp, d: int, t: int) -> int | None:
    """The rank of claim ``t`` among the claims before denial ``d`` that it may answer (0 = the nearest); None
    when ``t`` comes after ``d``."""
    if t >= d:
        return None
    return sum(1 for k in _candidates(comp, d) if t < k < d)


def _candidates(comp, d: int) -> list[int]:
    """The claims denial ``d`` may answer: reporting claims of other sources that do not deny themselves."""
    dv = comp.views[d]
    return _memo(comp, ("candidates", d), lambda: [
        k for k, v in enumerate(comp.views)
        if k != d and v.claim.stance in REPORTING and comparable(dv, v) and not negated(v)])


def _party_named(dv: ClaimView, tv: ClaimView) -> bool:
    """A word of the denier's name (generic heads aside) or its country is named in the claim."""
    if _accused(dv, tv)[0] > 0:
        return True
    words = head_words(dv.claim.speaker.text) - word_set("generic_source_words.txt")
    return bool(words & tv.content_keys)


def _signs(comp, d: int, t: int) -> list[str]:
    """The signs tying denial ``d`` to claim ``t``: where ``t`` stands (``rank0``: the nearest reporting claim
    before ``d``; ``acc0``: the nearest accusation), whether ``d`` points back, names ``t``'s source, is spoken by
    a party ``t`` names, and whether they share a content word."""
    dv, tv = comp.views[d], comp.views[t]
    out = []
    if _nearest(comp, d, False) == t:
        out.append("rank0")
    if _nearest(comp, d, True) == t:
        out.append("acc0")
    if points_back(dv):
        out.append("points")
    if _party_named(dv, tv):
        out.append("party")
    if _names_source(dv, tv):
        out.append("names")
    if dv.content_keys & tv.content_keys:
        out.append("shared")
    return out


def _best(comp, d: int) -> int | None:
    """The claim denial ``d`` most likely answers: the one with most signs (a tally, no weights), the nearest on
    a tie (an earlier one before a later one)."""
    def make():
        cands = _candidates(comp, d)
        return max(cands, key=lambda k: (len(_signs(comp, d, k)), -abs(k - d), k < d)) if cands else None
    return _memo(comp, ("best", d), make)


def reference(comp, d: int, t: int) -> list[str]:
    """Features tying denial ``d`` to claim ``t`` (none unless ``d`` is a denial and ``t`` a claim it may answer)."""
    dv, tv = comp.views[d], comp.views[t]
    if not is_denial(dv) or tv.claim.stance not in REPORTING or negated(tv):
        return []
    signs = _signs(comp, d, t)
    rank = _rank(comp, d, t)
    out = ["ref", "ref:pos-after" if rank is None else f"ref:pos{min(rank, 2)}"]
    out += [f"ref:{s}" for s in signs]
    strong = [s for s in signs if s in ("party", "names")]
    best = _best(comp, d) == t
    out.append(f"ref:{'best' if best else 'other'}{min(len(signs), 4)}")
    if best:
        out += [f"ref:best&{s}" for s in signs]
        if strong:
            out.append("ref:best&strong")
    return out


def _blames(a: ClaimView, b: ClaimView) -> bool:
    """``a`` accuses ``b``'s side: its stance is accuse and its content names ``b``'s source or country."""
    if a.claim.stance != "accuse":
        return False
    if b.source_keys and len(b.source_keys & a.content_keys) * 2 >= len(b.source_keys):
        return True
    cc = b.claim.speaker.country
    return bool(cc) and any(p.country == cc for p in a.claim.places)


def _bucket(x: float, edges: tuple[float, ...]) -> int:
    return sum(x >= e for e in edges)


def opposition(comp, i: int, j: int, cosine: float) -> list[str]:
    """Features of two opposed accounts: a denial against a report, or mutual blame, with their anchors."""
    a, b = comp.views[i], comp.views[j]
    sa, sb = a.claim.stance, b.claim.stance
    kind = None
    if (sa == "deny") != (sb == "deny") and {sa, sb} - {"deny"} <= REPORTING:
        kind = "deny"
    elif _blames(a, b) and _blames(b, a):
        kind = "blame"
    elif sa == sb == "accuse":
        kind = "accuse2"
    if kind is None:
        return []
    out = [f"opp:{kind}", f"opp:{kind}&cos{_bucket(cosine, (0.3, 0.4, 0.5))}"]
    places_a = {p.id or p.text for p in a.claim.places}
    if places_a & {p.id or p.text for p in b.claim.places}:
        out.append(f"opp:{kind}&place")
    if a.concepts & b.concepts:
        out.append(f"opp:{kind}&concept")
    return out


def cross_counts(fa, fb) -> list[str]:
    """Counts of event facts under different nouns, none agreeing (the same-noun case is the number rule's)."""
    if not fa.counts or not fb.counts or fa.counts.keys() & fb.counts.keys():
        return []
    xs = [c for cs in fa.counts.values() for c in cs]
    ys = [c for cs in fb.counts.values() for c in cs]
    if any(agree(x, y) for x in xs for y in ys):
        return ["cnt:cross-agree"]
    return ["cnt:cross-differ"]


ALIGN = 0.5  # a word of one claim has a counterpart in the other when their vectors are at least this alike


@lru_cache(maxsize=4096)
def _rows(text: str) -> np.ndarray:
    """Unit vectors of the known content words of ``text`` (function words and one- or two-letter words left out)."""
    wv = word_vectors()
    stop = word_set("stopwords.txt")
    rows = [wv.row(w) for w in text.split() if len(w) > 2 and light(w) not in stop]
    rows = [r for r in rows if r is not None]
    return wv.rows(rows) if rows else np.zeros((0, wv.dim), dtype=np.float32)


def aligned(a: ClaimView, b: ClaimView) -> list[str]:
    """How many words of the shorter content have a counterpart in the other (word vectors): paraphrases that
    share few words still align word by word (أغلقت / حجبت، قتل / توفي)."""
    ca, cb = a.claim.content, b.claim.content
    if ca is None or cb is None:
        return []
    x, y = _rows(ca.text), _rows(cb.text)
    if not len(x) or not len(y):
        return []
    sims = x @ y.T
    short = sims.max(axis=1) if len(x) <= len(y) else sims.max(axis=0)
    share = float((short >= ALIGN).mean())
    near = int(((short >= ALIGN) & (short < 0.99)).sum())
    return [f"align:{_bucket(share, (0.2, 0.4, 0.6))}", f"align-near:{min(near, 3)}"]


def soft_features(comp, i: int, j: int, cosine: float) -> list[str]:
    """The soft evidence of the pair (i, j) of a :class:`~.evidence.Comparison`."""
    out = reference(comp, i, j) + reference(comp, j, i) + opposition(comp, i, j, cosine)
    out += aligned(comp.views[i], comp.views[j])
    out += cross_counts(comp.facts[i], comp.facts[j])
    if out and comp.views[i].concepts & comp.views[j].concepts & event_concepts():
        out.append("soft&event")
    return out
