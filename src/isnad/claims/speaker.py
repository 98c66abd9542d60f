"""The speaker pass: who says the words of each frame, and where the speaker pass hands over to the content.

Participles and masdars continue another claim's speaker (``How.CONT``, resolved later); a cue noun takes its
genitive (تأكيد الوزير أن: ``GEN``); a verb takes, in order of preference: the phrase after it when an object
pronoun sits on the verb; the antecedent of a relative pronoun before it (``REL``); an asyndetic relative
(تقرير زعم); the phrase before it (SV: ``PRE``) unless a phrase after it reads as a speaker with the words right
after; the phrase after it (VS: ``POST``, when :func:`post_subject` says it is the subject, not the object); the
issuer of a statement the cue sits in (``DOC``); a pronoun on لكن or a complementiser (``PRON``). A relay verb
then trades its subject for the source after عن (attribution pass). A verb that needs a person, a report or a
source (a report, an outlet or a group: تداولت وسائل إعلام) as its subject and has none is no claim.
"""
from __future__ import annotations

from .agreement import agrees
from .attribution import relay_source
from .content import attribution_end, content_after, content_at, own_prep_before, report_topic, verb_content
from .context import ArticleContext, SentenceContext
from .cues import NOUN_PREPS
from .frame import ContentType, Frame, How, Range, Zone
from .roles import adjectival_participle, before_description, object_in_subject, participle_phrase
from .lexicon import BA, COMMAS, FA, LAM, LAM_ARTICLE, WAW, CueKind, third_person_suffixes, words
from .phrases import ON_BEHALF, PLURAL_ENDINGS

PERFECT_PARTICLE = words("perfect_particle")  # قد
AMMA = words("amma")  # أما X، فقد قال …
OBJECT_PRONOUNS = third_person_suffixes()
CONTINUING = (CueKind.PART, CueKind.MASDAR)
SOURCE_TYPES = ("anonymous", "document", "outlet", "group")  # subjects of a cue that needs a source (تداولت)


def parse(sc: SentenceContext, f: Frame) -> None:
    """Read the speaker of frame ``f`` and hand over to the content pass."""
    if f.kind is CueKind.ATTR:
        return
    if f.kind is CueKind.RELAY and f.how is How.ATTR:  # نقلاً عن Y used on its own
        content_after(sc, f, f.speaker[1])
        return
    if f.kind in CONTINUING:
        f.how = How.CONT
        t = sc.doc.r.tok(f.b)
        if f.form.prep and t is not None and t.word and t.bare == f.form.prep:
            f.cue_span = (f.a, f.b + 1)  # مشيراً إلى
        content_after(sc, f, f.b)
        if adjectival_participle(sc, f):
            f.dropped = True  # إصابة مؤكدة بالكوليرا، معلومات مؤكدة من مصادر: an adjective of the noun before it
        return
    if f.kind is CueKind.NOUN:
        parse_noun(sc, f)
        return
    if f.kind is CueKind.PASSIVE:
        parse_passive(sc, f)
        return
    parse_verb(sc, f)


def parse_passive(sc: SentenceContext, f: Frame) -> None:
    """An impersonal passive (أفيد بأن، قيل إن، يُقال إن): no subject is written, so the cue itself stands for
    the anonymous source; the words must follow as a clause (after adjuncts and a recipient: قيل له إن)."""
    k = f.take(sc.doc.pos.zone(f.b, sc.s1, commas=False, frame=f))
    if not sc.doc.r.is_comp(k):
        return  # كما قيل، ما قيل عن …: no report
    f.speaker, f.how = (f.a, f.b), How.SELF
    content_at(sc, f, k)


