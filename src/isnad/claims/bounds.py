"""The bounds pass: merging a sentence's frames, where each content ends, and which claims nest in others.

Per sentence, after the speaker and content passes: :func:`merge` drops the participles and masdars a verb took
in as its way of introducing the words (أكد بقوله …) and the verbs of relative clauses on a speaker (قال المسؤول
الذي رفض الكشف عن اسمه إن …). After the attribution pass, :func:`close_contents` ends each content — at the
sentence end, at the next cue that starts a new report (:func:`is_boundary`), before a trailing attribution, at a
writer's gloss or a concessive clause after a comma, at a quotation that closes the words; a noun-phrase object
also before an occasion adjunct that closes the sentence or a word that mostly opens sentences — and makes a cue
inside another claim's content a nested claim (its ``parent``) when it has a speaker of its own.
"""
from __future__ import annotations

from ..arabic import QUOTE_CHARS
from ..lexicon import sentence_openers
from .content import CLAUSE_TYPES, SPEECH_MASDAR, WHILE_OPENERS, charge_start
from .context import SentenceContext
from .cues import OBJECT_RELATIVES
from .frame import ContentType, Frame, How
from .lexicon import BA, COMMAS, FULL_STOPS, TERMINALS, CueKind, endings, words
from .positions import ADJUNCT_EVENT_PREPS

MIN_OPENER_SHARE = 0.5  # a word opening this share of its sentences in the unlabeled news opens a clause
RECORDED_MEDIA = words("recorded_media")  # a programme, report or video may be what the words are about
GLOSS_OPENERS = words("gloss_openers")  # وذلك after a comma: the writer's circumstances, not the words
WHILE_TIME = tuple(endings("while_time"))  # في حين: the two words of a while-clause opener, in order

MERGED_KINDS = (CueKind.PART, CueKind.MASDAR, CueKind.ATTR, CueKind.RELAY)  # taken in by a cue before them
QUOTED = (ContentType.QUOTE, ContentType.COLON)
EXPLICIT = (How.PRE, How.POST, How.GEN, How.RELAY)  # a speaker of its own, written out
NESTING = (How.PRE, How.POST, How.PRON, How.GEN, How.RELAY)


def merge(sc: SentenceContext, frames: list[Frame]) -> list[Frame]:
    """Drop participles and masdars that a verb already took as its way of introducing the words, and verbs
    of a relative clause on a speaker (قال المسؤول الذي رفض الكشف عن اسمه إن …); return the frames left."""
    ctx = sc.doc
    merge_speech_masdar(sc, frames)
    for g in frames:
        if g.how is How.REL and ctx.r.role(g.a - 1, "rel") and any(
                f is not g and f.b <= g.a and f.cstart is not None and ctx.toks[g.a].start < f.cstart
                for f in frames):
            g.dropped = True
    for f in frames:
        end = max(f.merged_cue[1] if f.merged_cue else 0, f.consumed)
        for g in frames:
            if g is not f and f.a < g.a < end and g.kind in MERGED_KINDS:
                g.dropped = True
            elif g.kind is CueKind.MASDAR and f.kind is CueKind.VERB and f.cstart is not None \
                    and f.a < g.a and ctx.toks[g.a].start < f.cstart:
                g.dropped = True  # وقالت الوزارة، لدى إعلانها عن الجولة، إنه …: an adjunct of the verb
    return [f for f in frames if not f.dropped]


def merge_speech_masdar(sc: SentenceContext, frames: list[Frame]) -> None:
    """وأكد فلان، طبيب …، بقوله «…»؛ وعلق فلان بالقول «…»: the masdar of قال only introduces the words of
    the verb before it in the same sentence; that verb takes those words and the masdar is no claim."""
    toks = sc.doc.toks
    for i, g in enumerate(frames):
        if g.dropped or g.kind not in (CueKind.MASDAR, CueKind.PART) or g.form.lemma not in SPEECH_MASDAR \
                or g.cstart is None or i == 0:
            continue
        f = frames[i - 1]
        if f.dropped or f.kind is not CueKind.VERB or f.sent != g.sent or f.speaker is None:
            continue
        if f.cstart == g.cstart:
            g.dropped = True  # both read the same words: one claim, the verb's
            f.recipient = f.recipient or g.recipient  # بقوله لوكالة …
            continue
        if g.speaker not in (None, f.speaker) or g.ctype not in CLAUSE_TYPES \
                or (f.cstart is not None and (f.ctype in QUOTED or f.cstart >= toks[g.a].start)):
            continue
        f.cstart, f.ctype, f.cend = g.cstart, g.ctype, g.cend
        f.recipient = f.recipient or g.recipient
        f.consumed = max(f.consumed, g.b)
        g.dropped = True


