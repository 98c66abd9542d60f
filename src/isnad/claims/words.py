"""Questions about single tokens of an article, answered from the lexicons: is this a complementiser, a cue, a
speaker noun, a state, an outlet, a personal name, an adjective, a word that ends a speaker phrase?

A :class:`WordReader` is built per article on the look-ups of :class:`.lookup.Lookup`; its answers are memoised per
token (the tokens never change while the article is read). The only state that grows is :attr:`WordReader.known`, the words of personal names met so far,
which :meth:`WordReader.learn_name` adds to as speakers are found (a name met once is a name further on).
"""
from __future__ import annotations

from ..model import Entity
from .lexicon import (ARTICLE, BA, FA, FULL_STOPS, LAM, LAM_ARTICLE, LAM_FORMS, TATWEEL, WAW, Lexicon, endings, pronouns, word, words)
from .lookup import OBJECT_PRONOUNS, Lookup, TextIndex

ABBREVIATION_LETTERS = 2  # a word of at most this many letters before or after a full stop may be an abbreviation

NISBA_ENDINGS = endings("nisba_endings")
PLURAL_OBLIQUE = endings("nisba_plural_oblique")  # (the genitive/accusative masculine plural of a nisba)
NISBA_SINGULAR = endings("nisba_singular")
OBLIQUE_PLURAL = endings("oblique_plural_endings")
OBJECT_STANCES = ("accuse", "call", "warn")  # cues that take the one they blame or address as object
NAME_LINKS = words("name_links")  # words inside a compound name (أبو، بن، عبد)
FOREIGN_PARTICLES = words("foreign_name_particles")  # فان، فون inside a European name (بيرت فان مارفيك)
NAME_PARTICLES = words("name_particles")  # the ones that are not names in their own right
NP_PREPS = words("np_preps")  # prepositions that can continue a speaker phrase
PHRASE_STOPS = words("phrase_stops")
IN_PREP, FROM_PREP = words("in_prep"), words("from_prep")
PREP_PRONOUN_STEMS = words("prep_pronoun_stems")
ATTACHED_PRONOUNS = tuple(p.suffix for p in pronouns())
NAMEPART = frozenset({"namepart"})
SAID_WORDS = 4  # a quotation this long that ends its sentence after a speaker holds words said, not a name
ESTIMATE_HEADS = words("estimate_heads")  # تقديرات، تقدير before the one who made the estimate
SOURCE_HEADS = words("source_heads")  # مواقع، صفحات، حسابات: where reports circulate (outlets, not speaker nouns)
ONLINE_PREP, ONLINE_NETWORKS, ONLINE_SOCIAL = word("online_prep"), words("online_networks"), words("online_social")
ONLINE_SOCIAL_ADJ, ONLINE_NAMES = words("online_social_adj"), words("online_names")
ANON_OPENERS, ANON_NEGATION, ANON_VERBS = words("anon_openers"), words("anon_negation"), words("anon_verbs")
ANON_ABOUT, ANON_OBJECTS = words("anon_about"), words("anon_objects")

FATHATAN = "\u064b"  # the indefinite accusative ending, never on the first word of a quoted name


