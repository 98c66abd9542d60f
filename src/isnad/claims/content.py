"""The content pass: where the reported words of a frame start, and what they are.

From a position after the cue (and its speaker, recipient and adjuncts), the words start after a complementiser
(أن، إن، بأن: ``ContentType.CLAUSE``), after a colon or with a first-person pronoun (``COLON``), at a quotation
(``QUOTE``), or at a noun-phrase object for cues that take one (نفى الاتهامات: ``NP``). On the way it takes in a
masdar of قال that only introduces the words (أكد بالقول …), a relay (زعمت نقلاً عن Y: Y becomes the speaker and
the frame's own speaker relays), and a prepositional attribution standing between the cue and its words.
:func:`verb_content` then settles what the speaker pass leaves open for verbs: an object before a ب-phrase, a
subject that runs up to the words, a writer's gloss ("، وهو ما يشير إلى"), the passive.
"""
from __future__ import annotations

from ..arabic import strip_diacritics
from .asides import aside_end, apposition_end, quoted_object_then_b, relative_aside_end
from .context import ArticleContext, SentenceContext
from .cues import COMMA_ATTRIBUTIONS, relay_phrase
from .frame import ContentType, Frame, How
from .lexicon import BA, COMMAS, LAM, TATWEEL, TERMINALS, CueKind, action_nouns, words

SPEECH_MASDAR = words("speech_masdar")  # lemmas whose masdar/participle just introduces the words of a verb
ADJUNCT_PREPS = words("adjunct_preps")  # أكد في منتصف الشهر أن …: an adjunct before the words
REPORT_TOPICS = words("report_topics")  # عن، حول، بشأن، بخصوص after a circulating source: what a report was about
WHAT = words("what")  # ما of "، وهو ما …"
BACK_NOUNS = words("back_nouns")  # أمر of "، وهو أمر تنفيه …": a noun standing for the clause before
ACTION_REFUSALS = words("action_refusals")  # رفض: its noun object may be an act refused rather than a report
IMPERSONAL = words("impersonal_expectations")  # يُتوقع أن، يُرجح أن: with no subject, an impersonal passive
IMPERSONAL_ADVERBS = words("impersonal_adverbs")  # ويتوقع أيضا أن
WHILE_OPENERS = words("while_openers")  # فيما قال Y، بينما أكد X: a while-clause opens with them
IMPERSONAL_THAT = words("impersonal_that")  # أن as written (إن after these verbs is no passive's)
ALL_WORDS = words("all_words")  # جميع، كافة، كل: "all" before the noun of an object
NEG_NOUNS = words("neg_nouns")  # عدم: a negation that is a noun, so it may open a noun-phrase object
CONTINUING = (CueKind.MASDAR, CueKind.PART)
# the pronouns a complementiser carries (إنه، أنها، بأنهم، إننا، أنني): not part of the words reported
COMP_PRONOUNS = words("comp_pronouns")
CLAUSE_TYPES = (ContentType.CLAUSE, ContentType.COLON, ContentType.QUOTE)
DESCRIBED_REACH = 30  # tokens from a described object to its ب-phrase (ووصف X، الذي …، الهجوم بأنه …)


