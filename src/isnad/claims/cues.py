"""The cue pass: the reporting cues of one sentence, each made into a :class:`.frame.Frame`.

A cue is a reporting verb, participle, masdar or noun of ``cues.tsv`` (قال، نفت، مؤكداً، مزاعم), or a
prepositional attribution of ``attributions.tsv`` (بحسب X، وفقاً لـX، كما أعلنت X، نقلاً عن X). The writer's own
narration (يذكر أن) and glosses (في إشارة إلى) are skipped; a cue word after a negation, after a name particle
(بن) or, for a one-word verb, carrying the article or a preposition, or right after a preposition, is a noun and
no cue. An attribution whose source is found becomes a frame with that source as its speaker (``How.ATTR``); a
verb inside one (كما أعلنت X) becomes a frame marked ``attr_verb``.
"""
from __future__ import annotations

from dataclasses import replace

from .context import ArticleContext, SentenceContext
from .frame import Frame, How, Placement, Range
from .lexicon import (BA, COMMAS, FA, KAF, LAM, LAM_ARTICLE, TATWEEL, TERMINALS, Attribution, CueForm, CueKind,
                      word, words)
from .words import NAME_LINKS

NOUN_PREPS = words("noun_preps")  # a cue right after one of these is a noun
OBJECT_RELATIVES = words("object_relatives")  # نفت ما جاء في …: an object, not an attribution
COMMA_ATTRIBUTIONS = words("comma_attributions")  # كما أعلنت: an attribution only after a comma
DESCRIPTION_PREFIXES = tuple(words("description_prefixes"))  # وصف، تعبير: never a source
ATTRIBUTION_LEMMA = word("attribution_lemma")
SHORT_CUE_KINDS = (CueKind.VERB, CueKind.RELAY, CueKind.PART, CueKind.PASSIVE)
ATTR_VERB_KINDS = (CueKind.VERB, CueKind.RELAY)
DAMMA = "\u064f"
PRESENT_PREFIXES = words("present_prefixes")  # a verb starting so is in the present tense


def find_frames(sc: SentenceContext) -> list[Frame]:
    """The frames of the sentence's cues, in order."""
    ctx, k, s0, s1 = sc.doc, sc.index, sc.s0, sc.s1
    r = ctx.r
    out: list[Frame] = []
    i = s0
    while i < s1:
        t = ctx.toks[i]
        if not t.word:
            i += 1
            continue
        e = r.phrase(i, "narr", s1)
        if e > i:
            i = e
            continue
        e = max(r.phrase(i, "gloss", s1), r.anonymity_end(i, s1))
        if e > i:
            i = e
            continue
        att = match_attribution(ctx, i, s1)
        if att is not None:
            f, i = att
            if f is not None:
                f.sent = k
                out.append(f)
            continue
        e, forms, objpron, conj = r.cue_match(i, s1)
        forms = participle_or_noun(ctx, i, forms)
        if forms and cue_ok(ctx, i, forms[0]):
            form = vocalised_passive(ctx, i, forms[0]) if e == i + 1 else forms[0]
            out.append(Frame(i, e, form, k, objpron=objpron, conj=conj))
            i = e
            continue
        i += 1
    return out


def participle_or_noun(ctx: ArticleContext, i: int, forms: list[CueForm]) -> list[CueForm]:
    """A form spelt as both a participle and a verbal noun (مطالبة: مطالِبةً "demanding" or مطالَبة "a demand") is the
    participle right after a comma (…، مطالبة الحكومة بـ…: 130 in the shards) and the noun elsewhere (ومطالبة رئيس
    الحكومة)."""
    kinds = {f.kind for f in forms}
    if CueKind.PART not in kinds or not kinds & {CueKind.NOUN, CueKind.MASDAR}:
        return forms
    p = ctx.r.tok(i - 1)
    comma = p is not None and p.text in COMMAS and not ctx.toks[i].conj
    return [f for f in forms if (f.kind is CueKind.PART) == comma] or forms


def cue_ok(ctx: ArticleContext, i: int, form: CueForm) -> bool:
    """Is the cue word at ``i`` a cue here (not negated, not part of a name, not a noun after a preposition)?"""
    r, t = ctx.r, ctx.toks[i]
    p = r.tok(i - 1)
    if p is not None and p.word and r.role(i - 1, "neg"):
        return False
    if p is not None and p.word and p.bare in NAME_LINKS:
        return False  # عبدالعزيز بن طالب: a name, not a cue
    if len(form.form) == 1 and r.inside_person(i):
        return False  # مختار إدان: the second word of a tagged person name, not the verb أدان
    if form.kind in SHORT_CUE_KINDS and len(form.form) == 1:
        if t.art or t.prep in (BA, LAM, KAF):
            return False
        if p is not None and p.word and p.bare in NOUN_PREPS:
            return False
    return True


def vocalised_passive(ctx: ArticleContext, i: int, form: CueForm) -> CueForm:
    """A past-tense verb cue written with a damma on its first letter (أُعلن أن، ذُكر أن) is a passive: the
    same cue, made an impersonal passive (:func:`.speaker.parse_passive`). Present tenses are left alone (يُعلن
    is also the active of a form IV verb)."""
    stem = ctx.toks[i].stem_word.text
    if form.kind is not CueKind.VERB or len(stem) < 3 or stem[1] != DAMMA or stem[0] in PRESENT_PREFIXES:
        return form
    return replace(form, kind=CueKind.PASSIVE, gender=None, number=None)


def leading(ctx: ArticleContext, i: int) -> Placement:
    return Placement.LEAD if ctx.pos.is_leading(i) else Placement.TRAIL