def parse_noun(sc: SentenceContext, f: Frame) -> None:
    """A cue noun whose genitive is the speaker, with the words after a complementiser (مزاعم X بأن …), or, for a
    verbal noun that takes an object, its object (إعلان الرئيس ترامب انسحاب بلاده) when the genitive names someone."""
    r = sc.doc.r
    j = f.b
    if not r.speaker_like(j):
        return
    e = r.walk(j, sc.s1, strict=True)
    if e <= j:
        return
    if not r.is_comp(e):
        # إعلان الرئيس ترامب انسحاب بلاده: a verbal noun whose genitive names a speaker, then its object
        t = r.tok(e)
        g = sc.doc.toks[j]
        named = g.art or r.speaker_noun(j) is not None or r.actor_at(j, sc.s1) is not None or r.given_name(j) \
            or r.known_name(j)  # (إعلان مفاجئ: an adjective, no genitive)
        if "n" not in f.form.obj or t is None or not t.word or not named or not r.speaker_like(j, lexical=True) \
                or r.stop_word(e, cues=True):
            return
        f.speaker, f.how = (j, e), How.GEN
        f.cstart, f.ctype = t.start, ContentType.NP
        return
    f.speaker, f.how = (j, e), How.GEN
    content_at(sc, f, e)


def other_gender(ctx: ArticleContext, f: Frame) -> bool:
    """Does the verb disagree in gender with the relative pronoun before it (المواقع التي قال الجيش …، السائق الذي
    قالت الشرطة …)? Then the antecedent is what is spoken about and the verb's subject follows it."""
    t = ctx.toks[f.a - 1]
    rel = "m" if t.bare in REL_MASCULINE else "f" if t.bare in REL_FEMININE else None
    return rel is not None and f.form.gender in ("m", "f") and f.form.gender != rel


def only_object(sc: SentenceContext, f: Frame, post: tuple[int, int]) -> bool:
    """Is the one phrase after a cue that says what something is called (obj ``d``) its object, because the
    description follows it at once and a statement noun before the verb, or the author of the statement the verb
    sits in, is the subject (وصدر بيان عن مكتب رئيس الوزراء وصف تقرير الصحيفة بأنه …)?"""
    return "d" in f.form.obj and before_description(sc, f, post[1]) and (
        f.resump or asyndetic(sc.doc, f, sc.s0) is not None)  # (تعليقاً … وصف فيه التقرير بأنه: its author)