def content_at(sc: SentenceContext, f: Frame, k: int, allow_np: bool = True) -> None:
    """Find where the content starts at or after token ``k`` (sets ``f.cstart``/``f.ctype`` when found)."""
    ctx, s1 = sc.doc, sc.s1
    r, pos = ctx.r, ctx.pos
    m = relative_aside_end(sc, f, k)
    if m is not None:  # وأعلن الرئيس، الذي تصدر النتائج، نيته …: the relative clause describes the speaker
        k = f.take(pos.zone(m, s1, frame=f))
    k = aside_end(sc, f, k) or k  # واتهم نازحون، لجأوا إلى مدرسة، القوات بـ…: an aside before the object
    for _ in range(3):
        t = r.tok(k)
        if t is None or k >= s1:
            return
        e = attribution_end(sc, f, k)
        if e is not None:  # وشدد X، حسبما نقلت عنه صحيفة …، على …: the words come after the attribution
            k = f.take(pos.zone(e, s1, frame=f))
            t = r.tok(k)
            if t is None or k >= s1:
                return
        if r.is_comp(k):
            plen = r.comp_prefix_len(k)
            if plen >= len(t.text) or (t.text[plen:] in COMP_PRONOUNS and k + 1 < s1 and (
                    ctx.toks[k + 1].word or pos.is_open_quote(k + 1))):
                # إنه سيدعو …: the content starts after the complementiser and the pronoun it carries
                if k + 1 >= s1:
                    return
                f.cstart = ctx.toks[k + 1].start
            else:
                f.cstart = t.start + plen
            f.ctype = ContentType.CLAUSE
            return
        if r.role(k, "firstperson") and "c" in f.form.obj and f.kind in (CueKind.VERB, CueKind.PART):
            f.cstart, f.ctype = t.start, ContentType.COLON  # وقالت نحن نقدر …: the words without a colon
            return
        if t.text == ":":
            if k + 1 >= s1:
                return
            if r.is_comp(k + 1):  # قال: إن …
                content_at(sc, f, k + 1, allow_np)
                return
            f.cstart, f.ctype = ctx.toks[k + 1].start, ContentType.COLON
            return
        if pos.is_open_quote(k) and not quoted_object_then_b(sc, f, k):
            q = pos.quote_opening(k)
            after_colon = k > 0 and ctx.toks[k - 1].text == ":"
            if r.short_quote_end(k) is None or after_colon or (
                    r.short_quote_end(k, 2) is None and not (f.form.obj & {"n", "b"})) or f.kind in CONTINUING:
                f.cstart, f.ctype = q.start, ContentType.QUOTE  # a quotation of a name (two words) is not the words
                return
        e, forms, _ = r.cue_at(k, s1)
        if forms and forms[0].kind in CONTINUING and (forms[0].lemma in SPEECH_MASDAR
                                                       or forms[0].lemma == f.form.lemma):
            f.merged_cue = (f.merged_cue or (f.a, f.b))[:1] + (e,)
            f.consumed = max(f.consumed, e)
            k = f.take(pos.zone(e, s1, frame=f))
            continue
        att = relay_phrase(ctx, k, s1)
        if att is not None:
            src, k = att
            f.consumed = max(f.consumed, k)
            f.relay_self = True
            f.relay = f.speaker
            f.speaker, f.how = src, How.RELAY
            k = f.take(pos.zone(k, s1, frame=f))
            continue
        break
    topic = report_topic(ctx, f, k)  # ما تداولته صفحات عن …
    if (f.form.preps and t.word and t.bare in f.form.preps or topic) and k + 1 < s1:
        if r.is_comp(k + 1):
            content_at(sc, f, k + 1)
            return
        if f.form.obj & {"n"} and allow_np:
            f.cstart, f.ctype = ctx.toks[k + 1].start, ContentType.NP
            return
    if attached_prep(ctx, f, k) and f.form.obj & {"n"} and allow_np:
        f.cstart, f.ctype = t.start, ContentType.NP  # دعت الهيئة لتوخي الحذر: the ل of the cue is on the word
        return
    if t.word and t.bare in ADJUNCT_PREPS and "n" in f.form.obj and allow_np:
        m = pos.skip_adjunct(k + 1, s1) if r.phrase(k + 1, "time", s1) > k + 1 else k
        if k + 1 < m < s1 and ctx.toks[m].word:
            content_at(sc, f, m, allow_np)  # أعلن في مايو الماضي انسحاب بلاده: the object after a time adjunct
            return
    if t.word and (t.bare in ADJUNCT_PREPS or t.prep == BA and "b" not in f.form.obj and BA not in f.form.preps):
        # a time or place adjunct before the complementiser (أكد في منتصف الشهر أن …، أشار بالقرب من … إلى أن)
        # (commas may stand around the adjunct: أكد، على هامش ملتقى عُقد في العاصمة، أن …)
        m = k
        while (m := m + 1) < min(s1, k + 20):
            tm = ctx.toks[m]
            qe = r.short_quote_end(m) if pos.is_open_quote(m) else None
            if qe is not None and qe < s1 and r.is_comp(qe):
                m = qe - 1  # قالت في مداخلة في إذاعة «موزاييك» إن …: a quoted name inside the adjunct
                continue
            if r.is_comp(m):
                content_at(sc, f, m, allow_np)
                return
            if tm.word and tm.bare in f.form.preps and "n" in f.form.obj and allow_np and m + 1 < s1 \
                    and ctx.toks[m + 1].word:
                content_at(sc, f, m, allow_np)  # أكد في كلمته أمام البرلمان على ضرورة …
                return
            if pos.is_open_quote(m) and "c" in f.form.obj and (r.short_quote_end(m) is None or r.quoted_speech(m)):
                content_at(sc, f, m, allow_np)  # وقال في تجمع حاشد في إقليم … «أنزلوا العلم»: the words, quoted
                return
            if (tm.text in COMMAS and m >= k + 10) or tm.text in TERMINALS or (tm.word and pos.verb_cue(m)) \
                    or pos.is_open_quote(m):
                break
    if "b" in f.form.obj and t.word and t.prep == BA and allow_np:
        if r.role(k, "disc") and k + 1 < s1:
            content_at(sc, f, k + 1, allow_np)  # أقرت الرياض بدورها أنها …: "in turn", then the words
            return
        f.cstart, f.ctype = t.start, ContentType.NP
        return
    if allow_np and ("n" in f.form.obj and t.word and not pos.verb_cue(k)
                     and (not r.stop_word(k, cues=False) or t.bare in NEG_NOUNS) or (
            "n" in f.form.obj and pos.is_open_quote(k))):
        m = apposition_end(sc, f, k)
        if m is not None:
            content_at(sc, f, m, allow_np)  # رفض سالفيني، زعيم حزب الرابطة الذي …، رسو المركب: the title is his
            return
        f.cstart, f.ctype = t.start, ContentType.NP
        return
    if f.kind in (CueKind.VERB, CueKind.RELAY):
        content_further(sc, f, k)


