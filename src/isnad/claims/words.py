"""Questions about single tokens of an article, answered from the lexicons: is this a complementiser, a cue, a
speaker noun, a state, an outlet, a personal name, an adjective, a word that ends a speaker phrase?

A :class:`WordReader` is built per article; its answers are memoised per token (the tokens never change while the
article is read). The only state that grows is :attr:`WordReader.known`, the words of personal names met so far,
which :meth:`WordReader.learn_name` adds to as speakers are found (a name met once is a name further on).
"""
from __future__ import annotations

from typing import Protocol

from ..arabic import variants
from ..model import Entity, Quote, Token
from .lexicon import (ALEF, ARTICLE, BA, FA, LAM, LAM_ARTICLE, LAM_FORMS, TATWEEL, WAW, CueForm, CueKind, Lexicon,
                      SpeakerNoun, endings, pronouns, third_person_suffixes, words)

NISBA_ENDINGS = endings("nisba_endings")
NISBA_SINGULAR = endings("nisba_singular")
NAME_LINKS = words("name_links")  # words inside a compound name (أبو، بن، عبد)
NAME_PARTICLES = words("name_particles")  # the ones that are not names in their own right
NP_PREPS = words("np_preps")  # prepositions that can continue a speaker phrase
NOT_COMP_AFTER = words("not_comp_after")  # بعد أن، قبل أن: temporal, not a complementiser
PHRASE_STOPS = words("phrase_stops")
IN_PREP, FROM_PREP = words("in_prep"), words("from_prep")
PREP_PRONOUN_STEMS = words("prep_pronoun_stems")
OBJECT_PRONOUNS = third_person_suffixes()
ATTACHED_PRONOUNS = tuple(p.suffix for p in pronouns())
VERBAL = (CueKind.VERB, CueKind.PART)
NUN = "ن"  # the nun of أن/إن


class TextIndex(Protocol):
    """What the reader needs of the article's token and quotation index (:class:`.positions.Positions`)."""

    text: str
    toks: list[Token]

    def tok_at(self, offset: int) -> int: ...

    def quote_opening(self, i: int) -> Quote | None: ...

    def quote_of(self, i: int) -> Quote | None: ...


