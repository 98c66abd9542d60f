"""Asides between a verb-first speaker and the words: an apposition giving the speaker's title, a relative clause
on the speaker, any comma-closed aside before the object of a cue that takes one before its ب-phrase or its
preposition, and a quoted name as such an object (read by :func:`.content.content_at`)."""
from __future__ import annotations

from .context import SentenceContext
from .frame import Frame, How
from .lexicon import BA, COMMAS, TERMINALS

APPOSITION_REACH = 25  # tokens of an apposition on the speaker before the object (، زعيم حزب … الذي …،)
QUOTED_NAME_REACH = 4  # words of a quoted name inside such an aside


def quoted_object_then_b(sc: SentenceContext, f: Frame, k: int) -> bool:
    """A quoted name as the object of a cue that takes one and a ب-phrase (متهماً «جهات أجنبية» بـ«التحريض …»):
    the words run on through the ب-phrase."""
    if not {"n", "b"} <= f.form.obj:
        return False
    e = sc.doc.r.short_quote_end(k)
    t = sc.doc.r.tok(e) if e is not None else None
    return t is not None and t.word and (t.prep == BA or t.bare == BA)


def relative_aside_end(sc: SentenceContext, f: Frame, k: int) -> int | None:
    """Where the words may start after a comma-closed relative clause on the speaker at ``k`` (وأعلن ماكرون، الذي
    تصدر نتائج الجولة الأولى، عن نيته …), else None."""
    toks, s1 = sc.doc.toks, sc.s1
    if f.how is not How.POST or f.speaker is None or f.speaker[1] != k - 1 or k >= s1 \
            or toks[k - 1].text not in COMMAS or not sc.doc.r.role(k, "rel"):
        return None
    m = closing_comma(sc, k + 1)
    return m + 1 if m is not None and m + 1 < s1 else None


def closing_comma(sc: SentenceContext, start: int, names: bool = False, stop=None) -> int | None:
    """The comma that closes an aside opening at token ``start`` (within :data:`APPOSITION_REACH`), or None when a
    sentence end, a quotation (with ``names``: one longer than a quoted name) or a token ``stop`` says yes to comes
    first."""
    ctx, s1 = sc.doc, sc.s1
    toks, m = ctx.toks, start
    while m < min(s1, start - 1 + APPOSITION_REACH):
        t = toks[m]
        qe = ctx.r.short_quote_end(m, QUOTED_NAME_REACH) if names and ctx.pos.is_open_quote(m) else None
        if qe is not None:
            m = qe  # a name in quotation marks inside the aside (تحدثوا إلى «نافذة كركوك»)
            continue
        if t.text in TERMINALS or ctx.pos.is_open_quote(m) or (stop is not None and stop(t)):
            return None
        if t.text in COMMAS:
            return m
        m += 1
    return None


def aside_end(sc: SentenceContext, f: Frame, k: int) -> int | None:
    """Where the object of a cue that takes one before its ب-phrase or its preposition (اتهم X Y بـ…، دعا X Y إلى
    …) starts when a comma-closed aside on a verb-first speaker stands between them (واتهم نازحون، لجأوا إلى مدرسة
    في المدينة، القوات الحكومية بـ«…»؛ ودعا البرنامج، في بيان صدر في نيروبي، المانحين إلى …), else None: only when
    the aside holds no such ب-phrase or preposition and what follows its comma is a phrase and then one."""
    ctx, s1 = sc.doc, sc.s1
    r, toks = ctx.r, ctx.toks
    takes_b = "b" in f.form.obj
    if "n" not in f.form.obj or not (takes_b or f.form.preps) or f.speaker is None or f.how is not How.POST:
        return None
    a = f.speaker[1]
    if a >= s1 or toks[a].text not in COMMAS or k <= a or toks[k].prep == BA:
        return None

    def marks_object(t) -> bool:  # the ب-phrase or the preposition the object comes before
        return t.word and (takes_b and (t.prep == BA or t.bare == BA) or t.bare in f.form.preps)

    # (a verb of speech may describe the speaker there: تحدثوا إلى «…» شرط عدم الكشف …)
    m = closing_comma(sc, a + 1, names=True, stop=marks_object)
    if m is None:
        return None
    e = r.walk(m + 1, s1, strict=True)
    n = r.tok(e)
    return m + 1 if m + 1 > k and e > m + 1 and n is not None and marks_object(n) else None


def apposition_end(sc: SentenceContext, f: Frame, k: int) -> int | None:
    """Where a noun-phrase object starts when a comma-closed apposition on the speaker stands at ``k`` (the
    speaker, a comma, then a person's title: ورفض الوزير فلان، زعيم حزب … الذي …، رسو المركب), else None."""
    ctx, s1 = sc.doc, sc.s1
    r, toks = ctx.r, ctx.toks
    sn = r.speaker_noun(k)
    if f.speaker is None or f.how is not How.POST or f.speaker[1] != k - 1 or toks[k - 1].text not in COMMAS \
            or sn is None or sn.role not in ("title", "honorific") or toks[k].prep is not None:
        return None
    for m in range(k + 1, min(s1, k + APPOSITION_REACH)):
        t = toks[m]
        if t.text in TERMINALS or ctx.pos.is_open_quote(m) or (t.word and ctx.pos.verb_cue(m)):
            return None
        if t.text in COMMAS:
            if m + 1 >= s1 or not toks[m + 1].word or r.given_name(m + 1) or r.known_name(m + 1):
                return None  # اتهم الرئيس، فلان، وزيرَ العدل، فلاناً: a title with its name after it is the object
            return m + 1
    return None