class WordReader(Lookup):
    """Questions about single tokens, answered from the lexicons (and NER entities when present)."""

    def __init__(self, index: TextIndex, lex: Lexicon, entities: list[Entity] | None = None):
        super().__init__(index, lex, entities)
        # normalised words of the personal names met so far in the article (:meth:`learn_name` adds to it)
        self.known: set[str] = set()
        self._plain_memo: list[bool | None] = [None] * self.n
        self._is_cue: list[bool | None] = [None] * self.n

    # --- cues --------------------------------------------------------------------------------------------
    def is_cue(self, i: int) -> bool:
        if not 0 <= i < self.n:
            return False
        got = self._is_cue[i]
        if got is None:
            p = self.tok(i - 1)
            if p is not None and p.word and p.bare in NAME_LINKS:
                got = False  # خالد بن طالب: a name
            elif self.inside_person(i):
                got = False  # مختار إدان: a name the tagger read whole, not the verb أدان
            else:
                got = bool(self.cue_at(i, self.n)[1])
            self._is_cue[i] = got
        return got

    # --- speaker words -----------------------------------------------------------------------------------
    # --- speaker words ---------------------------------------------------------------------------------
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
        if stem.endswith(PLURAL_OBLIQUE) and self.singular_before(i):
            return False  # دعا التحالف الحوثيين / السيستاني العراقيين إلى …: no plural agrees with one; the object
        # nisba-shaped words are adjectives after a noun even when they can also be nouns or names on their
        # own (الإعلامي، الدبلوماسي، السعودية)
        sn = self.speaker_noun(i)
        return sn is None or sn.role == "title" or stem.endswith(NISBA_SINGULAR) and sn.type != "outlet"

    def singular_before(self, i: int) -> bool:
        """Is token ``i - 1`` a singular speaker noun or a personal name, with no preposition (a subject that a
        plural nisba in -يين cannot describe: نقابة الصحافيين الفلسطينيين describes the plural before it)?"""
        p = self.tok(i - 1)
        if p is None or not p.word or p.prep is not None:
            return False
        sn = self.speaker_noun(i - 1)
        return (sn is not None and sn.number == "s") or (sn is None and self.is_name_token(i - 1))

    def is_plain_word(self, i: int) -> bool:
        """A word that no lexicon claims (candidate for a personal name)."""
        if not 0 <= i < self.n:
            return False
        got = self._plain_memo[i]
        if got is None:
            got = self._plain_memo[i] = self._plain(i)
        return got

    def _plain(self, i: int) -> bool:
        t = self.tok(i)
        if t is None or t.kind not in ("word", "latin") or len(t.norm) < 2:
            return False
        if self.speaker_noun(i) or self.actor_at(i) or self.outlet_at(i) > i or self.is_cue(i):
            return False
        return not (self.roles_of(i) - NAMEPART)

    def is_name_token(self, i: int) -> bool:
        t = self.tok(i)
        if t is None or not self.is_plain_word(i):
            return False
        e = self.entity_at(i)
        if e is not None and e.label == "PERS":
            return True  # the NER model's word is extra evidence, never a veto on the lexicon's
        if t.bare in self.known or t.bare in self.lex.given or t.norm in self.lex.given or self.mined_name(i):
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
    def inside_person(self, j: int) -> bool:
        """Is token ``j`` inside a person name the NER model tagged, past its first word, written without a
        conjunction or preposition on it (مختار إدان، محمد علي)?"""
        t = self.tok(j)
        if t is None or not t.word or t.conj or t.prep is not None or t.art:
            return False
        e = self.entity_at(j)
        return e is not None and e.label == "PERS" and e.start < t.start and e.end >= t.end

    def stop_word(self, j: int, cues: bool = True, stops: frozenset[str] = frozenset()) -> bool:
        """Tokens that end any speaker phrase; ``stops`` are more words that end it (the prepositions of the cue
        whose subject is being read)."""
        t = self.toks[j]
        if self.inside_person(j):
            return False  # محمد علي: the tagger's person name goes on (علي is not the preposition على here)
        if self.is_comp(j) or (cues and self.is_cue(j)) or self.role(j, "rel") or self.role(j, "kana") or self.role(j, "neg") \
                or self.role(j, "speech"):
            return True
        if self.phrase(j, "time") > j or self.phrase(j, "adverb") > j:
            return True
        if (self.role(j, "stopprep") or self.prep_pronoun(j)) and not self.npcont_before(j):
            return True
        if self.phrase(j, "disc") > j + 1 or t.bare in PHRASE_STOPS:
            return True
        if t.norm.startswith(FA) and t.conj and (self.role(j, "disc") or self.role(j, "neg") or self.role(j, "func")):
            return True  # فقد، فإن، فلا: a new clause
        if t.bare in IN_PREP and (self.role(j + 1, "event") or self.phrase(j + 1, "time") > j + 1):
            return True
        if t.bare in FROM_PREP and (self.is_comp(j + 1) or self.role(j + 1, "stopprep") or self.role(j + 1, "func")):
            return True
        if t.bare in stops and not self.npcont_before(j):
            return True
        if self.is_recipient_start(j):
            return True
        return False

    def npcont_before(self, j: int) -> bool:
        """Does a word after which عن/من/ل continue a speaker phrase stand right before ``j``, or before a listed
        adjective right before it (بيان صادر عن، النائب عن حزب …، نائب سابق عن المدينة)?"""
        return self.role(j - 1, "npcont") or (self.role(j - 1, "adj") and self.role(j - 2, "npcont"))

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

    def adverb_end(self, k: int, limit: int | None = None) -> int:
        """The end of a manner adverbial at ``k``: a listed one (بشدة، بشكل قاطع), or a manner head and the indefinite
        adjective after it (بصفة مباغتة، بشكل متكرر); ``k`` when there is none."""
        e = self.phrase(k, "adverb", limit)
        if e > k:
            return e
        n = self.tok(k + 1)
        if self.role(k, "manner") and n is not None and n.word and not n.art and n.prep is None \
                and (limit is None or k + 2 <= limit):
            return k + 2
        return k

    def anonymity_end(self, i: int, limit: int) -> int:
        """End of an anonymity gloss starting at ``i`` (طالباً عدم الكشف عن اسمه، رافضاً ذكر اسمه، شريطة عدم
        نشر هويته), or ``i``: the opener, عدم, a verb of disclosing (الكشف عن), the name or identity."""
        j = i
        for words_at in (ANON_OPENERS, ANON_NEGATION):
            t = self.tok(j)
            if j < limit and t is not None and t.word and t.bare in words_at:
                j += 1
        if j == i:
            return i  # (no opener and no عدم: الكشف عن اسمه alone may be what is said)
        t = self.tok(j)
        if j >= limit or t is None or not t.word or t.bare not in ANON_VERBS:
            return i
        j += 1
        t = self.tok(j)
        if j < limit and t is not None and t.word and t.bare in ANON_ABOUT:
            j += 1
            t = self.tok(j)
        if j < limit and t is not None and t.word and t.bare in ANON_OBJECTS:
            return j + 1
        return i

    def quoted_speech(self, j: int) -> bool:
        """Does the quotation opening at token ``j`` hold words said rather than a name: it opens with a
        complementiser ("إنهم قساة") or ends a sentence inside ("… قساة. إنهم قذرون")?"""
        q = self.v.quote_opening(j)
        if q is None:
            return False
        toks, inner = self.toks, range(q.first, q.last)

        def long_word(m: int) -> bool:  # not a letter of an abbreviation (سي.إن.إن، إن. تي. في)
            return q.first <= m < q.last and toks[m].word and len(toks[m].bare) >= ABBREVIATION_LETTERS + 1

        return q.last - q.first >= 2 and (
            self.is_comp(q.first) and long_word(q.first + 1)
            or any(toks[m].text in FULL_STOPS and long_word(m - 1) and long_word(m + 1) for m in inner)
            or self.said_at_end(j, q))

    def said_at_end(self, j: int, q) -> bool:
        """A quotation of :data:`SAID_WORDS` words or more that ends its sentence after a phrase that names no
        organisation or outlet by it (قال وزير الخارجية الأمريكي "ما زال لدينا عمل".): words said, not a name."""
        toks, after = self.toks, q.last + 1
        if not q.closed or not (after >= self.n or toks[after].text in FULL_STOPS):
            return False
        sn = self.speaker_noun(j - 1)
        if sn is not None and sn.type in ("organization", "outlet") or self.is_recipient_start(j - 1):
            return False
        return sum(1 for m in range(q.first, q.last) if toks[m].word) >= SAID_WORDS

    def short_quote_end(self, j: int, max_words: int = 4) -> int | None:
        q = self.v.quote_opening(j)
        if q is None or not q.closed:
            return None
        words = [t for t in self.toks[q.first:q.last] if t.word]
        if not words or len(words) > max_words:
            return None
        return self.v.tok_at(q.end - 1) + 1

    def quoted_name_end(self, j: int) -> int | None:
        """The end of a short quotation at ``j`` that may be a name (a speaker, a mention): not one whose first word
        carries a preposition (وصفته "ببريد الكراهية": a description) or the accusative tanween (بأن هناك "خطرًا على
        الدوام": a predicate)."""
        e = self.short_quote_end(j)
        first = next((t for t in self.toks[j + 1:e] if t.word), None) if e is not None else None
        return e if first is not None and first.prep is None and FATHATAN not in first.text else None

    def coordinated_genitive(self, i: int, j: int, head, has_name: bool) -> bool:
        """و + a definite noun right after the definite genitive of an organisation noun continues its name, also
        before a noun-phrase object (نفت مديرية الصحة والسكان ما تداولته …، دعت هيئة الحقيقة والكرامة …): an object
        never opens with و. After نفت/اتهمت/أدانت/نددت/رفضت/طالبت/دعت/حذرت + an organisation noun the ANT news has 15
        such coordinations, all inside the name (وزارة الخارجية والتعاون الدولي) or a second party (الداخلية
        والشرطة)."""
        t, p = self.toks[j], self.toks[j - 1]
        return j - 1 > i and t.word and t.conj and t.norm[:1] == WAW and t.art and t.prep is None and p.word \
            and p.art and head is not None and head.role == "head" and head.type == "organization" \
            and not has_name and not self.is_cue(j) and not self.role(j, "objstart")

    def member_prep(self, j: int, head):
        """The organisation noun of ب + an organisation right after an unnamed source (مسؤول بوزارة الشؤون …، مصدر
        بالجيش، مسؤولون بهيئة …): the body the source belongs to, as with في, also before a noun-phrase object (نفى
        مصدر بالجيش …: 5 times in the ANT shards; 19 مسؤول/مصدر/مسؤولون ب + an organisation noun after قال)."""
        t = self.toks[j]
        if not t.word or t.prep != BA or head is None or head.type != "anonymous" or self.is_cue(j):
            return None
        sn = self.speaker_noun(j)
        return sn if sn is not None and sn.type == "organization" and sn.role == "head" else None

    def source_head(self, i: int) -> bool:
        """Is token ``i`` a head of a subject reports circulate from (مواقع، صفحات، حسابات: ``source_heads``)?"""
        return any(k in SOURCE_HEADS for k in self.keys(i))

    def online_medium_end(self, i: int, j: int) -> int:
        """End of على + an online medium at ``j`` in a phrase opened at ``i`` by a group or a source head that speaks
        there (نشطاء على مواقع التواصل الاجتماعي، صفحات على فيسبوك، مواقع على الإنترنت: about 120 such phrases in
        the ANT shards, 66 of them نشطاء على مواقع التواصل), a source head's group genitive with or without one
        (صفحات ناشطين على مواقع التواصل), or ``j``."""
        t, sn = self.tok(j), self.speaker_noun(i)
        g = self.speaker_noun(j) if j == i + 1 and t is not None and t.word and t.prep is None else None
        if g is not None and g.type == "group" and self.source_head(i):
            return max(j + 1, self.online_medium_end(i, j + 1))  # صفحات ناشطين (على مواقع التواصل): whose pages
        if t is None or not t.word or t.bare != ONLINE_PREP or not (
                self.source_head(i) or (sn is not None and sn.type == "group")):
            return j
        n, m = self.tok(j + 1), self.tok(j + 2)
        if n is not None and n.word and n.bare in ONLINE_NAMES:
            return j + 2
        if n is None or not n.word or n.bare not in ONLINE_NETWORKS or m is None or not m.word \
                or m.bare not in ONLINE_SOCIAL:
            return j
        a = self.tok(j + 3)
        return j + 4 if a is not None and a.word and a.bare in ONLINE_SOCIAL_ADJ else j + 3

    def name_goes_on(self, i: int, j: int, head, has_name: bool) -> bool:
        """Does an organisation's name go on at ``j`` before a noun-phrase object (a coordinated genitive, or ب + the
        town it sits in)?"""
        return self.coordinated_genitive(i, j, head, has_name) or self.seat_prep(j, head)

    def seat_prep(self, j: int, head) -> bool:
        """ب + a place the NER stage found, right after an organisation's name: the town the body sits in
        (الاتحاد الجهوي للشغل بقابس، فرع الرابطة بصفاقس), part of its name even before a noun-phrase object."""
        t = self.toks[j]
        return t.word and t.prep == BA and head is not None and head.type == "organization" \
            and any(e.label == "LOC" and t.start <= e.start < t.end for e in self.entities)

    def starts_phrase(self, j: int, stops: frozenset[str] = frozenset()) -> bool:
        """Can a speaker phrase start at token ``j`` (``stops`` as for :meth:`stop_word`)?"""
        t = self.tok(j)
        if t is None:
            return False
        if t.text == "#":
            return self.starts_phrase(j + 1, stops)
        if self.foreign_particle(j) and self.is_cue(j - 1):
            return True  # وقال فان غال
        if not t.word:
            return self.quoted_name_end(j) is not None
        if self.role(j, "demo"):
            sn = self.speaker_noun(j + 1)
            return sn is not None and sn.role == "head"
        if self.document_opener(j):
            return True
        if t.kind == "number" or self.stop_word(j, stops=stops) or self.role(j, "objstart"):
            # a quantifier that usually opens an object starts a speaker phrase before a speaker noun (بعض المحللين)
            sn = self.speaker_noun(j)
            return sn is not None and sn.role == "quant" and (self.speaker_like(j + 1, lexical=True) or self.some_people(j))
        if self.role(j, "nonspeaker") or self.role(j, "manner") or self.role(j, "resump") or t.bare in NP_PREPS or t.prep == BA \
                or self.prep_pronoun(j):
            return False
        return True

    def oblique_plural(self, j: int) -> bool:
        """A sound masculine plural speaker noun in its oblique case (المواطنين، محللين): right after a verb it is
        the object (دعا المواطنين إلى …), never the subject, which would be المواطنون."""
        t = self.tok(j)
        sn = self.speaker_noun(j)
        return t is not None and sn is not None and sn.number == "p" and t.bare.endswith(OBLIQUE_PLURAL) \
            and not self.given_name(j) and not self.known_name(j)

    def feminine_after_masculine(self, form, k: int) -> bool:
        """Is token ``k`` a feminine noun (a speaker noun, or — after a verb that blames, calls or warns — a state)
        while ``form`` is a masculine singular verb? Then it cannot be the verb's subject (وطالب الحكومةَ، واتهم
        روسيا بـ…), nor that of its passive (that would be اتُّهمت روسيا): it is the object of an active verb."""
        if form.gender != "m" or form.number != "s":
            return False
        sn = self.speaker_noun(k)
        if sn is not None:
            return sn.gender == "f" and sn.number in "sp"
        act = self.actor_at(k)
        return act is not None and act[2] == "f" and form.stance in OBJECT_STANCES

    def latest_document(self, j: int) -> bool:
        """آخر/أحدث before an indefinite document noun (آخر حصيلة للمرصد، أحدث تقرير للمنظمة): "the latest"."""
        if not self.role(j, "latest"):
            return False
        sn = self.speaker_noun(j + 1)
        n = self.tok(j + 1)
        return sn is not None and sn.type == "document" and n is not None and not n.art and n.prep is None

    def document_opener(self, j: int) -> bool:
        """A word that opens a speaker phrase before the noun that heads it: آخر/أحدث before a document, an
        estimate before its issuer (بحسب تقديرات الأمم المتحدة، وفقاً لتقديرات مسؤولين غربيين)."""
        if self.latest_document(j):
            return True
        t, n = self.tok(j), self.tok(j + 1)
        return t is not None and t.word and not t.art and t.prep in (None, LAM) and any(k in ESTIMATE_HEADS for k in self.stripped(j)) \
            and n is not None and n.word and n.prep is None and self.speaker_like(j + 1, lexical=True)

    def adj_before_name(self, j: int, head) -> bool:
        """A definite word between a title and the personal name after it is the title's adjective, listed or not
        (المحامي البريطاني البارز بيتر غولدسميث، الكاتب الراحل محمد …)."""
        t = self.tok(j)
        if t is None or not t.word or not t.art or t.prep is not None or head is None or head.role != "title" \
                or self.speaker_noun(j) is not None or self.is_cue(j):
            return False
        e = self.entity_at(j + 1)
        return bool(self.given_name(j + 1)) or (e is not None and e.label == "PERS" and e.start == self.toks[j + 1].start)

    def some_people(self, j: int) -> bool:
        """The quantifier with the article standing alone, "some people" (ويرى البعض أن، وقال البعض إن: after a
        reporting verb 123 times in the two ANT shards), not before the noun it quantifies (بعض المحللين)."""
        sn, n = self.speaker_noun(j), self.tok(j + 1)
        return sn is not None and sn.role == "quant" and self.toks[j].art and (
            n is None or not n.word or self.is_comp(j + 1) or self.is_cue(j + 1) or self.role(j + 1, "adj"))

    def counted_speaker(self, j: int) -> bool:
        """A number word before a plural speaker noun (ثلاث وكالات، خمسة مسؤولين)."""
        if not self.role(j, "numword"):
            return False
        sn = self.speaker_noun(j + 1)
        return sn is not None and sn.number == "p" and self.toks[j + 1].prep is None

    def name_run(self, j: int) -> int:
        k = j
        while self.is_name_token(k) or (k > j and self.foreign_particle(k)):
            k += 1
        return k - j

    def foreign_particle(self, j: int) -> bool:
        """فان/فون between two names (بيرت فان مارفيك، لويس فان غال), not فإن written without its hamza (أما
        ترامب فان الرئيس …): a name without the article right before and right after it."""
        t, p, n = self.tok(j), self.tok(j - 1), self.tok(j + 1)
        if t is None or not t.word or t.text not in FOREIGN_PARTICLES or p is None or n is None:
            return False  # (the surface form: فإن normalises to فان)
        return p.word and n.word and not n.art and self.is_name_token(j + 1) and (
            (not p.art and self.is_plain_word(j - 1)) or self.is_cue(j - 1))  # (وقال فان غال: never قال فإن)

    def given_name(self, j: int) -> str | None:
        """The gender of a common given name at ``j``, if it is one."""
        t = self.tok(j)
        if t is None or not t.word:
            return None
        return self.lex.given.get(t.bare) or self.lex.given.get(t.norm)

    def known_name(self, j: int) -> bool:
        t = self.tok(j)
        return t is not None and t.word and t.bare in self.known

    def mined_name(self, j: int) -> bool:
        """A name the news keeps putting after given names and titles (ترامب، ماكرون: ``names.tsv``)."""
        t = self.tok(j)
        return t is not None and t.word and t.prep is None and (t.bare in self.lex.names or t.norm in self.lex.names)

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
        if self.role(j, "demo") or self.counted_speaker(j) or self.document_opener(j):
            return True
        if self.actor_at(j) or self.outlet_at(j) > j:
            return True
        e = self.entity_at(j)
        if e is not None:
            return e.label in ("PERS", "ORG", "LOC")
        if lexical:
            n = self.name_run(j)
            if self.known_name(j) or self.mined_name(j) or (self.given_name(j) and n >= 2):
                return True
            if n < 2:
                return False
            nxt = self.tok(j + n)
            return n > 2 or not (nxt is not None and nxt.word and (nxt.art or self.actor_at(j + n) is not None))
        return self.is_name_token(j)
