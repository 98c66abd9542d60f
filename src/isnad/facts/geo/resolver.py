"""Toponyms in Arabic text, found in the gazetteer and resolved from context.

Recognition works on the text layer's tokens (``Article.tokens``, written by the text stage): every word is tried as the first word of a name
with its proclitics removed (و ف ب ك ل, the article, لل), the following words with their article removed, and the
longest name that the index knows wins (ريف دمشق over دمشق, قطاع غزة over غزة). Besides gazetteer names it
recognises territory phrases built on a country adjective (الأراضي السورية -> Syria), short forms an article uses
for a longer name it gave (البادية after البادية السورية), spelling variants within one edit of a name whose
country fits the article (رواة -> راوة), and unknown names after a head word (منطقة حميمة -> a place with no id).

Resolution scores every candidate row: its prior (kind, capital, population, a MENA preference), the head word in
front (مدينة، محافظة، نهر …), a country adjective beside it (الأنبار العراقية), the countries the rest of the
article talks about, the distance to the article's other places, and one sense per discourse (a bare غزة follows
the reading the article fixed with قطاع غزة or مدينة غزة). Common words that happen to be place names are kept
only with enough support (see :func:`_accept`). The weights are constants below, tuned on the project's own
sentences (``isnad/facts/testsets/places.txt``) and measured on the dev pages (``isnad eval facts``).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import Iterable

from ...model import Place as PlaceSpan
from ...arabic.normalize import norm, normalize
from ...arabic.tokens import tokenize, vocabulary
from ...model import Token
from . import lexicon as lx
from .gazetteer import F_ALT, F_ARTICLE, F_EITHER, F_HEADLESS, F_LONG, Gazetteer, Place, gazetteer

# Proclitic strings removed from the first word of a name when the tokenizer did not split them (its split is
# frequency-based and keeps rare words such as وبالرقة, وراوه whole). Longest first. (prefix, has article, level)
_FALLBACK_PREFIXES = (
    ("وبال", True, 2), ("وكال", True, 2), ("فبال", True, 2), ("وفال", True, 2), ("ولل", True, 2), ("فلل", True, 2),
    ("وال", True, 2), ("فال", True, 2), ("بال", True, 2), ("كال", True, 2), ("لل", True, 2),
    ("وب", False, 3), ("ول", False, 3), ("فب", False, 3), ("فل", False, 3),
    ("و", False, 2), ("ف", False, 2), ("ب", False, 3), ("ل", False, 3),
)
# A token is split by the fallback prefixes only when the whole token is rare in the news vocabulary (وراوه yes;
# وكيل، فاتن، فيلم no: they are words of their own).
FALLBACK_MAX_FREQ = 20
OPEN_QUOTES = set("«\"“‘'(")
# Suffixes that only common words take (accusative, plural, possessive): evidence against a proper name.
COMMON_SUFFIXES = ("ا", "ات", "ه", "ها", "هم", "ين", "ون", "يه")

# Scoring weights (see module doc).
W_MENA = 0.5
W_HEAD_FIT = 2.0
W_HEAD_MISFIT = -2.0
W_NISBA_FIT = 2.0
W_NISBA_MISFIT = -1.0
W_CONTEXT = 1.2
W_DISCOURSE_NAME = 2.5  # a bare name after the article used a longer name ending with it (قطاع غزة)
W_DISCOURSE_HEAD = 1.0  # a bare name after the article fixed its reading with a head word (محافظة X)
W_ALT = -0.4
W_ARTICLE_MISMATCH = -0.8
W_STRIP = -0.15  # per clitic-strip level beyond the tokenizer's own split
ACCEPT_MIN = 0.3
FUNCTION_FREQ = 5000
UNKNOWN_MAX_FREQ = 50  # a word after a place head is taken as an unknown name only when this rare  # a word of three letters or fewer this frequent is a function word
MINOR = 0.6  # prominence below which a place needs a cue, a head or its country in the article


@dataclass
class Form:
    """One reading of a token as the first word of a name."""

    key: str
    article: bool
    level: int
    start: int


@dataclass
class Tok:
    tok: Token
    forms: list[Form]
    cont: str  # continuation key (article removed)
    bare: str  # the shortest clitic-stripped form, article removed
    article: bool  # the bare form had the article
    has_clitic: bool  # a preposition or conjunction was removed to get ``bare``
    nisba: str | None  # country code when the token is a country adjective
    nisba_article: bool

    @property
    def surface(self) -> str:
        return ("ال" + self.bare) if self.article else self.bare


@dataclass
class Mention:
    i: int  # first token
    j: int  # one past the last token
    start: int
    end: int
    key: str
    cands: list[tuple[int, int]]  # (gazetteer row, flags)
    article: bool
    level: int
    kind: str = "name"  # name | territory | elliptic | fuzzy | unknown
    head: str | None = None
    head_start: int | None = None  # offset of the head word (for ريف حلب, which the span takes in)
    inner_head: str | None = None
    nisba_cc: str | None = None
    cue: bool = False
    ner: bool = False
    freq: int = 0
    stop: bool = False
    single_nisba: bool = False
    after_definite: bool = False  # right after a definite noun or adjective (الحكومة السعودية)
    is_head: bool = False
    negative: bool = False  # inside a person's or organisation's name (from the entity stage)
    title: bool = False  # right after a title (الرئيس بشار): a person's name
    function_words: bool = False  # all its words are frequent short function words (هو ما)
    listed: bool = False  # coordinated with an accepted place (حلب وإدلب، طرابلس وصيدا وصور)
    cue_word: bool = False  # a preposition of place, or a place just before in a list, right before the name
    bonus: dict[int, float] = field(default_factory=dict)
    row: int | None = None
    score: float = 0.0
    confidence: float = 0.0
    accepted: bool = False


_TOKEN_CACHE: dict[tuple, tuple] = {}


def _token_info(t: Token) -> Tok:
    """The readings of one token, computed once per distinct token shape (cached) and placed at its offset."""
    sig = (t.text, t.kind, tuple((w.kind, w.start - t.start, w.end - t.start) for w in t.words))
    got = _TOKEN_CACHE.get(sig)
    if got is None:
        rel = _token_info_at(replace(t, start=0, end=len(t.text), words=[
            type(w)(w.text, w.start - t.start, w.end - t.start, w.kind) for w in t.words]))
        got = (rel.forms, rel.cont, rel.bare, rel.article, rel.has_clitic, rel.nisba, rel.nisba_article)
        if len(_TOKEN_CACHE) > 200_000:
            _TOKEN_CACHE.clear()
        _TOKEN_CACHE[sig] = got
    forms, cont, bare, article, has_clitic, nisba, nisba_article = got
    return Tok(t, [Form(f.key, f.article, f.level, f.start + t.start) for f in forms], cont, bare, article,
               has_clitic, nisba, nisba_article)


def _token_info_at(t: Token) -> Tok:
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
    add(text if not whole_art else text, whole_art, 0, t.start)
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
    # Fallback prefixes on the normalised string.
    for p, art, level in (_FALLBACK_PREFIXES if vocabulary().get(text, 0) < FALLBACK_MAX_FREQ else ()):
        if text.startswith(p) and len(text) - len(p) >= 3:
            rest = text[len(p):]
            if art:
                cut = len(p) - 2
                if p.endswith("لل"):
                    rest = "ال" + rest
                    cut = len(p) - 2
                add(rest if rest.startswith("ال") else "ال" + rest, True, level, t.start + n.offsets[cut])
            else:
                add(rest, rest.startswith("ال") and len(rest) >= 4, level, t.start + n.offsets[len(p)])
    cont = text[2:] if whole_art else text
    last = forms[-1] if forms else Form(text, False, 0, t.start)
    nis = lx.nisba_forms()
    nisba, nisba_art = None, False
    for f in forms:
        if f.key in nis and (f.article or f.level == 0):
            nisba, nisba_art = nis[f.key], f.article
            break
    return Tok(t, forms, cont, last.key, last.article, last.level > 0, nisba, nisba_art)


def _is_word(t: Token) -> bool:
    return t.kind == "word"


def _adjacent(text: str, a: Token, b: Token) -> bool:
    gap = text[a.end:b.start]
    return not gap.strip()


def _keys(tk: Tok) -> set[str]:
    """The token's readings without proclitics, each with its article as written (بالمدينة -> المدينه)."""
    return {("ال" + f.key) if f.article else f.key for f in tk.forms} | {tk.surface}