def parse_verb(sc: SentenceContext, f: Frame) -> None:
    """The subject of a reporting verb (see the module doc), then its content (:func:`.content.verb_content`)."""
    ctx, s0, s1 = sc.doc, sc.s0, sc.s1
    r, pos, toks = ctx.r, ctx.pos, ctx.toks
    j = f.b
    strict = bool(f.form.obj & {"n", "b"}) or f.kind is CueKind.RELAY
    prep_direct = f.form.prep is not None and r.tok(j) is not None and r.tok(j).word and r.tok(j).bare == f.form.prep
    if prep_direct:
        f.merged_cue = f.cue_span = (f.a, j + 1)
    else:
        j = f.take(pos.zone(j, s1, commas=False, frame=f))
        if r.role(j, "demo") and not (r.speaker_noun(j + 1) and r.speaker_noun(j + 1).role == "head"):
            f.demo = (j, j + 1)
            j = f.take(pos.zone(j + 1, s1, commas=False, frame=f))
    post = None
    t = r.tok(j)
    lam = t is not None and t.word and (t.prep == LAM or t.bare.startswith(LAM_ARTICLE)) \
        and not r.given_name(j) and not r.known_name(j)  # وقال للمركز الإعلامي للجماعة إن: no subject after ل
    if not prep_direct and not lam and r.starts_phrase(j) and not r.oblique_plural(j):
        # the cue's prepositions end its subject (دعا X إلى), but not a ل when the cue's own إلى comes later (a
        # ل-genitive then belongs to the subject); a ب-phrase ends it only for cues that take one
        stops = frozenset(f.form.preps)
        if LAM in stops and pos.separate_prep_ahead(f, j - 1):
            stops = stops - {LAM}
        bstop = "b" in f.form.obj or f.form.prep == BA
        e = r.walk(j, s1, strict=strict, stops=stops, bstop=bstop)
        if e > j:
            post = (j, e)
    if post is not None:
        post = (post[0], object_in_subject(sc, f, post))
    post_ok = post is not None and post_subject(sc, f, post, strict) and not only_object(sc, f, post)
    if post_ok and strict and not f.objpron and f.kind is not CueKind.RELAY:
        # when the whole stretch up to a complementiser reads as one phrase, it is the subject (أعلن الجهاز
        # المركزي للتعبئة العامة والإحصاء في مصر، الأربعاء، أن …؛ أكد وزير التجهيز والإسكان محمد … أنه)
        e = participle_phrase(sc, r.walk(post[0], s1))
        takes_b = "b" in f.form.obj or f.form.prep == BA
        if e > post[1] and not (takes_b and any(toks[m].prep == BA and toks[m].bare not in ON_BEHALF
                                                for m in range(post[1], e))):
            z = pos.zone(e, s1).end
            if (takes_b or "n" in f.form.obj) and f.form.prep is None and r.is_comp(z) and toks[z].bare.startswith(BA):
                pass  # وصفت الوزارة الهجوم بأنه …، انتقد المراقبون التقييم بأنه …: the phrase before بأن is the object
            elif r.is_comp(z) or (r.tok(z) is not None and r.tok(z).text == ":"):
                post = (post[0], e)
    after_rel = r.role(f.a - 1, "rel") and not f.resump and not (post_ok and other_gender(ctx, f))
    if post_ok and f.objpron:
        f.speaker, f.how = post, How.POST  # an object pronoun on the verb: the phrase after it is the subject
    elif after_rel and not f.objpron:
        rel = relative_antecedent(ctx, f, s0)
        if rel is None:
            return  # "التي يُزعم أنها": no subject to be found
        f.speaker, f.how = rel, How.REL
    else:
        # a pronoun on a complementiser right before the verb is its subject (إنه أكد); else the phrase before it
        pron = pronoun_before(ctx, f, s0)
        pre = None
        if not f.attr_verb:  # وفق ما أفاد X: the subject follows
            if pron:
                f.how = How.PRON
            else:
                pre = preverbal(ctx, f, s0)
        asyn = asyndetic(ctx, f, s0)
        doc = document_issuer(ctx, f, s0) if f.resump else None
        if pre is None and post_ok and not r.speaker_like(post[0], lexical=True):
            if pron:
                f.how = How.PRON
            else:
                pre = preverbal(ctx, f, s0, lexical=False)  # لكن ترامب يعتبر الاتفاق …: a bare name before the verb
            if pre is not None and not (pre[1] - pre[0] <= 3 and r.name_run(pre[0]) == pre[1] - pre[0]):
                pre = None
        if asyn:
            f.speaker, f.how = asyn, How.REL
        elif pre and not (post_ok and (not strict or post_then_words(sc, post))
                          and r.speaker_like(post[0], lexical=True)):
            f.speaker, f.how = pre, How.PRE
        elif post_ok and not doc:
            f.speaker, f.how = post, How.POST
        elif doc:
            f.speaker, f.how = doc, How.DOC
        if f.speaker is None and r.role(f.a - 1, "subjpron"):
            f.how, f.subjpron = How.PRON, True  # ولكنه نفى: the pronoun on لكن is the subject
        if f.speaker is None and f.how is How.ELIDED and f.conj and f.kind is CueKind.VERB and "n" in f.form.obj \
                and not f.objpron and r.tok(f.b) is not None and r.tok(f.b).word and not r.is_comp(f.b) \
                and not any(g.a < f.a for g in sc.frames):
            # وكان غول قد حسم الجدل وأعلن عدم نيته …: a verb joined by و to its sentence's opening clause (with no
            # cue of its own) shares that clause's subject; only where a bare verb and its object would otherwise
            # read as a passive (see content.verb_content)
            subj = sentence_subject(ctx, f)
            if subj is not None and r.speaker_like(subj[0], lexical=True) \
                    and agrees(r.describe(*subj), f.form.gender, f.form.number):
                f.speaker, f.how = subj, How.PRE
    if f.speaker is not None and f.how in (How.POST, How.PRE):
        r.learn_name(*f.speaker)
    head = r.speaker_noun(f.speaker[0]) if f.speaker is not None else None
    if f.form.needs == "person" and (f.speaker is None or r.describe(*f.speaker).type != "person") or \
            f.form.needs == "report" and (head is None or head.type not in ("anonymous", "document")) or \
            f.form.needs == "source" and not source_subject(sc, f, head) or \
            f.form.needs == "prep" and f.how is not How.POST:
        f.speaker, f.dropped = None, True  # هاجم/تحدث in their other senses: no report at all
        return
    k = f.speaker[1] if f.how is How.POST else j
    if prep_direct:
        k = j
    if f.kind is CueKind.RELAY:
        k = relay_source(ctx, f, k, s1)
        if k is None:
            return
    nxt = r.tok(f.b)
    own = nxt is not None and nxt.word and f.kind is CueKind.VERB and any(
        nxt.bare.startswith(p) and nxt.bare[len(p):] in OBJECT_PRONOUNS for p in f.form.preps)
    if not f.attr_verb and (r.role(f.a - 1, "rel") and f.objpron or own) and not topic_after_subject(sc, f, k):
        return  # الإجراءات التي أعلنتها ماي، المشروع الذي أعلنت عنه السعودية: what is announced is the antecedent
    verb_content(sc, f, k, prep_direct, strict)
    if f.form.needs == "prep" and not (f.cstart is not None and own_prep_before(ctx, f)):
        f.speaker, f.cstart, f.ctype, f.dropped = None, None, None, True  # عبر الحدود: the preposition "via"