def content_further(sc: SentenceContext, f: Frame, k: int) -> None:
    """The words after a longer stretch (a relative clause on the speaker, an apposition, a title in quotes)."""
    ctx, s1 = sc.doc, sc.s1
    r, pos = ctx.r, ctx.pos
    skip_to = k
    for j in range(k, min(s1, k + 20)):
        tj = ctx.toks[j]
        if j < skip_to:
            continue
        if tj.text in TERMINALS:
            return
        if pos.is_open_quote(j) and j > 0 and r.role(j - 1, "naming"):
            q = pos.quote_opening(j)  # تحت عنوان «…»: a title, not the words said
            skip_to = pos.tok_at(q.end - 1) + 1 if q.closed else s1
            continue
        if r.is_comp(j) or tj.text == ":" or (pos.is_open_quote(j) and (
                r.short_quote_end(j) is None or pos.ends_sentence(r.short_quote_end(j), s1) and not f.attr_verb
                and f.kind is CueKind.VERB and r.short_quote_end(j, 2) is None)):
            if pos.is_open_quote(j) and r.short_quote_end(j) is not None:
                f.cstart, f.ctype = pos.quote_opening(j).start, ContentType.QUOTE  # a short quotation ends it
                return
            content_at(sc, f, j)
            return
        if tj.word:
            e, forms, _ = r.cue_at(j, s1)
            if forms and f.speaker is not None and j > f.speaker[0] and (
                    r.role(j - 1, "neg") or any(r.role(m, "rel") for m in range(f.speaker[1], j))):
                # قال المسؤول الذي رفض الكشف عن اسمه إن …؛ وأضاف المسؤول، الذي طلب عدم ذكر اسمه، أن …:
                # a verb (or negated masdar) of a clause on the speaker, not the words said
                continue
            if forms:
                if forms[0].kind in CONTINUING and forms[0].lemma in SPEECH_MASDAR:
                    content_at(sc, f, j)
                return