def close_contents(sc: SentenceContext, frames: list[Frame]) -> None:
    """End the content of each live frame of the sentence, then nest the cues that sit inside a content."""
    live = [f for f in frames if not f.dropped]
    send = sc.doc.toks[sc.s1 - 1].end
    for f in live:
        if f.cstart is None or f.ref_prev or f.cend is not None and not f.attr_cut:
            continue
        end = content_end(sc, f, live, min(send, f.attr_cut or send))
        if end <= f.cstart:
            f.dropped = True
            continue
        f.cend = end
    for f in live:
        if f.ref_prev and not f.dropped:
            previous_clause(sc, f, live)
    nest(sc, live)


def content_end(sc: SentenceContext, f: Frame, live: list[Frame], limit: int) -> int:
    """Where ``f``'s content ends, at the latest at offset ``limit``."""
    ctx, s1 = sc.doc, sc.s1
    r, pos, toks, text = ctx.r, ctx.pos, ctx.toks, ctx.text
    cs = f.cstart
    for g in live:
        if g is f or g.a >= s1 or toks[g.a].start < cs or toks[g.a].start >= limit:
            continue
        if g.parent is not None:
            continue
        if is_boundary(sc, f, g):
            limit = pos.cut_point(cs, g)
            w = while_before(sc, g)
            if w is not None and limit == toks[g.a].start and toks[w].start > cs:
                limit = toks[w].start  # … تلقت بلاغات | بينما أكد متحدث …: the opener is not the words
            break
    # writer's glosses and concessive clauses after a comma end the reported words
    for j in pos.commas_from(cs):
        t = toks[j]
        if j >= s1 or t.start >= limit:
            break
        if r.phrase(j + 1, "gloss", s1) > j + 1 or r.phrase(j + 1, "concess", s1) > j + 1:
            limit = t.start
            break
        parenthetical = f.how is How.REL and r.role(f.a - 1, "rel") and f.a >= 2 and toks[f.a - 2].text in COMMAS
        if f.ctype is ContentType.NP and (r.phrase(j + 1, "break", s1) > j + 1 or toks[pos.tok_at(cs)].prep == BA
                                          or f.kind in (CueKind.REPORT, CueKind.NOUN, CueKind.MASDAR)) \
                or parenthetical:  # "طهران، التي تنفي أي تورط، ردت": the relative clause closes; so does the
            # noun phrase a report or a verbal noun is about (أنباء عن سقوط قتلى، في حين …)
            limit = t.start
            break
    if f.ctype is ContentType.NP:
        limit = np_end(sc, cs, limit, points_back=f.form.stance in ("deny", "confirm"))
    end = pos.trim(cs, limit)
    if f.ctype in QUOTED:
        q = pos.quote_of(pos.tok_at(cs) + 1) if text[cs] in QUOTE_CHARS else None
        if q is not None and q.start == cs and q.closed and q.end <= end + 1:
            end = min(end, q.end)
    elif f.ctype is ContentType.CLAUSE:
        q = pos.quote_starting(cs)
        if q is not None and q.closed and q.end < end and text[q.end - 2] in TERMINALS:
            end = q.end  # «… .» closes the words before the sentence goes on
        for q in pos.quotes_in(cs, end):
            if cs < q.end < end and q.closed and text[q.end:q.end + 1] in FULL_STOPS:
                end = q.end  # «…». — a full stop right after the quotation ends the words
                break
        end = pos.quote_cut(cs, end)
        end = _nested_sentence_end(sc, f, cs, end)
    return end


