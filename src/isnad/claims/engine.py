"""The attribution engine: from an article's tokens to its claims.

One pass per sentence finds *frames* — a reporting cue with what the grammar around it says: the speaker
phrase (after the verb, before it, the antecedent of a relative clause, the issuer of a statement "بيان … اتهم
فيه", or none when elided), a recipient (لـ«…»، للصحافيين، لها), a relay (نقلت X عن Y، نقلاً عن) and where
the content starts (after إن/أن/بأن, after a colon, at a «quotation», or at a noun-phrase object). Then, per
sentence, each content is closed (sentence end, the next cue that starts a new clause, a trailing attribution, a
writer's gloss) and cues inside another claim's content become nested claims (via + parent) when they have a
speaker of their own. Finally, in document order, elided speakers (وأضاف، وأضافت، مؤكداً) are resolved to the
nearest agreeing antecedent, names are made canonical, stance is read from the cue and the content.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Article, Claim, Cue, Span, Speaker, Via
from .lexicon import CueForm, Lexicon, lexicon
from .phrases import NAME_LINKS, PhraseInfo, Reader
from .stance import decide_stance
from .tokens import COMMAS, QUOTE_CHARS, TERMINALS, View

SPEECH_MASDAR = ("قال",)  # lemmas whose masdar/participle just introduces the words of a governing verb
PREPOSITIONS = {"في", "من", "الي", "علي", "عن", "منذ", "بعد", "قبل", "عند", "لدي", "اثر", "عقب", "حول", "بشان",
                "خلال", "مع", "دون", "بدون", "عبر", "ضد", "ب", "ل"}  # a cue right after one of these is a noun
ADJUNCT_PREPS = {"في", "خلال", "عقب", "بعد", "منذ", "امام", "عبر", "لدي", "اثناء"}
MEDIUM_WORDS = {"حساب", "حسابه", "حسابها", "منصه", "صفحه", "صفحته", "صفحتها", "اعلانها", "اعلانه", "اجتماع",
                "جلسه", "زياره", "مؤتمر", "موتمر", "تويتر", "فيسبوك", "قناه", "اذاعه", "تلفزيون"}


@dataclass
class Frame:
    a: int  # cue tokens [a, b)
    b: int
    form: CueForm
    sent: int
    objpron: bool = False
    conj: bool = False  # the cue carries و/ف (وأضاف، فقال)
    speaker: tuple[int, int] | None = None
    how: str = "elided"  # post pre rel doc gen relay attr pron cont elided
    recipient: tuple[int, int] | None = None
    relay: tuple[int, int] | None = None  # the party that passed the words on (نقلت X عن …)
    relay_self: bool = False  # the frame's own speaker relays a quoted source (زعمت نقلاً عن Y)
    cstart: int | None = None
    ctype: str | None = None  # clause colon quote np
    cend: int | None = None
    demo: tuple[int, int] | None = None
    resump: bool = False
    ref_prev: bool = False  # "…، وهو ما تنفيه X": the words are the clause before
    subjpron: bool = False  # the subject is a pronoun on the word before the verb (لكنه نفى، إلا أنها أكدت)
    attr: str | None = None  # lead | trail for prepositional attributions
    attr_verb: bool = False  # a verb inside "وفق ما أفاد X" / "كما أعلنت X"
    parent: "Frame | None" = None
    dropped: bool = False
    merged_cue: tuple[int, int] | None = None
    cue_span: tuple[int, int] | None = None  # tokens of the cue as written (with its preposition: شدد على)
    consumed: int = 0  # tokens before this index were read as part of this frame (a relay, a masdar)
    attr_cut: int | None = None
    # resolution
    sp_span: tuple[int, int] | None = None  # character span of the (resolved) speaker
    info: PhraseInfo | None = None
    via: list[tuple[tuple[int, int], "Frame | None"]] = field(default_factory=list)
    rec_span: tuple[int, int] | None = None
    id: str | None = None

    @property
    def kind(self) -> str:
        return self.form.kind


class Engine:
    def __init__(self, article: Article, lex: Lexicon | None = None):
        self.art = article
        self.lex = lex or lexicon()
        self.v = View(article)
        self.r = Reader(self.v, self.lex, article.entities)
        self.toks = self.v.toks
        self.text = self.v.text
        self.frames: list[Frame] = []
        self.mentions: list[tuple[int, int, bool]] = []  # token ranges of speaker-like phrases, subject position
        self.comp_ahead = False  # set by post_subject: the subject was recognised by a complementiser further on
        self.sentence_frames: list[Frame] = []  # the frames of the sentence being read

    # ------------------------------------------------------------------------------------------------------
    def run(self) -> list[Frame]:
        self.find_mentions()
        for k in range(len(self.v.sents)):
            s0, s1 = self.v.sent_range(k)
            if s1 <= s0:
                continue
            frames = self.find_frames(k, s0, s1)
            self.sentence_frames = frames
            for f in frames:
                self.parse(f, s0, s1)
            frames = self.merge(frames)
            self.attributions(frames, s0, s1)
            self.close_contents(frames, s0, s1)
            self.frames.extend(f for f in frames if not f.dropped)
        self.resolve()
        return [f for f in self.frames if not f.dropped and f.cstart is not None and f.sp_span is not None]

    # --- mentions ------------------------------------------------------------------------------------------
    def find_mentions(self) -> None:
        r = self.r
        for k in range(len(self.v.sents)):
            s0, s1 = self.v.sent_range(k)
            j = s0
            while j < s1:
                t = self.toks[j]
                named = t.word and r.is_name_token(j) and (r.name_run(j) >= 2 or r.known_name(j) or (
                    r.given_name(j) is not None and self.art_surname(j + 1))) \
                    and self.subject_position(j, s0) and (self.title_after_name(j) or (
                        r.given_name(j) is not None and (r.name_run(j) >= 2 or self.art_surname(j + 1))))
                lexical = named or (r.speaker_noun(j) is not None and not r.is_cue(j)) or r.actor_at(j, s1) is not None \
                    or r.outlet_at(j, s1) > j or (not t.word and r.short_quote_end(j) is not None) \
                    or (t.word and r.entity_at(j) is not None and r.entity_at(j).label in ("PERS", "ORG"))
                if lexical and r.starts_phrase(j):
                    e = r.walk(j, s1, strict=True)
                    if e > j:
                        self.mentions.append((j, e, self.subject_position(j, s0)))
                        self.learn_name(j, e)
                        j = e
                        continue
                j += 1

    def art_surname(self, k: int) -> bool:
        """A family name with the article right after a given name (سمير الطيب)."""
        t = self.r.tok(k)
        return t is not None and t.word and t.art and t.prep is None and self.r.is_plain_word(k) \
            and not self.r.is_adj(k)

    def title_after_name(self, j: int) -> bool:
        """A name followed by a title (كارلوس دي كوسيو المدير العام …، داود شهاب المتحدث باسم …)."""
        k = j + self.r.name_run(j)
        if k < len(self.toks) and self.toks[k].text in COMMAS:
            k += 1
        sn = self.r.speaker_noun(k) if k < len(self.toks) else None
        return sn is not None and sn.role in ("title", "honorific") and self.toks[k].prep is None

    def learn_name(self, a: int, b: int) -> None:
        nm = self.r.name_in(a, b)
        if nm:
            for t in self.toks[nm[0]:nm[1]]:
                if t.word and t.bare not in ("ابو", "ابن", "بن", "عبد"):
                    self.r.known.add(t.bare)

    def clause_start(self, j: int, s0: int) -> int:
        """First token of the clause containing token ``j``."""
        k = j - 1
        while k >= s0:
            t = self.toks[k]
            if not t.word and (t.text in COMMAS or t.text in ":.-–—"):
                break
            if self.v.is_open_quote(k) and self.v.quote_opening(k).end > self.toks[j].start:
                break
            if self.r.is_comp(k):
                break
            k -= 1
        return k + 1

    def skip_openers(self, cs: int, end: int) -> int:
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
        return t.word and t.bare not in ("في", "من", "الي", "علي", "عن") and t.prep is None and not t.art

    # --- frames --------------------------------------------------------------------------------------------
    def find_frames(self, k: int, s0: int, s1: int) -> list[Frame]:
        r = self.r
        out: list[Frame] = []
        i = s0
        while i < s1:
            t = self.toks[i]
            if not t.word:
                i += 1
                continue
            e = r.phrase(i, "narr", s1)
            if e > i:
                i = e
                continue
            e = r.phrase(i, "gloss", s1)
            if e > i:
                i = e
                continue
            att = self.match_attribution(i, s1)
            if att is not None:
                f, i = att
                if f is not None:
                    f.sent = k
                    out.append(f)
                continue
            e, forms, objpron, conj = r.cue_match(i, s1)
            if forms and self.cue_ok(i, forms[0]):
                form = forms[0]
                out.append(Frame(i, e, form, k, objpron=objpron, conj=conj))
                i = e
                continue
            i += 1
        return out

    def cue_ok(self, i: int, form: CueForm) -> bool:
        r, t = self.r, self.toks[i]
        p = r.tok(i - 1)
        if p is not None and p.word and r.role(i - 1, "neg"):
            return False
        if p is not None and p.word and p.bare in NAME_LINKS:
            return False  # عبدالعزيز بن طالب: a name, not a cue
        if form.kind in ("verb", "relay", "part") and len(form.form) == 1:
            if t.art or t.prep in ("ب", "ل", "ك"):
                return False
            if p is not None and p.word and p.bare in PREPOSITIONS:
                return False
        if form.kind == "noun":
            return True
        return True

    def match_attribution(self, i: int, s1: int):
        """A prepositional attribution at ``i``: (frame or None, next index), or None."""
        r = self.r
        if not any(k in self.lex.attribution_firsts for k in r.keys(i)):
            return None
        for att in self.lex.attributions:
            n = len(att.words)
            if i + n > s1:
                continue
            seq = self.toks[i:i + n]
            if not all(t.word for t in seq):
                continue
            if not (any(k == att.words[0] for k in r.keys(i)) and all(t.norm == w for t, w in zip(seq[1:], att.words[1:]))):
                continue
            j = i + n
            p = r.tok(i - 1)
            if att.then == "np" and p is not None and p.word and (p.bare in ("ما", "مما") or r.role(i - 1, "rel")):
                return None  # نفت ما جاء في الصحيفة: "what came in the paper" is an object, not an attribution
            if att.then == "verb":
                if att.words == ("كما",):
                    p = r.tok(i - 1)
                    if p is None or p.text not in COMMAS:
                        return None
                e, forms, objpron = r.cue_at(j, s1)
                if not forms or forms[0].kind not in ("verb", "relay"):
                    return None
                f = Frame(j, e, forms[0], -1, objpron=objpron, attr_verb=True)
                f.attr = "lead" if self.is_leading(i) else "trail"
                f.merged_cue = f.cue_span = (i, e)
                return f, e
            if att.then == "lam":
                t = r.tok(j)
                if t is None or not t.word or not (t.prep == "ل" or t.bare.startswith("لل") or t.norm in ("ل",)):
                    return None
            src_end = self.source_end(j, s1)
            if src_end is None and att.then == "np" and self.is_event(j):
                e = self.relayed_by(j + 1, s1)  # وفق تصريحات نقلتها وكالة الأنباء: the agency is the source
                if e is not None:
                    j, src_end = j + 2, e
            if src_end is None:
                return None, i + n
            form = CueForm(att.words, "قال", "assert", "relay" if att.kind == "relay" else "attr", frozenset("c"),
                           None, None, None, None)
            f = Frame(i, i + n, form, -1)
            f.speaker = (j, src_end)
            f.how = "attr"
            f.attr = "lead" if self.is_leading(i) else "trail"
            return f, src_end
        return None

    def is_leading(self, i: int) -> bool:
        """Does token ``i`` open its sentence (after discourse words such as و، في المقابل)?"""
        s0 = self.v.sent_range(self.toks[i].sent)[0]
        return self.skip_openers(s0, i) == i

    def source_end(self, j: int, s1: int) -> int | None:
        r = self.r
        t = r.tok(j)
        if t is None:
            return None
        if t.word and t.text.endswith("ـ") and t.norm in ("ل",):
            j += 1
            t = r.tok(j)
            if t is None:
                return None
        if t.word and (t.prep == "ل" or t.bare.startswith("لل")):
            # the ل of وفقاً لـ: read the phrase from this token as if the ل were not there
            if not (r.speaker_noun(j) or r.outlet_at(j, s1) > j or r.actor_at(j, s1) or r.entity_at(j)):
                return None
            e = r.walk(j + 1, s1) if j + 1 < s1 else j + 1
            return max(e, j + 1)
        if not r.speaker_like(j):
            return None
        if any(k.startswith("وصف") or k.startswith("تعبير") for k in r.keys(j)):
            return None
        e = r.walk(j, s1)
        if e <= j:
            return None
        t = self.toks[j]
        lexical = (not t.word and r.short_quote_end(j) is not None) or r.speaker_noun(j) is not None \
            or r.actor_at(j, s1) is not None or r.outlet_at(j, s1) > j or r.entity_at(j) is not None \
            or r.known_name(j) or r.given_name(j) is not None
        if not lexical:
            # an unknown word is a source only on its own before a comma or فـ (وحسب أسوشيتد، …)
            nxt = r.tok(e)
            if not (e == j + 1 and (nxt is None or nxt.text in COMMAS or nxt.text in TERMINALS or nxt.norm.startswith("ف"))):
                return None
        return e

    # --- parsing one frame ----------------------------------------------------------------------------------
    def parse(self, f: Frame, s0: int, s1: int) -> None:
        if f.kind == "attr":
            return
        if f.kind == "relay" and f.how == "attr":  # نقلاً عن Y used on its own
            self.content_after(f, f.speaker[1], s1)
            return
        if f.kind in ("part", "masdar"):
            f.how = "cont"
            t = self.r.tok(f.b)
            if f.form.prep and t is not None and t.word and t.bare == f.form.prep:
                f.cue_span = (f.a, f.b + 1)  # مشيراً إلى
            j = self.zone(f, f.b, s1)
            self.content_at(f, j, s1)
            return
        if f.kind == "noun":
            self.parse_noun(f, s1)
            return
        self.parse_verb(f, s0, s1)

    def parse_noun(self, f: Frame, s1: int) -> None:
        r = self.r
        j = f.b
        if not r.speaker_like(j):
            return
        e = r.walk(j, s1, strict=True)
        if e <= j or not r.is_comp(e):
            return
        f.speaker, f.how = (j, e), "gen"
        self.content_at(f, e, s1)

    def parse_verb(self, f: Frame, s0: int, s1: int) -> None:
        r = self.r
        j = f.b
        strict = bool(f.form.obj & {"n", "b"}) or f.kind == "relay"
        prep_direct = f.form.prep is not None and r.tok(j) is not None and r.tok(j).word and r.tok(j).bare == f.form.prep
        if prep_direct:
            f.merged_cue = f.cue_span = (f.a, j + 1)
        else:
            j = self.zone(f, j, s1, commas=False)
            if r.role(j, "demo") and not (r.speaker_noun(j + 1) and r.speaker_noun(j + 1).role == "head"):
                f.demo = (j, j + 1)
                j = self.zone(f, j + 1, s1, commas=False)
        post = None
        if not prep_direct and r.starts_phrase(j):
            r.stops = set(f.form.preps)
            if "ل" in r.stops and self.separate_prep_ahead(f, j - 1):
                r.stops.discard("ل")  # the cue's own إلى comes later: a ل-genitive belongs to the subject
            r.bstop = "b" in f.form.obj or f.form.prep == "ب"
            e = r.walk(j, s1, strict=strict)
            r.stops, r.bstop = set(), True
            if e > j:
                post = (j, e)
        post_ok = post is not None and self.post_subject(f, post, s1, strict)
        if post_ok and strict and not f.objpron and f.kind != "relay":
            # when the whole stretch up to a complementiser reads as one phrase, it is the subject (أعلن الجهاز
            # المركزي للتعبئة العامة والإحصاء في مصر، الأربعاء، أن …؛ أكد وزير التجهيز والإسكان محمد … أنه)
            e = r.walk(post[0], s1)
            takes_b = "b" in f.form.obj or f.form.prep == "ب"
            if e > post[1] and not (takes_b and any(self.toks[m].prep == "ب" and self.toks[m].bare != "باسم"
                                                    for m in range(post[1], e))):
                z = self.zone(Frame(f.a, f.b, f.form, f.sent), e, s1)
                if takes_b and f.form.prep is None and r.is_comp(z) and self.toks[z].bare.startswith("ب"):
                    pass  # وصفت الوزارة الهجوم بأنه …: the phrase before بأن is the object
                elif r.is_comp(z) or (r.tok(z) is not None and r.tok(z).text == ":"):
                    post = (post[0], e)
        after_rel = r.role(f.a - 1, "rel") and not f.resump
        if post_ok and f.objpron:
            f.speaker, f.how = post, "post"  # an object pronoun on the verb: the phrase after it is the subject
        elif after_rel and not f.objpron:
            rel = self.relative_antecedent(f, s0)
            if rel is None:
                return  # "التي يُزعم أنها": no subject to be found
            f.speaker, f.how = rel, "rel"
        else:
            pre = self.preverbal(f, s0) if not f.attr_verb else None  # وفق ما أفاد X: the subject follows
            asyn = self.asyndetic(f, s0)
            doc = self.document_issuer(f, s0) if f.resump else None
            if pre is None and post_ok and not r.speaker_like(post[0], lexical=True):
                pre = self.preverbal(f, s0, lexical=False)  # لكن ترامب يعتبر الاتفاق …: a bare name before the verb
                if pre is not None and not (pre[1] - pre[0] <= 3 and r.name_run(pre[0]) == pre[1] - pre[0]):
                    pre = None
            if asyn:
                f.speaker, f.how = asyn, "rel"
            elif pre and not (post_ok and (not strict or self.post_then_words(f, post, s1))
                              and r.speaker_like(post[0], lexical=True)):
                f.speaker, f.how = pre, "pre"
            elif post_ok and not doc:
                f.speaker, f.how = post, "post"
            elif doc:
                f.speaker, f.how = doc, "doc"
            if f.speaker is None and r.role(f.a - 1, "subjpron"):
                f.how, f.subjpron = "pron", True  # ولكنه نفى: the pronoun on لكن is the subject
        if f.speaker is not None and f.how in ("post", "pre"):
            self.learn_name(*f.speaker)
        head = r.speaker_noun(f.speaker[0]) if f.speaker is not None else None
        if f.form.needs == "person" and (f.speaker is None or r.describe(*f.speaker).type != "person") or \
                f.form.needs == "report" and (head is None or head.type not in ("anonymous", "document")):
            f.speaker, f.dropped = None, True  # هاجم/تحدث in their other senses: no report at all
            return
        k = f.speaker[1] if f.how == "post" else j
        if prep_direct:
            k = j
        if f.kind == "relay":
            k = self.relay_source(f, k, s1)
            if k is None:
                return
        nxt = r.tok(f.b)
        own = nxt is not None and nxt.word and f.kind == "verb" and any(
            nxt.bare.startswith(p) and nxt.bare[len(p):] in ("ه", "ها", "هم", "هما") for p in f.form.preps)
        if not f.attr_verb and (r.role(f.a - 1, "rel") and f.objpron or own):
            return  # الإجراءات التي أعلنتها ماي، المشروع الذي أعلنت عنه السعودية: what is announced is the antecedent
        k = self.zone(f, k, s1)
        if f.how != "post" and not f.objpron and "b" in f.form.obj and f.form.prep is None and k < s1 \
                and self.toks[k].word and self.toks[k].prep == "ب" and not r.is_comp(k):
            f.dropped = True  # اتُّهم بالفساد، وُصف بأنه: a ب-phrase with no object before it is a passive
            return
        self.content_at(f, k, s1, allow_np=not (f.attr_verb or f.demo))
        object_b = "b" in f.form.obj and f.form.prep is None and not f.objpron and f.ctype == "clause" \
            and k < s1 and self.toks[k].word and self.toks[k].start < f.cstart and not r.is_comp(k) \
            and self.toks[k].prep != "ب" and not (f.attr_verb or f.demo)
        if object_b and r.role(k, "rel"):
            m = next((m for m in range(k, self.v.tok_at(f.cstart)) if self.toks[m].text in COMMAS), None)
            k = self.zone(f, m, s1) if m is not None else k  # وصفت الحكومة، التي …، المساهمة بأنها
        if object_b:
            f.cstart, f.ctype = self.toks[k].start, "np"  # ووصفت الوزارة الهجوم بأنه …: the object comes first
        elif f.how == "post" and strict and f.ctype in ("clause", "colon", "quote") and f.kind == "verb":
            # the words are a clause, so everything up to it belongs to the subject (أحمد الوكيل رئيس الاتحاد)
            e = r.walk(f.speaker[0], s1)
            if f.speaker[1] < e and self.toks[e - 1].end <= f.cstart and (
                    f.recipient is None or e <= f.recipient[0]):
                f.speaker = (f.speaker[0], e)
        if f.cstart is None and f.demo and "n" in f.form.obj:
            f.cstart, f.ctype = self.toks[f.demo[0]].start, "np"
        if self.refers_back(f, s0) and not (f.objpron and f.how == "post"):
            f.dropped = True  # "، وهو ما يشير إلى أن": the writer's own gloss, no speaker
            return
        if f.objpron and f.how == "post" and self.refers_back(f, s0):
            f.ref_prev, f.ctype = True, "ref"  # "…، وهو ما تنفيه X": X denies the clause before
            f.cstart = self.toks[s0].start
            return
        if f.ctype == "np" and f.objpron and not (self.toks[self.v.tok_at(f.cstart)].prep == "ب"):
            f.cstart = f.ctype = None  # وهو اتهام ينفيه فلان …: what is denied is the pronoun's antecedent
        if f.ctype == "np" and f.how in ("elided", "pron") and f.kind == "verb" and not (
                prep_direct or f.objpron or f.subjpron or f.form.needs == "active"
                or (self.has_conj(f) and self.object_then_b(f, s1))):
            # a bare verb with a noun object and no subject is most often a passive (اتُّهم …); a verb whose
            # passive is spelt otherwise (دعا/دُعي) or a pronoun subject (لكنه نفى) is active
            f.cstart = f.ctype = None

    def refers_back(self, f: Frame, s0: int) -> bool:
        """Is the cue's object pronoun "ما" of "، وهو ما …" (the clause before the comma)?"""
        k = f.a - 1
        return k - 2 >= s0 and self.toks[k].word and self.toks[k].bare == "ما" and self.r.role(k - 1, "antref") \
            and self.toks[k - 2].text in COMMAS

    def object_then_b(self, f: Frame, s1: int) -> bool:
        """Content that is an object and then a ب-phrase or a complementiser (ووصفت الهجوم بأنه …)."""
        k = self.v.tok_at(f.cstart)
        t = self.toks[k]
        if not t.word or t.prep == "ب":
            return False
        e = self.r.walk(k, s1, strict=True)
        n = self.r.tok(e)
        return e > k and n is not None and n.word and (n.prep == "ب" or self.r.is_comp(e) or n.bare in f.form.preps
                                                        or self.attached_prep(f, e))

    def post_subject(self, f: Frame, post: tuple[int, int], s1: int, strict: bool) -> bool:
        """Is the phrase right after the verb its subject (VS order) rather than its object?"""
        r = self.r
        b = self.toks[post[0]].bare
        if f.form.gender == "f" and f.form.number == "s" and len(b) >= 6 and b.endswith(("ون", "ين")) \
                and r.name_in(*post) is None:
            return False  # ودعت السائقين …: a masculine sound plural is never the subject of a feminine verb
        sn = r.speaker_noun(post[0])
        if f.form.gender == "m" and f.form.number == "s" and sn is not None and sn.gender == "f" and sn.number == "s" \
                and post[0] == f.b and r.name_in(*post) is None:
            return False  # وطالب الحكومةَ بالاستقالة: a feminine noun right after a masculine verb is its object
        if not strict or f.objpron:
            return True  # with an object pronoun on the verb (ينفيه حسن) the phrase after it is the subject
        k = self.zone(Frame(f.a, f.b, f.form, f.sent), post[1], s1)
        t = r.tok(k)
        if f.form.obj == {"n", "b"} and t is not None and t.word and t.prep == "ب" and k == post[1]:
            return False  # اتهم الشركة بـ… / وصفت الهجوم بأنه: the phrase is the object, the subject is elided
        if r.speaker_like(post[0], lexical=True):
            return True
        e = self.attribution_end(f, k, s1) if t is not None else None
        if e is not None:  # وشدد فلان، حسبما نقلت عنه صحيفة …، على …
            k = self.zone(Frame(f.a, f.b, f.form, f.sent), e, s1)
            t = r.tok(k)
            if t is not None and t.word and t.bare in f.form.preps and r.name_run(post[0]) >= 1:
                return True
        if t is None or k >= s1:
            return False
        if "b" in f.form.obj and t.word and t.prep != "ب" and self.b_phrase_ahead(k, s1) and (
                r.speaker_like(post[0]) if "c" not in f.form.obj else self.definite_phrase(post)):
            # ووصف سامر التحقيق بأنه …، طالبت أسرة الضحية السلطاتِ بـ…: subject, then the object, then the ب-phrase
            return True
        if "c" not in f.form.obj:
            # VSO: a definite subject followed directly by the object
            return self.toks[post[0]].art and t.word and post[1] == k and not r.stop_word(k, cues=False) \
                and not t.conj and t.norm[:1] != "و"
        if r.is_comp(k) or t.text == ":" or self.v.is_open_quote(k):
            return True  # the words follow: the phrase was the speaker
        e, forms, _ = r.cue_at(k, s1)
        if forms and forms[0].kind in ("masdar", "part"):
            return True
        # a complementiser a little further on, with only modifiers of the subject, a recipient or an adjunct
        # before it (مؤيدو الاتفاق حول الملف أنه …، أحمد الوكيل رئيس الاتحاد لـ«…» أنه …)
        self.comp_ahead = False
        for m in range(k, min(s1, k + 12)):
            if r.is_comp(m):
                self.comp_ahead = True
                return True
            tm = self.toks[m]
            if (tm.word and self.verb_cue(m)) or (tm.text in COMMAS and m > k + 3 and not self.r.is_comp(m + 1)):
                break
        # VSO: a definite subject followed directly by the object (or by the cue's preposition: وتشير البيانات إلى)
        return self.toks[post[0]].art and t.word and post[1] == k and (
            not r.stop_word(k, cues=False) or t.bare in f.form.preps and f.form.stance not in ("call", "warn")) \
            and not t.conj and t.norm[:1] != "و"  # (دعا الشعبَ إلى، حذر المواطنين من: there the phrase is the object)

    def post_then_words(self, f: Frame, post: tuple[int, int], s1: int) -> bool:
        """A speaker noun right after the verb with the words right after it (… أفادت تقارير صحفية بأن …): the
        subject follows the verb, whatever stands before it (a headline run into the text)."""
        sn = self.r.speaker_noun(post[0])
        if sn is None or sn.role == "title" or self.toks[post[0]].art:
            return False
        z = self.zone(Frame(f.a, f.b, f.form, f.sent), post[1], s1)
        return self.r.is_comp(z) or (self.r.tok(z) is not None and self.r.tok(z).text == ":")

    def definite_phrase(self, post: tuple[int, int]) -> bool:
        """A definite phrase: with the article, or a noun in construct with a definite genitive (أسرة الضحية)."""
        a, b = post
        return self.toks[a].art or (b - a >= 2 and self.toks[a].prep is None and self.toks[a + 1].art
                                    and self.toks[a + 1].prep is None)

    def b_phrase_ahead(self, k: int, s1: int) -> bool:
        """Is there a ب-phrase a few words after ``k``, before any cue or clause boundary (the object of a
        verb such as وصف/اتهم stands between)?"""
        for m in range(k + 1, min(s1, k + 10)):
            t = self.toks[m]
            if not t.word:
                if t.text in COMMAS or t.text in QUOTE_CHARS:
                    continue
                return False
            if t.prep == "ب" and t.bare != "باسم" or self.r.is_comp(m) and t.bare.startswith("ب"):
                return True
            if self.r.is_comp(m) or self.verb_cue(m) or self.r.role(m, "rel"):
                return False
        return False

    def relay_source(self, f: Frame, k: int, s1: int) -> int | None:
        """نقلت X عن Y: the speaker becomes Y, X the relay. ``k`` is where X ends (or the verb, when X came
        before it); an acronym or an apposition may stand between X and عن."""
        r = self.r
        for m in range(k, min(s1, k + 6)):
            t = self.toks[m]
            src = None
            if t.word and t.bare in (f.form.preps or {"عن"}) and r.starts_phrase(m + 1):
                src = m + 1
            elif t.word and "ل" in f.form.preps and t.prep == "ل" and not r.role(m, "pron") and not (
                    m == k and t.bare.startswith("لل")) and (
                    r.speaker_noun(m) is not None or r.outlet_at(m, s1) > m or r.actor_at(m, s1) is not None):
                src = m  # نسبت الوكالة لمصادر أمنية القول إن …: the source carries the ل
            if t.word and m == k and t.bare.startswith("لل") and f.speaker is not None and f.speaker[1] == m \
                    and src is None:
                f.speaker = (f.speaker[0], m + 1)  # وكالة رويترز للأنباء: the ل-genitive belongs to the relay
                k += 1
                continue
            if src is not None:
                if f.how == "post" and f.speaker is not None and not r.speaker_like(f.speaker[0], lexical=True):
                    return None  # نقلت مخاوفَ المدافعين عن …: an object, not a relay
                e = r.walk(src, s1, strict=src == m, force=src == m)
                if e <= src:
                    return None
                f.relay = f.speaker if f.speaker else None
                f.speaker, f.how = (src, e), "relay"
                return e
            if r.is_comp(m) or (t.word and self.verb_cue(m)) or t.text in TERMINALS:
                return None
        return None

    def zone(self, f: Frame, k: int, s1: int, commas: bool = True) -> int:
        """Skip what may stand between a cue (or its speaker) and the content: commas, time words, adverbs,
        resumptive pronouns, a recipient, and adjunct phrases such as في بيان، عبر حسابه، خلال مؤتمر."""
        r = self.r
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
            e = max(r.phrase(k, "time", s1), r.phrase(k, "adverb", s1))
            if e > k:
                k = e
                while k < s1 and (r.role(k, "timemod") or r.role(k, "time")):
                    k += 1
                continue
            if r.role(k, "resump"):
                f.resump = True
                k += 1
                continue
            if f.recipient is None and r.is_recipient_start(k, orgs=True):
                e = self.recipient_end(k, s1)
                f.recipient = (k, e)
                k = e
                continue
            if t.bare in ("في", "عبر", "خلال", "لدي", "علي", "امام", "من") and self.is_event(k + 1):
                k = self.skip_genitive(k + 1, k + 2, s1)  # على هامش لقاء رئيس الحكومة …
                k = self.skip_adjunct(k, s1)
                e = self.relayed_by(k, s1)
                if e is not None:  # في بيان أوردته وكالة الأنباء: the agency relayed the words
                    if f.relay is None and f.kind != "relay":
                        f.relay = (k + 1, e)
                    k = e
                continue
            break
        return k

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
        if k >= s1 or t is None or not t.word or e.art or e.text.endswith(("ه", "ها", "هم")):
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
        t = self.r.tok(k)
        if t is None or not t.word:
            return False
        return self.r.role(k, "event") or any(x in MEDIUM_WORDS for x in self.r.stripped(k))

    def skip_adjunct(self, k: int, s1: int) -> int:
        r = self.r
        while k < s1:
            t = self.toks[k]
            if not t.word:
                qe = r.short_quote_end(k)
                if qe is not None:
                    k = qe
                    continue
                break
            if r.is_adj(k) or r.role(k, "pron") or r.role(k, "timemod") or t.bare in ("له", "لها", "لهم", "صحفي", "صحافي", "متلفزه", "مشترك", "مشتركه"):
                k += 1
                continue
            e = max(r.phrase(k, "time", s1), r.phrase(k, "adverb", s1))
            if e > k:
                k = e
                continue
            if t.bare in ("في", "علي", "عبر") and self.is_event(k + 1):
                k = self.skip_genitive(k + 1, k + 2, s1)
                continue
            if t.bare == "مع" and r.starts_phrase(k + 1):
                k = max(k + 2, r.walk(k + 1, s1, strict=True))  # خلال لقاء مع رئيس الحكومة
                continue
            if r.phrase(k + 1, "time", s1) > k + 1 and not r.is_cue(k) and not r.is_comp(k):
                k += 1  # a verb of the adjunct (مؤتمر عقده مساء الثلاثاء)
                continue
            break
        return k

    def recipient_end(self, k: int, s1: int) -> int:
        r = self.r
        t = self.toks[k]
        if r.role(k, "pron"):
            return k + 1
        j = k
        if t.text.endswith("ـ") and t.norm in ("ل", "ول"):
            j += 1
            qe = r.short_quote_end(j, 6)
            if qe is not None:
                return qe
            return max(r.walk(j, s1), j + 1)
        sn = r.speaker_noun(k)
        if sn is not None and (sn.role == "title" and sn.type == "person" or sn.type == "outlet"):
            # لوكيل وزير الخارجية أحمد يلدز، لصحيفة الوطن، لصحيفة «واشنطن بوست» الأميركية
            return max(r.walk(k, s1, strict=True, force=True), k + 1)
        e = r.outlet_at(k, s1)
        j = max(e, k + 1)
        while j < s1:
            if not self.toks[j].word:
                qe = r.short_quote_end(j, 6)
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

    def content_at(self, f: Frame, k: int, s1: int, allow_np: bool = True) -> None:
        """Find where the content starts at or after token ``k``."""
        r = self.r
        for _ in range(3):
            t = r.tok(k)
            if t is None or k >= s1:
                return
            e = self.attribution_end(f, k, s1)
            if e is not None:  # وشدد X، حسبما نقلت عنه صحيفة …، على …: the words come after the attribution
                k = self.zone(f, e, s1)
                t = r.tok(k)
                if t is None or k >= s1:
                    return
            if r.is_comp(k):
                plen = r.comp_prefix_len(k)
                if plen >= len(t.text):
                    if k + 1 >= s1:
                        return
                    f.cstart = self.toks[k + 1].start
                else:
                    f.cstart = t.start + plen
                f.ctype = "clause"
                return
            if r.role(k, "firstperson") and "c" in f.form.obj and f.kind in ("verb", "part"):
                f.cstart, f.ctype = t.start, "colon"  # وقالت نحن نقدر …: the words without a colon
                return
            if t.text == ":":
                if k + 1 >= s1:
                    return
                if r.is_comp(k + 1):  # قال: إن …
                    self.content_at(f, k + 1, s1, allow_np)
                    return
                f.cstart, f.ctype = self.toks[k + 1].start, "colon"
                return
            if self.v.is_open_quote(k):
                q = self.v.quote_opening(k)
                after_colon = k > 0 and self.toks[k - 1].text == ":"
                if r.short_quote_end(k) is None or after_colon or (
                        r.short_quote_end(k, 2) is None and not (f.form.obj & {"n", "b"})) or f.kind in ("part", "masdar"):
                    f.cstart, f.ctype = q.start, "quote"  # a quotation of a name (two words) is not the words said
                    return
            e, forms, _ = r.cue_at(k, s1)
            if forms and forms[0].kind in ("masdar", "part") and forms[0].lemma in SPEECH_MASDAR + (f.form.lemma,):
                f.merged_cue = (f.merged_cue or (f.a, f.b))[:1] + (e,)
                f.consumed = max(f.consumed, e)
                k = self.zone(f, e, s1)
                continue
            att = self.relay_phrase(k, s1)
            if att is not None:
                src, k = att
                f.consumed = max(f.consumed, k)
                f.relay_self = True
                f.relay = f.speaker
                f.speaker, f.how = src, "relay"
                k = self.zone(f, k, s1)
                continue
            break
        if f.form.preps and t.word and t.bare in f.form.preps and k + 1 < s1:
            if r.is_comp(k + 1):
                self.content_at(f, k + 1, s1)
                return
            if f.form.obj & {"n"} and allow_np:
                f.cstart, f.ctype = self.toks[k + 1].start, "np"
                return
        if self.attached_prep(f, k) and f.form.obj & {"n"} and allow_np:
            f.cstart, f.ctype = t.start, "np"  # دعت الهيئة لتوخي الحذر: the ل of the cue is on the word
            return
        if t.word and (t.bare in ADJUNCT_PREPS or t.prep == "ب" and "b" not in f.form.obj and "ب" not in f.form.preps):
            # a time or place adjunct before the complementiser (أكد في منتصف الشهر أن …، أشار بالقرب من … إلى أن)
            # (commas may stand around the adjunct: أكد، على هامش ملتقى عُقد في العاصمة، أن …)
            for m in range(k + 1, min(s1, k + 20)):
                tm = self.toks[m]
                if r.is_comp(m):
                    self.content_at(f, m, s1, allow_np)
                    return
                if tm.word and tm.bare in f.form.preps and "n" in f.form.obj and allow_np and m + 1 < s1 \
                        and self.toks[m + 1].word:
                    self.content_at(f, m, s1, allow_np)  # أكد في كلمته أمام البرلمان على ضرورة …
                    return
                if (tm.text in COMMAS and m >= k + 10) or tm.text in TERMINALS or (tm.word and self.verb_cue(m)) \
                        or self.v.is_open_quote(m):
                    break
        if "b" in f.form.obj and t.word and t.prep == "ب" and allow_np:
            f.cstart, f.ctype = t.start, "np"
            return
        if allow_np and ("n" in f.form.obj and t.word and not self.verb_cue(k) and not r.stop_word(k, cues=False) or (
                "n" in f.form.obj and self.v.is_open_quote(k))):
            f.cstart, f.ctype = t.start, "np"
            return
        if f.kind in ("verb", "relay"):
            # a longer stretch before the content (a relative clause on the speaker, an apposition)
            skip_to = k
            for j in range(k, min(s1, k + 20)):
                tj = self.toks[j]
                if j < skip_to:
                    continue
                if tj.text in TERMINALS:
                    return
                if self.v.is_open_quote(j) and j > 0 and r.role(j - 1, "naming"):
                    q = self.v.quote_opening(j)  # تحت عنوان «…»: a title, not the words said
                    skip_to = self.v.tok_at(q.end - 1) + 1 if q.closed else s1
                    continue
                if r.is_comp(j) or tj.text == ":" or (self.v.is_open_quote(j) and (
                        r.short_quote_end(j) is None or self.ends_sentence(r.short_quote_end(j), s1) and not f.attr_verb
                        and f.kind == "verb" and r.short_quote_end(j, 2) is None)):
                    if self.v.is_open_quote(j) and r.short_quote_end(j) is not None:
                        f.cstart, f.ctype = self.v.quote_opening(j).start, "quote"  # a short quotation ends it
                        return
                    self.content_at(f, j, s1)
                    return
                if tj.word:
                    e, forms, _ = r.cue_at(j, s1)
                    if forms and f.speaker is not None and j > f.speaker[0] and (
                            r.role(j - 1, "neg") or any(r.role(m, "rel") for m in range(f.speaker[1], j))):
                        # قال المسؤول الذي رفض الكشف عن اسمه إن …؛ وأضاف المسؤول، الذي طلب عدم ذكر اسمه، أن …:
                        # a verb (or negated masdar) of a clause on the speaker, not the words said
                        continue
                    if forms:
                        if forms[0].kind in ("masdar", "part") and forms[0].lemma in SPEECH_MASDAR:
                            self.content_at(f, j, s1)
                        return

    def attribution_end(self, f: Frame, k: int, s1: int) -> int | None:
        """End of a prepositional attribution (حسبما نقلت عنه صحيفة …، وفق X) that opens at token ``k``
        between a cue and its words, or None."""
        for g in self.sentence_frames:
            if g is f or not (g.kind == "attr" or g.attr_verb) or (g.merged_cue or (g.a, g.b))[0] != k:
                continue
            if g.speaker is not None:
                return g.speaker[1]
            e = g.b
            while e < s1 and self.r.role(e, "resump"):
                e += 1
            end = self.r.walk(e, s1, strict=True)
            return end if end > e else None
        return None

    def attached_prep(self, f: Frame, k: int) -> bool:
        """Does token ``k`` carry the cue's preposition ل as a clitic (دعا لوقف …، دعت للتهدئة)?"""
        t = self.r.tok(k)
        return "ل" in f.form.preps and t is not None and t.word and t.kind == "word" and t.prep == "ل" \
            and not self.r.role(k, "pron") and not self.r.is_recipient_start(k, orgs=True) \
            and not self.separate_prep_ahead(f, k)

    def separate_prep_ahead(self, f: Frame, k: int, reach: int = 15) -> bool:
        """Does one of the cue's prepositions follow as a word of its own in the same sentence (دعا المتحدث
        باسم المفوضية لشؤون اللاجئين المانحين إلى …)? Then a ل-word before it is a genitive, not the cue's ل."""
        for m in range(k + 1, min(len(self.toks), k + 1 + reach)):
            t = self.toks[m]
            if not t.word and t.text in TERMINALS:
                return False
            if t.word and t.bare in f.form.preps and t.bare != "ل":
                return True
        return False

    def ends_sentence(self, k: int, s1: int) -> bool:
        """Does the sentence end at token ``k`` (only closing punctuation left)?"""
        while k < s1 and not self.toks[k].word and self.toks[k].text not in COMMAS:
            if self.toks[k].text in TERMINALS:
                return True
            k += 1
        return k >= s1

    def verb_cue(self, k: int) -> bool:
        forms = self.r.cue_at(k, len(self.toks))[1]
        return bool(forms) and forms[0].kind != "noun"

    def content_after(self, f: Frame, k: int, s1: int) -> None:
        k = self.zone(f, k, s1)
        self.content_at(f, k, s1)

    def relay_phrase(self, k: int, s1: int):
        r = self.r
        for att in self.lex.attributions:
            if att.kind != "relay":
                continue
            n = len(att.words)
            seq = self.toks[k:k + n]
            if len(seq) == n and all(t.word for t in seq) and any(x == att.words[0] for x in r.keys(k)) and \
                    all(t.norm == w for t, w in zip(seq[1:], att.words[1:])):
                e = self.source_end(k + n, s1)
                if e is not None:
                    return (k + n, e), e
        return None

    def preverbal(self, f: Frame, s0: int, lexical: bool = True) -> tuple[int, int] | None:
        r = self.r
        cs0 = self.clause_start(f.a, s0)
        if cs0 == f.a and cs0 - 1 >= s0 and r.is_comp(cs0 - 1):
            t = self.toks[cs0 - 1]
            if r.comp_prefix_len(cs0 - 1) < len(t.text):
                f.how = "pron"
                return None
        cs = self.skip_openers(cs0, f.a)
        end = f.a
        while end > cs and self.toks[end - 1].word and self.toks[end - 1].bare == "قد":
            end -= 1
        if end <= cs:
            # X، apposition، قد قال … : the subject runs over the commas
            if cs0 - 1 > s0 and self.toks[cs0 - 1].text in COMMAS:
                c2 = self.clause_start(cs0 - 1, s0)
                while c2 > s0 and self.toks[c2 - 1].text in COMMAS and c2 - 1 > s0:
                    c3 = self.clause_start(c2 - 1, s0)
                    if c3 >= c2 - 1:
                        break
                    c2 = c3
                c2 = self.skip_openers(c2, cs0 - 1)
                inner = any(self.toks[m].text in COMMAS for m in range(c2, cs0 - 1))
                if inner and c2 < cs0 - 1 and r.speaker_like(c2, lexical=True) \
                        and r.walk(c2, cs0 - 1, strict=True) >= cs0 - 1:
                    return (c2, cs0 - 1)
            # أما X، فقد قال …
            if cs0 - 1 > s0 and self.toks[cs0 - 1].text in COMMAS:
                c2 = self.clause_start(cs0 - 1, s0)
                c2 = self.skip_openers(c2, cs0 - 1) if not r.role(c2, "disc") or self.toks[c2].bare not in ("اما", "واما") else c2
                if self.toks[c2].word and any(k in ("اما", "واما") for k in r.keys(c2)):
                    if r.speaker_like(c2 + 1):
                        return (c2 + 1, cs0 - 1)
            return None
        if r.role(cs, "demo") or not r.speaker_like(cs, lexical=lexical):
            return None
        e = r.walk(cs, end, strict=True)
        # what follows the subject before the verb may only be a relative clause (التحالف الذي تقوده أميركا
        # نفى) or more coordinated names (حركتا حماس والجهاد)
        m = e
        while m < end and self.toks[m].word and self.toks[m].conj and not r.is_cue(m) and (
                r.is_name_token(m) or r.actor_at(m) or r.speaker_noun(m) or r.is_adj(m) or self.toks[m].art):
            m += 1
            while m < end and r.is_adj(m):
                m += 1
        if m < end and not r.role(m, "rel"):
            return None
        return (cs, end)

    def asyndetic(self, f: Frame, s0: int) -> tuple[int, int] | None:
        """An indefinite speaker noun right before the verb heads an asyndetic relative (تقرير زعم …)."""
        p = f.a - 1
        if p < s0 or self.toks[f.a].conj or self.toks[f.a].norm[:1] in ("و", "ف") and f.form.form[0] != self.toks[f.a].norm:
            return None
        sn = self.r.speaker_noun(p)
        if f.resump:
            return None  # تقريراً زعمت فيه: the noun is what the words are in, not who says them
        if sn and sn.type in ("document", "anonymous") and sn.role == "head" and not self.toks[p].art \
                and self.toks[p].prep is None:
            return (p, p + 1)
        return None

    def relative_antecedent(self, f: Frame, s0: int) -> tuple[int, int] | None:
        """The antecedent of الذي/التي right before the verb (موسكو، التي تنفي …)."""
        r = self.r
        p = f.a - 1
        if p < s0 or not r.role(p, "rel"):
            return None
        e = p
        if e - 1 >= s0 and self.toks[e - 1].text in COMMAS:
            e -= 1
        for a in range(max(s0, e - 6), e):
            sn = r.speaker_noun(a)
            if sn is not None and sn.role == "quant" and not r.speaker_like(a + 1, lexical=True):
                continue  # أحد الأسباب التي دعت …: a quantifier over a noun that does not speak
            lexical = self.toks[a].word and (sn or r.actor_at(a, e) or r.outlet_at(a, e) > a
                                             or r.entity_at(a) or r.known_name(a))
            if lexical and r.walk(a, e) == e:
                return (a, e)
        return None

    def document_issuer(self, f: Frame, s0: int) -> tuple[int, int] | None:
        r = self.r
        for d in range(f.a - 1, max(s0 - 1, f.a - 7), -1):
            if not self.toks[d].word:
                continue
            sn = r.speaker_noun(d)
            if (sn and sn.type == "document") or r.role(d, "event"):
                before = [(a, b, subj) for (a, b, subj) in self.mentions if b <= d and self.toks[a].para == self.toks[d].para]
                for (a, b, subj) in reversed(before):
                    if subj and self.toks[a].sent == self.toks[d].sent:
                        return (a, b)  # أصدرت نقابة الصحفيين بياناً تدعو فيه …
                return (before[-1][0], before[-1][1]) if before else None
        return None

    # --- merging and attributions ---------------------------------------------------------------------------
    def merge(self, frames: list[Frame]) -> list[Frame]:
        """Drop participles and masdars that a verb already took as its way of introducing the words, and verbs
        of a relative clause on a speaker (قال المسؤول الذي رفض الكشف عن اسمه إن …)."""
        self.merge_speech_masdar(frames)
        for g in frames:
            if g.how == "rel" and self.r.role(g.a - 1, "rel") and any(
                    f is not g and f.b <= g.a and f.cstart is not None and self.toks[g.a].start < f.cstart
                    for f in frames):
                g.dropped = True
        for f in frames:
            end = max(f.merged_cue[1] if f.merged_cue else 0, f.consumed)
            for g in frames:
                if g is not f and f.a < g.a < end and g.kind in ("part", "masdar", "attr", "relay"):
                    g.dropped = True
        return [f for f in frames if not f.dropped]

    def merge_speech_masdar(self, frames: list[Frame]) -> None:
        """وأكد فلان، طبيب …، بقوله «…»؛ وعلق فلان بالقول «…»: the masdar of قال only introduces the words of
        the verb before it in the same sentence; that verb takes those words and the masdar is no claim."""
        for i, g in enumerate(frames):
            if g.dropped or g.kind not in ("masdar", "part") or g.form.lemma not in SPEECH_MASDAR \
                    or g.cstart is None or i == 0:
                continue
            f = frames[i - 1]
            if f.dropped or f.kind != "verb" or f.sent != g.sent or f.speaker is None:
                continue
            if f.cstart == g.cstart:
                g.dropped = True  # both read the same words: one claim, the verb's
                f.recipient = f.recipient or g.recipient  # بقوله لوكالة …
                continue
            if g.speaker not in (None, f.speaker) or g.ctype not in ("quote", "colon", "clause") \
                    or (f.cstart is not None and (f.ctype in ("quote", "colon")
                                                  or f.cstart >= self.toks[g.a].start)):
                continue
            f.cstart, f.ctype, f.cend = g.cstart, g.ctype, g.cend
            f.recipient = f.recipient or g.recipient
            f.consumed = max(f.consumed, g.b)
            g.dropped = True

    def attributions(self, frames: list[Frame], s0: int, s1: int) -> None:
        """Turn prepositional attributions into claims, or into the relay of a claim they scope over."""
        for f in frames:
            if f.kind == "attr" or (f.attr_verb and f.cstart is None) or (
                    f.kind == "relay" and f.how == "attr" and f.cstart is None):
                if f.attr_verb and f.speaker is None:
                    f.dropped = True
                    if f.attr == "trail":  # "…، حسبما قال في حوار": the speaker's own words end before it
                        scope = [g for g in frames if g is not f and not g.dropped and g.a < f.a
                                 and g.cstart is not None and g.kind != "attr"]
                        if scope and self.toks[scope[-1].a].sent == self.toks[f.a].sent:
                            scope[-1].cend = None
                            scope[-1].attr_cut = self.cut_before(f)
                    continue
                others = [g for g in frames if g is not f and not g.dropped and g.kind != "attr"
                          and not (g.attr_verb and g.cstart is None) and g.cstart is not None]
                if f.attr == "trail" and f.speaker is not None:
                    # "…، وبحسب موقع X فقد قال Y: …": the attribution opens the clause that follows it
                    k = f.speaker[1]
                    while k < s1 and (not self.toks[k].word or self.toks[k].bare == "قد" or self.r.role(k, "disc")):
                        k += 1
                    if any(g.a == k for g in others) or (k < s1 and self.toks[k].norm in ("فان", "فانه", "فانها", "فانهم")):
                        f.attr = "lead"  # "…، ولكن بحسب X فإن …": the attribution opens what follows
                if f.attr == "trail":
                    scope = [g for g in others if g.a < f.a]
                    if scope and scope[-1].cstart is not None and scope[-1].cstart > self.toks[f.a].start:
                        # the attribution stands between the cue and its words (وشدد X، حسبما نقلت عنه …، على)
                        scope[-1].via.append((self.source_span(*f.speaker), None))
                        f.dropped = True
                        continue
                    if scope:
                        g = scope[-1]
                        if f.kind == "relay" and f.how == "attr" and not f.attr_verb and g.relay is None \
                                and g.how != "relay" and g.kind in ("verb", "part"):
                            # "قالت الصحيفة إن …، نقلاً عن مصادر": the sources speak, the paper relays them
                            g.relay, g.relay_self = (g.speaker if g.how in ("pre", "post", "rel", "doc") else None), True
                            g.speaker, g.how = f.speaker, "relay"
                        else:
                            g.via.append((self.source_span(*f.speaker), None))
                        g.cend = None
                        g.attr_cut = self.cut_before(f)
                        f.dropped = True
                        continue
                    cs = self.skip_openers(s0, f.a)
                    end = self.cut_before(f)
                    if end <= self.toks[cs].start or not any(t.word for t in self.toks[cs:f.a]):
                        f.dropped = True
                        continue
                    f.cstart, f.ctype, f.cend = self.toks[cs].start, "clause", end
                else:
                    scope = [g for g in others if g.a > f.a]
                    if scope:
                        for g in scope[:1] if f.attr_verb or not self.is_leading(f.a) else scope:
                            g.via.insert(0, (self.source_span(*f.speaker), None))
                        f.dropped = True
                        continue
                    k = f.speaker[1]
                    while k < s1 and (not self.toks[k].word or self.toks[k].bare in ("قد",) or self.r.role(k, "disc")
                                      or (self.toks[k].text in COMMAS)):
                        k += 1
                    if k < s1 and self.toks[k].norm in ("فقد", "فان", "فانه", "فان"):
                        k += 1
                    if k < s1 and self.r.is_comp(k):  # وجاء في البيان أن …
                        self.content_at(f, k, s1)
                        continue
                    if k < s1 and self.toks[k].text == ":":
                        k += 1
                    if k >= s1:
                        f.dropped = True
                        continue
                    t = self.toks[k]
                    f.cstart = t.start + (1 if t.conj and t.norm.startswith("ف") else 0)
                    f.ctype = "clause"

    def cut_before(self, f: Frame) -> int:
        """Offset where the words before a trailing attribution end (before its comma)."""
        a = f.merged_cue[0] if f.merged_cue else f.a
        k = a - 1
        while k >= 0 and not self.toks[k].word and self.toks[k].text in COMMAS:
            k -= 1
        return self.toks[k].end if k >= 0 else self.toks[a].start

    def tok_span(self, a: int, b: int) -> tuple[int, int]:
        return self.toks[a].start, self.toks[b - 1].end

    # --- content ends and nesting -------------------------------------------------------------------------
    def close_contents(self, frames: list[Frame], s0: int, s1: int) -> None:
        r = self.r
        live = [f for f in frames if not f.dropped]
        send = self.sentence_end(s0, s1)
        for f in live:
            if f.cstart is None or f.ref_prev or f.cend is not None and not f.attr_cut:
                continue
            limit = min(send, f.attr_cut or send)
            cs = f.cstart
            for g in live:
                if g is f or g.a >= s1 or self.toks[g.a].start < cs or self.toks[g.a].start >= limit:
                    continue
                if g.parent is not None:
                    continue
                if self.is_boundary(f, g):
                    limit = self.cut_point(cs, g)
                    break
            # writer's glosses and concessive clauses after a comma end the reported words
            j = self.v.tok_at(cs)
            while j < s1 and self.toks[j].start < limit:
                t = self.toks[j]
                if t.text in COMMAS and not self.v.in_quote_since(j, cs):
                    if r.phrase(j + 1, "gloss", s1) > j + 1 or r.phrase(j + 1, "concess", s1) > j + 1:
                        limit = t.start
                        break
                    parenthetical = f.how == "rel" and r.role(f.a - 1, "rel") and f.a >= 2 and self.toks[f.a - 2].text in COMMAS
                    if f.ctype == "np" and (r.phrase(j + 1, "break", s1) > j + 1 or self.toks[self.v.tok_at(cs)].prep == "ب") \
                            or parenthetical:  # "طهران، التي تنفي أي تورط، ردت": the relative clause closes
                        limit = t.start
                        break
                j += 1
            end = self.trim(cs, limit)
            if f.ctype in ("quote", "colon"):
                q = self.v.quote_of(self.v.tok_at(cs) + 1) if self.text[cs] in QUOTE_CHARS else None
                if q is not None and q.start == cs and q.closed and q.end <= end + 1:
                    end = min(end, q.end)
            elif f.ctype == "clause":
                q = next((q for q in self.v.quotes if q.start == cs), None)
                if q is not None and q.closed and q.end < end and self.text[q.end - 2] in TERMINALS:
                    end = q.end  # «… .» closes the words before the sentence goes on
                for q in self.v.quotes:
                    if cs < q.end < end and q.closed and q.start >= cs and self.text[q.end:q.end + 1] in (".", "!", "?", "؟"):
                        end = q.end  # «…». — a full stop right after the quotation ends the words
                        break
                end = self.quote_cut(cs, end)
            if end <= cs:
                f.dropped = True
                continue
            f.cend = end
        for f in live:
            if f.ref_prev and not f.dropped:
                self.previous_clause(f, live, s0)
        # nesting: cues inside another claim's content that are not boundaries
        for g in live:
            if g.dropped:
                continue
            for f in live:
                if f is g or f.dropped or f.cstart is None or f.cend is None:
                    continue
                if f.cstart <= self.toks[g.a].start < f.cend:
                    first = self.v.tok_at(f.cstart)
                    while first < g.a and not self.toks[first].word:
                        first += 1
                    if first != g.a and self.nested_ok(g):
                        g.parent = f
                    else:
                        g.dropped = True
                    break

    def previous_clause(self, f: Frame, live: list[Frame], s0: int) -> None:
        """The words a "، وهو ما تنفيه X" claim is about: the content of the claim before it in the sentence, or
        the clause from the sentence start to the comma."""
        comma = f.a - 3
        prev = [g for g in live if g is not f and not g.dropped and g.a < comma and g.cstart is not None
                and g.cend is not None and g.cend <= self.toks[comma].end]
        if prev:
            f.cstart, f.cend = prev[-1].cstart, prev[-1].cend
            return
        cs = self.skip_openers(s0, comma)
        end = self.trim(self.toks[cs].start, self.toks[comma].start)
        if end <= self.toks[cs].start:
            f.dropped = True
            return
        f.cstart, f.cend = self.toks[cs].start, end

    def sentence_end(self, s0: int, s1: int) -> int:
        return self.toks[s1 - 1].end

    def is_boundary(self, f: Frame, g: Frame) -> bool:
        """Does cue ``g`` (after the start of ``f``'s content) end ``f``'s content rather than sit inside it?"""
        if self.v.in_quote_since(g.a, f.cstart):
            return False
        if g.kind in ("part", "attr") or g.attr_verb:
            return True
        if g.cstart is None:
            return False
        conj = self.has_conj(g)
        clause = g.ctype in ("clause", "colon", "quote")
        explicit = g.how in ("pre", "post", "gen", "relay")
        if f.ctype == "np" and g.kind in ("verb", "relay") and g.how == "elided" and conj:
            return True  # نفت السلطات إخفاءه وتقول إن …
        if conj and explicit and clause:
            return True  # "… وقال X: …" starts a new report even without a full stop before it
        if (clause or explicit) and self.comma_between(f, g):
            return True
        if g.how in ("elided", "cont") and conj and clause:
            return True
        # "وأعلنت أن …، ووصفت الهجوم بأنه …": a second verb of the same speaker after a comma
        return g.how == "elided" and conj and (g.form.gender, g.form.number) == (f.form.gender, f.form.number) \
            and self.comma_between(f, g)

    def comma_between(self, f: Frame, g: Frame) -> bool:
        """Is there a comma, outside quotations opened in ``f``'s content, between that content and cue ``g``?"""
        return any(self.toks[m].text in COMMAS and not self.v.in_quote_since(m, f.cstart)
                   for m in range(self.v.tok_at(f.cstart), g.a))

    def has_conj(self, g: Frame) -> bool:
        return g.conj

    def cut_point(self, cs: int, g: Frame) -> int:
        a = g.merged_cue[0] if g.merged_cue and g.merged_cue[0] < g.a else g.a
        last_comma = None
        for m in range(self.v.tok_at(cs), a):
            if self.toks[m].text in COMMAS and not self.v.in_quote_since(m, cs):
                last_comma = m
        if last_comma is not None:
            return self.toks[last_comma].start
        return self.toks[a].start

    def nested_ok(self, g: Frame) -> bool:
        if g.cstart is None or g.kind == "attr":
            return False
        if g.how not in ("pre", "post", "pron", "gen", "relay"):
            return False
        if g.ctype == "np" and g.form.stance != "deny":
            return False
        return True

    def trim(self, a: int, b: int) -> int:
        """Drop trailing spaces and punctuation, and closing quotation marks opened before ``a``."""
        text = self.text
        while b > a:
            ch = text[b - 1]
            if ch.isspace() or ch in ".،,:؛;-–—":
                b -= 1
            elif ch in QUOTE_CHARS and not any(q.start >= a and q.end == b for q in self.v.quotes):
                b -= 1
            else:
                break
        return b

    def quote_cut(self, cs: int, end: int) -> int:
        """End a clause content at its last long quotation when only a writer's tail follows it."""
        qs = [q for q in self.v.quotes if q.start >= cs and q.closed and q.end < end]
        if not qs:
            return end
        q = qs[-1]
        qwords = len([t for t in self.toks[q.first:q.last] if t.word])
        if qwords < 4:
            return end
        before = self.text[cs:q.end]
        inside = sum(p.end - p.start for p in self.v.quotes if p.start >= cs and p.end <= q.end)
        if inside < 0.5 * len(before.strip()):
            return end
        tail = self.text[q.end:end]
        if any(ch in QUOTE_CHARS for ch in tail):
            return end
        return q.end

    # --- resolution -----------------------------------------------------------------------------------------
    def resolve(self) -> None:
        r = self.r
        frames = sorted([f for f in self.frames if not f.dropped], key=lambda f: self.toks[f.a].start)
        self.frames = frames
        timeline: list[tuple[int, tuple[int, int], PhraseInfo, Frame | None]] = []
        contents = [(f.cstart, f.cend) for f in frames if f.cstart is not None and f.cend is not None]
        for (a, b, subj) in self.mentions:
            pos = self.toks[a].start
            if subj and self.toks[a].word and not any(x <= pos < y for x, y in contents):
                timeline.append((pos, self.tok_span(a, b), r.describe(a, b), None))
        for f in frames:
            g, n = f.form.gender, f.form.number
            if f.speaker is not None and f.how != "cont":
                f.sp_span = self.source_span(*f.speaker, anaphor=False) if f.how in ("attr", "relay") \
                    else self.tok_span(*f.speaker)
                sv = f.how in ("pre", "rel", "doc")
                f.info = r.describe(*f.speaker, gender=g, number=n if sv else None)
            elif f.how == "cont":
                gov = self.governor(f)
                if gov is not None and gov.sp_span is not None:
                    f.sp_span, f.info = gov.sp_span, gov.info
                    f.via = list(gov.via) + f.via
                else:
                    subj = self.sentence_subject(f)
                    if subj is not None:
                        f.sp_span = self.tok_span(*subj)
                        f.info = r.describe(*subj, gender=g)
                    else:
                        self.antecedent(f, timeline, same_sentence=True)
            else:
                self.antecedent(f, timeline)
            if f.relay is not None:
                f.via.insert(0, (self.tok_span(*f.relay), None))
            elif f.relay_self:
                # "زعمت نقلاً عن Y": the one who quotes Y is the verb's own (elided) subject
                found = self.find_antecedent(f, timeline)
                if found is not None:
                    f.via.insert(0, (found[0], None))
            if f.parent is not None and f.parent.sp_span is not None:
                f.via = list(f.parent.via) + [(self.short(f.parent.sp_span, f.parent.info), f.parent)] + f.via
            if f.recipient is not None:
                f.rec_span = self.recipient_span(f)
            if f.sp_span is not None and f.parent is None and f.kind not in ("noun",):
                pos = self.toks[f.a].start
                if f.speaker is not None and f.how in ("post", "pre", "rel", "attr"):
                    pos = max(pos, self.toks[f.speaker[0]].start)
                    timeline[:] = [x for x in timeline if not (x[3] is None and f.sp_span[0] <= x[1][0] < f.sp_span[1])]
                if f.relay is not None and f.how == "relay":  # the relay, not its source, is the subject
                    timeline.append((pos, self.tok_span(*f.relay), r.describe(*f.relay), f))
                else:
                    timeline.append((pos, f.sp_span, f.info, f))
            timeline.sort(key=lambda x: x[0])
        self.inherit_vias(frames)
        self.carry_outlet(frames)

    def carry_outlet(self, frames: list[Frame]) -> None:
        """"X told newspaper N …، فيما قال Y …": the words Y says in the same report came through N too."""
        r = self.r
        last: Frame | None = None
        for f in frames:
            if f.parent is not None or f.cstart is None or f.dropped:
                continue
            k = f.a - 1
            while k >= 0 and not self.toks[k].word and self.toks[k].text in COMMAS:
                k -= 1
            opener = k >= 0 and self.toks[k].bare in ("فيما", "بينما") and self.toks[k].word
            if (opener and last is not None and not f.via and f.recipient is None
                    and self.toks[last.a].para == self.toks[f.a].para and last.rec_span is not None):
                f.via = [(last.rec_span, None)]
            if f.recipient is not None and f.rec_span is not None:
                a = f.recipient[0]
                t = self.toks[a]
                outlet = (r.speaker_noun(a) is not None and r.speaker_noun(a).type == "outlet") or \
                    r.outlet_at(a) > a or (t.text.endswith("ـ") and t.norm in ("ل", "ول"))
                last = f if outlet else None
            elif not opener:
                last = None

    def governor(self, f: Frame) -> Frame | None:
        """The claim a participle or masdar continues: the last one before it in the sentence, or — when the
        participle opens its sentence (after a quotation that closed the previous one) — in the sentence
        before, same paragraph."""
        prev = [g for g in self.frames if g is not f and g.sent == f.sent and g.a < f.a and not g.dropped
                and g.kind != "attr" and g.parent is f.parent]
        if prev:
            g = prev[-1]
            if g.how == "rel" and self.r.role(g.a - 1, "rel") and f.parent is None:
                # رد X على اتهامات سيدة، التي ادعت …، نافياً …: the relative clause's speaker is not the one
                # the participle continues when the sentence opens with a subject of its own
                subj = self.sentence_subject(f)
                if subj is not None and subj[1] <= g.a and not (g.speaker and subj[0] == g.speaker[0]):
                    return None
            return g
        s0 = self.v.sent_range(f.sent)[0]
        if self.skip_openers(s0, f.a) == f.a and f.sent > 0:
            prev = [g for g in self.frames if g.sent == f.sent - 1 and g.parent is None and not g.dropped
                    and g.kind != "attr" and self.toks[g.a].para == self.toks[f.a].para]
            if prev:
                return prev[-1]
        return None

    def sentence_subject(self, f: Frame) -> tuple[int, int] | None:
        """The subject of the clause a participle hangs on when that clause has no cue of its own: the
        phrase after the clause-opening verb (وانتقد X …، قائلاً) or before it (X انتقد …، قائلاً)."""
        r = self.r
        s0 = self.v.sent_range(f.sent)[0]
        cs = self.skip_openers(s0, f.a)
        if cs >= f.a or not self.toks[cs].word or self.toks[cs].bare in PREPOSITIONS or r.role(cs, "stopprep") \
                or r.role(cs, "func") or self.toks[cs].prep is not None:
            return None
        for start in (cs + 1, cs):
            k = start
            while k < f.a and (r.phrase(k, "time") > k):
                k = r.phrase(k, "time")
            if k < f.a and r.speaker_like(k, lexical=(start == cs)):
                e = r.walk(k, f.a, strict=True)
                if e > k:
                    return (k, e)
        # a definite noun and adjectives before a full name (رد اللاعب البرتغالي كريستيانو رونالدو …)
        k = cs + 1
        m = k
        while m < min(f.a, k + 3) and self.toks[m].word and self.toks[m].art and self.toks[m].prep is None:
            m += 1
        if k < m < f.a and r.name_run(m) >= 2:
            return (k, m + r.name_run(m))
        return None

    def antecedent(self, f: Frame, timeline, same_sentence: bool = False) -> None:
        """Resolve an elided (or pronoun) subject: the nearest agreeing antecedent."""
        found = self.find_antecedent(f, timeline, same_sentence)
        if found is None:
            return
        f.sp_span, f.info, g = found
        if g is not None and not f.via and g.via and g.sent == f.sent:
            f.via = list(g.via)
        if g is not None and f.recipient is None and g.recipient is not None and g.cstart is None:
            f.recipient = g.recipient  # أكدها مسؤولان لصحيفة …، قالا فيها إن …

    def find_antecedent(self, f: Frame, timeline, same_sentence: bool = False):
        """(span, info, frame) of the antecedent of ``f``'s subject: a subject of the same sentence first, then
        the last speaker, then any subject before, agreeing in gender and number with the cue; else the last
        speaker."""
        r = self.r
        pos = self.toks[f.a].start
        g, n = f.form.gender, f.form.number
        exclude = f.parent.sp_span if f.parent is not None else None
        cands = [x for x in timeline if x[0] < pos]
        if f.how == "pron":
            cands = [(self.toks[a].start, self.tok_span(a, b), r.describe(a, b), None) for (a, b, _) in self.mentions
                     if self.toks[b - 1].end <= pos] + cands
            cands.sort(key=lambda x: x[0])
            t = self.toks[f.a - 1]
            suf = t.norm[-3:] if t.norm.endswith("هما") else t.norm[-2:] if t.norm.endswith(("ها", "هم")) else t.norm[-1:]
            g, n = {"ها": ("f", "s"), "هم": ("m", "p"), "ه": ("m", "s"), "هما": ("m", "d")}.get(suf, (g, n))

        def sent_of(x) -> int:
            return self.toks[self.v.tok_at(x[0])].sent

        local = [x for x in cands if sent_of(x) == f.sent]
        if same_sentence and local:
            cands = local
        tiers = [local, [x for x in cands if x[3] is not None], cands] if f.how != "pron" else [cands]
        for x in (y for tier in tiers for y in reversed(tier)):
            if exclude and x[1] == exclude:
                continue
            if self.agrees(x[2], g, n):
                return self.short(x[1], x[2]), x[2], x[3]
        for x in reversed(cands):
            if x[3] is not None:
                return x[1], x[2], x[3]
        return None

    def short(self, span: tuple[int, int], info: PhraseInfo | None) -> tuple[int, int]:
        """A resolved antecedent is named by the person's name alone when the phrase has one."""
        if info is not None and info.type == "person" and info.name_span:
            a, b = info.name_span
            return self.tok_span(a, b)
        return span

    @staticmethod
    def agrees(info: PhraseInfo, g: str | None, n: str | None) -> bool:
        if g is None:
            return True
        ig, inum = info.gender, info.number
        if n == "s":
            if g == "f":
                return ig == "f"
            return ig == "m" and inum == "s"
        if n == "d":
            return inum == "d"
        if n == "p":
            if info.name and " " not in info.name.strip() and info.name.strip().endswith(("ون", "ين")):
                return True  # a bare word read as a name may be a plural noun (قال مزارعون …، وأكدوا)
            return inum in ("p", "d") and (ig == "m" or info.type == "group")
        return True

    def recipient_span(self, f: Frame) -> tuple[int, int] | None:
        a, b = f.recipient
        r = self.r
        t = self.toks[a]
        if r.role(a, "pron"):
            if f.parent is not None and f.parent.sp_span:
                return self.short(f.parent.sp_span, f.parent.info)
            if f.relay_self is False and f.via:
                return f.via[-1][0]
            return None
        if t.text.endswith("ـ") and t.norm in ("ل", "ول"):
            a += 1
        s, e = self.toks[a].start, self.toks[b - 1].end
        tt = self.toks[a]
        if tt.word and tt.prep == "ل" and not tt.bare.startswith("لل"):
            s = tt.start + (len(tt.text) - len(tt.text.lstrip("ول")) if tt.norm.startswith(("ول", "ل")) else 0)
            s = tt.start + tt.text.index("ل") + 1
        if self.text[s] in QUOTE_CHARS and self.text[e - 1] in QUOTE_CHARS:
            s, e = s + 1, e - 1
        return self.anaphor(a, b) or (s, e)

    def anaphor(self, a: int, b: int) -> tuple[int, int] | None:
        """A one-word definite outlet or organisation (للصحيفة، الوكالة) points to the one named before it."""
        r = self.r
        tt = self.toks[a]
        sn = r.speaker_noun(a)
        if b - a != 1 or not (tt.art or tt.bare.startswith("لل")) or sn is None or sn.role != "head" \
                or sn.type not in ("outlet", "organization"):
            return None
        for (ma, mb, _) in reversed(self.mentions):
            if mb - ma > 1 and self.toks[mb - 1].end <= tt.start and r.speaker_noun(ma) == sn:
                return self.tok_span(ma, mb)
        return None

    def source_span(self, a: int, b: int, anaphor: bool = True) -> tuple[int, int]:
        """Character span of a source phrase, without the ل of وفقاً لـ (and with anaphors resolved)."""
        found = self.anaphor(a, b) if anaphor else None
        if found:
            return found
        t = self.toks[a]
        s = t.start
        if t.word and t.text.endswith("ـ") and b - a > 1:
            s = self.toks[a + 1].start
        elif t.word and t.prep == "ل" and not t.bare.startswith("لل") and "ل" in t.text:
            s = t.start + t.text.index("ل") + 1
        return s, self.toks[b - 1].end

    def inherit_vias(self, frames: list[Frame]) -> None:
        """An anaphoric speaker (هذه المصادر) keeps the relay of the claim it points back to."""
        r = self.r
        for f in frames:
            if f.via or f.speaker is None or f.how == "cont":
                continue
            a = f.speaker[0]
            if not r.role(a, "demo"):
                continue
            head = r.speaker_noun(a + 1)
            if head is None:
                continue
            for g in reversed([x for x in frames if self.toks[x.a].start < self.toks[f.a].start]):
                gh = r.speaker_noun(g.speaker[0]) if g.speaker else None
                if g.via and gh is not None and (gh == head or gh.type == head.type == "anonymous"):
                    f.via = list(g.via)
                    if f.rec_span is not None and g.via:
                        f.rec_span = g.via[-1][0] if f.rec_span[1] - f.rec_span[0] < 12 else f.rec_span
                    break