def described(sc: SentenceContext, f: Frame) -> None:
    """For a cue that says what something is called (obj ``d``: ووصف الوزير الهجوم بأنه عمل جبان، واصفاً إياه
    بـ«الفعل الجبان»), the words are the ب-phrase after the object, not the object: move the content there and keep
    where the object starts (:attr:`.Frame.described`; the stance reads both). A بأن clause is preferred to a
    ب-phrase, and a ب-phrase after a comma to one inside the object (ووصف فلان، الظهير الأيمن ببايرن، الكأس بأنها
    …؛ وصف الاتفاق الذي يجمع أمريكا بإيران، بـ«الفظيع»)."""
    if "d" not in f.form.obj or f.cstart is None or f.ctype is not ContentType.NP:
        return
    ctx, s1 = sc.doc, sc.s1
    r, pos, toks = ctx.r, ctx.pos, ctx.toks
    k0 = pos.tok_at(f.cstart)
    phrase = comp = None
    for m in range(k0, min(s1, k0 + DESCRIBED_REACH)):
        t = toks[m]
        if t.text in TERMINALS or (m > k0 and t.word and pos.verb_cue(m)) or f.objpron and m > k0:
            break
        if r.is_comp(m) and t.bare.startswith(BA):
            comp = m  # بأنه عمل جبان: the clause after the complementiser and its pronoun
            break
        if t.word and t.prep == BA and (phrase is None or toks[m - 1].text in COMMAS):
            phrase = m
    if comp is not None:
        first = comp + 1
    elif phrase is not None:
        first = phrase + (toks[phrase].bare == BA)  # (بـ written apart: its words start after it)
    else:
        return  # وصف نفسه وكأنه …: no ب-phrase, the object stays the words
    if described_words(ctx, first, s1) <= 1:
        return  # ووصف الوضع بـ«الفوضى»: one word says nothing without what it describes
    f.described = f.cstart
    if comp is not None:
        content_at(sc, f, comp + 1 if comp + 1 < s1 and toks[comp + 1].text == ":" else comp)
        return
    f.cstart = after_ba(ctx, phrase)


def described_words(ctx: ArticleContext, k: int, s1: int) -> int:
    """How many words a ب-phrase starting at ``k`` has, up to a comma or the end of its sentence."""
    n = 0
    for m in range(k, s1):
        t = ctx.toks[m]
        if t.text in COMMAS or t.text in TERMINALS:
            break
        n += t.word
    return n


def content_after(sc: SentenceContext, f: Frame, k: int) -> None:
    """The content after what stands at ``k`` (commas, adjuncts, a recipient)."""
    content_at(sc, f, f.take(sc.doc.pos.zone(k, sc.s1, frame=f)))