def topic_after_subject(sc: SentenceContext, f: Frame, k: int) -> bool:
    """Does what a source circulated follow its subject (ما تداولته صفحات ناشطين عن احتجاز القافلة)? The relative
    then stands for the report, and the words after عن/حول/بشأن are what it said."""
    return report_topic(sc.doc, f, sc.doc.pos.zone(k, sc.s1).end)


def source_subject(sc: SentenceContext, f: Frame, head) -> bool:
    """Is the subject of ``f`` a source a report can circulate from (a report, an outlet, a group, websites or
    accounts: تداولت وسائل إعلام، تناقلته حسابات), not a market or a thing (تداولت السوق)?"""
    if f.speaker is None:
        return False
    r, a = sc.doc.r, f.speaker[0]
    return head is not None and head.type in SOURCE_TYPES or r.outlet_at(a, sc.s1) > a \
        or r.source_head(a)


def post_subject(sc: SentenceContext, f: Frame, post: Range, strict: bool) -> bool:
    """Is the phrase right after the verb its subject (VS order) rather than its object?"""
    ctx, s1 = sc.doc, sc.s1
    r, pos, toks = ctx.r, ctx.pos, ctx.toks
    b = toks[post[0]].bare
    if f.form.gender == "f" and f.form.number == "s" and len(b) >= 6 and b.endswith(PLURAL_ENDINGS) \
            and r.name_in(*post) is None:
        return False  # ودعت السائقين …: a masculine sound plural is never the subject of a feminine verb
    if post[0] == f.b and r.feminine_after_masculine(f.form, post[0]) and r.name_in(*post) is None:
        return False  # وطالب الحكومةَ بالاستقالة، واتهم روسيا بـ…: a feminine noun right after a masculine verb is its object
    if f.objpron and pos.is_open_quote(post[0]) and r.short_quote_end(post[0], 2) is None:
        return False  # بما اعتبره "حصول تجاوزات خطيرة": a quotation after it is what is meant, not who says it
    if pos.is_open_quote(post[0]) and "c" in f.form.obj and r.short_quote_end(post[0]) is not None \
            and pos.ends_sentence(r.short_quote_end(post[0]), s1):
        return False  # وقال "لن نسمح بالفوضى".: a short quotation that ends the sentence is the words, not a name
    if not strict or f.objpron:
        return True  # with an object pronoun on the verb (ينفيه حسن) the phrase after it is the subject
    z = pos.zone(post[1], s1)  # (read once: the subject's own zone, asked again below)
    k = z.end
    t = r.tok(k)
    if f.form.obj - {"d"} == {"n", "b"} and t is not None and t.word and t.prep == BA and k == post[1] \
            and BA not in f.form.preps:
        return False  # اتهم الشركة بـ… / وصفت الهجوم بأنه: the phrase is the object, the subject is elided
        # (not when the ب is the cue's own: ندد الوزير بالهجوم)
    if f.form.obj - {"d"} == {"n", "b"} and k == post[1]:
        m = r.coordination_end(k, s1)
        if m > k and r.tok(m) is not None and r.tok(m).word and r.tok(m).prep == BA:
            return False  # اتهم السعودية والإمارات والبحرين بـ…: the coordinated phrases are the object
    if r.speaker_like(post[0], lexical=True):
        return True
    e = attribution_end(sc, f, k) if t is not None else None
    if e is not None:  # وشدد فلان، حسبما نقلت عنه صحيفة …، على …
        k = pos.zone(e, s1).end
        t = r.tok(k)
        if t is not None and t.word and t.bare in f.form.preps and r.name_run(post[0]) >= 1:
            return True
    if t is None or k >= s1:
        return False
    if "b" in f.form.obj and t.word and t.prep != BA and pos.b_phrase_ahead(k, s1) and (
            r.speaker_like(post[0]) if "c" not in f.form.obj else pos.definite_phrase(post)):
        # ووصف سامر التحقيق بأنه …، طالبت أسرة الضحية السلطاتِ بـ…: subject, then the object, then the ب-phrase
        return True
    if "c" not in f.form.obj:
        # VSO: a definite subject followed by the object, directly or after a time or an adjunct (واتهم المتمردون
        # الثلاثاء التحالف بـ…)
        return toks[post[0]].art and t.word and (post[1] == k or adjunct_only(sc, post[1], z, k)) \
            and not r.stop_word(k, cues=False) and not t.conj and t.norm[:1] != WAW
    if r.is_comp(k) or t.text == ":" or pos.is_open_quote(k):
        return True  # the words follow: the phrase was the speaker
    e, forms, _ = r.cue_at(k, s1)
    if forms and forms[0].kind in CONTINUING:
        return True
    # a complementiser a little further on, with only modifiers of the subject, a recipient or an adjunct
    # before it (مؤيدو الاتفاق حول الملف أنه …، أحمد الوكيل رئيس الاتحاد لـ«…» أنه …)
    for m in range(k, min(s1, k + 12)):
        if r.is_comp(m):
            return True
        tm = toks[m]
        if (tm.word and pos.verb_cue(m)) or (tm.text in COMMAS and m > k + 3 and not r.is_comp(m + 1)):
            break
    # VSO: a definite subject followed directly by the object (or by the cue's preposition: وتشير البيانات إلى)
    return toks[post[0]].art and t.word and (post[1] == k or adjunct_only(sc, post[1], z, k)) and (
        not r.stop_word(k, cues=False) or t.bare in f.form.preps and f.form.stance not in ("call", "warn")) \
        and not t.conj and t.norm[:1] != WAW  # (دعا الشعبَ إلى، حذر المواطنين من: there the phrase is the object)