# ----------------------------------------------------------------------------------------------------------
def extract_claims(article: Article, start_id: int = 1) -> list[Claim]:
    """The claims of ``article``, numbered from ``c{start_id}``."""
    eng = Engine(article)
    frames = eng.run()
    text = eng.text
    frames.sort(key=lambda f: eng.toks[f.a].start)
    for k, f in enumerate(frames):
        f.id = f"c{start_id + k}"
    names = NameBook(eng, frames)
    claims = []
    for f in frames:
        s, e = f.sp_span
        info = f.info
        speaker = Speaker(text[s:e], s, e, info.type, names.canonical(f))
        ca, cb = f.cue_span or (f.a, f.b)
        cue = Cue(text[eng.toks[ca].start:eng.toks[cb - 1].end], eng.toks[ca].start, eng.toks[cb - 1].end, f.form.lemma)
        content = Span(text[f.cstart:f.cend], f.cstart, f.cend)
        direct = quoted_share(eng.v, f.cstart, f.cend) >= 0.5
        recipient = Span(text[f.rec_span[0]:f.rec_span[1]], *f.rec_span) if f.rec_span else None
        via = [Via(text[a:b], g.id if g is not None else None, a, b) for (a, b), g in f.via]
        stance = decide_stance(eng, f, content.text)
        claims.append(Claim(f.id, speaker, cue, stance, content, direct, recipient, via,
                            f.parent.id if f.parent is not None else None))
    return claims