def verb_content(sc: SentenceContext, f: Frame, k: int, prep_direct: bool, strict: bool) -> None:
    """The content of a verb whose speaker is settled, read from token ``k``; drops the frame when the verb is a
    passive or the writer's own gloss."""
    ctx, s0, s1 = sc.doc, sc.s0, sc.s1
    r, pos, toks = ctx.r, ctx.pos, ctx.toks
    k = f.take(pos.zone(k, s1, frame=f))
    if impersonal_expectation(sc, f):
        f.dropped = True  # ويتوقع أن يشارك 250 شخصا: "it is expected that", no one's words
        return
    if f.how is not How.POST and not f.objpron and "b" in f.form.obj and f.form.prep is None and k < s1 \
            and toks[k].word and toks[k].prep == BA and not r.is_comp(k):
        f.dropped = True  # اتُّهم بالفساد، وُصف بأنه: a ب-phrase with no object before it is a passive
        return
    if f.how is How.REL and not prep_direct and k < s1 and toks[k].word and toks[k].prep is not None \
            and toks[k].art and not r.is_comp(k):
        f.dropped = True  # الفترة التي ذُكرت بالشكوى: a relative verb with a definite prepositional phrase is a passive
        return
    # كما أعلنت X is an attribution ("as X announced"), but كما دعا X إلى …, with the cue's own preposition and its
    # words after it, is a claim ("X also called for …")
    own_prep = f.attr_verb and k < s1 and toks[k].word and toks[k].bare in f.form.preps
    content_at(sc, f, k, allow_np=not (f.attr_verb or f.demo) or own_prep)
    if refused_act(ctx, f):
        f.dropped = True  # رفض دفع المبلغ، لكنه رفض استكمال علاجه: an act refused, no report denied
        return
    if f.ctype is ContentType.QUOTE and f.objpron and f.how is not How.POST and r.short_quote_end(k, 2) is None:
        f.ctype = ContentType.CLAUSE  # بما اعتبره "حصول تجاوزات" رافقت …: the quotation opens a clause that goes on
    object_b = "b" in f.form.obj and f.form.prep is None and not f.objpron and f.ctype is ContentType.CLAUSE \
        and k < s1 and toks[k].word and toks[k].start < f.cstart and not r.is_comp(k) \
        and toks[k].prep != BA and not (f.attr_verb or f.demo)
    if object_b and r.role(k, "rel"):
        m = next((m for m in range(k, pos.tok_at(f.cstart)) if toks[m].text in COMMAS), None)
        k = f.take(pos.zone(m, s1, frame=f)) if m is not None else k  # وصفت الحكومة، التي …، المساهمة بأنها
    if object_b:
        f.cstart, f.ctype = toks[k].start, ContentType.NP  # ووصفت الوزارة الهجوم بأنه …: the object comes first
    elif f.how is How.POST and strict and f.ctype in CLAUSE_TYPES and f.kind is CueKind.VERB:
        # the words are a clause, so everything up to it belongs to the subject (أحمد الوكيل رئيس الاتحاد)
        e = r.walk(f.speaker[0], s1)
        if f.speaker[1] < e and toks[e - 1].end <= f.cstart and (
                f.recipient is None or e <= f.recipient[0]):
            f.speaker = (f.speaker[0], e)
    if f.cstart is None and f.demo and "n" in f.form.obj:
        f.cstart, f.ctype = toks[f.demo[0]].start, ContentType.NP
    if refers_back(ctx, f, s0) and not (f.objpron and f.how is How.POST):
        f.dropped = True  # "، وهو ما يشير إلى أن": the writer's own gloss, no speaker
        return
    if f.objpron and f.how is How.POST and refers_back(ctx, f, s0):
        f.ref_prev, f.ctype = True, ContentType.REF  # "…، وهو ما تنفيه X": X denies the clause before
        f.cstart = toks[s0].start
        return
    c = pos.tok_at(f.cstart) if f.ctype is ContentType.NP else None
    if c is not None and f.objpron and toks[c].prep != BA and not report_topic(ctx, f, c - 1):
        f.cstart = f.ctype = None  # وهو اتهام ينفيه فلان …: what is denied is the pronoun's antecedent (not in
        # ما تداولته صفحات عن …, where the words after عن are the report's)
    if f.ctype is ContentType.NP and f.how in (How.ELIDED, How.PRON) and f.kind is CueKind.VERB and not (
            prep_direct or f.objpron or f.subjpron or f.form.needs == "active" or after_own_prep(ctx, f)
            or (f.conj and object_then_b(ctx, f, s1)) or (ctx.pos.tok_at(f.cstart) == f.b and r.feminine_after_masculine(f.form, f.b))
            or also_opener(ctx, f, s0)):
        # a bare verb with a noun object and no subject is most often a passive (اتُّهم …); a verb whose
        # passive is spelt otherwise (دعا/دُعي) or a pronoun subject (لكنه نفى) is active, and so is one opening
        # its sentence after كما, "also" (كما أعلنت رفضها العمل: the speaker of the sentence before)
        f.cstart = f.ctype = None