def clause_openers() -> frozenset[str]:
    """Words with و/ف that open a sentence at least :data:`MIN_OPENER_SHARE` of the times they occur in the
    unlabeled news (:func:`isnad.lexicon.sentence_openers`): وقالت، وردت، وأكدت."""
    return sentence_openers(MIN_OPENER_SHARE)


def np_end(sc: SentenceContext, cs: int, limit: int, points_back: bool = False) -> int:
    """Where a noun-phrase content ends before ``limit``: at a word with و/ف that mostly opens sentences
    (:func:`clause_openers`: وصفت الخبر بالكاذب، ونشرت بيانا …), or at an adjunct naming the occasion of the words
    (ندد بالقانون في بيان أصدره الجمعة: the content is القانون). Neither is looked for past a relative word (نفت
    ما جاء في بيان الوزارة: the statement is what is denied). The occasion's noun is indefinite or carries a
    pronoun, and its adjunct follows the content's words directly and ends the sentence. The object of a denial or
    confirmation (``points_back``) that opens with a demonstrative and its noun (نفى هذه التصريحات، تلك
    الاتهامات) ends with them: they point back to the report denied."""
    ctx = sc.doc
    r, pos, toks = ctx.r, ctx.pos, ctx.toks
    first = pos.tok_at(cs)
    k = first + 1
    if points_back and r.role(first, "demo") and k < sc.s1 and toks[k].word and toks[k].art and toks[k].prep is None:
        # نفت الحركة هذه التصريحات | التي صدرت قبل شهرين: a demonstrative and its noun (with its adjectives) point
        # back to what is denied; what follows them is the writer's
        k += 1
        while k < sc.s1 and toks[k].word and toks[k].art and toks[k].prep is None and r.is_adj(k):
            k += 1
        return min(limit, toks[k - 1].end)
    for j in range(first, sc.s1 - 1):
        t = toks[j]
        if t.start >= limit:
            break
        if not t.word:
            continue
        if r.role(j, "rel") or t.bare in OBJECT_RELATIVES:
            break
        if j > first and toks[j - 1].text in COMMAS and t.norm in GLOSS_OPENERS and pos.quote_of(j) is None:
            return toks[j - 1].start  # دعا إلى جلسة طارئة، وذلك تزامنا مع …: the writer's circumstances follow
        if j > first and t.conj and t.norm in clause_openers() and pos.quote_of(j) is None:
            return t.start  # نفت ضلوعها في الهجوم | وردت بطرد …: a word that mostly opens a sentence opens a clause
        if j > first and t.bare in ADJUNCT_EVENT_PREPS and r.role(j + 1, "event") and not toks[j + 1].art \
                and toks[j + 1].bare not in RECORDED_MEDIA:
            e = pos.skip_adjunct(pos.skip_genitive(j + 1, j + 2, sc.s1), sc.s1)
            if toks[j - 1].text not in COMMAS and (e >= sc.s1 or toks[e].start >= limit or toks[e].text in TERMINALS):
                return t.start  # (the adjunct closes the content: words after it would be the content proper)
    return limit


def _nested_sentence_end(sc: SentenceContext, f: Frame, cs: int, end: int) -> int:
    """A clause reported inside someone's quotation ("…، لكنها قالت إنها ليست جهة سداد. ورغم ذلك واصلنا …") ends
    with its sentence: the quotation's next sentence is the quoted speaker's own again."""
    toks, text = sc.doc.toks, sc.doc.text
    q = sc.doc.pos.quote_of(f.a)
    if q is None or q.start >= toks[f.a].start:
        return end
    for k in range(cs, min(end, q.end)):
        if text[k] in FULL_STOPS and text[k + 1:k + 2].isspace() and sc.doc.pos.quote_of(sc.doc.pos.tok_at(k)) is q:
            return k
    return end


def nest(sc: SentenceContext, live: list[Frame]) -> None:
    """A cue inside another claim's content (not at its very start) becomes a nested claim when it has a speaker
    of its own (:func:`nested_ok`); otherwise it is dropped."""
    ctx = sc.doc
    for g in live:
        if g.dropped:
            continue
        for f in live:
            if f is g or f.dropped or f.cstart is None or f.cend is None:
                continue
            if f.cstart <= ctx.toks[g.a].start < f.cend:
                first = ctx.pos.tok_at(f.cstart)
                while first < g.a and not ctx.toks[first].word:
                    first += 1
                if first != g.a and nested_ok(g):
                    g.parent = f
                else:
                    g.dropped = True
                break