def attribution_at(ctx: ArticleContext, att: Attribution, i: int) -> bool:
    """Do the words of ``att`` stand at token ``i`` (its first word possibly with a conjunction on it)?"""
    n = len(att.words)
    seq = ctx.toks[i:i + n]
    return len(seq) == n and all(t.word for t in seq) and any(k == att.words[0] for k in ctx.r.keys(i)) \
        and all(t.norm == w for t, w in zip(seq[1:], att.words[1:]))


def match_attribution(ctx: ArticleContext, i: int, s1: int) -> tuple[Frame | None, int] | None:
    """A prepositional attribution at ``i``: (frame, or None when its source is not found, next index), or None
    when there is none."""
    r = ctx.r
    if not any(k in ctx.lex.attribution_firsts for k in r.keys(i)):
        return None
    for att in ctx.lex.attributions:
        n = len(att.words)
        if i + n > s1 or not attribution_at(ctx, att, i):
            continue
        j = i + n
        p = r.tok(i - 1)
        if att.then == "np" and p is not None and p.word and (p.bare in OBJECT_RELATIVES or r.role(i - 1, "rel")):
            return None  # نفت ما جاء في الصحيفة: "what came in the paper" is an object, not an attribution
        if att.then == "verb":
            if len(att.words) == 1 and att.words[0] in COMMA_ATTRIBUTIONS:
                p = r.tok(i - 1)
                if p is None or p.text not in COMMAS:
                    return None
            e, forms, objpron = r.cue_at(j, s1)
            if not forms and r.role(j, "relayrel") and j + 1 < s1:
                # وفقاً لما نقلته وكالة …، بحسب ما أوردته صحيفة …: the outlet after the relaying verb is the source
                src_end = source_end(ctx, j + 1, s1)
                if src_end is None:
                    return None, j + 1
                form = CueForm(att.words, ATTRIBUTION_LEMMA, "assert", CueKind.ATTR, frozenset("c"), None, None, None,
                               None)
                f = Frame(i, j + 1, form, -1)
                f.speaker, f.how, f.attr = (j + 1, src_end), How.ATTR, leading(ctx, i)
                return f, src_end
            if not forms or forms[0].kind not in ATTR_VERB_KINDS:
                return None
            f = Frame(j, e, forms[0], -1, objpron=objpron, attr_verb=True)
            f.attr = leading(ctx, i)
            f.merged_cue = f.cue_span = (i, e)
            return f, e
        if att.then == "lam":
            t = r.tok(j)
            if t is None or not t.word or not (t.prep == LAM or t.bare.startswith(LAM_ARTICLE) or t.norm == LAM):
                return None
        src_end = source_end(ctx, j, s1)
        if src_end is None and att.then == "np" and ctx.pos.is_event(j):
            e = ctx.pos.relayed_by(j + 1, s1)  # وفق تصريحات نقلتها وكالة الأنباء: the agency is the source
            if e is not None:
                j, src_end = j + 2, e
        if src_end is None:
            return None, i + n
        kind = CueKind.RELAY if att.kind == "relay" else CueKind.ATTR
        form = CueForm(att.words, ATTRIBUTION_LEMMA, "assert", kind, frozenset("c"), None, None, None, None)
        f = Frame(i, i + n, form, -1)
        f.speaker = (j, src_end)
        f.how = How.ATTR
        f.attr = leading(ctx, i)
        return f, src_end
    return None


def source_end(ctx: ArticleContext, j: int, s1: int) -> int | None:
    """End of the source phrase of an attribution starting at ``j`` (after بحسب، وفقاً لـ، نقلاً عن), or None."""
    r = ctx.r
    t = r.tok(j)
    if t is None:
        return None
    if t.word and t.text.endswith(TATWEEL) and t.norm == LAM:
        j += 1
        t = r.tok(j)
        if t is None:
            return None
    if t.word and (t.prep == LAM or t.bare.startswith(LAM_ARTICLE)):
        # the ل of وفقاً لـ: read the phrase from this token as if the ل were not there
        if not (r.speaker_noun(j) or r.outlet_at(j, s1) > j or r.actor_at(j, s1) or r.entity_at(j)
                or r.document_opener(j)):
            return None
        e = r.walk(j + 1, s1) if j + 1 < s1 else j + 1
        return max(e, j + 1)
    if not r.speaker_like(j):
        return None
    if any(k.startswith(DESCRIPTION_PREFIXES) for k in r.keys(j)):
        return None
    e = r.walk(j, s1)
    if e <= j:
        return None
    t = ctx.toks[j]
    lexical = (not t.word and r.short_quote_end(j) is not None) or r.speaker_noun(j) is not None \
        or r.actor_at(j, s1) is not None or r.outlet_at(j, s1) > j or r.entity_at(j) is not None \
        or r.known_name(j) or r.given_name(j) is not None or r.document_opener(j)
    if not lexical:
        # an unknown word is a source only on its own before a comma or فـ (وحسب أسوشيتد، …)
        nxt = r.tok(e)
        if not (e == j + 1 and (nxt is None or nxt.text in COMMAS or nxt.text in TERMINALS
                                or nxt.norm.startswith(FA))):
            return None
    return e


def relay_phrase(ctx: ArticleContext, k: int, s1: int) -> tuple[Range, int] | None:
    """A relay attribution at ``k`` (نقلاً عن Y): (Y's token range, where it ends), or None."""
    for att in ctx.lex.attributions:
        if att.kind != "relay":
            continue
        n = len(att.words)
        if attribution_at(ctx, att, k):
            e = source_end(ctx, k + n, s1)
            if e is not None:
                return (k + n, e), e
    return None