def also_opener(ctx: ArticleContext, f: Frame, s0: int) -> bool:
    """Does the cue follow كما, "also", that opens its sentence (". كما أعلنت رفضها …": after a full stop, كما + a
    reporting verb + a noun phrase or its subject 418 times in the two ANT shards)?"""
    return f.a - 1 == s0 and ctx.toks[s0].word and ctx.toks[s0].bare in COMMA_ATTRIBUTIONS


def impersonal_expectation(sc: SentenceContext, f: Frame) -> bool:
    """A present-tense masculine expectation verb with no subject, followed at once by أن (ويتوقع أن …، ويرجح
    أيضا أن …): read يُتوقَّع, an impersonal passive, not a claim of the last speaker (the written أنه/أنها and an
    active subject keep it a claim)."""
    toks = sc.doc.toks
    if f.how is not How.ELIDED or f.form.lemma not in IMPERSONAL or (f.form.gender, f.form.number) != ("m", "s"):
        return False
    cue = toks[f.a]
    if not cue.bare.startswith("ي"):
        return False
    j = f.b
    while j < sc.s1 and toks[j].word and toks[j].bare in IMPERSONAL_ADVERBS:
        j += 1
    return j < sc.s1 and strip_diacritics(toks[j].text) in IMPERSONAL_THAT


def refused_act(ctx: ArticleContext, f: Frame) -> bool:
    """Is the noun object of a refusal verb the verbal noun of an act (``data/action_nouns.txt``, mined from the
    unlabeled news) in construct, without the article (رفض دفع المبلغ، رفضت منح تصريح)? Then something was refused,
    not a report denied (رفض الاتهامات، رفضت هذه المزاعم stay denials)."""
    if f.ctype is not ContentType.NP or f.cstart is None or f.form.lemma not in ACTION_REFUSALS:
        return False
    acts = action_nouns()
    t = ctx.toks[ctx.pos.tok_at(f.cstart)]
    if t.word and not t.art and t.prep is None and t.bare in acts:
        return True
    # رفض مانشستر سيتي دفع المبلغ: the verbal noun read as the last word of a subject after the verb
    if f.how is How.POST and f.speaker is not None and f.speaker[1] - f.speaker[0] >= 2:
        last = ctx.toks[f.speaker[1] - 1]
        return last.word and not last.art and last.prep is None and last.bare in acts and f.speaker[1] == ctx.pos.tok_at(f.cstart)
    return False


def attribution_end(sc: SentenceContext, f: Frame, k: int) -> int | None:
    """End of a prepositional attribution of the sentence (حسبما نقلت عنه صحيفة …، وفق X) that opens at token
    ``k`` between a cue and its words, or None."""
    r = sc.doc.r
    for g in sc.frames:
        if g is f or not (g.kind is CueKind.ATTR or g.attr_verb) or g.cue_start() != k:
            continue
        if g.speaker is not None:
            return g.speaker[1]
        e = g.b
        while e < sc.s1 and r.role(e, "resump"):
            e += 1
        end = r.walk(e, sc.s1, strict=True)
        return end if end > e else None
    return None


def attached_prep(ctx: ArticleContext, f: Frame, k: int) -> bool:
    """Does token ``k`` carry the cue's preposition ل as a clitic (دعا لوقف …، دعت للتهدئة)?"""
    t = ctx.r.tok(k)
    return LAM in f.form.preps and t is not None and t.word and t.kind == "word" and t.prep == LAM \
        and not ctx.r.role(k, "pron") and not ctx.r.is_recipient_start(k, orgs=True) \
        and not ctx.pos.separate_prep_ahead(f, k)


def after_own_prep(ctx: ArticleContext, f: Frame) -> bool:
    """Does the content start after the cue's own preposition, past an adjunct naming the occasion (أعرب في بيان
    عن تضامنه)? Read as the preposition right after the cue is (أعرب عن): the verb is active. A time adjunct is
    not enough (وقد أُعلن في 26 مارس عن اختطاف …: a passive)."""
    k = ctx.pos.tok_at(f.cstart) - 1
    return own_prep_before(ctx, f) and any(ctx.pos.is_event(m) for m in range(f.b, k))