def _quoted(toks: list[Tok], i: int, j: int) -> bool:
    """Do tokens i..j fill a quotation exactly («…»)?"""
    return 0 < i and j < len(toks) and toks[i - 1].tok.text in "«“\"" and toks[j].tok.text in "»”\""


class Resolver:
    """Finds and resolves the toponyms of one text (see module doc)."""

    def __init__(self, gaz: Gazetteer | None = None):
        self.gaz = gaz or gazetteer()
        self.country_row = {}
        for i, p in enumerate(self.gaz.places):
            if p.kind == "country" and p.country not in self.country_row:
                self.country_row[p.country] = i
        self.vocab = vocabulary()
        self.corpus_size = max(1, sum(self.vocab.values()))
        self._common_cache: dict[str, float] = {}
        self._row_keys: dict[int, set[str]] | None = None

    # --- recognition ----------------------------------------------------------------------------------------------

    def _match(self, text: str, toks: list[Tok]) -> list[Mention]:
        gaz = self.gaz
        found: list[Mention] = []
        n = len(toks)
        for i, tk in enumerate(toks):
            if not _is_word(tk.tok):
                continue
            best: Mention | None = None
            for f in tk.forms:
                key = f.key
                j = i + 1
                while True:
                    hits = gaz.lookup(key)
                    if hits:
                        m = Mention(i, j, f.start, toks[j - 1].tok.end, key, list(hits), f.article, f.level)
                        if best is None or (m.j - m.i, -m.level) > (best.j - best.i, -best.level):
                            best = m
                    if key not in gaz.prefixes or j >= n or j - i >= 8:
                        break
                    nxt = toks[j]
                    if not _is_word(nxt.tok) or not _adjacent(text, toks[j - 1].tok, nxt.tok):
                        break
                    key += nxt.cont
                    j += 1
            if best:
                found.append(best)
        # Longest first, then leftmost; no overlaps.
        found.sort(key=lambda m: (-(m.j - m.i), m.level, m.i))
        taken: set[int] = set()
        out = []
        for m in found:
            if any(k in taken for k in range(m.i, m.j)):
                continue
            taken.update(range(m.i, m.j))
            out.append(m)
        out.sort(key=lambda m: m.i)
        return out

    def _prev_word(self, toks: list[Tok], i: int, skip_quotes: bool = False) -> int | None:
        k = i - 1
        while k >= 0 and skip_quotes and toks[k].tok.kind == "punct" and toks[k].tok.text in OPEN_QUOTES:
            k -= 1
        if k >= 0 and _is_word(toks[k].tok):
            return k
        return None

    def _features(self, text: str, toks: list[Tok], m: Mention) -> None:
        heads = lx.place_heads()
        first = toks[m.i]
        # A head inside the matched name (قطاع غزة, سلطنة عمان, جبال القلمون).
        if m.j - m.i > 1:
            m.inner_head = heads.get(first.surface)
        k = self._prev_word(toks, m.i)
        if k is not None:
            pk = toks[k]
            h = next((heads[x] for x in _keys(pk) if x in heads), None)
            if h == "rural":
                m.head_start = next((f.start for f in pk.forms if f.key in heads or "ال" + f.key in heads),
                                    pk.tok.start)
            if h is None and pk.nisba and pk.nisba_article:
                # العاصمة الأردنية عمان: an adjective between the head and the name.
                k2 = self._prev_word(toks, k)
                if k2 is not None:
                    h = next((heads[x] for x in _keys(toks[k2]) if x in heads), None)
                    if h:
                        m.nisba_cc = pk.nisba
            if h is None and k >= 1:
                k2 = self._prev_word(toks, k)
                if k2 is not None:
                    two = toks[k2].surface + " " + norm(pk.tok.text)
                    h = heads.get(two)
            m.head = h
            m.cue = m.cue_word = bool(_keys(pk) & lx.place_cues())
            m.title = self._after_title(toks, k)
        if m.level > 0 and norm(text[toks[m.i].tok.start:m.start])[-1:] in ("ب", "ل"):
            m.cue = True  # بحلب، لدمشق: a preposition of place on the name itself
        # Adjective after the name: الأنبار العراقية.
        if m.j < len(toks) and toks[m.j].nisba and _adjacent(text, toks[m.j - 1].tok, toks[m.j].tok):
            m.nisba_cc = m.nisba_cc or toks[m.j].nisba
        # Commonness of the surface word(s): for several words, the count expected if they met by chance.
        surface = [toks[x] for x in range(m.i, m.j)]
        fr = [self._common_freq(("ال" if t.article else "") + t.bare) if x == 0 else self._common_freq(norm(t.tok.text))
              for x, t in enumerate(surface)]
        if len(surface) > 1:
            fw = sum(1 for t in surface if len(norm(t.tok.text)) <= 3
                     and self.vocab.get(norm(t.tok.text), 0) >= FUNCTION_FREQ)
            m.function_words = fw == len(surface)
            # Short words (هو، ما، من) are function words: their raw count, not the alternation estimate.
            fr = [float(self.vocab.get(norm(t.tok.text), 0)) if len(t.cont) <= 3 else f for t, f in zip(surface, fr)]
        est = fr[0]
        for f in fr[1:]:
            est = est * f / self.corpus_size
        m.freq = int(est)
        m.stop = m.key in lx.stoplist()
        m.single_nisba = m.j - m.i == 1 and first.nisba is not None
        k = self._prev_word(toks, m.i)
        m.after_definite = k is not None and (toks[k].article or toks[k].nisba is not None) \
            and not (_keys(toks[k]) & lx.place_cues())
        m.is_head = m.j - m.i == 1 and bool(_keys(first) & (heads.keys() | {"ال" + h for h in heads}))

    def _verb_like(self, w: str) -> bool:
        """ينبع، تمثل: a word that also reads as an imperfect verb (its other person prefix is a common word too:
        تنبع). Such a name needs a cue before it."""
        if len(w) < 3 or w[0] not in "يت":
            return False
        other = ("ت" if w[0] == "ي" else "ي") + w[1:]
        fo = self.vocab.get(other, 0)
        return fo >= 30 and fo >= 0.2 * self.vocab.get(w, 0)

    def _common_freq(self, w: str) -> float:
        """How often ``w`` (normalised, article as written) is used as a common word, estimated from the news
        vocabulary: a proper name neither alternates with its definite/indefinite form nor takes suffixes
        (حمص، الرقة), a common noun does (بيان/البيان/بيانات، الباب/باب). Returns the word's frequency scaled
        by that alternation ratio (at least 2%)."""
        got = self._common_cache.get(w)
        if got is None:
            v = self.vocab
            d, i = (w, w[2:]) if w.startswith("ال") and len(w) >= 4 else ("ال" + w, w)
            fd, fi = v.get(d, 0), v.get(i, 0)
            suf = sum(v.get(i + x, 0) for x in COMMON_SUFFIXES)
            ratio = (min(fd, fi) + suf) / (fd + fi + 1)
            if len(i) <= 3 and v.get(w, 0) >= FUNCTION_FREQ:
                ratio = 1.0  # أنا، هو، كل: frequent short function words neither alternate nor inflect
            got = v.get(w, 0) * min(1.0, max(0.02, 2 * ratio))
            self._common_cache[w] = got
        return got

    def _after_title(self, toks: list[Tok], k: int) -> bool:
        """Is word ``k`` (right before a name) a title (الرئيس بشار), or a country adjective after a title
        (الرئيس السوري بشار، وزير الخارجية الأميركي أنتوني)?"""
        if _keys(toks[k]) & lx.titles():
            return True
        if not toks[k].nisba:
            return False
        for _ in range(2):
            k = self._prev_word(toks, k)
            if k is None:
                return False
            keys = _keys(toks[k])
            if keys & lx.titles():
                return True
            if keys & lx.place_cues() or keys & lx.place_heads().keys():
                return False
        return False

    def _org(self, toks: list[Tok], m: Mention) -> bool:
        """Is the name part of an organisation's name (جامعة دمشق)? A word that is also a place head (ولاية)
        leaves it a place when a candidate fits that head (ولاية واشنطن) and an organisation otherwise
        (ولاية سيناء)."""
        if _quoted(toks, m.i, m.j):
            return True  # «الشرق الأوسط», «واشنطن بوست»: a name that fills a quotation is a medium's or group's
        k = self._prev_word(toks, m.i, skip_quotes=True)
        if k is None or not (_keys(toks[k]) & lx.org_heads()):
            return False
        heads = lx.place_heads()
        h = next((heads[x] for x in _keys(toks[k]) if x in heads), None)
        if h and any(self._head_fit(h, self.gaz.places[r]) > 0 for r, _ in m.cands):
            return False
        return True

    # --- scoring --------------------------------------------------------------------------------------------------

    @staticmethod
    def _head_fit(head: str | None, p: Place) -> float:
        if not head or head == "area":
            return 0.0
        fc = p.feature
        fits = {
            "city": p.kind == "populated_place",
            "capital": p.kind == "populated_place" and fc in ("PPLC", "PPLA", "PPLG"),
            "admin": p.kind in ("admin1", "admin2"),
            "district": p.kind in ("admin2", "admin1"),
            "country": p.kind == "country",
            "rural": p.kind in ("admin1", "populated_place", "admin2"),
            "river": fc in ("STM", "CNL"),
            "mountain": fc in ("MT", "MTS", "HLLS", "PLAT"),
            "sea": fc in ("SEA", "OCN", "LKN"),
            "gulf": fc in ("GULF", "BAY"),
            "lake": fc in ("LK", "LKN", "RSV"),
            "desert": fc in ("DSRT",),
            "valley": fc in ("VAL", "WAD"),
            "plain": fc in ("PLN", "VAL"),
            "island": fc in ("ISL", "ISLS"),
            "strait": fc in ("STRT",),
        }.get(head)
        if fits is None:
            return 0.0
        return W_HEAD_FIT if fits else W_HEAD_MISFIT

    def _country_of(self, p: Place, ctx: dict[str, float]) -> str:
        if p.countries and len(p.countries) > 1:
            return max(p.countries, key=lambda c: (ctx.get(c, 0.0), c == p.country))
        return p.country

    def _score(self, m: Mention, row: int, flags: int, ctx: dict[str, float], coords: list[tuple[float, float, str]]
               ) -> float:
        p = self.gaz.places[row]
        s = p.prior
        countries = p.countries or (p.country,)
        if any(c in lx.mena() for c in countries):
            s += W_MENA
        s += self._head_fit(m.head, p) + self._head_fit(m.inner_head, p) * 0.5
        if m.nisba_cc:
            s += W_NISBA_FIT if m.nisba_cc in countries else W_NISBA_MISFIT
        if ctx:
            s += W_CONTEXT * max(ctx.get(c, 0.0) for c in countries)
        if coords and len(m.cands) > 1 and p.lat is not None and p.kind != "country" and not p.id.startswith("ne4"):
            d = min((_km(p.lat, p.lon, la, lo) for la, lo, k in coords if k != m.key), default=None)
            if d is not None:
                s += 0.8 if d < 100 else 0.5 if d < 300 else 0.2 if d < 800 else 0.0
        if flags & F_ALT:
            s += W_ALT
        if bool(flags & F_ARTICLE) != m.article and m.kind == "name" and not flags & F_EITHER:
            s += W_ARTICLE_MISMATCH
        if flags & F_HEADLESS:
            s -= 0.05
        if p.id.startswith("gn:"):
            s += 0.05
        s += W_STRIP * max(0, m.level - 1)
        s += m.bonus.get(row, 0.0)
        return s

    def _resolve(self, m: Mention, ctx: dict[str, float], coords) -> None:
        scored = sorted(((self._score(m, r, f, ctx, coords), r) for r, f in m.cands), reverse=True)
        if not scored:
            return
        best, row = scored[0]
        z = sum(math.exp(s - best) for s, _ in scored)
        m.row, m.score, m.confidence = row, best, 1.0 / z

    def _accept(self, m: Mention, ctx: dict[str, float]) -> bool:
        if m.kind in ("territory", "elliptic"):
            return True
        p = self.gaz.places[m.row]
        flags = next(f for r, f in m.cands if r == m.row)
        single = m.j - m.i == 1
        hf = self._head_fit(m.head, p)
        if m.is_head:
            return False  # المدينة، العاصمة: anaphora or a generic noun
        if m.single_nisba and (p.kind != "country" or (m.article and m.after_definite)
                               or (not m.article and not m.cue)):
            return False  # الحكومة السورية، مصادر سورية: an adjective; من السعودية, في سورية: the country
        if single and hf <= 0 and not flags & F_EITHER and bool(flags & F_ARTICLE) != m.article \
                and (not m.article or m.freq >= 50):
            return False  # عبور is not العبور; البلدة (common) is not Baladeh; الخرطوم is خرطوم
        if flags & F_ALT and (m.freq > 50 or len(m.key) < 5 or not (hf > 0 or m.cue_word)
                              or (max(ctx.get(c, 0.0) for c in (p.countries or (p.country,))) < 0.3
                                  and p.prominence < 1.2)):
            return False  # another language's spelling: only as a cued name of a country in the article
        countries = p.countries or (p.country,)
        share = max(ctx.get(c, 0.0) for c in countries)
        nisba_fit = bool(m.nisba_cc and m.nisba_cc in countries)
        support = 0.0
        if hf > 0:
            support += 2.0
        elif m.head == "area":
            support += 1.0  # منطقة X: a place, but منطقة قريبة is not
        if m.nisba_cc:
            support += 1.5 if nisba_fit else -2.0
        if m.ner:
            support += 1.5
        if (m.negative or m.title) and hf <= 0:
            support -= 2.0
        if m.cue:
            support += 0.3 + (0.7 if share >= 0.3 else 0.0)
        if m.stop and support < 1.0:
            return False
        if m.listed:
            support += 1.0
        minor = single and (p.prominence < MINOR or self._verb_like(m.key)) and p.kind != "country"
        if minor and not (hf > 0 or m.head or m.cue_word or nisba_fit or m.ner):
            return False  # a small place needs a head, a cue or an adjective beside it
        if m.function_words and hf <= 0:
            return False  # هو ما is not Houma
        prior = p.prominence + (0.3 if share >= 0.3 else 0.0)
        if (p.kind != "country" and share < 0.3 and not p.id.startswith("isnad:")
                and not any(c in lx.mena() for c in countries)):
            prior -= 0.7  # a place abroad needs its country in the article
        expected = max(1.0, p.prior - 3.5)  # log10 of the count a place this size may have in the news vocabulary
        penalty = 1.5 * max(0.0, math.log10(m.freq + 1) - expected)
        if len(m.key) <= 2:
            penalty += 1.0
        return prior + support - penalty >= ACCEPT_MIN

    # --- the whole pass -------------------------------------------------------------------------------------------

    def find(self, text: str, tokens: list[Token] | None = None, entities: Iterable = (),
             context_text: str | None = None) -> list[PlaceSpan]:
        """Places of ``text`` as model spans (offsets into ``text``)."""
        tokens = tokens if tokens is not None else tokenize(text)
        toks = [_token_info(t) for t in tokens]
        entities = list(entities)
        ner_spans = [(e.start, e.end) for e in entities if getattr(e, "label", "") == "LOC"]
        neg_spans = [(e.start, e.end) for e in entities if getattr(e, "label", "") in ("PERS", "ORG")]
        extra = self._territories(text, toks, set())
        matched = self._match(text, toks)
        # A listed phrase yields to a longer gazetteer name over it (الخليج in الخليج العربي).
        phrases = [p for p in self._phrases(text, toks)
                   if not any(m.i <= p.i and p.j <= m.j and m.j - m.i > p.j - p.i for m in matched)]
        blocked = {k for m in extra + phrases for k in range(m.i, m.j)}
        extra += [m for m in phrases if m.kind == "unknown"]
        mentions = [m for m in matched
                    if not self._org(toks, m) and not any(k in blocked for k in range(m.i, m.j))]
        for m in mentions:
            self._features(text, toks, m)
            m.ner = any(a < m.end and m.start < b for a, b in ner_spans)
            m.negative = any(a <= m.start and m.end <= b for a, b in neg_spans)
        # Country adjectives are context (not places): which countries the article is about.
        inside = blocked | {k for m in mentions if m.j - m.i > 1 for k in range(m.i, m.j)}
        anchors: dict[str, float] = {}
        for k, tk in enumerate(toks):
            if tk.nisba and k not in inside:
                anchors[tk.nisba] = anchors.get(tk.nisba, 0.0) + 0.5
        if context_text:
            for m in self._match(context_text, [_token_info(t) for t in tokenize(context_text)]):
                cs = {self.gaz.places[r].country for r, _ in m.cands}
                if len(cs) == 1 and m.freq < 1000:
                    c = cs.pop()
                    anchors[c] = anchors.get(c, 0.0) + 0.5

        def contributions(resolved: bool) -> dict[int, tuple[str, float]]:
            """What each mention says about the article's countries (a snapshot taken once per pass)."""
            out: dict[int, tuple[str, float]] = {}
            for n, m in enumerate(mentions + extra):
                if resolved and m.row is not None and (m.accepted or m.kind != "name"):
                    p = self.gaz.places[m.row]
                    if p.kind != "country" and m.kind == "name" and p.prominence < MINOR and not m.head:
                        continue  # small places do not vouch for their country
                    out[n] = (self._country_of(p, anchors),
                              (1.0 if p.kind == "country" else 0.7) * max(0.3, m.confidence))
                elif not resolved:
                    cs = {self.gaz.places[r].country for r, _ in m.cands}
                    if len(cs) == 1:
                        out[n] = (cs.pop(), 1.0 if any(self.gaz.places[r].kind == "country" for r, _ in m.cands)
                                  else 0.5)
            return out

        def context(contrib: dict[int, tuple[str, float]], exclude: int | None) -> dict[str, float]:
            key = id(contrib)
            if totals.get("key") != key:
                w0 = dict(anchors)
                for c, v in contrib.values():
                    w0[c] = w0.get(c, 0.0) + v
                totals.clear()
                totals.update(key=key, w=w0)
            w = totals["w"]
            if exclude in contrib:
                c, v = contrib[exclude]
                w = dict(w)
                w[c] -= v
            mx = max(w.values(), default=0.0)
            return {c: v / mx for c, v in w.items() if v > 0} if mx else {}

        totals: dict = {}

        contrib = contributions(False)
        for n, m in enumerate(mentions):
            ctx = context(contrib, n)
            self._resolve(m, ctx, [])
            m.accepted = self._accept(m, ctx)
        self._coordination(toks, mentions)
        for _ in range(2):
            self._discourse(mentions)
            coords = [(self.gaz.places[m.row].lat, self.gaz.places[m.row].lon, m.key) for m in mentions
                      if m.accepted and m.row is not None and m.confidence >= 0.6
                      and self.gaz.places[m.row].lat is not None
                      and self.gaz.places[m.row].kind in ("populated_place", "admin2")]
            contrib = contributions(True)
            for n, m in enumerate(mentions):
                ctx = context(contrib, n)
                self._resolve(m, ctx, coords)
                m.accepted = self._accept(m, ctx)
        accepted = [m for m in mentions if m.accepted]
        used = {k for m in accepted + extra for k in range(m.i, m.j)}
        ctx = context(contributions(True), None)
        more = self._elliptic(toks, accepted, used)
        used |= {k for m in more for k in range(m.i, m.j)}
        fuzzy = self._fuzzy(text, toks, used, accepted, ctx)
        used |= {k for m in fuzzy for k in range(m.i, m.j)}
        unknown = self._unknown(text, toks, used)
        cut = self._truncated(text, toks, used, ctx)
        out = [self._span(text, m, ctx) for m in accepted + extra + more + fuzzy + unknown + cut]
        out.sort(key=lambda p: p.start)
        return out

    def _coordination(self, toks: list[Tok], mentions: list[Mention]) -> None:
        """A name listed right after an accepted place (عانة وراوه، دمشق، حلب) has a place cue."""
        at = {m.j - 1: m for m in mentions if m.accepted}
        for m in mentions:
            k = m.i - 1
            conj = toks[m.i].tok.text[:1] in ("و", "ف") and m.start > toks[m.i].tok.start
            if k >= 0 and toks[k].tok.kind == "punct" and toks[k].tok.text in "،,":
                k -= 1
                conj = True
            if conj and k in at:
                m.cue = m.cue_word = m.listed = True
            elif conj and k >= 1 and _is_word(toks[k].tok) and _is_word(toks[k - 1].tok) \
                    and _keys(toks[k - 1]) & lx.place_cues():
                m.cue = m.cue_word = True  # من الشحيل وذيبان: the cue covers both names

    def _discourse(self, mentions: list[Mention]) -> None:
        """One sense per discourse: a bare name follows the reading the article fixed with a longer name that
        ends with it (قطاع غزة -> غزة) or, more weakly, with a head word (محافظة الإسكندرية)."""
        explicit: dict[str, dict[int, float]] = {}
        for m in mentions:
            if m.row is None or not m.accepted:
                continue
            if m.head and m.head != "rural" and self._head_fit(m.head, self.gaz.places[m.row]) > 0:
                explicit.setdefault(m.key, {})[m.row] = W_DISCOURSE_HEAD
        for m in mentions:
            if m.row is None or not m.accepted or m.j - m.i < 2 or m.inner_head in ("rural",):
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

    def _phrases(self, text: str, toks: list[Tok]) -> list[Mention]:
        """Phrases of ``non_places.tsv``: blocked ones (البيت الأبيض) and places without a row (الشرق الأوسط)."""
        table = lx.phrases()
        out: list[Mention] = []
        i = 0
        while i < len(toks):
            best = None
            if _is_word(toks[i].tok):
                for f in toks[i].forms:
                    if f.key not in lx.phrase_starts():
                        continue
                    key, j = f.key, i + 1
                    while True:
                        if key in table and (best is None or j > best[0]):
                            best = (j, f, key)
                        if j >= len(toks) or j - i >= 4 or not _is_word(toks[j].tok) \
                                or not _adjacent(text, toks[j - 1].tok, toks[j].tok):
                            break
                        key += toks[j].cont
                        j += 1
            if best:
                j, f, key = best
                org = self._prev_word(toks, i, skip_quotes=True)
                org = org is not None and bool(_keys(toks[org]) & lx.org_heads())
                kind = "unknown" if table[key] == "null" and not _quoted(toks, i, j) and not org else "block"
                m = Mention(i, j, f.start, toks[j - 1].tok.end, key, [], f.article, f.level, kind=kind)
                m.confidence = 0.5
                out.append(m)
                i = j
            else:
                i += 1
        return out

    def _territories(self, text: str, toks: list[Tok], used: set[int]) -> list[Mention]:
        out = []
        th = lx.territory_heads()
        for i in range(len(toks) - 1):
            a, b = toks[i], toks[i + 1]
            if i in used or (i + 1) in used or not _is_word(a.tok) or not b.nisba or not b.nisba_article:
                continue
            if not (_keys(a) & th) or not _adjacent(text, a.tok, b.tok):
                continue
            row = self.country_row.get(b.nisba)
            if row is None:
                continue
            start = next((f.start for f in a.forms if f.key in th and f.level <= 1), a.forms[-1].start)
            m = Mention(i, i + 2, start, b.tok.end, a.cont + b.cont, [(row, 0)], True, 0, kind="territory")
            m.row, m.confidence, m.accepted = row, 0.9, True
            out.append(m)
        return out

    def _elliptic(self, toks: list[Tok], accepted: list[Mention], used: set[int]) -> list[Mention]:
        out = []
        short = lx.elliptic()
        for i, tk in enumerate(toks):
            if i in used or not _is_word(tk.tok) or not tk.article or tk.bare not in short:
                continue
            full = [m for m in accepted if m.j - m.i > 1 and m.key.startswith(tk.bare)]
            if not full:
                continue
            src = min(full, key=lambda m: abs(m.i - i))
            f = next((f for f in tk.forms if f.key == tk.bare), tk.forms[-1])
            m = Mention(i, i + 1, f.start, tk.tok.end, tk.bare, [(src.row, 0)], True, f.level, kind="elliptic")
            m.row, m.confidence, m.accepted = src.row, 0.6 * src.confidence, True
            out.append(m)
        return out

    def _fuzzy(self, text: str, toks: list[Tok], used: set[int], accepted: list[Mention], ctx: dict[str, float]
               ) -> list[Mention]:
        """Spelling variants within one edit of a name of a country the article is about."""
        countries = [c for c, w in sorted(ctx.items(), key=lambda x: -x[1]) if w >= 0.2][:4]
        if not countries:
            return []
        rows_here = {m.row for m in accepted}
        heads = lx.place_heads()
        out = []
        for i, tk in enumerate(toks):
            if i in used or not _is_word(tk.tok) or tk.nisba:
                continue
            k = self._prev_word(toks, i)
            head = None
            cue = False
            if k is not None:
                head = next((heads[x] for x in _keys(toks[k]) if x in heads), None)
                cue = bool(_keys(toks[k]) & lx.place_cues())
            best = None
            if not (head or cue) and self.vocab.get(norm(tk.tok.text), 0) > 5:
                continue  # a common word with no cue before it: not worth a spelling search
            for f in tk.forms:
                if len(f.key) < 4 or f.key in heads or f.key in lx.stoplist():
                    continue
                freq = self.vocab.get(("ال" if f.article else "") + f.key, 0)
                for c in countries:
                    for key in self.gaz.near_keys(f.key, c):
                        for r, fl in self.gaz.lookup(key):
                            p = self.gaz.places[r]
                            if p.country != c or p.kind == "country":
                                continue
                            if bool(fl & F_ARTICLE) != f.article:
                                continue
                            if r in rows_here and (cue or head) and freq < 3000:
                                conf = 0.6
                            elif head in ("city", "area", "district") and ctx.get(c, 0) >= 0.3 and freq < 1000:
                                conf = 0.5
                            elif len(f.key) >= 6 and freq <= 5 and ctx.get(c, 0) >= 0.3 and cue:
                                conf = 0.4
                            else:
                                continue
                            cand = (conf + 0.1 * p.prominence, r, f, key)
                            if best is None or cand[0] > best[0]:
                                best = cand
            if best:
                conf, r, f, key = best
                m = Mention(i, i + 1, f.start, tk.tok.end, f.key, [(r, 0)], f.article, f.level, kind="fuzzy")
                m.row, m.confidence, m.accepted = r, conf, True
                out.append(m)
        return out

    def _truncated(self, text: str, toks: list[Tok], used: set[int], ctx: dict[str, float]) -> list[Mention]:
        """A page cut in the middle of its last word (... إلى روس): complete it to the country or capital whose
        name starts with it, when a place cue comes before it and one completion is clearly the best known."""
        if not toks or text.rstrip() != text[:toks[-1].tok.end] or len(toks) < 2:
            return []
        i = len(toks) - 1
        tk = toks[i]
        if i in used or not _is_word(tk.tok) or len(tk.bare) < 3 or not (_keys(toks[i - 1]) & lx.place_cues()):
            return []
        rows = sorted((self.gaz.places[r].prior, r) for r in self._major_rows()
                      if any(k.startswith(tk.bare) and k != tk.bare for k in self._row_keys[r]))
        if not rows or (len(rows) > 1 and rows[-1][0] - rows[-2][0] < 0.5):
            return []  # no completion, or no clear one
        r = rows[-1][1]
        m = Mention(i, i + 1, tk.forms[-1].start, tk.tok.end, tk.bare, [(r, 0)], tk.article, 0, kind="fuzzy")
        m.row, m.confidence, m.accepted = r, 0.4, True
        return [m]

    def _major_rows(self) -> list[int]:
        """Countries and national capitals, with their name keys (for :meth:`_truncated`)."""
        if self._row_keys is None:
            keys: dict[int, set[str]] = {}
            for key, hits in self.gaz.index.items():
                for r, f in hits:
                    p = self.gaz.places[r]
                    if not f & F_ALT and (p.kind == "country" or p.feature == "PPLC"):
                        keys.setdefault(r, set()).add(key)
            self._row_keys = keys
        return list(self._row_keys)

    def _unknown(self, text: str, toks: list[Tok], used: set[int]) -> list[Mention]:
        """A rare word right after a place head (منطقة حميمة): a place the gazetteer does not know."""
        heads = lx.place_heads()
        out = []
        for i, tk in enumerate(toks):
            if i in used or not _is_word(tk.tok) or tk.nisba or i == 0 or tk.has_clitic:
                continue
            k = self._prev_word(toks, i)
            if k is None or (k - 1) in used or k in used:
                continue
            h = next((heads[x] for x in _keys(toks[k]) if x in heads), None)
            if h not in ("city", "area", "district"):
                continue
            if _keys(tk) & heads.keys() or tk.bare in lx.stoplist() or len(tk.bare) < 3:
                continue
            freq = self.vocab.get(norm(tk.tok.text), 0)
            if freq > UNKNOWN_MAX_FREQ or tk.bare.endswith(("يه", "ي")):
                continue  # منطقة آمنة، منطقة صحراوية: an adjective, not a name
            m = Mention(i, i + 1, tk.tok.start, tk.tok.end, tk.bare, [], tk.article, 0, kind="unknown")
            m.confidence = 0.3
            out.append(m)
        return out

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
                         lat=p.lat, lon=p.lon, country=self._country_of(p, ctx) or None,
                         feature=p.feature or p.kind, confidence=m.confidence)


def _km(la1: float, lo1: float, la2: float, lo2: float) -> float:
    r = math.pi / 180
    a = math.sin((la2 - la1) * r / 2) ** 2 + math.cos(la1 * r) * math.cos(la2 * r) * math.sin((lo2 - lo1) * r / 2) ** 2
    return 2 * 6371 * math.asin(min(1.0, math.sqrt(a)))


_RESOLVER: Resolver | None = None


def resolver() -> Resolver:
    global _RESOLVER
    if _RESOLVER is None:
        _RESOLVER = Resolver()
    return _RESOLVER


def find_places(text: str, tokens: list[Token] | None = None, entities: Iterable = (),
                context_text: str | None = None) -> list[PlaceSpan]:
    return resolver().find(text, tokens, entities, context_text)
