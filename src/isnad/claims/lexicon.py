"""The attribution engine's lexicons, loaded once from the data files of :mod:`isnad.claims` (see
``data/README.md``) through the project's one loader (:mod:`isnad.lexicon`). Every key is normalised with
:func:`isnad.arabic.norm`; multi-word entries are tuples of normalised words.

Besides the tables of :class:`Lexicon`, the rules read named word lists (:func:`words`, :func:`endings`, from
``data/words.tsv``) and the attached pronouns (:func:`pronouns`, ``data/pronouns.tsv``). Single letters that
act as grammar (the clitics و ف ب ل ك, the article) are the named constants below.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from ..arabic import norm
from ..arabic.memo import Memo
from ..lexicon import load_list, load_tsv

PACKAGE = "isnad.claims"

STANCES = ("assert", "deny", "confirm", "accuse", "warn", "call", "question")
SPEAKER_TYPES = ("person", "organization", "anonymous", "group", "outlet", "document")

# Punctuation as grammar.
COMMAS = frozenset({"،", ",", "؛", ";"})
TERMINALS = frozenset({".", "!", "?", "؟", "…"})
FULL_STOPS = frozenset({".", "!", "?", "؟"})  # the marks that end a sentence (no ellipsis)

# Clitic letters and the article, as grammar (compared with normalised forms).
WAW, FA = "و", "ف"  # conjunctions
BA, LAM, KAF = "ب", "ل", "ك"  # prepositions
ARTICLE = "ال"
LAM_ARTICLE = "لل"  # ل + the article, its alef elided (للصحافيين)
WAW_LAM = WAW + LAM  # ولـ«…»
LAM_FORMS = (LAM, WAW_LAM)  # the preposition ل written alone before a quotation (لـ«…»، ولـ«…»)
TATWEEL = "ـ"  # stretches a lone ل before a quotation mark (لـ«…»)
SHADDA = "\u0651"  # written on a doubled consonant: عبّر (the verb) against عبر (the preposition "via")
TAA_MARBUTA = "ه"  # ة once normalised: a feminine ending
ALEF = "ا"  # the accusative ending of an indefinite noun (تقريراً → تقريرا)


class CueKind(Enum):
    """What sort of word a cue is (the ``kind`` column of ``cues.tsv``); ``ATTR`` marks the frames made from
    prepositional attributions (``attributions.tsv``)."""

    VERB = "verb"  # a finite verb (قال، نفت)
    PART = "part"  # a participle continuing the previous clause's speaker (مؤكداً)
    MASDAR = "masdar"  # a verbal noun (بالقول، نفيه)
    NOUN = "noun"  # a noun whose genitive is the speaker (مزاعم X بأن)
    RELAY = "relay"  # a relay verb or phrase (نقلت X عن Y، نقلاً عن Y)
    PASSIVE = "passive"  # an impersonal passive with no subject (أفيد بأن، قيل إن): the source is anonymous
    ATTR = "attr"  # a prepositional attribution (بحسب X، وفقاً لـX)
    REPORT = "report"  # a report noun that is its own source (أنباء عن …، تقارير بأن …: ``reports.tsv``)


@dataclass(frozen=True)
class CueForm:
    """One inflected form of a reporting cue."""

    form: tuple[str, ...]  # normalised words
    lemma: str
    stance: str
    kind: CueKind
    obj: frozenset[str]  # c (clause) n (noun phrase) b (ب-phrase) d (the ب-phrase after the object is the words)
    prep: str | None  # normalised preposition that belongs to the cue (the first one listed)
    needs: str | None  # person | report | None
    gender: str | None  # m | f
    number: str | None  # s | d | p
    preps: frozenset[str] = frozenset()  # every preposition listed for the cue (إلى|ل: دعا إلى …، دعا لـ…)


@dataclass(frozen=True)
class SpeakerNoun:
    type: str
    gender: str
    number: str
    role: str  # title | honorific | head | quant


@dataclass(frozen=True)
class ReportNoun:
    """A noun of ``reports.tsv``: the speaker type it gives, the report's default stance, and what may follow it
    (c: a complementiser, a: عن/حول/بشأن and a noun phrase)."""

    word: str  # as written in the file (the cue's lemma)
    type: str
    stance: str
    follow: frozenset[str]


@dataclass(frozen=True)
class Attribution:
    words: tuple[str, ...]
    kind: str  # via | relay
    then: str  # np | lam | verb


@dataclass(frozen=True)
class Evidence:
    words: tuple[str, ...]
    stance: str
    where: str  # any | open


def _rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of ``data/<name>`` (through the project's one loader, :func:`isnad.lexicon.load_tsv`)."""
    return load_tsv(PACKAGE, f"data/{name}")