def own_prep_before(ctx: ArticleContext, f: Frame) -> bool:
    """Does the content start right after the cue's own preposition (وعبر الوزير، الأربعاء، عن قلقه)? A cue spelt
    like a preposition (عبر "via") is a cue only then."""
    k = ctx.pos.tok_at(f.cstart) - 1
    t = ctx.toks[k] if k >= f.b else None
    return t is not None and t.word and t.bare in f.form.preps


def object_then_b(ctx: ArticleContext, f: Frame, s1: int) -> bool:
    """Content that is an object and then a ب-phrase or a complementiser (ووصفت الهجوم بأنه …)."""
    return object_end(ctx, f, s1) is not None


def object_end(ctx: ArticleContext, f: Frame, s1: int) -> int | None:
    """Where the object of content that is an object and then a ب-phrase or a complementiser ends (the token of
    the ب-phrase or the complementiser), or None."""
    k = ctx.pos.tok_at(f.cstart)
    t = ctx.toks[k]
    if not t.word or t.prep == BA:
        return None
    start = k + 1 if t.bare in ALL_WORDS and k + 1 < s1 else k  # حث جميع الدول على …: "all" opens the object
    e = ctx.r.walk(start, s1, strict=True)
    if e > start:
        e = ctx.r.coordination_end(e, s1)  # اتهم السعودية والإمارات بـ…
    n = ctx.r.tok(e)
    ok = e > start and n is not None and n.word and (n.prep == BA or ctx.r.is_comp(e) or n.bare in f.form.preps
                                                  or attached_prep(ctx, f, e))
    return e if ok else None


def report_topic(ctx: ArticleContext, f: Frame, m: int) -> bool:
    """Is token ``m`` the عن/حول/بشأن/بخصوص after which a source verb carrying its report as an object pronoun gives
    what the report said (ما تداولته صفحات ناشطين عن احتجاز القافلة)?"""
    t = ctx.r.tok(m)
    return f.objpron and f.form.needs == "source" and t is not None and t.word and t.bare in REPORT_TOPICS


def charge_start(ctx: ArticleContext, f: Frame, s1: int) -> int | None:
    """Where the charge of an accusation starts (its ب-phrase, after the letter: اتهم الحوثيون التحالفَ بمنع …
    gives منع …), or None when ``f`` is no accusation of someone by a ب-phrase. What a denial of the accusation
    ("، وهو ما نفاه X") denies is the charge, not the one charged."""
    if f.form.stance != "accuse" or "b" not in f.form.obj or f.ctype is not ContentType.NP or f.cstart is None:
        return None
    e = object_end(ctx, f, s1)
    t = ctx.toks[e] if e is not None else None
    if t is None or t.prep != BA or ctx.r.is_comp(e) or (t.bare == BA and e + 1 >= s1):
        return None
    return after_ba(ctx, e)


def after_ba(ctx: ArticleContext, m: int) -> int:
    """Where the words of the ب-phrase at token ``m`` start: after the letter (and a tatweel: بـ«…»), or at the next
    token when the letter is written apart (بـ «…»)."""
    t = ctx.toks[m]
    if t.bare == BA:
        return ctx.toks[m + 1].start
    at = t.text.find(BA)
    return t.start + at + 1 + (t.text[at + 1:at + 2] == TATWEEL)


def refers_back(ctx: ArticleContext, f: Frame, s0: int) -> bool:
    """Is the cue's object pronoun "ما" of "، وهو ما …" (the clause before the comma), or an indefinite noun standing
    for that clause: "، وهو أمر تنفيه …" (``words.tsv`` ``back_nouns``)?"""
    toks, k = ctx.toks, f.a - 1
    return k - 2 >= s0 and toks[k].word and (toks[k].bare in WHAT or (toks[k].bare in BACK_NOUNS and f.objpron)) \
        and ctx.r.role(k - 1, "antref") and toks[k - 2].text in COMMAS
