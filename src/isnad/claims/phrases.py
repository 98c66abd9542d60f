"""Reading speaker phrases: where a noun phrase ends, what kind of speaker it names, and the person's name in it.

The rules are structural: a phrase is a head noun (a title, a speaker noun, a state, an outlet, a quoted name or a
personal name) followed by what can continue it — genitives after a construct noun, adjectives that agree in
definiteness (nisba adjectives, a listed few others), a name after a title, prepositional modifiers (باسم، لدى،
في + place), appositions after a comma that start with a title, a name or وهو/وهي. In *strict* mode (cues
that take a noun-phrase object: اتهم X Y، نفت X Y) a second definite noun, an indefinite noun after a definite
phrase, a ب-phrase or an object word ends the subject.

:class:`Reader` adds these phrase questions to the single-token ones of :class:`.words.WordReader`.
"""
from __future__ import annotations

from ..arabic.tokens import vocabulary
from .frame import PhraseInfo
from .lexicon import (ARTICLE, BA, COMMAS, LAM, LAM_ARTICLE, TAA_MARBUTA, WAW, SpeakerNoun, endings, words)
from .words import NAME_LINKS, NAME_PARTICLES, NP_PREPS, WordReader

NPCONT_PREPS = words("npcont_preps")  # عن/من/ل after a word that takes them (بيان صادر عن)
ON_BEHALF = words("on_behalf")  # باسم: a ب-word that continues a phrase (المتحدث باسم)
PLURAL_ENDINGS = endings("plural_endings")
FULL_PLURAL_ENDINGS = endings("full_plural_endings")
NISBA_MASCULINE = endings("nisba_masculine")  # (أمني، مصري: an adjective, never a noun in construct)
ENVOY_TITLES = words("envoy_titles")  # مبعوث، موفد: titles that take إلى and the place the envoy is sent to
ENVOY_PREPS = words("envoy_preps")
MAX_GIVEN_PART = 2  # words a name may have before the NER model's span (given names it did not tag)
DEFINITE_SHARE = 0.2  # uses with the article per bare use from which a word is a common noun (see common_in_construct)
MIN_DEFINITE = 30  # uses with the article (in the unlabeled news) needed for that
QUOTED_NAME_WORDS = 6  # words a quoted name may have after an organisation noun (شركة "آر بي سي كابيتال ماركتس")