def quoted_share(v: View, a: int, b: int) -> float:
    if b <= a:
        return 0.0
    covered = [False] * (b - a)
    for q in v.quotes:
        for x in range(max(a, q.start), min(b, q.end)):
            covered[x - a] = True
    body = [c for c, ch in zip(covered, v.text[a:b]) if not ch.isspace()]
    return sum(body) / len(body) if body else 0.0


class NameBook:
    """Canonical names: the fullest form of a person's name met in the article (أبو ليلى → عمر أبو ليلى), the
    full name of an organisation met before its short definite form (الحركة → حركة الجهاد الإسلامي)."""

    def __init__(self, eng: Engine, frames: list[Frame]):
        self.eng = eng
        r = eng.r
        self.persons: list[str] = []
        self.orgs: list[tuple[str, str]] = []  # (head key, name)
        spans = [f.speaker for f in frames if f.speaker] + [(a, b) for a, b, _ in eng.mentions]
        spans.sort()
        for a, b in spans:
            nm = r.name_in(a, b)
            if nm:
                self.persons.append(self.clean(eng.text[eng.toks[nm[0]].start:eng.toks[nm[1] - 1].end]))

    @staticmethod
    def clean(s: str) -> str:
        return " ".join(s.replace("«", " ").replace("»", " ").replace('"', " ").replace("#", " ").replace("_", " ").split())

    def canonical(self, f: Frame) -> str | None:
        from ..arabic import norm
        info = f.info
        eng = self.eng
        if info.type == "person" and info.name:
            short = self.clean(info.name)
            ks = norm(short).split()
            best = short
            for full in self.persons:
                fk = norm(full).split()
                if len(fk) > len(ks) and fk[-len(ks):] == ks and len(fk) > len(norm(best).split()):
                    best = full
            return best
        if info.type in ("organization", "outlet", "document") and f.speaker is not None and f.how != "cont":
            a, b = f.speaker
            core = eng.r.walk(a, b, strict=True)
            if core <= a:
                core = b
            s, e = eng.toks[a].start, eng.toks[core - 1].end
            return self.clean(eng.text[s:e]) if info.type != "document" else None
        if info.type in ("organization", "outlet"):
            s, e = f.sp_span
            return self.clean(eng.text[s:e])
        return None