def adjunct_only(sc: SentenceContext, a: int, z: Zone, k: int) -> bool:
    """Is all that stands between a subject ending at ``a`` and the word ``k`` a time or an adjunct phrase, with or
    without commas around it, and no recipient or relay (الثلاثاء، في بيان، «، في وقت سابق،»)? ``z`` is the zone
    read from ``a``."""
    return a < k == z.end and z.recipient is None and z.relay is None and not z.resump \
        and any(sc.doc.toks[m].word for m in range(a, k))  # (a comma alone: an apposition may follow it)


def post_then_words(sc: SentenceContext, post: Range) -> bool:
    """A speaker noun right after the verb with the words right after it (… أفادت تقارير صحفية بأن …): the
    subject follows the verb, whatever stands before it (a headline run into the text)."""
    r = sc.doc.r
    sn = r.speaker_noun(post[0])
    if sn is None or sn.role == "title" or sc.doc.toks[post[0]].art:
        return False
    z = sc.doc.pos.zone(post[1], sc.s1).end
    return r.is_comp(z) or (r.tok(z) is not None and r.tok(z).text == ":")


def pronoun_before(ctx: ArticleContext, f: Frame, s0: int) -> bool:
    """Is the subject a pronoun on a complementiser right before the verb (إنه أكد، أنها نفت)?"""
    r = ctx.r
    cs0 = ctx.pos.clause_start(f.a, s0)
    return cs0 == f.a and cs0 - 1 >= s0 and r.is_comp(cs0 - 1) \
        and r.comp_prefix_len(cs0 - 1) < len(ctx.toks[cs0 - 1].text)