def _words(s: str) -> tuple[str, ...]:
    return tuple(norm(w) for w in s.replace("_", " ").split())


class Lexicon:
    def __init__(self) -> None:
        self._firsts: dict[int, set[str]] = {}
        self.shape_memo = Memo("claims.lexicon: token shapes")  # -> :class:`.lookup.Shape` (filled by the readers)
        self.cues: dict[tuple[str, ...], list[CueForm]] = {}
        for lemma, stance, kind, obj, prep, needs, forms in _rows("cues.tsv"):
            if stance not in STANCES:
                raise ValueError(f"cues.tsv: unknown stance {stance!r} for {lemma}")
            for item in forms.split():
                form, _, tag = item.partition(":")
                gender = tag[0] if tag and tag != "-" else None
                number = tag[1] if len(tag) > 1 else None
                preps = [] if prep == "-" else [norm(p) for p in prep.split("|")]
                cf = CueForm(_words(form), lemma, stance, CueKind(kind), frozenset(obj.split()),
                             preps[0] if preps else None, None if needs == "-" else needs, gender, number,
                             frozenset(preps))
                self.cues.setdefault(cf.form, []).append(cf)
        self.max_cue_len = max(len(k) for k in self.cues)
        # multi-word cues by their first word: (the other words, forms), longest first
        self.cue_index: dict[str, list[tuple[tuple[str, ...], list[CueForm]]]] = {}
        for k in sorted((k for k in self.cues if len(k) > 1), key=len, reverse=True):
            self.cue_index.setdefault(k[0], []).append((k[1:], self.cues[k]))

        self.grammar: dict[str, set[str]] = {}
        self.phrases: dict[tuple[str, ...], set[str]] = {}
        for word, role in _rows("grammar.tsv"):
            ws = _words(word)
            if len(ws) == 1:
                self.grammar.setdefault(ws[0], set()).add(role)
            else:
                self.phrases.setdefault(ws, set()).add(role)
        self.max_phrase_len = max(len(k) for k in self.phrases)
        self.phrase_firsts = {k[0] for k in self.phrases}
        self.phrase_index: dict[str, list[tuple[tuple[str, ...], set[str]]]] = {}  # by first word
        for k, roles in self.phrases.items():
            self.phrase_index.setdefault(k[0], []).append((k[1:], roles))
        # the forms a complementiser takes, with ب (بأن)
        self.comp_keys = frozenset(w for w, roles in self.grammar.items() if "comp" in roles)
        self.comp_keys |= frozenset(BA + w for w in self.comp_keys)

        self.speakers: dict[str, SpeakerNoun] = {}
        for form, typ, gender, number, role in _rows("speakers.tsv"):
            if typ not in SPEAKER_TYPES:
                raise ValueError(f"speakers.tsv: unknown type {typ!r} for {form}")
            self.speakers.setdefault(norm(form), SpeakerNoun(typ, gender, number, role))

        self.reports: dict[str, ReportNoun] = {}
        for form, typ, stance, follow in _rows("reports.tsv"):
            if typ not in SPEAKER_TYPES or stance not in STANCES:
                raise ValueError(f"reports.tsv: unknown type or stance for {form}")
            self.reports[norm(form)] = ReportNoun(form, typ, stance, frozenset(follow.split()))

        self.actors: dict[tuple[str, ...], tuple[str, str]] = {}
        for name, typ, gender in _rows("actors.tsv"):
            self.actors[_words(name)] = (typ, gender)
        self.actor_first_len: dict[tuple[str, int], tuple[str, str]] = {}  # (first word, length) -> the first actor
        for key, val in self.actors.items():
            self.actor_first_len.setdefault((key[0], len(key)), val)
        self.outlets: set[tuple[str, ...]] = set()
        for name in load_list(PACKAGE, "data/outlets.txt"):
            self.outlets.add(_words(name.lower()))
        self.given: dict[str, str] = {}
        for name, gender in _rows("given_names.tsv"):
            self.given.setdefault(norm(name), gender)
        # personal names the news puts after given names and titles (mined by isnad.training.name_mining)
        self.names: frozenset[str] = frozenset(norm(row[0]) for row in _rows("names.tsv"))
        self.attributions = [Attribution(_words(p), k, t) for p, k, t in _rows("attributions.tsv")]
        self.attributions.sort(key=lambda a: -len(a.words))  # longest first: وفق ما before وفق
        self.attribution_firsts = {a.words[0] for a in self.attributions}
        self.evidence = [Evidence(_words(p), s, w) for p, s, w in _rows("stance.tsv")]
        for e in self.evidence:
            if e.where not in ("any", "open", "threat", "cond", "neg", "allegation"):
                raise ValueError(f"stance.tsv: unknown place {e.where!r}")
            if e.where in ("any", "open") and e.stance not in STANCES:
                raise ValueError(f"stance.tsv: unknown stance {e.stance!r}")
        self._stance_words = {}
        for e in self.evidence:
            self._stance_words.setdefault(e.where, set()).update(e.words)

    def first_words(self, table) -> set[str]:
        """First words of the multi-word entries of ``table`` (memoised per table)."""
        got = self._firsts.get(id(table))
        if got is None:
            got = self._firsts[id(table)] = {k[0] for k in table}
        return got

    def stance_words(self, where: str) -> set[str]:
        """Single words of ``stance.tsv`` listed under ``where`` (neg, allegation, threat, cond)."""
        return self._stance_words.get(where, set())

    def roles(self, word: str) -> set[str]:
        return self.grammar.get(word, set())

    def has(self, word: str, role: str) -> bool:
        return role in self.grammar.get(word, ())


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon()


