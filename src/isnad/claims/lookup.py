"""Look-ups of an article's tokens in the lexicons, each answered once per token: its keys (normalised forms,
with the conjunction or clitics peeled off), grammar roles and phrases, complementisers, cues, speaker nouns,
states and outlets, NER entities.

Each lexicon is indexed once (:class:`.lexicon.Lexicon`: entries by their first word), so a token is looked up with
one dictionary access per key rather than by trying every entry; each question keeps one memo list over the
article's tokens. :class:`.words.WordReader` builds the questions about words and phrases on these.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import Protocol

from ..arabic import variants
from ..model import Entity, Quote, Token
from .lexicon import BA, FA, SHADDA, TATWEEL, WAW, CueForm, CueKind, Lexicon, SpeakerNoun, third_person_suffixes, words

NOT_COMP_AFTER = words("not_comp_after")  # بعد أن، قبل أن: temporal, not a complementiser
OBJECT_PRONOUNS = third_person_suffixes()
ALEF, YA = "ا", "ي"  # (normalised forms: ى is folded to ي)
VERBAL = (CueKind.VERB, CueKind.PART)
NO_ROLES: frozenset[str] = frozenset()
NUN = "ن"  # the nun of أن/إن


class TextIndex(Protocol):
    """What the reader needs of the article's token and quotation index (:class:`.positions.Positions`)."""

    text: str
    toks: list[Token]

    def tok_at(self, offset: int) -> int: ...

    def quote_opening(self, i: int) -> Quote | None: ...

    def quote_of(self, i: int) -> Quote | None: ...


TAA_MARBUTA_WRITTEN = "ة"  # as written, before normalisation folds it to ه


def written_taa(t: Token) -> bool:
    """Does token ``t`` end in a written taa marbuta (a tatweel after it aside): تابعة, not the pronoun of تابعه?"""
    return t.text.rstrip(TATWEEL).endswith(TAA_MARBUTA_WRITTEN)