def previous_clause(sc: SentenceContext, f: Frame, live: list[Frame]) -> None:
    """The words a "، وهو ما تنفيه X" claim is about: the content of the claim before it in the sentence (of an
    accusation, its charge), or the clause from the sentence start to the comma."""
    ctx = sc.doc
    comma = f.a - 3
    prev = [g for g in live if g is not f and not g.dropped and g.a < comma and g.cstart is not None
            and g.cend is not None and g.cend <= ctx.toks[comma].end]
    if prev:
        f.cstart, f.cend = prev[-1].cstart, prev[-1].cend
        charge = charge_start(ctx, prev[-1], sc.s1)
        if charge is not None and charge < f.cend:
            f.cstart = charge  # "اتهم X Y بـ«…»، وهو ما نفاه Z": Z denies the charge
        return
    cs = ctx.pos.skip_openers(sc.s0, comma)
    end = ctx.pos.trim(ctx.toks[cs].start, ctx.toks[comma].start)
    if end <= ctx.toks[cs].start:
        f.dropped = True
        return
    f.cstart, f.cend = ctx.toks[cs].start, end


def is_boundary(sc: SentenceContext, f: Frame, g: Frame) -> bool:
    """Does cue ``g`` (after the start of ``f``'s content) end ``f``'s content rather than sit inside it?"""
    pos = sc.doc.pos
    if g.kind is CueKind.REPORT or pos.in_quote_since(g.a, f.cstart):
        return False  # a report noun inside the words (نفت الأنباء عن …) is part of them
    if g.kind in (CueKind.PART, CueKind.ATTR) or g.attr_verb:
        return True
    if g.cstart is None:
        return False
    conj = g.conj
    clause = g.ctype in CLAUSE_TYPES
    explicit = g.how in EXPLICIT
    if f.ctype is ContentType.NP and g.kind in (CueKind.VERB, CueKind.RELAY) and g.how is How.ELIDED and conj:
        return True  # نفت السلطات إخفاءه وتقول إن …
    if conj and explicit and clause:
        return True  # "… وقال X: …" starts a new report even without a full stop before it
    if (clause or explicit) and pos.comma_between(f, g):
        return True
    if explicit and clause and while_before(sc, g) is not None:
        return True  # "قالت الشرطة إنها تلقت بلاغات في حين أكد متحدث أن …": the other side's words are its own
    if g.how is How.PRON and (pos.comma_between(f, g) or g.subjpron):
        return True  # "…، لكنه اتهم روسيا بـ…", "… إذا فعلت ذلك لكنه عبر عن أمله": a new statement of the
        # speaker named by the pronoun
    if g.how in (How.ELIDED, How.CONT) and conj and clause:
        return True
    # "وأعلنت أن …، ووصفت الهجوم بأنه …": a second verb of the same speaker after a comma
    return g.how is How.ELIDED and conj and (g.form.gender, g.form.number) == (f.form.gender, f.form.number) \
        and pos.comma_between(f, g)


def while_before(sc: SentenceContext, g: Frame) -> int | None:
    """The first token of a while-clause opener (بينما، فيما، في حين) right before cue ``g``, or None."""
    toks, k = sc.doc.toks, g.a - 1
    if k < sc.s0 or not toks[k].word:
        return None
    if toks[k].bare in WHILE_OPENERS:
        return k
    if k - 1 >= sc.s0 and toks[k - 1].word and (toks[k - 1].bare, toks[k].bare) == WHILE_TIME:
        return k - 1
    return None


def nested_ok(g: Frame) -> bool:
    """May cue ``g`` inside another claim's content be a claim of its own (a nested one)?"""
    if g.cstart is None or g.kind is CueKind.ATTR:
        return False
    if g.how not in NESTING:
        return False
    return not (g.ctype is ContentType.NP and g.form.stance != "deny" and not (g.objpron and g.form.needs == "source"))