@lru_cache(maxsize=1)
def _word_lists() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for name, match, entries in _rows("words.tsv"):
        if match not in ("norm", "lemma", "suffix"):
            raise ValueError(f"words.tsv: unknown match {match!r} for list {name}")
        ws = [norm(w) for w in entries.split()] if match == "norm" else entries.split()
        out[name] = tuple(dict.fromkeys(ws))
    return out


def words(name: str) -> frozenset[str]:
    """The named word list of ``data/words.tsv`` as a set (normalised unless listed as lemmas)."""
    return frozenset(_word_lists()[name])


def word(name: str) -> str:
    """The one entry of a named list of ``data/words.tsv``."""
    (entry,) = _word_lists()[name]
    return entry


def endings(name: str) -> tuple[str, ...]:
    """The named list of ``data/words.tsv`` in file order (for ``str.endswith``)."""
    return _word_lists()[name]


@dataclass(frozen=True)
class Pronoun:
    """An attached pronoun: its suffix, person (1 2 3), gender (m f, or None) and number (s d p)."""

    suffix: str
    person: int
    gender: str | None
    number: str


@lru_cache(maxsize=1)
def pronouns() -> tuple[Pronoun, ...]:
    """The attached pronouns of ``data/pronouns.tsv``, longest suffix first."""
    rows = [Pronoun(s, int(p), None if g == "-" else g, n) for s, p, g, n in _rows("pronouns.tsv")]
    return tuple(sorted(rows, key=lambda p: -len(p.suffix)))


@lru_cache(maxsize=1)
def action_nouns() -> frozenset[str]:
    """Verbal nouns of acts, normalised (``data/action_nouns.txt``, written by ``data/mining/mine_actions.py``)."""
    return frozenset(norm(row[0]) for row in _rows("action_nouns.txt"))


def third_person_suffixes() -> tuple[str, ...]:
    """Suffixes of the attached third-person pronouns (ه ها هما هم), longest first."""
    return tuple(p.suffix for p in pronouns() if p.person == 3)