def preverbal(ctx: ArticleContext, f: Frame, s0: int, lexical: bool = True) -> Range | None:
    """The subject before the verb (SV order): the phrase opening the verb's clause, or one that runs over
    commas (X، apposition، قال), or the topic of أما X، فقد قال. (Asked only when :func:`pronoun_before` is
    false.)"""
    r, pos, toks = ctx.r, ctx.pos, ctx.toks
    if toks[f.a].conj and toks[f.a].norm[:1] == WAW:
        return None  # وينفي ترامب …: a verb that carries و opens its own clause, its subject comes after it
    cs0 = pos.clause_start(f.a, s0)
    cs = pos.skip_openers(cs0, f.a)
    end = f.a
    while end > cs and toks[end - 1].word and toks[end - 1].bare in PERFECT_PARTICLE:
        end -= 1
    if end - 1 > cs and r.role(end - 1, "kana") and not toks[end - 1].conj:
        end -= 1  # السفير كان قد اتهم …: a form of كان between the subject and the verb
    if end <= cs:
        # X، apposition، قد قال … : the subject runs over the commas
        if cs0 - 1 > s0 and toks[cs0 - 1].text in COMMAS:
            c2 = pos.clause_start(cs0 - 1, s0)
            while c2 > s0 and toks[c2 - 1].text in COMMAS and c2 - 1 > s0 and r.phrase(c2, "disc", cs0) == c2:
                # (a clause opening with لكن، بينما … starts the subject: لكن X، apposition، نفت)
                c3 = pos.clause_start(c2 - 1, s0)
                if c3 >= c2 - 1:
                    break
                c2 = c3
            opened = r.phrase(c2, "disc", cs0) > c2
            c2 = pos.skip_openers(c2, cs0 - 1)
            inner = [m for m in range(c2, cs0 - 1) if toks[m].text in COMMAS]
            if inner and c2 < cs0 - 1 and r.speaker_like(c2, lexical=True) \
                    and r.walk(c2, cs0 - 1, strict=True) >= cs0 - 1:
                return (c2, cs0 - 1)
            if inner and c2 < inner[0] and r.role(inner[0] + 1, "appos") and r.speaker_like(c2, lexical=True) \
                    and r.walk(c2, inner[0], strict=True) >= inner[0]:
                return (c2, inner[0])  # X، وهي وحدة تابعة لمجموعة … المسجلة في ميلانو، قالت: X, before its apposition
            if inner and opened and cs0 - 2 - inner[-1] >= 2 and r.name_run(inner[-1] + 1) >= cs0 - 2 - inner[-1] \
                    and toks[c2].word and toks[c2].prep is None and r.starts_phrase(c2) and not r.is_cue(c2):
                return (c2, cs0 - 1)  # لكن صديقته التي رافقته، نيكولا رايت، نفت: a noun phrase, then a full name
        # أما X، فقد قال …
        if cs0 - 1 > s0 and toks[cs0 - 1].text in COMMAS:
            c2 = pos.clause_start(cs0 - 1, s0)
            c2 = pos.skip_openers(c2, cs0 - 1) if not r.role(c2, "disc") or toks[c2].bare not in AMMA else c2
            if toks[c2].word and any(k in AMMA for k in r.keys(c2)):
                if r.speaker_like(c2 + 1):
                    return (c2 + 1, cs0 - 1)
        return None
    if r.role(cs, "demo") or not r.speaker_like(cs, lexical=lexical):
        return None
    e = r.walk(cs, end, strict=True)
    # what follows the subject before the verb may only be a relative clause (التحالف الذي تقوده أميركا
    # نفى) or more coordinated names (حركتا حماس والجهاد)
    m = e
    while m < end and toks[m].word and toks[m].conj and not r.is_cue(m) and (
            r.is_name_token(m) or r.actor_at(m) or r.speaker_noun(m) or r.is_adj(m) or toks[m].art):
        m += 1
        while m < end and r.is_adj(m):
            m += 1
    if m < end and not r.role(m, "rel"):
        return None
    return (cs, end)


ISSUER_PREPS = words("issuer_preps")  # بيان عن مكتب الرئيس: who issued the statement
REL_MASCULINE = words("rel_masculine")  # الذي، الذين
REL_FEMININE = words("rel_feminine")  # التي، اللواتي
ISSUER_REACH = 10  # tokens back from a verb to an asyndetic statement noun with its issuer (بيان عن مكتب …)


