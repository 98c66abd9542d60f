"""Toponyms in Arabic text, found in the gazetteer and resolved from context.

The whole pass over one text, on the text layer's tokens (``Article.tokens``, written by the text stage):

1. **Recognition** (:mod:`.recognition`, on the per-token :mod:`.readings`): gazetteer names, the longest first;
   listed phrases that block a name (البيت الأبيض) or name a place with no row (الشرق الأوسط); territory phrases
   (الأراضي السورية -> Syria); names inside organisations dropped; the evidence around each mention.
2. **The article's countries**: country adjectives outside names (and the title, subtitle and dateline) anchor
   them; each mention adds its country (before resolution, when all its rows agree; after, its resolved row). A
   name's reading is chosen without what its other mentions say (four طرابلس read as Libya do not vouch for
   Libya), its acceptance with them.
3. **Resolution** (:mod:`.scoring`) and **acceptance** (:mod:`.acceptance`), three rounds: names listed after an
   accepted place get a cue (:meth:`Resolver._coordination`); one sense per discourse (a bare غزة follows the
   reading the article fixed with قطاع غزة or مدينة غزة, :meth:`Resolver._discourse`); the distance to the
   article's confidently resolved places counts from the second round.
4. **Strays** (:func:`.acceptance.stray`): a small place abroad, in a country nothing else of the article is in,
   stays a place with no id (a local village named like a foreign one).
5. **A second pass** (:mod:`.second_pass`): short forms (البادية), spelling variants within one edit (رواة ->
   راوة), a page cut inside its last word, unknown names after a head word (منطقة حميمة -> a place with no id).

The weights are constants of :mod:`.scoring` and :mod:`.acceptance`, tuned on the project's own sentences
(``isnad/facts/testsets/places.txt``) and measured on the dev pages (``isnad eval facts``).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from ...arabic.tokens import tokenize
from ...model import Place as PlaceSpan
from ...model import Token
from . import second_pass
from .acceptance import MINOR, accept, stray
from .gazetteer import F_LONG, Gazetteer, gazetteer
from .readings import Readings, readings
from .recognition import Mention, Recognizer, is_cue
from .scoring import W_DISCOURSE_HEAD, W_DISCOURSE_NAME, country_of, head_fit, own_country, resolve

ANCHOR_WEIGHT = 0.5  # a country adjective outside a name, or a place of the title/subtitle/dateline
CONTEXT_MAX_FREQ = 1000  # a title's name counts only when it is not a common word
# What a mention says about its country: a country counts fully, another place less, and its confidence at least
# CONTRIBUTION_MIN; before resolution, a name whose rows all lie in one country, more for a country's name.
CONTRIBUTION_COUNTRY, CONTRIBUTION_PLACE, CONTRIBUTION_MIN = 1.0, 0.7, 0.3
UNRESOLVED_COUNTRY, UNRESOLVED_PLACE = 1.0, 0.5
ROUNDS = 2  # rounds of resolution after the first
COORD_CONFIDENCE = 0.6  # resolved places whose coordinates count for their neighbours' distance
COORD_KINDS = ("populated_place", "admin2")


class _Countries:
    """Which countries an article is about: the anchors plus what each mention says (``contrib``: mention index
    -> (country, weight), a snapshot taken once per round)."""

    def __init__(self, anchors: dict[str, float], contrib: dict[int, tuple[str, float]]):
        self.contrib = contrib
        self.weights = dict(anchors)
        for c, v in contrib.values():
            self.weights[c] = self.weights.get(c, 0.0) + v
        self.memo: dict[tuple[int, ...], dict[str, float]] = {}

    def shares(self, exclude: Iterable[int] = ()) -> dict[str, float]:
        """Each country's weight relative to the largest, leaving out what mentions ``exclude`` say (a mention's
        own say, and that of the other mentions of the same name: a name does not vouch for its own reading).
        Computed once per set of mentions left out; callers only read the result."""
        key = tuple(n for n in exclude if n in self.contrib)
        got = self.memo.get(key)
        if got is not None:
            return got
        w = self.weights
        if key:
            w = dict(w)
            for n in key:
                c, v = self.contrib[n]
                w[c] -= v
        mx = max(w.values(), default=0.0)
        got = self.memo[key] = {c: v / mx for c, v in w.items() if v > 1e-9} if mx > 1e-9 else {}
        return got


class Resolver:
    """Finds and resolves the toponyms of one text (see module doc)."""

    def __init__(self, gaz: Gazetteer | None = None):
        self.gaz = gaz or gazetteer()
        self.recognizer = Recognizer(self.gaz)
        self.vocab = self.recognizer.vocab

    def find(self, text: str, tokens: list[Token] | None = None, entities: Iterable = (),
             context_text: str | None = None) -> list[PlaceSpan]:
        """Places of ``text`` as model spans (offsets into ``text``). ``tokens``: the text layer's tokens of
        ``text`` (computed when None); ``entities``: the entity stage's spans (LOC supports a place, PERS and ORG
        speak against one inside them); ``context_text``: title, subtitle and dateline, whose places say which
        countries the article is about."""
        rec, gaz = self.recognizer, self.gaz
        tokens = tokens if tokens is not None else tokenize(text)
        toks = [readings(t) for t in tokens]
        entities = list(entities)
        ner_spans = [(e.start, e.end) for e in entities if getattr(e, "label", "") == "LOC"]
        neg_spans = [(e.start, e.end) for e in entities if getattr(e, "label", "") in ("PERS", "ORG")]
        extra = rec.territories(text, toks, set())
        matched = rec.match(text, toks)
        # A listed phrase yields to a longer gazetteer name over it (الخليج in الخليج العربي).
        phrases = [p for p in rec.phrases(text, toks)
                   if not any(m.i <= p.i and p.j <= m.j and m.j - m.i > p.j - p.i for m in matched)]
        blocked = {k for m in extra + phrases for k in m.tokens}
        extra += [m for m in phrases if m.kind == "unknown"]
        mentions = [m for m in matched
                    if not rec.in_organisation(toks, m) and not any(k in blocked for k in m.tokens)]
        for m in mentions:
            rec.features(text, toks, m)
            m.ner = any(a < m.end and m.start < b for a, b in ner_spans)
            m.negative = any(a <= m.start and m.end <= b for a, b in neg_spans)
        anchors = self._anchors(toks, blocked | {k for m in mentions if m.j - m.i > 1 for k in m.tokens},
                                context_text)
        everything = mentions + extra

        same: dict[str, list[int]] = {}
        for n, m in enumerate(mentions):
            same.setdefault(m.key, []).append(n)
        countries = _Countries(anchors, self._contributions(everything, anchors, resolved=False))
        for n, m in enumerate(mentions):
            resolve(gaz, m, countries.shares(same[m.key]), [])
            m.accepted = accept(gaz, self.vocab, m, countries.shares((n,)))
        self._coordination(toks, mentions)
        for _ in range(ROUNDS):
            self._discourse(mentions)
            coords = [(gaz.places[m.row].lat, gaz.places[m.row].lon, m.key) for m in mentions
                      if m.accepted and m.row is not None and m.confidence >= COORD_CONFIDENCE
                      and gaz.places[m.row].lat is not None and gaz.places[m.row].kind in COORD_KINDS]
            countries = _Countries(anchors, self._contributions(everything, anchors, resolved=True))
            for n, m in enumerate(mentions):
                resolve(gaz, m, countries.shares(same[m.key]), coords)
                m.accepted = accept(gaz, self.vocab, m, countries.shares((n,)))
        accepted = [m for m in mentions if m.accepted]
        used = {k for m in accepted + extra for k in m.tokens}
        final = _Countries(anchors, self._contributions(everything, anchors, resolved=True))
        ctx = final.shares()
        # A small place abroad in a country nothing else of the article is in: a place, but not that one.
        strays = [m for m in mentions
                  if m.accepted and stray(gaz.places[m.row], m, final.shares(same[m.key]))]
        more = second_pass.elliptic(toks, accepted, used)
        used |= {k for m in more for k in m.tokens}
        fuzzy = second_pass.fuzzy(gaz, toks, used, accepted, ctx)
        used |= {k for m in fuzzy for k in m.tokens}
        unknown = second_pass.unknown(toks, used, ner_spans)
        cut = second_pass.truncated(gaz, text, toks, used)
        for m in strays:
            m.row = None
        out = [self._span(text, m, ctx) for m in accepted + extra + more + fuzzy + unknown + cut]
        out.sort(key=lambda p: p.start)
        return out

    def _anchors(self, toks: list[Readings], inside: set[int], context_text: str | None) -> dict[str, float]:
        """Country adjectives outside names (context, not places), and the unambiguous places of the title,
        subtitle and dateline: the countries the article is about before any name is resolved."""
        anchors: dict[str, float] = {}
        for k, tk in enumerate(toks):
            if tk.nisba and k not in inside:
                anchors[tk.nisba] = anchors.get(tk.nisba, 0.0) + ANCHOR_WEIGHT
        if context_text:
            for m in self.recognizer.match(context_text, [readings(t) for t in tokenize(context_text)]):
                cs = {own_country(self.gaz.places[r]) for r, _ in m.cands}
                if len(cs) == 1 and m.freq < CONTEXT_MAX_FREQ and "" not in cs:
                    c = cs.pop()
                    anchors[c] = anchors.get(c, 0.0) + ANCHOR_WEIGHT
        return anchors

    def _contributions(self, mentions: list[Mention], anchors: dict[str, float], resolved: bool
                       ) -> dict[int, tuple[str, float]]:
        """What each mention says about the article's countries: mention index -> (country, weight)."""
        out: dict[int, tuple[str, float]] = {}
        for n, m in enumerate(mentions):
            if resolved and m.row is not None and (m.accepted or m.kind != "name"):
                p = self.gaz.places[m.row]
                if p.kind != "country" and m.kind == "name" and p.prominence < MINOR and not m.head:
                    continue  # small places do not vouch for their country
                c = country_of(p, anchors)
                if not c:
                    continue  # a continent, or a sea: no country to vouch for
                out[n] = (c,
                          (CONTRIBUTION_COUNTRY if p.kind == "country" else CONTRIBUTION_PLACE)
                          * max(CONTRIBUTION_MIN, m.confidence))
            elif not resolved:
                cs = {own_country(self.gaz.places[r]) for r, _ in m.cands}
                if len(cs) == 1 and "" not in cs:
                    out[n] = (cs.pop(), UNRESOLVED_COUNTRY if any(self.gaz.places[r].kind == "country"
                                                                  for r, _ in m.cands) else UNRESOLVED_PLACE)
        return out

    def _coordination(self, toks: list[Readings], mentions: list[Mention]) -> None:
        """A name listed right after an accepted place (عانة وراوه، دمشق، حلب) has a place cue, and the head of
        the list when that head is dual or plural (محافظتي تعز والحديدة: both governorates)."""
        at = {m.j - 1: m for m in mentions if m.accepted}
        for m in mentions:
            k = m.i - 1
            conj = toks[m.i].token.text[:1] in ("و", "ف") and m.start > toks[m.i].token.start
            if k >= 0 and toks[k].token.kind == "punct" and toks[k].token.text in "،,":
                k -= 1
                conj = True
            if conj and k in at:
                m.cue = m.cue_word = m.listed = True
                prev = at[k]
                if prev.head_plural and m.head is None:
                    m.head, m.head_plural = prev.head, True
            elif conj and k >= 1 and toks[k].word and toks[k - 1].word and is_cue(toks[k - 1]):
                m.cue = m.cue_word = True  # من الشحيل وذيبان: the cue covers both names

    def _discourse(self, mentions: list[Mention]) -> None:
        """One sense per discourse: a bare name follows the reading the article fixed with a longer name that
        ends with it (قطاع غزة -> غزة) or, more weakly, with a head word (محافظة الإسكندرية)."""
        explicit: dict[str, dict[int, float]] = {}
        for m in mentions:
            if m.row is None or not m.accepted:
                continue
            if m.head and m.head != "rural" and head_fit(m.head, self.gaz.places[m.row]) > 0:
                explicit.setdefault(m.key, {})[m.row] = W_DISCOURSE_HEAD
            elif m.inner_head and m.inner_head != "rural" and head_fit(m.inner_head, self.gaz.places[m.row]) > 0:
                # محافظة تعز matched as one gazetteer name: a head word all the same, not a longer name
                for o in mentions:
                    if o is not m and o.j - o.i < m.j - m.i and m.key.endswith(o.key) and len(o.key) >= 3:
                        explicit.setdefault(o.key, {})[m.row] = W_DISCOURSE_HEAD
        for m in mentions:
            if m.row is None or not m.accepted or m.j - m.i < 2 or m.inner_head is not None:
                continue
            if self.gaz.places[m.row].kind not in ("admin1", "region"):
                continue
            for o in mentions:
                if o is not m and o.j - o.i < m.j - m.i and m.key.endswith(o.key) and len(o.key) >= 3:
                    explicit.setdefault(o.key, {})[m.row] = W_DISCOURSE_NAME
        for m in mentions:
            m.bonus = {}
            rows = explicit.get(m.key)
            if m.head or not rows or len(rows) != 1:
                continue
            row, w = next(iter(rows.items()))
            if all(r != row for r, _ in m.cands):
                m.cands.append((row, F_LONG))
            m.bonus[row] = w

    def _span(self, text: str, m: Mention, ctx: dict[str, float]) -> PlaceSpan:
        if m.row is None:
            return PlaceSpan(text[m.start:m.end], m.start, m.end, confidence=m.confidence)
        p = self.gaz.places[m.row]
        if m.head == "rural" and m.head_start is not None and p.kind in ("populated_place", "admin2"):
            # ريف حلب: the countryside of a town is the first-level division around it.
            a1 = self.gaz.admin1_row.get((p.country, p.admin1))
            if a1 is not None:
                p = self.gaz.places[a1]
                m.start = m.head_start
        return PlaceSpan(text[m.start:m.end], m.start, m.end, id=p.id, name=p.name, name_ar=p.name_ar or None,
                         lat=p.lat, lon=p.lon, country=country_of(p, ctx) or None,
                         feature=p.feature or p.kind, confidence=m.confidence)


@lru_cache(maxsize=1)
def resolver() -> Resolver:
    """The resolver over the packaged gazetteer, built once per process."""
    return Resolver()


def find_places(text: str, tokens: list[Token] | None = None, entities: Iterable = (),
                context_text: str | None = None) -> list[PlaceSpan]:
    """Places of ``text`` (see :meth:`Resolver.find`)."""
    return resolver().find(text, tokens, entities, context_text)