class Lookup:
    """The lexicon look-ups of one article's tokens, memoised per token."""

    def __init__(self, index: TextIndex, lex: Lexicon, entities: list[Entity] | None = None):
        self.v = index
        self.toks = index.toks
        self.n = n = len(self.toks)
        self.lex = lex
        self.entities = sorted(entities or [], key=lambda e: e.start)
        # per-token memos, one list per question (the article's tokens do not change while it is read); the
        # answers that depend on the token alone are kept per token shape across articles (:class:`Shape`)
        self._shapes: list[Shape | None] = [None] * n
        self._phrases: list[tuple | None] = [None] * n
        self._cues: list[tuple | None] = [None] * n
        self._comp: list[bool | None] = [None] * n
        self._actor: list[tuple | None] = [None] * n
        self._outlet: list[tuple | None] = [None] * n
        self._entity: list[Entity | None] | None = None

    # --- token keys --------------------------------------------------------------------------------------
    def tok(self, i: int) -> Token | None:
        return self.toks[i] if 0 <= i < self.n else None

    def shape(self, i: int) -> "Shape":
        got = self._shapes[i]
        if got is None:
            t = self.toks[i]
            memo = self.lex.shape_memo
            # (a shadda tells عبّر from عبر, a written taa marbuta تابعة from تابعه)
            key = (t.norm, t.bare, t.conj, t.word, SHADDA in t.text, written_taa(t))
            got = memo.get(key)
            if got is None:
                got = memo.recall(key)
            if got is None:
                got = memo.store(key, Shape(t, self.lex))
            self._shapes[i] = got
        return got

    def keys(self, i: int) -> list[str]:
        return self.shape(i).keys

    def stripped(self, i: int) -> list[str]:
        """Keys of token ``i`` with conjunction, preposition and article peeled off one by one."""
        return self.shape(i).stripped

    def roles_of(self, i: int) -> frozenset[str]:
        """The grammar roles (``grammar.tsv``) of token ``i``'s words (none for punctuation or out of range)."""
        if not 0 <= i < self.n:
            return NO_ROLES
        return self.shape(i).roles

    def role(self, i: int, role: str) -> bool:
        return role in self.roles_of(i)

    def phrase(self, i: int, role: str, limit: int | None = None) -> int:
        """End (exclusive) of the longest grammar phrase of ``role`` starting at ``i``, or ``i``."""
        t = self.tok(i)
        if t is None or not t.word:
            return i  # (past the last token: a paragraph cut off at a comma)
        best = i + 1 if role in self.roles_of(i) else i
        if role == "time" and "yearword" in self.roles_of(i):
            y = self.tok(i + 1)
            if y is not None and y.kind == "number" and len(y.text) == 4 and (limit is None or i + 2 <= limit):
                best = i + 2  # عام 2013
        found = self._phrases[i]
        if found is None:
            found = self._phrases[i] = self._phrases_at(i)
        if found:
            limit = self.n if limit is None else limit
            for m, roles in found:
                if i + m <= limit and role in roles:
                    best = i + m
        return best

    def _phrases_at(self, i: int) -> tuple:
        """(length, roles) of every multi-word grammar phrase starting at ``i``, shortest first."""
        index = self.lex.phrase_index
        entries = [e for k in self.keys(i) for e in index.get(k, ())]
        if not entries:
            return ()
        out = []
        for m in range(2, self.lex.max_phrase_len + 1):
            seq = self.toks[i + 1:i + m]
            if len(seq) < m - 1 or not seq[-1].word:
                break
            rest = tuple(t.norm for t in seq)
            roles = [r for r_, r in entries if r_ == rest]
            if roles:
                out.append((m, frozenset().union(*roles)))
        return tuple(out)

    def is_comp(self, i: int) -> bool:
        """A complementiser (إن، أن، بأن، أنه …) — not the temporal بعد أن / قبل أن."""
        if not 0 <= i < self.n:
            return False
        got = self._comp[i]
        if got is None:
            got = self._comp[i] = self._is_comp(i)
        return got

    def _is_comp(self, i: int) -> bool:
        t = self.toks[i]
        if not t.word or not any(k in self.lex.comp_keys for k in self.keys(i)):
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
        t = self.tok(i)
        if t is None or not t.word:
            return i, [], False, False
        got = self._cues[i]
        if got is None:
            got = self._cues[i] = self._cues_at(i)
        multi, single = got
        for m, forms, conj in multi:
            if i + m <= limit:
                return i + m, forms, False, conj
        if single is not None:
            return (i + 1,) + single
        return i, [], False, False

    def _cues_at(self, i: int) -> tuple[tuple, tuple | None]:
        """The cues that start at token ``i``: multi-word ones (length, forms, conjunction peeled), longest first,
        and the one-word one (forms, object pronoun, conjunction peeled), with no limit on their end."""
        t = self.toks[i]
        keys = self.keys(i)

        def conj(k: str) -> bool:
            return t.conj or k != t.norm

        multi: dict[int, tuple] = {}
        for k in keys:
            for rest, forms in self.lex.cue_index.get(k, ()):
                m = len(rest) + 1
                if m in multi:
                    continue  # (the first key that matches at this length wins)
                seq = self.toks[i + 1:i + m]
                if len(seq) == m - 1 and all(x.word for x in seq) and tuple(x.norm for x in seq) == rest:
                    multi[m] = (m, forms, conj(k))
        return tuple(multi[m] for m in sorted(multi, reverse=True)), self.shape(i).cue

    def speaker_noun(self, i: int) -> SpeakerNoun | None:
        if not 0 <= i < self.n:
            return None
        return self.shape(i).speaker_noun

    def _multi(self, i: int, table, memo: list, limit: int) -> int:
        """End of the longest multi-word entry of ``table`` (a dict or set of word tuples) at ``i`` that ends by
        ``limit``, or ``i``."""
        if not 0 <= i < self.n:
            return i
        ends = memo[i]
        if ends is None:
            ends = memo[i] = self._multi_ends(i, table)
        best = i
        for m in ends:
            if i + m <= limit:
                best = i + m
        return best

    def _multi_ends(self, i: int, table) -> tuple[int, ...]:
        """Lengths of the entries of ``table`` starting at ``i`` (up to four words), shortest first."""
        if not self.toks[i].word:
            return ()
        firsts = self.shape(i).lowered & self.lex.first_words(table)
        out = []
        for m in range(1, 5) if firsts else ():
            seq = self.toks[i:i + m]
            if len(seq) < m or not seq[-1].word:
                break
            rest = tuple(x.norm.lower() for x in seq[1:])
            if any((f,) + rest in table for f in firsts):
                out.append(m)
        return tuple(out)

    def actor_at(self, i: int, limit: int | None = None) -> tuple[int, str, str] | None:
        limit = self.n if limit is None else limit
        e = self._multi(i, self.lex.actors, self._actor, limit)
        if e == i:
            return None
        for f in self.stripped(i):
            got = self.lex.actor_first_len.get((f, e - i))
            if got is not None:
                return (e,) + got
        return e, "organization", "f"

    def outlet_at(self, i: int, limit: int | None = None) -> int:
        limit = self.n if limit is None else limit
        return self._multi(i, self.lex.outlets, self._outlet, limit)

    def entity_at(self, i: int) -> Entity | None:
        if self._entity is None:
            self._entity = self._entities_by_token()
        return self._entity[i] if 0 <= i < self.n else None

    def _entities_by_token(self) -> list[Entity | None]:
        """The entity covering the start of each token (the first one, in order of start)."""
        out: list[Entity | None] = [None] * self.n
        starts = [t.start for t in self.toks]
        for e in self.entities:
            for j in range(bisect_left(starts, e.start), bisect_left(starts, e.end)):
                if out[j] is None:
                    out[j] = e
        return out