class Reader(WordReader):
    """Speaker phrases over the article's tokens: where one ends (:meth:`walk`), the name in it (:meth:`name_in`)
    and what it names (:meth:`describe`)."""

    def walk(self, i: int, limit: int, strict: bool = False, force: bool = False,
             stops: frozenset[str] = frozenset(), bstop: bool = True) -> int:
        """End (exclusive) of the speaker phrase starting at ``i`` (``i`` when none starts there). With
        ``force`` the first word is taken as the head whatever it looks like (a recipient after its ل). ``stops``
        are words that end the phrase besides the usual ones (the prepositions of the cue whose subject is read:
        دعا X إلى); with ``bstop`` off, a ب-phrase does not end a strict phrase headed by a speaker noun (for a cue
        that takes no ب-object)."""
        j = self._walk(i, limit, strict, force, stops, bstop)
        while j > i + 1 and (self.toks[j - 1].text in COMMAS or self.toks[j - 1].text == "#"
                             or self.role(j - 1, "appos") or self.role(j - 1, "nameintro")
                             or (self.toks[j - 1].word and self.toks[j - 1].bare in NP_PREPS)):
            j -= 1  # a phrase does not end on ", وهو"
        return j

    def _named_by_quote(self, k: int) -> bool:
        """Is token ``k`` an organisation or outlet noun without the article (شركة، صحيفة، وكالة), whose name may
        follow in quotation marks?"""
        t, sn = self.toks[k], self.speaker_noun(k)
        return t.word and not t.art and sn is not None and sn.role == "head" and sn.type in ("organization", "outlet")

    def _walk(self, i: int, limit: int, strict: bool, force: bool, stops: frozenset[str], bstop: bool) -> int:
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
                said = self.quoted_speech(j)  # "إنهم قساة. إنهم قذرون": words said, never a quoted name
                qe = None if said else self.short_quote_end(j)
                if qe is None and not said and j > i and self._named_by_quote(j - 1):
                    qe = self.short_quote_end(j, QUOTED_NAME_WORDS)  # شركة "آر بي سي كابيتال ماركتس"
                if qe is not None and qe <= limit and (first or construct or after_prep or not strict
                                                       or (j == i + 1 and not self.toks[i].art)
                                                       or self.quoted_alias(j, qe, head, has_name)):
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
                if t.text in COMMAS and not first and self.apposition(j + 1, has_name, head, definite, stops):
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
            if name_run and self.foreign_particle(j):
                j += 1  # بيرت فان مارفيك: the particle, then the rest of the name
                run_len += 1
                continue
            if not first and self.issuer_lam(i, j, head, definite) and LAM not in stops:
                j += 1  # بيان لوزارة الخارجية، تقرير للصحيفة: the ل-phrase names who issued the document
                construct = not t.bare.startswith(LAM_ARTICLE)
                definite = not construct  # (حصيلة للمرصد السوري لحقوق الإنسان: the issuer takes its own ل-genitive)
                after_prep = False
                continue
            if not first and t.word and t.bare in ENVOY_PREPS and t.bare not in stops and self.envoy_before(i, j):
                j += 1  # المبعوث الأممي إلى ليبيا: an envoy's title takes إلى and the place it is sent to
                after_prep = True
                continue
            if not first and (e := self.online_medium_end(i, j)) > j:
                j = e  # نشطاء على مواقع التواصل الاجتماعي، صفحات على فيسبوك: where a group speaks
                continue
            if not first and self.stop_word(j, stops=stops):
                break
            if has_name and not first and self.is_recipient_start(j, orgs=True) and not self.title_complement(j, head):
                break  # قال فلان لمؤسسة الإذاعة …
            if first and self.foreign_particle(j) and self.is_cue(j - 1):
                j, first, name_run, has_name, run_len = j + 1, False, True, True, 1  # وقال فان غال
                continue
            if first:
                if not force and not self.starts_phrase(j, stops):
                    break
                if self.role(j, "demo") or self.counted_speaker(j) or self.document_opener(j):
                    j += 1  # هذه المصادر، ثلاث وكالات، آخر حصيلة
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
            if name_run and t.prep is not None and not t.bare.startswith(ARTICLE) and not t.art \
                    and self.is_plain_word(j) and run_len <= 2 \
                    and (j + 1 >= limit or self.stop_word(j + 1, stops=stops) or not self.toks[j + 1].word):
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
            if (t.bare in NP_PREPS and t.bare != BA) or (self.npcont_before(j) and t.bare in NPCONT_PREPS):
                j += 1
                after_prep = True
                continue
            if strict:
                if self.role(j, "objstart") or self.role(j, "demo") or t.kind == "number":
                    break
                if t.prep == BA and t.bare not in ON_BEHALF and not construct and (bstop or head is None) and not self.seat_prep(j, head):
                    break
                if (t.prep == LAM or t.bare.startswith(LAM_ARTICLE)) and definite and not has_name and not self.is_cue(j) \
                        and head is not None and (head.role == "head" or j - i >= 3 or self.title_complement(j, head)
                                              or (self.title_genitive_lam(i, j, head) and LAM not in stops)) \
                        and not (LAM in stops and not t.bare.startswith(LAM_ARTICLE)):
                    j += 1  # المرصد السوري لحقوق الإنسان
                    after_prep = False
                    construct = not t.bare.startswith(LAM_ARTICLE)  # لحقوق → الإنسان follows as its genitive
                    while j < limit and not construct and (self.is_adj(j) or (
                            self.toks[j].conj and self.toks[j].art and self.is_plain_word(j))):
                        j += 1  # الهيئة السعودية للمواصفات والمقاييس والجودة
                    continue
            if not definite and not after_prep and self.is_adj(j, definite=False):
                if self.speaker_noun(j) is None and (t.bare.endswith(NISBA_MASCULINE) or self.role(j, "adj")):
                    # a noun with an adjective after it is not in construct (مصدر أمني التسبب …، نائب سابق الحكومة);
                    # only a masculine nisba or a listed adjective is sure to be one (ممثل حرية الصحافة)
                    construct = False
                j += 1
                continue
            if (after_prep or construct) and not (construct and not after_prep and t.prep in (LAM, BA)):
                # (a genitive never carries ل or ب: وكالة رويترز لمصادر … ends at رويترز)
                after_prep_was = after_prep
                after_prep = False
                name = self.is_name_token(j) and (t.art or after_prep_was or not self.common_word(j))  # (مدير إعلام شركة …)
                construct = not t.art and not name
                definite = definite or t.art or self.actor_at(j) is not None
                if name:
                    name_run = True  # a proper name: an organisation's after its head or a title in construct
                    run_len = 1
                    if head is None or (head.role in ("title", "honorific") and after_prep_was):
                        has_name = True
                j += 1
                continue
            if self.is_adj(j) or self.adj_before_name(j, head):
                j += 1
                continue
            sn = self.speaker_noun(j)
            if has_name and sn is not None and sn.role == "title" and t.prep is None:
                head, name_run = sn, False  # a title after the name: an apposition
                construct, definite = not t.art, t.art
                j += 1
                continue
            if (self.is_name_token(j) or (name_run and has_name and self.outlet_at(j) == j + 1 and not t.art)) \
                    and ((name_run and not (run_len >= 2 and self.common_in_construct(j, adjective=True))
                          and not (self.mined_name(j - 1) and self.common_word(j)))  # (ترامب انسحابَ بلاده)
                         or (head is not None and head.role in ("title", "honorific") and not has_name
                             and not self.common_in_construct(j))) \
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
            sn = self.speaker_noun(j) if t.conj and t.norm[:1] == WAW else None
            if sn is not None and sn.role == "title" and head is not None and head.role == "title" and not has_name \
                    and t.art == definite and not after_prep:
                head, construct = sn, not t.art  # المحامي والناشط الحقوقي مراد بن عيسى: two titles, one person
                j += 1
                continue
            member = self.member_prep(j, head) if strict else None  # (مسؤول بوزارة …: the body it belongs to)
            if strict and member is None and not self.name_goes_on(i, j, head, has_name):
                break
            head, construct, definite = (member, not t.art, t.art) if member else (head, construct, definite)
            if t.bare.startswith(WAW) and t.conj:
                j += 1  # coordination inside the phrase (حركتا حماس والجهاد)
                continue
            j += 1
        return j

    def issuer_lam(self, i: int, j: int, head: SpeakerNoun | None, definite: bool) -> bool:
        """ل right after an indefinite document noun (بيان لوزارة الخارجية، تقرير لمنظمة العفو الدولية): its issuer."""
        t = self.toks[j]
        return head is not None and head.type == "document" and not definite \
            and (j == i + 1 or (j == i + 2 and self.latest_document(i))) \
            and (t.prep == LAM or t.bare.startswith(LAM_ARTICLE)) and not any(self.lex.has(k, "recip") for k in self.stripped(j)) \
            and not self.role(j, "pron") and not self.is_cue(j)

    def title_genitive_lam(self, i: int, j: int, head: SpeakerNoun | None) -> bool:
        """A title in construct with a definite genitive, then ل + a definite noun that is no recipient (وزير الدولة
        للشؤون الخارجية): the ل-phrase completes the title."""
        return head is not None and head.role == "title" and j - i == 2 and not self.toks[i].art \
            and self.toks[i].prep is None and self.toks[j].bare.startswith(LAM_ARTICLE) \
            and not self.is_recipient_start(j)

    def envoy_before(self, i: int, j: int) -> bool:
        """Does the phrase from ``i`` end, before ``j``, on an envoy's title and its adjectives (المبعوث الخاص)?"""
        k = j - 1
        while k > i and self.is_adj(k):
            k -= 1
        t = self.toks[k]
        return t.word and t.prep is None and (t.bare[2:] if t.art else t.bare) in ENVOY_TITLES

    def title_complement(self, j: int, head: SpeakerNoun | None) -> bool:
        """ل + an organisation right after a title (الأمين العام لهيئة الهلال الأحمر) completes the title; it is
        not a recipient."""
        sn = self.speaker_noun(j)
        p = self.tok(j - 1)
        return head is not None and head.role == "title" and sn is not None and sn.type == "organization" \
            and sn.role == "head" and self.outlet_at(j) == j and p is not None and p.word \
            and (self.speaker_noun(j - 1) == head or self.is_adj(j - 1))

    def coordination_end(self, k: int, limit: int, most: int = 4) -> int:
        """The end of the phrases coordinated with و from token ``k`` on (والإمارات والبحرين), ``k`` when none."""
        toks, m, n = self.toks, k, 0
        while n < most and m < limit and toks[m].word and toks[m].conj and toks[m].norm[:1] == WAW \
                and toks[m].prep is None and not self.is_cue(m) and not self.is_comp(m):
            m, n = max(m + 1, self.walk(m, limit, strict=True)), n + 1
        return m

    def quoted_alias(self, j: int, qe: int, head: SpeakerNoun | None, has_name: bool) -> bool:
        """A one-word quoted name right after an organisation's name is its short name (الشركة الوطنية لتوزيع المياه
        "الصوناد"), part of the speaker."""
        words = [t for t in self.toks[j:qe] if t.word]
        nxt = self.tok(qe)
        return head is not None and head.type in ("organization", "outlet") and not has_name and len(words) == 1 \
            and nxt is not None and (nxt.text in COMMAS or self.is_comp(qe))  # (أعلنت الوزارة "كورونا" وباءً: an object)

    def full_plural(self, j: int) -> bool:
        """A sound plural or dual with its ن (ناشطون، مسؤولين، مسؤولان) is never in construct."""
        b = self.toks[j].bare
        return len(b) >= 5 and b.endswith(FULL_PLURAL_ENDINGS) and not self.given_name(j) and not self.known_name(j)

    def common_in_construct(self, j: int, adjective: bool = False) -> bool:
        """Is token ``j`` a common noun in construct rather than a name after a title (المسؤول العسكري جاهزية
        الولايات المتحدة: the object)? It is no given or known name, the corpus uses it with the article too
        (:data:`DEFINITE_SHARE` of its bare uses at least: الجاهزية; names hardly take it), and a definite
        genitive follows it (after a name of two words, with ``adjective``: or an indefinite adjective)."""
        if not self.common_word(j):
            return False
        # (with ``adjective``, after a name of two words: an indefinite common word may follow too, غسان سلامة خطة جديدة)
        n = self.tok(j + 1)
        return self.genitive_follows(j) or (adjective and n is not None and n.word and not n.art and n.prep is None
                                             and self.common_word(j + 1))

    def common_word(self, j: int) -> bool:
        """Is token ``j`` a common word rather than a name: no given or known name, not a PERS entity, and used with
        the article in the corpus at least :data:`DEFINITE_SHARE` times as often as without (names hardly are)?"""
        t = self.toks[j]
        if self.given_name(j) or self.known_name(j) or (self.entity_at(j) is not None and self.entity_at(j).label == "PERS"):
            return False
        vocab = vocabulary()
        bare, definite = vocab.get(t.bare, 0), vocab.get(ARTICLE + t.bare, 0)
        return definite >= MIN_DEFINITE and definite >= DEFINITE_SHARE * bare

    def genitive_follows(self, j: int) -> bool:
        """Is token ``j`` followed by a definite word that is not an adjective (so ``j`` is in construct)?"""
        n = self.tok(j + 1)
        return n is not None and n.word and n.prep is None and (n.art or self.actor_at(j + 1) is not None) \
            and not self.is_adj(j + 1)

    def apposition(self, k: int, has_name: bool, head: SpeakerNoun | None, definite: bool = True,
                   stops: frozenset[str] = frozenset()) -> bool:
        t = self.tok(k)
        if t is None or not t.word or self.stop_word(k, stops=stops) or t.prep is not None:
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
        # one unknown word is no name (قال المسؤول، مشترطاً عدم …: a circumstantial participle)
        return (not has_name and head is not None and head.role in ("title", "honorific")
                and self.is_name_token(k) and (self.name_run(k) >= 2 or self.given_name(k) is not None
                                               or self.known_name(k) or self.entity_at(k) is not None))

    # --- what a phrase names -----------------------------------------------------------------------------
    def name_in(self, a: int, b: int) -> tuple[int, int] | None:
        """Token range of the personal name inside phrase [a, b), if any."""
        ents = [e for e in self.entities if e.label == "PERS" and self.toks[a].start <= e.start
                and e.end <= self.toks[b - 1].end]
        if ents:
            e = ents[-1]
            s, t = self.v.tok_at(e.start), self.v.tok_at(e.end - 1) + 1
            return self.given_part(a, s), t
        runs = []
        j = a
        while j < b:
            if self.v.quote_of(j) is not None and self.v.quote_of(j).start >= self.toks[a].start:
                j += 1  # a quoted name is an organisation's or a place's, not a person's
                continue
            if self.is_name_token(j) and (not self.toks[j].art or self.known_name(j)) and self.name_context(a, j):
                k = j + 1
                while k < b and (self.is_name_token(k) or self.foreign_particle(k) or (self.toks[k].art and self.is_plain_word(k))
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

    def given_part(self, a: int, s: int) -> int:
        """Where a name the NER model found from token ``s`` really starts: up to :data:`MAX_GIVEN_PART` plain
        words without the article and outside other entities may stand before it, when a name may start there
        (the spokeswoman، هيذر ناورت: the model's ناورت alone would leave the given name out)."""
        best = s
        for k in range(s - 1, max(a + 1, s - MAX_GIVEN_PART) - 1, -1):
            if not self.is_name_token(k) or self.toks[k].art or self.entity_at(k) is not None:
                break
            if self.name_context(a, k):
                best = k
        return best

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
        if p.bare in NP_PREPS or p.prep in (BA, LAM):
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
        if head is None and i < b and self.source_head(i):
            typ, g, num, name = "outlet", "f", "p", None  # مواقع التواصل، حسابات على تويتر: where reports circulate
        elif name and (head is None or head.role in ("title", "honorific", "quant")):
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
            g = "f" if self.toks[i].bare.endswith(TAA_MARBUTA) else None
        if gender and (g is None or (typ == "person" and not head)):
            g = gender
        if number and number in ("d", "p"):
            num = number
        if num is None and i < b and self.toks[i].word and not name:
            stem = self.toks[i].bare
            if len(stem) >= 5 and stem.endswith(PLURAL_ENDINGS):
                num = "p"  # a sound masculine plural (مزارعون)
        return PhraseInfo(typ, g or "m", num or "s", name_text, name)

    def learn_name(self, a: int, b: int) -> None:
        """Remember the words of the personal name in phrase [a, b) (not its particles أبو، بن، عبد)."""
        nm = self.name_in(a, b)
        if nm:
            for t in self.toks[nm[0]:nm[1]]:
                if t.word and t.bare not in NAME_PARTICLES:
                    self.known.add(t.bare)
