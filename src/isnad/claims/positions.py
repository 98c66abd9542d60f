"""Where things are in an article's tokens: the one module for token-position questions.

:class:`Positions` indexes the text layer the ``text`` stage wrote (``Article.tokens``, ``.sentences``,
``.quotes``) and answers, for the passes of the attribution engine:

- look-ups (:class:`.layout.Layout`): the token at an offset, a sentence's token range, the quotation that opens
  at or contains a token;
- clauses: where the clause containing a token starts, discourse openers, whether a phrase stands in subject
  position, whether a token leads its sentence;
- adjuncts: what may stand between a cue and its words (:meth:`Positions.zone`: commas, time words, a
  recipient, في بيان …، عبر حسابه …), the genitive of an event noun, a relay verb (أوردته وكالة …);
- spans: the character span of tokens, trimming a content's end, cutting it at a quotation, a comma or a cue,
  how much of it is quoted.

Nothing here tokenises or finds quotations, and nothing here changes a frame: the lexical questions (is this a
complementiser, a cue, a speaker phrase?) come from the :class:`.phrases.Reader` built for the same article.
"""
from __future__ import annotations

from bisect import bisect_left

from ..arabic import QUOTE_CHARS
from ..model import Article
from .frame import Frame, How, Zone
from .lexicon import (BA, COMMAS, LAM, LAM_FORMS, TATWEEL, TERMINALS, CueKind, Lexicon, pronouns,
                      words)
from .layout import Layout, innermost
from .phrases import ON_BEHALF, Reader
CLAUSE_PUNCT = ":.-–—"  # punctuation (besides commas) that ends a clause
TRIM_PUNCT = ".،,:؛;-–—"  # trailing punctuation trimmed off a content
CORE_PREPS = words("core_preps")  # a VSO verb is never one of these
EVENT_PREPS = words("event_preps")  # في بيان، عبر حسابه، خلال مؤتمر
ADJUNCT_EVENT_PREPS = words("adjunct_event_preps")
ADJUNCT_WORDS = words("adjunct_words")  # له، صحفي، مشترك: words inside an adjunct (في مؤتمر صحفي مشترك)
COMITATIVE = words("comitative")
MEDIUM_WORDS = words("medium_words")  # حساب، صفحة، تويتر: media through which words are said
MEDIUM_NAMES = words("medium_names")  # تويتر، فيسبوك: a platform's name, never in construct with what follows
# an event noun with a pronoun (بيانه، كلمتها): its singular and plural third persons
POSSESSIVE = tuple(p.suffix for p in pronouns() if p.person == 3 and p.number != "d")