class Shape:
    """The answers that depend on a token alone (its normalised forms and whether a conjunction was split off),
    computed once per distinct shape and shared by every article read with the same lexicon: keys, keys with
    clitics peeled, grammar roles, the speaker noun, the one-word cue (forms, object pronoun attached,
    conjunction peeled)."""

    __slots__ = ("keys", "stripped", "lowered", "roles", "speaker_noun", "cue")

    def __init__(self, t: Token, lex: Lexicon):
        ks = [t.bare, t.norm]
        if t.norm[:1] in (WAW, FA) and len(t.norm) > 2:
            ks.append(t.norm[1:])
        self.keys = ks
        self.stripped = [v for k in ks for v in variants(k, conj=False)]
        self.lowered = frozenset(v.lower() for v in self.stripped)  # (what the multi-word tables are keyed by)
        roles = NO_ROLES
        if t.word:
            found = [lex.grammar[k] for k in ks if k in lex.grammar]
            if found:
                roles = frozenset().union(*found)
        self.roles = roles
        heads = self.stripped
        if t.word and "_" in t.bare:  # a hashtag's words (#مجلس_الأمن، #حركة_الشباب): its first word heads it
            heads = heads + list(variants(t.bare.split("_", 1)[0], conj=False))
        self.speaker_noun = _speaker_noun(heads, lex) if t.word else None
        self.cue = _one_word_cue(t, ks, roles, lex) if t.word else None


def _speaker_noun(stripped: list[str], lex: Lexicon) -> SpeakerNoun | None:
    for k in stripped:
        sn = lex.speakers.get(k)
        if sn:
            return sn
    for k in stripped:
        if k.endswith(ALEF) and len(k) > 3:  # the alef of the accusative: سكاناً، تقريراً
            sn = lex.speakers.get(k[:-1])
            if sn:
                return sn
    return None


def _one_word_cue(t: Token, keys: list[str], roles: frozenset[str], lex: Lexicon) -> tuple | None:
    """(forms, object pronoun attached, conjunction peeled) of the one-word cue token ``t`` is, or None."""
    for k in keys:
        forms = lex.cues.get((k,))
        conj = t.conj or k != t.norm
        if forms and SHADDA in t.text:
            # عبّر with its shadda written is the verb, never the preposition عبر "via": no subject needed after it
            forms = [replace(f, needs=None) if f.needs == "prep" else f for f in forms]
        elif forms and not conj:
            forms = [f for f in forms if f.needs != "prep"]  # عبر "via": as a cue it opens a clause, وعبر الوزير عن
        if forms:
            return forms, False, conj
    if "relayrel" in roles:
        return None  # في بيان أوردته وكالة …: the relative verb names a relay, not a speaker
    if written_taa(t):
        return None  # تابعة، متابعة: a taa marbuta, folded to ه by normalisation, is no object pronoun
    for k in keys:
        for suf in OBJECT_PRONOUNS:
            if k.endswith(suf) and len(k) - len(suf) >= 2:
                stem = k[:-len(suf)]
                forms = [f for f in lex.cues.get((stem,), []) if f.kind in VERBAL and f.needs != "prep"]
                if not forms and stem.endswith(ALEF):
                    # a final ى turns into ا before a pronoun (نفى → نفاه); only for the cues that take what they
                    # reject or blame as object, since روى → رواه is also a town (سكان رواه)
                    forms = [f for f in lex.cues.get((stem[:-1] + YA,), []) if f.kind in VERBAL and f.stance != "assert"]
                if forms:
                    return forms, True, t.conj or k != t.norm
    return None