class WordReader:
    """Questions about single tokens, answered from the lexicons (and NER entities when present)."""

    def __init__(self, index: TextIndex, lex: Lexicon, entities: list[Entity] | None = None):
        self.v = index
        self.toks = index.toks
        self.lex = lex
        self.entities = sorted(entities or [], key=lambda e: e.start)
        # normalised words of the personal names met so far in the article (:meth:`learn_name` adds to it)
        self.known: set[str] = set()
        # per-token memos (the article's tokens do not change while it is read)
        self._keys: dict[int, list[str]] = {}
        self._stripped: dict[int, list[str]] = {}
        self._memo: dict[tuple, object] = {}

    # --- token keys --------------------------------------------------------------------------------------
    def tok(self, i: int) -> Token | None:
        return self.toks[i] if 0 <= i < len(self.toks) else None

    def keys(self, i: int) -> list[str]:
        ks = self._keys.get(i)
        if ks is None:
            t = self.toks[i]
            ks = [t.bare, t.norm]
            if t.norm[:1] in (WAW, FA) and len(t.norm) > 2:
                ks.append(t.norm[1:])
            self._keys[i] = ks
        return ks

    def stripped(self, i: int) -> list[str]:
        """Keys of token ``i`` with conjunction, preposition and article peeled off one by one."""
        got = self._stripped.get(i)
        if got is None:
            got = self._stripped[i] = self._strip(i)
        return got

    def _strip(self, i: int) -> list[str]:
        out = []
        for k in self.keys(i):
            out += variants(k, conj=False)
        return out

    def role(self, i: int, role: str) -> bool:
        key = ("role", i, role)
        got = self._memo.get(key)
        if got is None:
            t = self.tok(i)
            got = t is not None and t.word and any(self.lex.has(k, role) for k in self.keys(i))
            self._memo[key] = got
        return got

    def phrase(self, i: int, role: str, limit: int | None = None) -> int:
        """End (exclusive) of the longest grammar phrase of ``role`` starting at ``i``, or ``i``."""
        limit = len(self.toks) if limit is None else limit
        best = i + 1 if self.role(i, role) else i
        if not any(k in self.lex.phrase_firsts for k in self.keys(i)):
            return best
        for n in range(2, self.lex.max_phrase_len + 1):
            if i + n > limit:
                break
            seq = self.toks[i:i + n]
            if not all(t.word for t in seq):
                break
            firsts = self.keys(i)
            for f in firsts:
                key = (f,) + tuple(t.norm for t in seq[1:])
                if role in self.lex.phrases.get(key, ()):
                    best = i + n
        return best

    def is_comp(self, i: int) -> bool:
        """A complementiser (إن، أن، بأن، أنه …) — not the temporal بعد أن / قبل أن."""
        t = self.tok(i)
        if t is None or not t.word:
            return False
        ok = any(self.lex.has(k, "comp") or (k.startswith(BA) and self.lex.has(k[1:], "comp")) for k in self.keys(i))
        if not ok:
            return False
        p = self.tok(i - 1)
        return not (p is not None and p.word and p.bare in NOT_COMP_AFTER)

    def comp_prefix_len(self, i: int) -> int:
        """Characters of the complementiser itself in token ``i`` (ب + أن/إن + marks), before any pronoun."""
        t = self.toks[i]
        s = t.text
        k = 0
        conj = t.norm[:1] in (WAW, FA) and not self.lex.has(t.norm, "comp") and not t.norm.startswith(BA)
        if conj:
            k += 1
        if s[k:k + 1] == BA:
            k += 1
        k += 1  # alef
        while k < len(s) and s[k] != NUN:
            k += 1
        k += 1  # nun
        while k < len(s) and "\u064b" <= s[k] <= "\u0652":  # shadda and harakat on the nun
            k += 1
        return min(k, len(s))

    # --- cues --------------------------------------------------------------------------------------------
    def cue_at(self, i: int, limit: int) -> tuple[int, list[CueForm], bool]:
        """Longest cue starting at token ``i``: (end, forms, object pronoun attached)."""
        e, forms, objpron, _ = self.cue_match(i, limit)
        return e, forms, objpron

    def cue_match(self, i: int, limit: int) -> tuple[int, list[CueForm], bool, bool]:
        """Like :meth:`cue_at`, plus whether a conjunction (و/ف) was peeled off the first word."""
        key = ("cue", i, limit)
        got = self._memo.get(key)
        if got is None:
            got = self._memo[key] = self._cue_match(i, limit)
        return got

    def _cue_match(self, i: int, limit: int) -> tuple[int, list[CueForm], bool, bool]:
        t = self.tok(i)
        if t is None or not t.word:
            return i, [], False, False
        keys = self.keys(i)

        def conj(k: str) -> bool:
            return t.conj or k != t.norm

        for n in range(min(self.lex.max_cue_len, limit - i), 1, -1):
            seq = self.toks[i:i + n]
            if not all(x.word for x in seq):
                continue
            for f in keys:
                forms = self.lex.cues.get((f,) + tuple(x.norm for x in seq[1:]))
                if forms:
                    return i + n, forms, False, conj(f)
        for k in keys:
            forms = self.lex.cues.get((k,))
            if forms:
                return i + 1, forms, False, conj(k)
        for k in keys:
            for suf in OBJECT_PRONOUNS:
                if k.endswith(suf) and len(k) - len(suf) >= 2:
                    forms = [f for f in self.lex.cues.get((k[:-len(suf)],), []) if f.kind in VERBAL]
                    if forms:
                        return i + 1, forms, True, conj(k)
        return i, [], False, False

    def is_cue(self, i: int) -> bool:
        p = self.tok(i - 1)
        if p is not None and p.word and p.bare in NAME_LINKS:
            return False  # خالد بن طالب: a name
        return bool(self.cue_at(i, len(self.toks))[1])

    # --- speaker words -----------------------------------------------------------------------------------
    def speaker_noun(self, i: int) -> SpeakerNoun | None:
        key = ("sn", i)
        if key not in self._memo:
            self._memo[key] = self._speaker_noun(i)
        return self._memo[key]

    def _speaker_noun(self, i: int) -> SpeakerNoun | None:
        t = self.tok(i)
        if t is None or not t.word:
            return None
        for k in self.stripped(i):
            sn = self.lex.speakers.get(k)
            if sn:
                return sn
        for k in self.stripped(i):
            if k.endswith(ALEF) and len(k) > 3:  # the alef of the accusative: سكاناً، تقريراً
                sn = self.lex.speakers.get(k[:-1])
                if sn:
                    return sn
        return None

    def _multi(self, i: int, table, limit: int) -> int:
        """End of the longest multi-word entry of ``table`` (a dict or set of word tuples) at ``i``, or ``i``."""
        key = ("multi", id(table), i, limit)
        got = self._memo.get(key)
        if got is not None:
            return got
        best = i
        if self.tok(i) is not None and self.toks[i].word:
            firsts = {f.lower() for f in self.stripped(i)} & self.lex.first_words(table)
            for n in range(1, 5) if firsts else ():
                if i + n > limit:
                    break
                seq = self.toks[i:i + n]
                if not all(x.word for x in seq):
                    break
                rest = tuple(x.norm.lower() for x in seq[1:])
                for f in firsts:
                    if (f,) + rest in table:
                        best = i + n
        self._memo[key] = best
        return best

    def actor_at(self, i: int, limit: int | None = None) -> tuple[int, str, str] | None:
        limit = len(self.toks) if limit is None else limit
        e = self._multi(i, self.lex.actors, limit)
        if e == i:
            return None
        for f in self.stripped(i):
            for key, (typ, g) in self.lex.actors.items():
                if key[0] == f and len(key) == e - i:
                    return e, typ, g
        return e, "organization", "f"

    def outlet_at(self, i: int, limit: int | None = None) -> int:
        limit = len(self.toks) if limit is None else limit
        return self._multi(i, self.lex.outlets, limit)

    def entity_at(self, i: int) -> Entity | None:
        t = self.toks[i]
        for e in self.entities:
            if e.start <= t.start < e.end:
                return e
            if e.start > t.start:
                break
        return None

    def is_adj(self, i: int, definite: bool = True) -> bool:
        """An adjective that can follow a noun phrase of this definiteness (the article must agree)."""
        t = self.tok(i)
        if t is None or not t.word:
            return False
        if self.role(i, "adj"):
            return True
        b = t.bare
        if t.art != definite or t.prep is not None:
            return False
        stem = b[2:] if t.art else b
        if not stem.endswith(NISBA_ENDINGS) or len(stem) <= 2 or self.is_cue(i):
            return False
        # nisba-shaped words are adjectives after a noun even when they can also be nouns or names on their
        # own (الإعلامي، الدبلوماسي، السعودية)
        sn = self.speaker_noun(i)
        return sn is None or sn.role == "title" or stem.endswith(NISBA_SINGULAR) and sn.type != "outlet"

    def is_plain_word(self, i: int) -> bool:
        """A word that no lexicon claims (candidate for a personal name)."""
        key = ("plain", i)
        got = self._memo.get(key)
        if got is None:
            got = self._memo[key] = self._plain(i)
        return got

    def _plain(self, i: int) -> bool:
        t = self.tok(i)
        if t is None or t.kind not in ("word", "latin") or len(t.norm) < 2:
            return False
        if self.speaker_noun(i) or self.actor_at(i) or self.outlet_at(i) > i or self.is_cue(i):
            return False
        return not any(self.lex.roles(k) - {"namepart"} for k in self.keys(i))

    def is_name_token(self, i: int) -> bool:
        t = self.tok(i)
        if t is None or not self.is_plain_word(i):
            return False
        e = self.entity_at(i)
        if e is not None and e.label == "PERS":
            return True  # the NER model's word is extra evidence, never a veto on the lexicon's
        if t.bare in self.known or t.bare in self.lex.given or t.norm in self.lex.given:
            return True
        if self.role(i, "numword"):
            return False
        if t.kind == "word" and t.text.rstrip(TATWEEL).endswith(OBJECT_PRONOUNS) and len(t.norm) >= 4:
            return False  # a noun with an attached pronoun (علمه، موقفها), not a name (names end in ة, not ه)
        if t.prep is not None:
            p = self.tok(i - 1)
            if p is not None and p.word and p.bare in NAME_LINKS:
                return True  # أبو ليلى
            # a surname the tokenizer read as ب/ل + word, right after a given name (راجح بادي)
            return p is not None and p.word and not t.bare.startswith(ARTICLE) and bool(self.given_name(i - 1))
        return not t.art or t.bare in NAME_LINKS

    def is_recipient_start(self, i: int, orgs: bool = False) -> bool:
        """ل + outlet/press/pronoun, or the tatweel form لـ«…»."""
        t = self.tok(i)
        if t is None or not t.word:
            return False
        if t.text.endswith(TATWEEL) and t.norm in LAM_FORMS:
            return True
        if self.role(i, "pron"):
            return True
        if t.prep != LAM and not t.bare.startswith(LAM_ARTICLE):
            # the tokenizer may leave ل on a rare word (لموفدة): peel it when a speaker noun is left
            rest = t.bare[1:] if t.bare.startswith(LAM) else ""
            if not rest or not (self.lex.speakers.get(rest) or self.lex.speakers.get(
                    rest[2:] if rest.startswith(ARTICLE) else "")):
                return False
        sn = self.speaker_noun(i)
        if sn and (sn.type == "outlet" or sn.role == "title" and sn.type == "person"
                   or orgs and sn.type == "organization" and sn.role == "head"):
            return True
        if any(self.lex.has(k, "recip") for k in self.stripped(i)):
            return True
        return self.outlet_at(i) > i

    # --- noun phrases ------------------------------------------------------------------------------------
    def stop_word(self, j: int, cues: bool = True, stops: frozenset[str] = frozenset()) -> bool:
        """Tokens that end any speaker phrase; ``stops`` are more words that end it (the prepositions of the cue
        whose subject is being read)."""
        t = self.toks[j]
        if self.is_comp(j) or (cues and self.is_cue(j)) or self.role(j, "rel") or self.role(j, "kana") or self.role(j, "neg") \
                or self.role(j, "speech"):
            return True
        if self.phrase(j, "time") > j or self.phrase(j, "adverb") > j:
            return True
        if (self.role(j, "stopprep") or self.prep_pronoun(j)) and not self.role(j - 1, "npcont"):
            return True
        if self.phrase(j, "disc") > j + 1 or t.bare in PHRASE_STOPS:
            return True
        if t.norm.startswith(FA) and t.conj and (self.role(j, "disc") or self.role(j, "neg") or self.role(j, "func")):
            return True  # فقد، فإن، فلا: a new clause
        if t.bare in IN_PREP and (self.role(j + 1, "event") or self.phrase(j + 1, "time") > j + 1):
            return True
        if t.bare in FROM_PREP and (self.is_comp(j + 1) or self.role(j + 1, "stopprep") or self.role(j + 1, "func")):
            return True
        if t.bare in stops and not self.role(j - 1, "npcont"):
            return True
        if self.is_recipient_start(j):
            return True
        return False

    def prep_pronoun(self, j: int) -> bool:
        """A preposition carrying a pronoun (أمامهم، عنه، إليها)."""
        t = self.tok(j)
        if t is None or not t.word:
            return False
        for suf in ATTACHED_PRONOUNS:
            if t.bare.endswith(suf) and len(t.bare) > len(suf):
                stem = t.bare[:-len(suf)]
                if self.lex.has(stem, "stopprep") or stem in PREP_PRONOUN_STEMS:
                    return True
        return False

    def short_quote_end(self, j: int, max_words: int = 4) -> int | None:
        q = self.v.quote_opening(j)
        if q is None or not q.closed:
            return None
        words = [t for t in self.toks[q.first:q.last] if t.word]
        if not words or len(words) > max_words:
            return None
        return self.v.tok_at(q.end - 1) + 1

    def starts_phrase(self, j: int, stops: frozenset[str] = frozenset()) -> bool:
        """Can a speaker phrase start at token ``j`` (``stops`` as for :meth:`stop_word`)?"""
        t = self.tok(j)
        if t is None:
            return False
        if t.text == "#":
            return self.starts_phrase(j + 1, stops)
        if not t.word:
            return self.short_quote_end(j) is not None
        if self.role(j, "demo"):
            sn = self.speaker_noun(j + 1)
            return sn is not None and sn.role == "head"
        if t.kind == "number" or self.stop_word(j, stops=stops) or self.role(j, "objstart"):
            return False
        if self.role(j, "nonspeaker") or self.role(j, "resump") or t.bare in NP_PREPS or t.prep == BA \
                or self.prep_pronoun(j):
            return False
        return True

    def name_run(self, j: int) -> int:
        k = j
        while self.is_name_token(k):
            k += 1
        return k - j

    def given_name(self, j: int) -> str | None:
        """The gender of a common given name at ``j``, if it is one."""
        t = self.tok(j)
        if t is None or not t.word:
            return None
        return self.lex.given.get(t.bare) or self.lex.given.get(t.norm)

    def known_name(self, j: int) -> bool:
        t = self.tok(j)
        return t is not None and t.word and t.bare in self.known

    def speaker_like(self, j: int, lexical: bool = False) -> bool:
        """Does the phrase starting at ``j`` look like a speaker (not an object)? With ``lexical``, a bare
        unknown word counts only when it is a name met before in the article or a name of two words or more."""
        t = self.tok(j)
        if t is None:
            return False
        if t.text == "#":
            return self.speaker_like(j + 1, lexical)
        if not self.starts_phrase(j):
            return False
        if not t.word:
            qe = self.short_quote_end(j, 2 if lexical else 4)
            return qe is not None  # a short quoted name
        sn = self.speaker_noun(j)
        if sn:
            return True
        if self.role(j, "demo"):
            return True
        if self.actor_at(j) or self.outlet_at(j) > j:
            return True
        e = self.entity_at(j)
        if e is not None:
            return e.label in ("PERS", "ORG", "LOC")
        if lexical:
            n = self.name_run(j)
            if self.known_name(j) or (self.given_name(j) and n >= 2):
                return True
            if n < 2:
                return False
            nxt = self.tok(j + n)
            return n > 2 or not (nxt is not None and nxt.word and (nxt.art or self.actor_at(j + n) is not None))
        return self.is_name_token(j)
