"""The attribution engine's lexicons, loaded once from the data files of :mod:`isnad.claims` (see
``data/README.md``). Every key is normalised with :func:`isnad.arabic.norm`; multi-word entries are tuples of
normalised words.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..arabic import norm

STANCES = ("assert", "deny", "confirm", "accuse", "warn", "call", "question")
SPEAKER_TYPES = ("person", "organization", "anonymous", "group", "outlet", "document")


@dataclass(frozen=True)
class CueForm:
    """One inflected form of a reporting cue."""

    form: tuple[str, ...]  # normalised words
    lemma: str
    stance: str
    kind: str  # verb | part | masdar | noun | relay
    obj: frozenset[str]  # c (clause) n (noun phrase) b (ب-phrase)
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
class Attribution:
    words: tuple[str, ...]
    kind: str  # via | relay
    then: str  # np | lam | verb


@dataclass(frozen=True)
class Evidence:
    words: tuple[str, ...]
    stance: str
    where: str  # any | open


def _rows(name: str):
    text = resources.files("isnad.claims").joinpath(f"data/{name}").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        yield line.rstrip("\n").split("\t")


def _words(s: str) -> tuple[str, ...]:
    return tuple(norm(w) for w in s.replace("_", " ").split())


class Lexicon:
    def __init__(self) -> None:
        self._firsts: dict[int, set[str]] = {}
        self.cues: dict[tuple[str, ...], list[CueForm]] = {}
        for lemma, stance, kind, obj, prep, needs, forms in _rows("cues.tsv"):
            if stance not in STANCES:
                raise ValueError(f"cues.tsv: unknown stance {stance!r} for {lemma}")
            for item in forms.split():
                form, _, tag = item.partition(":")
                gender = tag[0] if tag and tag != "-" else None
                number = tag[1] if len(tag) > 1 else None
                preps = [] if prep == "-" else [norm(p) for p in prep.split("|")]
                cf = CueForm(_words(form), lemma, stance, kind, frozenset(obj.split()),
                             preps[0] if preps else None, None if needs == "-" else needs, gender, number,
                             frozenset(preps))
                self.cues.setdefault(cf.form, []).append(cf)
        self.max_cue_len = max(len(k) for k in self.cues)

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

        self.speakers: dict[str, SpeakerNoun] = {}
        for form, typ, gender, number, role in _rows("speakers.tsv"):
            if typ not in SPEAKER_TYPES:
                raise ValueError(f"speakers.tsv: unknown type {typ!r} for {form}")
            self.speakers.setdefault(norm(form), SpeakerNoun(typ, gender, number, role))

        self.actors: dict[tuple[str, ...], tuple[str, str]] = {}
        for name, typ, gender in _rows("actors.tsv"):
            self.actors[_words(name)] = (typ, gender)
        self.outlets: set[tuple[str, ...]] = set()
        for (name,) in _rows("outlets.txt"):
            self.outlets.add(_words(name.lower()))
        self.given: dict[str, str] = {}
        for name, gender in _rows("given_names.tsv"):
            self.given.setdefault(norm(name), gender)
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
