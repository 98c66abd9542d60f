"""Which phrase around a cue is its subject and which its object, where the word order alone does not say: a
definite participle's prepositional phrase inside a subject (أعلنت الجبهة المنشقة عن طالبان أن …), an object the
subject phrase took in before a ب-phrase (ووصف ترامب الاتفاق بالفظيع), and a participle that only describes the
noun before it (إصابات مؤكدة بالكوليرا: no cue)."""
from __future__ import annotations

from .context import SentenceContext
from .frame import ContentType, Frame
from .lexicon import BA, COMMAS, CueKind, words
from .positions import CORE_PREPS  # في من إلى على عن

PARTICIPLE_STARTS = words("participle_starts")  # المنشقة، المسيطر: a definite participle


def participle_phrase(sc: SentenceContext, e: int) -> int:
    """Past the prepositional phrase of a definite participle that ends a subject at ``e`` (أعلنت الجبهة المنشقة
    | عن طالبان أن …، أكد الجيش المسيطر | على العاصمة أن …)."""
    r, toks = sc.doc.r, sc.doc.toks
    while e + 1 < sc.s1 and toks[e].word and toks[e].bare in CORE_PREPS and toks[e - 1].word and toks[e - 1].art \
            and any(toks[e - 1].bare.startswith(p) for p in PARTICIPLE_STARTS):
        e2 = r.walk(e + 1, sc.s1, force=True)
        if e2 <= e + 1:
            break
        e = e2
    return e


def before_description(sc: SentenceContext, f: Frame, e: int) -> bool:
    """Does the ب-phrase of a cue that takes one follow its subject's phrase ending at ``e`` at once (وصف X بأنه
    …، اتهم X بالفساد), with no object on the verb?"""
    r, toks = sc.doc.r, sc.doc.toks
    if "b" not in f.form.obj or f.objpron or f.form.prep is not None:
        return False
    z = sc.doc.pos.zone(e, sc.s1).end
    t = r.tok(z)
    return t is not None and z < sc.s1 and t.word and (t.prep == BA or r.is_comp(z) and t.bare.startswith(BA)) \
        and toks[z - 1].text not in COMMAS


def object_in_subject(sc: SentenceContext, f: Frame, post: tuple[int, int]) -> int:
    """Where the subject phrase ``post`` ends when it took in the object of a cue with a ب-phrase (ووصف ترامب
    الاتفاق النووي بالفظيع: a name, then a definite noun that is no adjective of it, opens the object)."""
    r, toks = sc.doc.r, sc.doc.toks
    if not before_description(sc, f, post[1]):
        return post[1]
    for m in range(post[0] + 1, post[1]):
        ent = r.entity_at(m - 1)
        named = r.known_name(m - 1) or r.given_name(m - 1) or ent is not None and ent.end <= toks[m - 1].end
        if toks[m].word and toks[m].art and toks[m].prep is None and named and r.entity_at(m) is None:
            return m
    return post[1]


def adjectival_participle(sc: SentenceContext, f: Frame) -> bool:
    """Is a participle cue an adjective of the word before it: an indefinite noun (an adjective agrees with it; after
    a definite noun or a name the participle is circumstantial), no comma or conjunction between them, and a
    prepositional phrase follows it (حالات مؤكدة بالكوليرا، أنباء مؤكدة عن …، إحالة 21 متهماً
    في قضية …)?"""
    toks, r = sc.doc.toks, sc.doc.r
    if f.kind is not CueKind.PART or f.ctype is not ContentType.NP or f.a == sc.s0 or toks[f.a].conj \
            or not toks[f.a - 1].word or r.is_cue(f.a - 1):
        return False
    p = f.a - 1
    ent = r.entity_at(p)
    if toks[p].art or r.given_name(p) or r.known_name(p) or r.actor_at(p) is not None \
            or ent is not None and ent.label in ("PERS", "LOC"):
        return False  # وردت الحكومة ملوحةً بـ…: after a definite noun or a name, a circumstantial participle
    t = toks[sc.doc.pos.tok_at(f.cstart)]
    # (even the cue's own preposition: تذيع مواد منددة بكوريا الجنوبية، شركات مهددة بالإلغاء)
    return t.prep is not None or t.bare in CORE_PREPS
