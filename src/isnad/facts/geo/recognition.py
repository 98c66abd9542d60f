"""Recognition: the mentions of gazetteer names in a text's tokens, and what surrounds each.

Every word is tried as the first word of a name in each of its readings (:mod:`.readings`), the following words
with their article removed, and the longest name that the index knows wins (ريف دمشق over دمشق, قطاع غزة over
غزة). Listed phrases block what they contain (البيت الأبيض) or name a place the gazetteer lacks (الشرق الأوسط);
territory phrases built on a country adjective are places of their own (الأراضي السورية -> Syria); a name inside
an organisation's or medium's name (جامعة دمشق، «الشرق الأوسط») is no place. :meth:`Recognizer.features` then
records the evidence scoring and acceptance weigh: the head word, a country adjective, a place cue, a title,
how common the words are.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ...arabic.memo import Memo
from ...arabic.normalize import norm
from ...arabic.tokens import vocabulary
from . import lexicon as lx
from .gazetteer import Gazetteer
from .readings import Readings, adjacent, prev_word, quoted
from .scoring import head_fit

# Suffixes that only common words take (accusative, plural, possessive): evidence against a proper name.
COMMON_SUFFIXES = ("ا", "ات", "ه", "ها", "هم", "ين", "ون", "يه")
FUNCTION_FREQ = 5000  # a word of three letters or fewer this frequent is a function word
MAX_NAME_WORDS = 8  # the longest name tried
MAX_PHRASE_WORDS = 4  # the longest listed phrase tried


@dataclass
class Mention:
    """A candidate place name at tokens ``[i, j)``, its gazetteer rows, the evidence around it and, once scored,
    its reading."""

    i: int  # first token
    j: int  # one past the last token
    start: int
    end: int
    key: str
    cands: list[tuple[int, int]]  # (gazetteer row, flags)
    article: bool
    level: int
    kind: str = "name"  # name | territory | elliptic | fuzzy | unknown | block
    head: str | None = None
    head_start: int | None = None  # offset of the head word (for ريف حلب, which the span takes in)
    head_plural: bool = False  # the head is dual or plural (محافظتي تعز والحديدة): it carries over a list
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

    @property
    def tokens(self) -> range:
        return range(self.i, self.j)


def head_of(tk: Readings) -> str | None:
    """The kind of place a head word announces (مدينة -> city), or None when the token is no head."""
    heads = lx.place_heads()
    return next((heads[x] for x in tk.keys() if x in heads), None)


def is_cue(tk: Readings) -> bool:
    """Is the token a place cue (في، إلى، قرب، سكان …)?"""
    return bool(tk.keys() & lx.place_cues())


class Recognizer:
    """Finds the mentions of one text (see module doc)."""

    def __init__(self, gaz: Gazetteer):
        self.gaz = gaz
        self.country_row = {}
        for i, p in enumerate(gaz.places):
            if p.kind == "country" and p.country not in self.country_row:
                self.country_row[p.country] = i
        self.vocab = vocabulary()
        self.corpus_size = max(1, sum(self.vocab.values()))
        self._common_cache = Memo("facts.geo.recognition: common-word frequencies")  # bounded (isnad.arabic.memo)

    def match(self, text: str, toks: list[Readings]) -> list[Mention]:
        """The longest gazetteer names, left to right, without overlaps."""
        gaz = self.gaz
        found: list[Mention] = []
        n = len(toks)
        for i, tk in enumerate(toks):
            if not tk.word:
                continue
            best: Mention | None = None
            for f in tk.forms:
                key = f.key
                j = i + 1
                while True:
                    hits = gaz.lookup(key)
                    if hits:
                        m = Mention(i, j, f.start, toks[j - 1].token.end, key, list(hits), f.article, f.level)
                        if best is None or (m.j - m.i, -m.level) > (best.j - best.i, -best.level):
                            best = m
                    if key not in gaz.prefixes or j >= n or j - i >= MAX_NAME_WORDS:
                        break
                    nxt = toks[j]
                    if not nxt.word or not adjacent(text, toks[j - 1].token, nxt.token):
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
            if any(k in taken for k in m.tokens):
                continue
            taken.update(m.tokens)
            out.append(m)
        out.sort(key=lambda m: m.i)
        return out

    def phrases(self, text: str, toks: list[Readings]) -> list[Mention]:
        """Phrases of ``non_places.tsv``: blocked ones (البيت الأبيض) and places without a row (الشرق الأوسط)."""
        table = lx.phrases()
        out: list[Mention] = []
        i = 0
        while i < len(toks):
            best = None
            if toks[i].word:
                for f in toks[i].forms:
                    if f.key not in lx.phrase_starts():
                        continue
                    key, j = f.key, i + 1
                    while True:
                        if key in table and (best is None or j > best[0]):
                            best = (j, f, key)
                        if j >= len(toks) or j - i >= MAX_PHRASE_WORDS or not toks[j].word \
                                or not adjacent(text, toks[j - 1].token, toks[j].token):
                            break
                        key += toks[j].cont
                        j += 1
            if best:
                j, f, key = best
                org = prev_word(toks, i, skip_quotes=True)
                org = org is not None and bool(toks[org].keys() & lx.org_heads())
                kind = "unknown" if table[key] == "null" and not quoted(toks, i, j) and not org else "block"
                m = Mention(i, j, f.start, toks[j - 1].token.end, key, [], f.article, f.level, kind=kind)
                m.confidence = 0.5
                out.append(m)
                i = j
            else:
                i += 1
        return out

    def territories(self, text: str, toks: list[Readings], used: set[int]) -> list[Mention]:
        """A territory noun and a country adjective (الأراضي السورية، الشمال السوري): the country."""
        out = []
        th = lx.territory_heads()
        for i in range(len(toks) - 1):
            a, b = toks[i], toks[i + 1]
            if i in used or (i + 1) in used or not a.word or not b.nisba or not b.nisba_article:
                continue
            if not (a.keys() & th) or not adjacent(text, a.token, b.token):
                continue
            row = self.country_row.get(b.nisba)
            if row is None:
                continue
            start = next((f.start for f in a.forms if f.key in th and f.level <= 1), a.forms[-1].start)
            m = Mention(i, i + 2, start, b.token.end, a.cont + b.cont, [(row, 0)], True, 0, kind="territory")
            m.row, m.confidence, m.accepted = row, 0.9, True
            out.append(m)
        return out

    def in_organisation(self, toks: list[Readings], m: Mention) -> bool:
        """Is the name part of an organisation's name (جامعة دمشق)? A word that is also a place head (ولاية)
        leaves it a place when a candidate fits that head (ولاية واشنطن) and an organisation otherwise
        (ولاية سيناء)."""
        if quoted(toks, m.i, m.j):
            return True  # «الشرق الأوسط», «واشنطن بوست»: a name that fills a quotation is a medium's or group's
        k = prev_word(toks, m.i, skip_quotes=True)
        if k is None or not (toks[k].keys() & lx.org_heads()):
            return False
        h = head_of(toks[k])
        if h and any(head_fit(h, self.gaz.places[r]) > 0 for r, _ in m.cands):
            return False
        return True

    def features(self, text: str, toks: list[Readings], m: Mention) -> None:
        """Record the evidence around ``m``: heads, country adjectives, cues, a title, commonness."""
        heads = lx.place_heads()
        first = toks[m.i]
        # A head inside the matched name (قطاع غزة, سلطنة عمان, جبال القلمون).
        if m.j - m.i > 1:
            m.inner_head = heads.get(first.surface)
        k = prev_word(toks, m.i)
        if k is not None:
            pk = toks[k]
            h = head_of(pk)
            if h == "rural":
                m.head_start = next((f.start for f in pk.forms if f.key in heads or "ال" + f.key in heads),
                                    pk.token.start)
            if h is None and pk.nisba and pk.nisba_article:
                # العاصمة الأردنية عمان: an adjective between the head and the name.
                k2 = prev_word(toks, k)
                if k2 is not None:
                    h = head_of(toks[k2])
                    if h:
                        m.nisba_cc = pk.nisba
            if h is None and k >= 1:
                k2 = prev_word(toks, k)
                if k2 is not None:
                    two = toks[k2].surface + " " + norm(pk.token.text)
                    h = heads.get(two)
            m.head = h
            m.head_plural = bool(h) and bool(pk.keys() & lx.plural_heads())
            m.cue = m.cue_word = is_cue(pk)
            m.title = self._after_title(toks, k)
        if m.level > 0 and norm(text[toks[m.i].token.start:m.start])[-1:] in ("ب", "ل"):
            m.cue = True  # بحلب، لدمشق: a preposition of place on the name itself
        # Adjective after the name: الأنبار العراقية.
        if m.j < len(toks) and toks[m.j].nisba and adjacent(text, toks[m.j - 1].token, toks[m.j].token):
            m.nisba_cc = m.nisba_cc or toks[m.j].nisba
        # Commonness of the surface word(s): for several words, the count expected if they met by chance.
        surface = [toks[x] for x in m.tokens]
        fr = [self._common_freq(("ال" if t.article else "") + t.bare) if x == 0
              else self._common_freq(norm(t.token.text)) for x, t in enumerate(surface)]
        if len(surface) > 1:
            fw = sum(1 for t in surface if len(norm(t.token.text)) <= 3
                     and self.vocab.get(norm(t.token.text), 0) >= FUNCTION_FREQ)
            m.function_words = fw == len(surface)
            # Short words (هو، ما، من) are function words: their raw count, not the alternation estimate.
            fr = [float(self.vocab.get(norm(t.token.text), 0)) if len(t.cont) <= 3 else f for t, f in zip(surface, fr)]
        est = fr[0]
        for f in fr[1:]:
            est = est * f / self.corpus_size
        m.freq = int(est)
        m.stop = m.key in lx.stoplist()
        m.single_nisba = m.j - m.i == 1 and first.nisba is not None
        k = prev_word(toks, m.i)
        m.after_definite = k is not None and (toks[k].article or toks[k].nisba is not None) and not is_cue(toks[k])
        m.is_head = m.j - m.i == 1 and bool(first.keys() & (heads.keys() | {"ال" + h for h in heads}))

    def _common_freq(self, w: str) -> float:
        """How often ``w`` (normalised, article as written) is used as a common word, estimated from the news
        vocabulary: a proper name neither alternates with its definite/indefinite form nor takes suffixes
        (حمص، الرقة), a common noun does (بيان/البيان/بيانات، الباب/باب). Returns the word's frequency scaled
        by that alternation ratio (at least 2%)."""
        got = self._common_cache.get(w)
        if got is None:
            got = self._common_cache.recall(w)
        if got is None:
            v = self.vocab
            d, i = (w, w[2:]) if w.startswith("ال") and len(w) >= 4 else ("ال" + w, w)
            fd, fi = v.get(d, 0), v.get(i, 0)
            suf = sum(v.get(i + x, 0) for x in COMMON_SUFFIXES)
            ratio = (min(fd, fi) + suf) / (fd + fi + 1)
            if len(i) <= 3 and v.get(w, 0) >= FUNCTION_FREQ:
                ratio = 1.0  # أنا، هو، كل: frequent short function words neither alternate nor inflect
            got = self._common_cache.store(w, v.get(w, 0) * min(1.0, max(0.02, 2 * ratio)))
        return got

    def _after_title(self, toks: list[Readings], k: int) -> bool:
        """Is word ``k`` (right before a name) a title (الرئيس بشار), or a country adjective after a title
        (الرئيس السوري بشار، وزير الخارجية الأميركي أنتوني)?"""
        if toks[k].keys() & lx.titles():
            return True
        if not toks[k].nisba:
            return False
        for _ in range(2):
            k = prev_word(toks, k)
            if k is None:
                return False
            keys = toks[k].keys()
            if keys & lx.titles():
                return True
            if keys & lx.place_cues() or keys & lx.place_heads().keys():
                return False
        return False
