"""Reading speaker phrases: where a noun phrase ends, what kind of speaker it names, and the person's name in it.

The rules are structural: a phrase is a head noun (a title, a speaker noun, a state, an outlet, a quoted name or a
personal name) followed by what can continue it — genitives after a construct noun, adjectives that agree in
definiteness (nisba adjectives, a listed few others), a name after a title, prepositional modifiers (باسم، لدى،
في + place), appositions after a comma that start with a title, a name or وهو/وهي. In *strict* mode (cues
that take a noun-phrase object: اتهم X Y، نفت X Y) a second definite noun, an indefinite noun after a definite
phrase, a ب-phrase or an object word ends the subject.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..arabic import variants
from ..model import Entity
from .lexicon import CueForm, Lexicon, SpeakerNoun
from .tokens import COMMAS, Tok, View

NISBA_ENDINGS = ("ي", "يه", "يين", "يون", "يان", "يتين", "يتان")
NAME_LINKS = {"ابو", "ابن", "بن", "بنت", "عبد", "ام", "ال", "ابي"}
NP_PREPS = {"باسم", "لدي", "في", "من", "ب"}  # prepositions that can continue a speaker phrase


def peel(word: str, conj: bool = True) -> list[str]:
    """A normalised word and what is left as its proclitics come off one by one (:func:`isnad.arabic.variants`)."""
    return list(variants(word, conj=conj))


@dataclass
class PhraseInfo:
    type: str
    gender: str | None
    number: str | None
    name: str | None  # personal name found in the phrase (surface form)
    name_span: tuple[int, int] | None  # token range of the name


class Reader:
    """Questions about tokens, answered from the lexicons (and NER entities when present)."""

    def __init__(self, view: View, lex: Lexicon, entities: list[Entity] | None = None):
        self.v = view
        self.toks = view.toks
        self.lex = lex
        self.entities = sorted(entities or [], key=lambda e: e.start)
        self.known: set[str] = set()  # normalised words of personal names met so far in the article
        self.stops: set[str] = set()  # extra words that end a phrase (the preposition of the cue being read)
        self.bstop = True  # a ب-phrase ends a strict phrase (off for cues that take no ب-object)
        # per-token memos (the article's tokens do not change while it is read)
        self._keys: dict[int, list[str]] = {}
        self._stripped: dict[int, list[str]] = {}
        self._memo: dict[tuple, object] = {}

    # --- token keys --------------------------------------------------------------------------------------
    def tok(self, i: int) -> Tok | None:
        return self.toks[i] if 0 <= i < len(self.toks) else None

    def keys(self, i: int) -> list[str]:
        ks = self._keys.get(i)
        if ks is None:
            t = self.toks[i]
            ks = [t.bare, t.norm]
            if t.norm[:1] in ("و", "ف") and len(t.norm) > 2:
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
            out += peel(k, conj=False)
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
        ok = any(self.lex.has(k, "comp") or (k.startswith("ب") and self.lex.has(k[1:], "comp")) for k in self.keys(i))
        if not ok:
            return False
        p = self.tok(i - 1)
        return not (p is not None and p.word and p.bare in ("بعد", "قبل", "منذ", "الا", "لو", "بدل"))

    def comp_prefix_len(self, i: int) -> int:
        """Characters of the complementiser itself in token ``i`` (ب + أن/إن + marks), before any pronoun."""
        t = self.toks[i]
        s = t.text
        k = 0
        conj = t.norm[:1] in ("و", "ف") and not self.lex.has(t.norm, "comp") and not t.norm.startswith("ب")
        if conj:
            k += 1
        if s[k:k + 1] == "ب":
            k += 1
        k += 1  # alef
        while k < len(s) and s[k] != "ن":
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
            for suf in ("هما", "هم", "ها", "ه"):
                if k.endswith(suf) and len(k) - len(suf) >= 2:
                    forms = [f for f in self.lex.cues.get((k[:-len(suf)],), []) if f.kind in ("verb", "part")]
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
            if k.endswith("ا") and len(k) > 3:  # the alef of the accusative: سكاناً، تقريراً
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
        return sn is None or sn.role == "title" or stem.endswith(("يه", "ي")) and sn.type != "outlet"

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
        if t.kind == "word" and t.text.rstrip("ـ").endswith(("ه", "ها", "هم", "هما")) and len(t.norm) >= 4:
            return False  # a noun with an attached pronoun (علمه، موقفها), not a name (names end in ة, not ه)
        if t.prep is not None:
            p = self.tok(i - 1)
            if p is not None and p.word and p.bare in NAME_LINKS:
                return True  # أبو ليلى
            # a surname the tokenizer read as ب/ل + word, right after a given name (راجح بادي)
            return p is not None and p.word and not t.bare.startswith("ال") and bool(self.given_name(i - 1))
        return not t.art or t.bare in NAME_LINKS

    def is_recipient_start(self, i: int, orgs: bool = False) -> bool:
        """ل + outlet/press/pronoun, or the tatweel form لـ«…»."""
        t = self.tok(i)
        if t is None or not t.word:
            return False
        if t.text.endswith("ـ") and t.norm in ("ل", "ول"):
            return True
        if self.role(i, "pron"):
            return True
        if t.prep != "ل" and not t.bare.startswith("لل"):
            # the tokenizer may leave ل on a rare word (لموفدة): peel it when a speaker noun is left
            rest = t.bare[1:] if t.bare.startswith("ل") else ""
            if not rest or not (self.lex.speakers.get(rest) or self.lex.speakers.get(rest[2:] if rest.startswith("ال") else "")):
                return False
        sn = self.speaker_noun(i)
        if sn and (sn.type == "outlet" or sn.role == "title" and sn.type == "person"
                   or orgs and sn.type == "organization" and sn.role == "head"):
            return True
        if any(self.lex.has(k, "recip") for k in self.stripped(i)):
            return True
        return self.outlet_at(i) > i

    # --- noun phrases ------------------------------------------------------------------------------------
    def stop_word(self, j: int, cues: bool = True) -> bool:
        """Tokens that end any speaker phrase."""
        t = self.toks[j]
        if self.is_comp(j) or (cues and self.is_cue(j)) or self.role(j, "rel") or self.role(j, "kana") or self.role(j, "neg") \
                or self.role(j, "speech"):
            return True
        if self.phrase(j, "time") > j or self.phrase(j, "adverb") > j:
            return True
        if (self.role(j, "stopprep") or self.prep_pronoun(j)) and not self.role(j - 1, "npcont"):
            return True
        if self.phrase(j, "disc") > j + 1 or t.bare in ("قد", "لدي_اعلانها"):
            return True
        if t.norm.startswith("ف") and t.conj and (self.role(j, "disc") or self.role(j, "neg") or self.role(j, "func")):
            return True  # فقد، فإن، فلا: a new clause
        if t.bare == "في" and (self.role(j + 1, "event") or self.phrase(j + 1, "time") > j + 1):
            return True
        if t.bare == "من" and (self.is_comp(j + 1) or self.role(j + 1, "stopprep") or self.role(j + 1, "func")):
            return True
        if t.bare in self.stops and not self.role(j - 1, "npcont"):
            return True
        if self.is_recipient_start(j):
            return True
        return False

    def prep_pronoun(self, j: int) -> bool:
        """A preposition carrying a pronoun (أمامهم، عنه، إليها)."""
        t = self.tok(j)
        if t is None or not t.word:
            return False
        for suf in ("هما", "هم", "ها", "ه", "نا", "كم"):
            if t.bare.endswith(suf) and len(t.bare) > len(suf):
                stem = t.bare[:-len(suf)]
                if self.lex.has(stem, "stopprep") or stem in ("الي", "علي", "عن", "من", "لدي", "ل", "ب", "في"):
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

    def starts_phrase(self, j: int) -> bool:
        """Can a speaker phrase start at token ``j``?"""
        t = self.tok(j)
        if t is None:
            return False
        if t.text == "#":
            return self.starts_phrase(j + 1)
        if not t.word:
            return self.short_quote_end(j) is not None
        if self.role(j, "demo"):
            sn = self.speaker_noun(j + 1)
            return sn is not None and sn.role == "head"
        if t.kind == "number" or self.stop_word(j) or self.role(j, "objstart"):
            return False
        if self.role(j, "nonspeaker") or self.role(j, "resump") or t.bare in NP_PREPS or t.prep == "ب" \
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

    def walk(self, i: int, limit: int, strict: bool = False, force: bool = False) -> int:
        """End (exclusive) of the speaker phrase starting at ``i`` (``i`` when none starts there). With
        ``force`` the first word is taken as the head whatever it looks like (a recipient after its ل)."""
        j = self._walk(i, limit, strict, force)
        while j > i + 1 and (self.toks[j - 1].text in COMMAS or self.toks[j - 1].text == "#"
                             or self.role(j - 1, "appos") or self.role(j - 1, "nameintro")
                             or (self.toks[j - 1].word and self.toks[j - 1].bare in NP_PREPS)):
            j -= 1  # a phrase does not end on ", وهو"
        return j

    def _walk(self, i: int, limit: int, strict: bool = False, force: bool = False) -> int:
        j = i
        head: SpeakerNoun | None = None
        definite = False
        construct = False  # previous word is a noun in construct state (its genitive follows)
        name_run = False
        has_name = False
        after_prep = False
        first = True
        run_len = 0
        after_prep_was = False
        while j < limit:
            t = self.toks[j]
            if t.text == "#":
                j += 1
                continue
            if not t.word:
                qe = self.short_quote_end(j)
                if qe is not None and qe <= limit and (first or construct or after_prep or not strict
                                                       or (j == i + 1 and not self.toks[i].art)):
                    j = qe
                    definite, construct, after_prep, first = True, False, False, False
                    name_run = False
                    continue
                if t.text == "(" and not first and (construct or j == i + 1 or (
                        head is not None and head.type in ("outlet", "organization") and head.role == "head")):
                    close = next((m for m in range(j + 1, min(limit, j + 6)) if self.toks[m].text == ")"), None)
                    if close is not None and close > j + 1 and all(self.toks[m].word for m in range(j + 1, close)) \
                            and not all(self.phrase(m, "time") > m or self.role(m, "timemod") for m in range(j + 1, close)):
                        j = close + 1  # موقع (اليوم السابع): a name in brackets after its head noun
                        construct = False
                        continue
                nsn = self.speaker_noun(j + 1) if j + 1 < limit else None
                if strict and has_name and head is not None and head.role == "title" and nsn is not None \
                        and nsn.role == "title" and self.toks[j + 1].prep is None:
                    break  # اتهم الرئيس، فلان، وزيرَ العدل، فلاناً …: a second title after title and name is the object
                if t.text in COMMAS and not first and self.apposition(j + 1, has_name, head, definite):
                    j += 1
                    after_prep, name_run = False, False
                    if self.role(j, "appos") or self.role(j, "nameintro"):
                        continue
                    nh = self.speaker_noun(j)
                    head = nh or head
                    if self.is_name_token(j):
                        name_run, has_name = True, True
                    construct = not self.toks[j].art and nh is not None and nh.role in ("head", "title")
                    definite = self.toks[j].art
                    j += 1
                    run_len = 1
                    continue
                break
            if not first and self.stop_word(j):
                break
            if has_name and not first and self.is_recipient_start(j, orgs=True) and not self.title_complement(j, head):
                break  # قال فلان لمؤسسة الإذاعة …
            if first:
                if not force and not self.starts_phrase(j):
                    break
                if self.role(j, "demo"):
                    j += 1  # هذه المصادر
                    continue
                head = self.speaker_noun(j)
                if head and head.role == "quant":
                    j += 1
                    construct = True
                    continue
                a = self.actor_at(j, limit) or None
                if a:
                    j, definite, first = a[0], True, False
                    if strict:
                        break  # a state or movement name takes no adjective or genitive after it
                    continue
                oe = self.outlet_at(j, limit)
                if oe > j:
                    j, definite, first = oe, True, False
                    continue
                definite = t.art
                name_run = head is None and self.is_name_token(j)
                ent = self.entity_at(j)
                if name_run and not self.known_name(j) and not self.given_name(j) and not (
                        ent is not None and ent.label == "PERS") and self.genitive_follows(j):
                    name_run = False  # مؤيدو الاتفاق: a noun in construct, not a name
                has_name = name_run
                run_len = 1 if name_run else 0
                construct = not t.art and (head is not None and head.role in ("head", "title") or
                                           (head is None and not name_run)) and not self.full_plural(j)
                first = False
                j += 1
                continue
            # continuing words
            if name_run and t.prep is not None and not t.bare.startswith("ال") and not t.art and self.is_plain_word(j) \
                    and run_len <= 2 and (j + 1 >= limit or self.stop_word(j + 1) or not self.toks[j + 1].word):
                j += 1  # a surname the tokenizer split as ب/ل + word (راجح بادي، نبيل بفون)
                run_len += 1
                continue
            if self.role(j, "appos") or self.role(j, "nameintro"):
                j += 1
                construct, name_run = False, False
                if self.role(j - 1, "nameintro"):
                    name_run = True
                    construct = True  # يدعى «الواحة»: the name (quoted or not) follows
                continue
            if (t.bare in NP_PREPS and t.bare != "ب") or (self.role(j - 1, "npcont") and t.bare in ("عن", "من", "ل")):
                j += 1
                after_prep = True
                continue
            if strict:
                if self.role(j, "objstart") or self.role(j, "demo") or t.kind == "number":
                    break
                if t.prep == "ب" and t.bare != "باسم" and not construct and (self.bstop or head is None):
                    break
                if (t.prep == "ل" or t.bare.startswith("لل")) and definite and not has_name and not self.is_cue(j) \
                        and head is not None and (head.role == "head" or j - i >= 3 or self.title_complement(j, head)) \
                        and not ("ل" in self.stops and not t.bare.startswith("لل")):
                    j += 1  # المرصد السوري لحقوق الإنسان
                    after_prep = False
                    construct = not t.bare.startswith("لل")  # لحقوق → الإنسان follows as its genitive
                    while j < limit and not construct and (self.is_adj(j) or (
                            self.toks[j].conj and self.toks[j].art and self.is_plain_word(j))):
                        j += 1  # الهيئة السعودية للمواصفات والمقاييس والجودة
                    continue
            if not definite and not after_prep and self.is_adj(j, definite=False):
                j += 1
                continue
            if (after_prep or construct) and not (construct and not after_prep and t.prep in ("ل", "ب")):
                # (a genitive never carries ل or ب: وكالة رويترز لمصادر … ends at رويترز)
                after_prep_was = after_prep
                after_prep = False
                construct = not t.art and not self.is_name_token(j)
                definite = definite or t.art or self.actor_at(j) is not None
                if self.is_name_token(j):
                    name_run = True  # a proper name: an organisation's after its head or a title in construct
                    run_len = 1
                    if head is None or (head.role in ("title", "honorific") and after_prep_was):
                        has_name = True
                j += 1
                continue
            if self.is_adj(j):
                j += 1
                continue
            sn = self.speaker_noun(j)
            if has_name and sn is not None and sn.role == "title" and t.prep is None:
                head, name_run = sn, False  # a title after the name: an apposition
                construct, definite = not t.art, t.art
                j += 1
                continue
            if (self.is_name_token(j) or (name_run and has_name and self.outlet_at(j) == j + 1 and not t.art)) \
                    and (name_run or (head is not None and head.role in ("title", "honorific") and not has_name)) \
                    and not (strict and name_run and self.toks[j - 1].art and not self.role(j - 1, "namepart")
                             and not t.art and not self.given_name(j) and not self.known_name(j)):  # (سمير الطيب انسحابَ حزبه: the name ended at الطيب)
                if not name_run:
                    has_name = True
                run_len = run_len + 1 if name_run else 1
                name_run = True
                j += 1
                continue
            if name_run and t.art and self.is_plain_word(j) and (run_len == 1 or self.toks[j - 1].bare in NAME_LINKS) \
                    and not (strict and run_len == 1 and j - 1 == i and not self.given_name(j - 1) and t.bare not in self.known):
                # (after a one-word name that is no given name, a definite word is the object: وصف ترامب التحقيق)
                j += 1  # family name with the article (أسماء العاني، بشار الأسد)
                run_len += 1
                continue
            if strict:
                break
            if t.bare.startswith("و") and t.conj:
                j += 1  # coordination inside the phrase (حركتا حماس والجهاد)
                continue
            j += 1
        return j

    def title_complement(self, j: int, head: SpeakerNoun | None) -> bool:
        """ل + an organisation right after a title (الأمين العام لهيئة الهلال الأحمر) completes the title; it is
        not a recipient."""
        sn = self.speaker_noun(j)
        p = self.tok(j - 1)
        return head is not None and head.role == "title" and sn is not None and sn.type == "organization" \
            and sn.role == "head" and self.outlet_at(j) == j and p is not None and p.word \
            and (self.speaker_noun(j - 1) == head or self.is_adj(j - 1))

    def full_plural(self, j: int) -> bool:
        """A sound plural or dual with its ن (ناشطون، مسؤولين، مسؤولان) is never in construct."""
        b = self.toks[j].bare
        return len(b) >= 5 and b.endswith(("ون", "ين", "ان")) and not self.given_name(j) and not self.known_name(j)

    def genitive_follows(self, j: int) -> bool:
        """Is token ``j`` followed by a definite word that is not an adjective (so ``j`` is in construct)?"""
        n = self.tok(j + 1)
        return n is not None and n.word and n.prep is None and (n.art or self.actor_at(j + 1) is not None) \
            and not self.is_adj(j + 1)

    def apposition(self, k: int, has_name: bool, head: SpeakerNoun | None, definite: bool = True) -> bool:
        t = self.tok(k)
        if t is None or not t.word or self.stop_word(k) or t.prep is not None:
            return False
        sn = self.speaker_noun(k)
        if sn and sn.role in ("title", "honorific"):
            return True
        if self.role(k, "appos") or self.role(k, "nameintro"):
            return True
        nxt = self.tok(k + 1)
        if head is not None and head.type == "anonymous" and not definite and not (
                self.given_name(k) or self.known_name(k) or self.entity_at(k) is not None):
            return False  # قال مسؤول، طلب عدم نشر اسمه، …: an unnamed official takes no unknown word as a name
        if head is not None and head.role in ("title", "honorific") and self.given_name(k) and (
                self.name_run(k) >= 2 or nxt is not None and nxt.word and nxt.art and self.is_plain_word(k + 1)):
            return True  # الخبير في شؤون البيئة، عادل الهنتاتي: a full name after a title phrase
        return (not has_name and head is not None and head.role in ("title", "honorific")
                and self.is_name_token(k))

    # --- what a phrase names -----------------------------------------------------------------------------
    def name_in(self, a: int, b: int) -> tuple[int, int] | None:
        """Token range of the personal name inside phrase [a, b), if any."""
        ents = [e for e in self.entities if e.label == "PERS" and self.toks[a].start <= e.start
                and e.end <= self.toks[b - 1].end]
        if ents:
            e = ents[-1]
            return self.v.tok_at(e.start), self.v.tok_at(e.end - 1) + 1
        runs = []
        j = a
        while j < b:
            if self.v.quote_of(j) is not None and self.v.quote_of(j).start >= self.toks[a].start:
                j += 1  # a quoted name is an organisation's or a place's, not a person's
                continue
            if self.is_name_token(j) and (not self.toks[j].art or self.known_name(j)) and self.name_context(a, j):
                k = j + 1
                while k < b and (self.is_name_token(k) or (self.toks[k].art and self.is_plain_word(k))
                                 or (self.toks[k].text == "#" and self.is_name_token(k + 1))):
                    k += 1
                nxt = self.tok(k) if k < b else None
                construct = (nxt is not None and nxt.word and k - j == 1 and not self.is_adj(k)
                             and (nxt.art or self.actor_at(k) is not None))
                if not construct:
                    runs.append((j, k))
                j = k
                continue
            j += 1
        if not runs:
            return None
        # the run with a known given name (سليمان اليوسف مدير مطار الملك عبدالعزيز…), else the last one (a name
        # follows the titles)
        for a0, b0 in runs:
            if any(self.given_name(m) or self.known_name(m) for m in range(a0, b0)):
                return a0, b0
        return runs[-1]

    def name_context(self, a: int, j: int) -> bool:
        """May a name start at ``j`` inside phrase [a, …)? At the start, after a comma or an appositive word, or
        after a definite title/adjective — never after a preposition or a noun in construct."""
        if j == a:
            return True
        p = self.toks[j - 1]
        if not p.word:
            return p.text in COMMAS or p.text in "»”\""
        if self.role(j - 1, "appos") or self.role(j - 1, "nameintro"):
            return True
        if p.bare in NP_PREPS or p.prep in ("ب", "ل"):
            return False
        return p.art

    def describe(self, a: int, b: int, gender: str | None = None, number: str | None = None) -> PhraseInfo:
        """Type, gender, number and personal name of the speaker phrase [a, b)."""
        i = a
        while i < b and (self.toks[i].text == "#" or not self.toks[i].word and self.short_quote_end(i) is None):
            i += 1
        head = self.speaker_noun(i) if i < b else None
        if head and head.role == "quant" and i + 1 < b:
            nxt = self.speaker_noun(i + 1)
            head = nxt or head
        name = self.name_in(a, b)
        typ = None
        g, num = None, None
        if head:
            g, num = head.gender, head.number
        if name and (head is None or head.role in ("title", "honorific", "quant")):
            typ = "person"
        elif head:
            typ = head.type
            if head.role == "title" and head.type == "anonymous":
                typ = "anonymous"
        if typ is None and i < b:
            act = self.actor_at(i, b)
            if act:
                typ, g = act[1], act[2]
            elif self.outlet_at(i, b) > i:
                typ, g = "outlet", "f"
            elif not self.toks[i].word:
                q = self.v.quote_opening(i)
                inner = q.first if q is not None else i + 1
                if self.outlet_at(inner) > inner or (self.speaker_noun(inner) and self.speaker_noun(inner).type == "outlet"):
                    typ = "outlet"  # وفق «رويترز»
                else:
                    typ = "organization"
            else:
                e = self.entity_at(i)
                if e is not None:
                    typ = {"PERS": "person", "ORG": "organization", "LOC": "organization"}.get(e.label)
            if typ is None and self.is_name_token(i):
                typ = "person"
                name = name or (i, b)
        if typ is None:
            typ = "anonymous"
        if typ == "person" and name and self.given_name(name[0]) and (head is None or head.role != "title"):
            g = self.given_name(name[0])
        name_text = self.v.text[self.toks[name[0]].start:self.toks[name[1] - 1].end] if name else None
        if g is None and i < b and self.toks[i].word:
            g = "f" if self.toks[i].bare.endswith("ه") else None
        if gender and (g is None or (typ == "person" and not head)):
            g = gender
        if number and number in ("d", "p"):
            num = number
        if num is None and i < b and self.toks[i].word and not name:
            stem = self.toks[i].bare
            if len(stem) >= 5 and stem.endswith(("ون", "ين")):
                num = "p"  # a sound masculine plural (مزارعون)
        return PhraseInfo(typ, g or "m", num or "s", name_text, name)