def asyndetic(ctx: ArticleContext, f: Frame, s0: int) -> Range | None:
    """An indefinite speaker noun right before the verb heads an asyndetic relative (تقرير زعم …)."""
    p = f.a - 1
    if p < s0 or ctx.toks[f.a].conj or ctx.toks[f.a].norm[:1] in (WAW, FA) and f.form.form[0] != ctx.toks[f.a].norm:
        return None
    sn = ctx.r.speaker_noun(p)
    if f.resump:
        return None  # تقريراً زعمت فيه: the noun is what the words are in, not who says them
    if sn and sn.type in ("document", "anonymous") and sn.role == "head" and not ctx.toks[p].art \
            and ctx.toks[p].prep is None:
        return (p, p + 1)
    for q in range(p - 1, max(s0 - 1, p - ISSUER_REACH), -1):
        # صدر بيان عن مكتب رئيس الوزراء وصف …: the statement noun with its issuer after it
        t, sn = ctx.toks[q], ctx.r.speaker_noun(q)
        if not t.word or t.text in COMMAS:
            return None
        if sn and sn.type == "document" and sn.role == "head" and not t.art and t.prep is None \
                and ctx.toks[q + 1].word and ctx.toks[q + 1].bare in ISSUER_PREPS and q + 2 < f.a \
                and ctx.r.walk(q + 2, f.a) == f.a:
            return (q, f.a)
    return None


def relative_antecedent(ctx: ArticleContext, f: Frame, s0: int) -> Range | None:
    """The antecedent of الذي/التي right before the verb (موسكو، التي تنفي …)."""
    r = ctx.r
    p = f.a - 1
    if p < s0 or not r.role(p, "rel"):
        return None
    e = p
    if e - 1 >= s0 and ctx.toks[e - 1].text in COMMAS:
        e -= 1
    for a in range(max(s0, e - 6), e):
        sn = r.speaker_noun(a)
        if sn is not None and sn.role == "quant" and not r.speaker_like(a + 1, lexical=True):
            continue  # أحد الأسباب التي دعت …: a quantifier over a noun that does not speak
        lexical = ctx.toks[a].word and (sn or r.actor_at(a, e) or r.outlet_at(a, e) > a
                                        or r.entity_at(a) or r.known_name(a))
        if lexical and r.walk(a, e) == e:
            return (a, e)
    return None


def document_issuer(ctx: ArticleContext, f: Frame, s0: int) -> Range | None:
    """Who issued the statement the cue sits in (أصدرت النقابة بياناً تدعو فيه …): the subject mention of the
    sentence before the statement noun, else the last mention of the paragraph before it."""
    r = ctx.r
    for d in range(f.a - 1, max(s0 - 1, f.a - 7), -1):
        if not ctx.toks[d].word:
            continue
        sn = r.speaker_noun(d)
        if (sn and sn.type == "document") or r.role(d, "event"):
            before = [m for m in ctx.mentions if m.b <= d and ctx.toks[m.a].para == ctx.toks[d].para]
            for m in reversed(before):
                if m.subject and ctx.toks[m.a].sent == ctx.toks[d].sent:
                    return (m.a, m.b)  # أصدرت نقابة الصحفيين بياناً تدعو فيه …
            return (before[-1].a, before[-1].b) if before else None
    return None


def sentence_subject(ctx: ArticleContext, f: Frame) -> Range | None:
    """The subject of the clause a participle hangs on when that clause has no cue of its own: the
    phrase after the clause-opening verb (وانتقد X …، قائلاً) or before it (X انتقد …، قائلاً)."""
    r = ctx.r
    s0 = ctx.pos.sent_range(f.sent)[0]
    cs = ctx.pos.skip_openers(s0, f.a)
    if cs >= f.a or not ctx.toks[cs].word or ctx.toks[cs].bare in NOUN_PREPS or r.role(cs, "stopprep") \
            or r.role(cs, "func") or ctx.toks[cs].prep is not None:
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
    while m < min(f.a, k + 3) and ctx.toks[m].word and ctx.toks[m].art and ctx.toks[m].prep is None:
        m += 1
    if k < m < f.a and r.name_run(m) >= 2:
        return (k, m + r.name_run(m))
    return None