class Positions(Layout):
    """Tokens, sentences, paragraphs and quotations of one article (:class:`.layout.Layout`), and the position
    questions over them."""

    def __init__(self, article: Article, lex: Lexicon):
        super().__init__(article)
        self.lex = lex
        self.r = Reader(self, lex, article.entities)
        # clause breaks: the last comma, clause punctuation or complementiser at or before each token, and the
        # opening mark of the innermost quotation still open at each token (see :meth:`clause_start`)
        self._brk: list[int] | None = None
        self._open_before: list[int] | None = None
        self._commas: dict[int, list[int]] = {}

    # --- clauses, adjuncts, spans --------------------------------------------------------------------------
    def clause_start(self, j: int, s0: int) -> int:
        """First token of the clause containing token ``j``: after the last comma, clause punctuation or
        complementiser before it, or after the opening mark of a quotation still open at ``j``."""
        if self._brk is None:
            self._index_clauses()
        b = self._brk[j - 1] if j > 0 else -1
        if 0 <= j < len(self.toks):
            b = max(b, self._open_before[j])
        return max(s0, b + 1)

    def _index_clauses(self) -> None:
        r, toks = self.r, self.toks
        brk, last = [], -1
        for k, t in enumerate(toks):
            if t.kind == "punct":
                if t.text in COMMAS or t.text in CLAUSE_PUNCT:
                    last = k
            elif r.is_comp(k):
                last = k
            brk.append(last)
        self._brk = brk
        # a quotation opening at token m is still open at every token that starts before its end
        ranges, marks = [], []
        for m, qi in sorted(self._close_at.items()):
            if toks[m].text in QUOTE_CHARS:
                ranges.append((m + 1, bisect_left(self._starts, self.quotes[qi].end)))
                marks.append(m)
        inner = innermost(ranges, len(toks))
        self._open_before = [marks[x] if x >= 0 else -1 for x in inner]

    def skip_openers(self, cs: int, end: int) -> int:
        """First token at or after ``cs`` past discourse openers (و، في المقابل), forms of كان and hashtags."""
        r = self.r
        while cs < end:
            e = r.phrase(cs, "disc", end)
            if e > cs:
                cs = e
                continue
            if r.role(cs, "kana") or (self.toks[cs].text == "#"):
                cs += 1
                continue
            break
        return cs

    def subject_position(self, j: int, s0: int) -> bool:
        """Does a phrase starting at ``j`` stand where a subject stands: opening its clause, or right after the
        clause's first word (a verb, VSO) with only time words or adverbs between?"""
        cs = self.skip_openers(self.clause_start(j, s0), j)
        if cs == j:
            return True  # a clause opens with it (SV order)
        k = j - 1
        while k > cs and (self.r.phrase(k, "time") > k or self.r.role(k, "adverb")):
            k -= 1
        if k != cs:
            return False
        t = self.toks[k]
        # the clause opens with one word (a verb, in VSO order) right before the phrase
        return t.word and t.bare not in CORE_PREPS and t.prep is None and not t.art

    def is_leading(self, i: int) -> bool:
        """Does token ``i`` open its sentence (after discourse words such as و، في المقابل)?"""
        s0 = self.sent_range(self.toks[i].sent)[0]
        return self.skip_openers(s0, i) == i

    def zone(self, k: int, s1: int, commas: bool = True, frame: Frame | None = None) -> Zone:
        """Skip what may stand between a cue (or its speaker) and the content: commas, time words, adverbs,
        resumptive pronouns, a recipient, and adjunct phrases such as في بيان، عبر حسابه، خلال مؤتمر.

        Returns where the content may start and what was met on the way; ``frame`` says which slots are still
        open (a recipient is taken only while the frame has none, a relay only while it has none and is no relay
        cue itself; without a frame both are open). :meth:`.frame.Frame.take` applies the result to a frame."""
        r = self.r
        open_recipient = frame is None or frame.recipient is None
        open_relay = frame is None or (frame.relay is None and frame.kind is not CueKind.RELAY)
        resump, recipient, relay = False, None, None
        while k < s1:
            t = self.toks[k]
            if t.text in COMMAS:
                if not commas:
                    break
                k += 1
                continue
            if t.text == "(":
                close = next((m for m in range(k + 1, min(s1, k + 6)) if self.toks[m].text == ")"), None)
                if close is not None and all(r.phrase(m, "time") > m for m in range(k + 1, close)):
                    k = close + 1
                    continue
                break
            if not t.word:
                break
            e = max(r.phrase(k, "time", s1), r.adverb_end(k, s1), r.anonymity_end(k, s1))
            if e > k:
                k = e
                while k < s1 and (r.role(k, "timemod") or r.role(k, "time")):
                    k += 1
                continue
            if r.role(k, "resump"):
                resump = True
                k += 1
                continue
            if open_recipient and recipient is None and r.is_recipient_start(k, orgs=True):
                e = self.recipient_end(k, s1)
                if any(self.toks[m].word for m in range(k + 1, e)) or not self.toks[k].text.endswith(TATWEEL):
                    recipient = (k, e)  # (لـ«» names no one: no recipient)
                k = max(e, k + 1)
                continue
            if t.bare in EVENT_PREPS and self.is_event(k + 1):
                k = self.skip_genitive(k + 1, k + 2, s1)  # على هامش لقاء رئيس الحكومة …
                k = self.skip_adjunct(k, s1)
                e = self.relayed_by(k, s1)
                if e is not None:  # في بيان أوردته وكالة الأنباء: the agency relayed the words
                    if open_relay and relay is None:
                        relay = (k + 1, e)
                    k = e
                continue
            break
        return Zone(k, resump, recipient, relay)

    def skip_genitive(self, ev: int, k: int, s1: int) -> int:
        """After the event noun ``ev``: skip its genitive (a chain of event nouns, then one noun phrase)."""
        while self.genitive_noun(ev, k, s1):
            if self.is_event(k):
                ev, k = k, k + 1
                continue
            return max(k + 1, self.r.walk(k, s1, strict=True))
        return k

    def genitive_noun(self, ev: int, k: int, s1: int) -> bool:
        """Is token ``k`` the genitive of the event noun ``ev`` in construct (هامش ملتقى، خلال اجتماع مجلس)?"""
        r = self.r
        e, t = self.toks[ev], r.tok(k)
        if k >= s1 or t is None or not t.word or e.art or e.text.endswith(POSSESSIVE) or e.norm in MEDIUM_NAMES:
            return False
        return t.prep is None and not t.conj and not r.is_comp(k) and not r.is_cue(k) \
            and not r.role(k, "relayrel") and not r.stop_word(k, cues=False) \
            and (not r.lex.roles(t.bare) or self.is_event(k))

    def relayed_by(self, k: int, s1: int) -> int | None:
        """End of "أوردته/نقلتها X" at ``k`` (a relative verb naming who passed a statement on), or None."""
        r = self.r
        if k + 1 >= s1 or not r.role(k, "relayrel") or not r.speaker_like(k + 1):
            return None
        e = r.walk(k + 1, s1, strict=True)
        return e if e > k + 1 else None

    def is_event(self, k: int) -> bool:
        """A speech-event noun or a medium (بيان، تصريحات، مؤتمر، حسابه على تويتر)."""
        t = self.r.tok(k)
        if t is None or not t.word:
            return False
        return self.r.role(k, "event") or any(x in MEDIUM_WORDS for x in self.r.stripped(k))

    def skip_adjunct(self, k: int, s1: int) -> int:
        """Skip the rest of an adjunct after its event noun: adjectives, time words (a month's two names joined by /),
        a further event phrase, a مع-phrase (خلال لقاء مع رئيس الحكومة), a verb followed by a time (مؤتمر عقده مساء
        الثلاثاء)."""
        r = self.r
        while k < s1:
            t = self.toks[k]
            if not t.word:
                if t.text == "/" and r.phrase(k + 1, "time", s1) > k + 1:
                    k += 1  # a second name of the month (مايو/أيار)
                    continue
                qe = r.short_quote_end(k) if not r.quoted_speech(k) else None  # (a name, not words said)
                if qe is not None:
                    k = qe
                    continue
                break
            if r.is_adj(k) or r.role(k, "pron") or r.role(k, "timemod") or t.bare in ADJUNCT_WORDS:
                k += 1
                continue
            e = max(r.phrase(k, "time", s1), r.adverb_end(k, s1))
            if e > k:
                k = e
                continue
            if t.bare in ADJUNCT_EVENT_PREPS and self.is_event(k + 1):
                k = self.skip_genitive(k + 1, k + 2, s1)
                continue
            if t.bare in COMITATIVE and r.starts_phrase(k + 1):
                k = max(k + 2, r.walk(k + 1, s1, strict=True))  # خلال لقاء مع رئيس الحكومة
                continue
            if r.phrase(k + 1, "time", s1) > k + 1 and not r.is_cue(k) and not r.is_comp(k):
                k += 1  # a verb of the adjunct (مؤتمر عقده مساء الثلاثاء)
                continue
            break
        return k

    def recipient_end(self, k: int, s1: int) -> int:
        """End of the recipient phrase starting at ``k`` (لـ«…»، لصحيفة الوطن، للصحافيين، له)."""
        r = self.r
        t = self.toks[k]
        if r.role(k, "pron"):
            return k + 1
        j = k
        if t.text.endswith(TATWEEL) and t.norm in LAM_FORMS:
            j = self.skip_stray_quotes(j + 1, s1)
            qe = r.short_quote_end(j, 6)
            if qe is not None:
                return qe
            e = r.walk(j, s1) if j < s1 else j
            if e > j:
                return e
            return j + 1 if j == k + 1 and j < s1 else j  # (nothing named after stray marks: no recipient)
        sn = r.speaker_noun(k)
        if sn is not None and (sn.role == "title" and sn.type == "person" or sn.type == "outlet"):
            # لوكيل وزير الخارجية أحمد يلدز، لصحيفة الوطن، لصحيفة «واشنطن بوست» الأميركية
            return max(r.walk(k, s1, strict=True, force=True), k + 1)
        e = r.outlet_at(k, s1)
        j = max(e, k + 1)
        while j < s1:
            if not self.toks[j].word:
                # a quoted name after an indefinite head (لموقع «عربي 21»), not words after a definite one
                # (للصحافيين «نجري مناقشات جيدة»)
                qe = r.short_quote_end(j, 6) if not self.toks[j - 1].art else None
                if qe is not None:
                    j = qe
                    continue
                break
            e = r.outlet_at(j, s1)
            if e > j:
                j = e
                continue
            if r.is_adj(j) or (r.is_plain_word(j) and not self.toks[j].art and not r.is_comp(j)):
                j += 1
                continue
            break
        return j

    def skip_stray_quotes(self, j: int, s1: int) -> int:
        """Past quotation marks at ``j`` that open no short quotation: an empty one (لـ«») or a stray mark before
        the real one (لـ" «الشرق»)."""
        for _ in range(4):
            t = self.r.tok(j)
            if j >= s1 or t is None or t.word or t.text not in QUOTE_CHARS or self.r.short_quote_end(j, 6) is not None:
                break
            j += 1
        return j

    def ends_sentence(self, k: int, s1: int) -> bool:
        """Does the sentence end at token ``k`` (only closing punctuation left)?"""
        while k < s1 and not self.toks[k].word and self.toks[k].text not in COMMAS:
            if self.toks[k].text in TERMINALS:
                return True
            k += 1
        return k >= s1

    def verb_cue(self, k: int) -> bool:
        """Is a cue other than a noun at token ``k``?"""
        forms = self.r.cue_at(k, len(self.toks))[1]
        return bool(forms) and forms[0].kind is not CueKind.NOUN

    def b_phrase_ahead(self, k: int, s1: int) -> bool:
        """Is there a ب-phrase a few words after ``k``, before any cue or clause boundary (the object of a
        verb such as وصف/اتهم stands between)?"""
        for m in range(k + 1, min(s1, k + 10)):
            t = self.toks[m]
            if not t.word:
                if t.text in COMMAS or t.text in QUOTE_CHARS:
                    continue
                return False
            if t.prep == BA and t.bare not in ON_BEHALF or self.r.is_comp(m) and t.bare.startswith(BA):
                return True
            if self.r.is_comp(m) or self.verb_cue(m) or self.r.role(m, "rel"):
                return False
        return False

    def separate_prep_ahead(self, f: Frame, k: int, reach: int = 15) -> bool:
        """Does one of the cue's prepositions follow as a word of its own in the same sentence (دعا المتحدث
        باسم المفوضية لشؤون اللاجئين المانحين إلى …)? Then a ل-word before it is a genitive, not the cue's ل."""
        for m in range(k + 1, min(len(self.toks), k + 1 + reach)):
            t = self.toks[m]
            if not t.word and t.text in TERMINALS:
                return False
            if t.word and t.bare in f.form.preps and t.bare != LAM:
                return True
        return False

    def cut_before(self, f: Frame) -> int:
        """Offset where the words before a trailing attribution end (before its comma)."""
        a = f.cue_start()
        k = a - 1
        while k >= 0 and not self.toks[k].word and self.toks[k].text in COMMAS:
            k -= 1
        return self.toks[k].end if k >= 0 else self.toks[a].start

    def trim(self, a: int, b: int) -> int:
        """Drop trailing spaces and punctuation, and closing quotation marks opened before ``a``."""
        text = self.text
        while b > a:
            ch = text[b - 1]
            if ch.isspace() or ch in TRIM_PUNCT:
                b -= 1
            elif ch in QUOTE_CHARS and not self.quote_ends_at(a, b):
                b -= 1
            else:
                break
        return b

    def quote_cut(self, cs: int, end: int) -> int:
        """End a clause content at its last long quotation when only a writer's tail follows it."""
        qs = [q for q in self.quotes_in(cs, end) if q.closed and q.end < end]
        if not qs:
            return end
        q = qs[-1]
        qwords = len([t for t in self.toks[q.first:q.last] if t.word])
        if qwords < 4:
            return end
        before = self.text[cs:q.end]
        inside = sum(p.end - p.start for p in self.quotes_in(cs, q.end) if p.end <= q.end)
        if inside < 0.5 * len(before.strip()):
            return end
        tail = self.text[q.end:end]
        if any(ch in QUOTE_CHARS for ch in tail):
            return end
        k = next((m for m in range(q.last + 1, len(self.toks)) if self.toks[m].word), None)
        if k is not None and self.toks[k].start < end and self.toks[k].conj and self.r.is_comp(k):
            return end  # «…»، وإن الطريق أعيد فتحها: a second clause of the same words, no writer's tail
        return q.end

    def commas_from(self, cs: int) -> list[int]:
        """The commas of the sentence (piece) from offset ``cs`` on that stand outside any quotation opened since
        ``cs`` (token indices, in order; memoised per offset)."""
        got = self._commas.get(cs)
        if got is None:
            j = self.tok_at(cs)
            end = self.piece_end(j)
            got = self._commas[cs] = [m for m in range(j, end)
                                      if self.toks[m].text in COMMAS and not self.in_quote_since(m, cs)]
        return got

    def comma_between(self, f: Frame, g: Frame) -> bool:
        """Is there a comma, outside quotations opened in ``f``'s content, between that content and cue ``g``?"""
        commas = self.commas_from(f.cstart)
        return bool(commas) and commas[0] < g.a

    def cut_point(self, cs: int, g: Frame) -> int:
        """Where content starting at ``cs`` ends before cue ``g``: at the last comma outside quotations, else
        at the cue (before its subject when that stands before it: ، لكن X، apposition، نفت)."""
        a = g.merged_cue[0] if g.merged_cue and g.merged_cue[0] < g.a else g.a
        if g.subjpron:
            a = g.a - 1  # … إذا فعلت ذلك | لكنه عبر عن …: لكن and its pronoun open the next claim
        commas = self.commas_from(cs)
        if g.how is How.PRE and g.speaker is not None and g.speaker[0] < a:
            k = bisect_left(commas, g.speaker[0])
            if k > 0:
                return self.toks[commas[k - 1]].start
        k = bisect_left(commas, a)
        if k > 0:
            return self.toks[commas[k - 1]].start
        return self.toks[a].start

    def definite_phrase(self, post: tuple[int, int]) -> bool:
        """A definite phrase: with the article, or a noun in construct with a definite genitive (أسرة الضحية)."""
        a, b = post
        return self.toks[a].art or (b - a >= 2 and self.toks[a].prep is None and self.toks[a + 1].art
                                    and self.toks[a + 1].prep is None)
