"""The attribution pass: relays, prepositional attributions and the outlets words came through.

A relay verb (نقلت X عن Y، نسبت X لـY) makes the source Y the speaker and X the relay (:func:`relay_source`, read
while the speaker pass settles a verb). Prepositional attributions (بحسب X، وفقاً لـX، كما أعلنت X، نقلاً عن X)
either become the ``via`` of the claim they scope over — the one before them when they trail (…، بحسب X), the
ones after them when they lead (بحسب X، …) — or, with no claim in scope, claims of their own whose words are the
clause they attach to (:func:`attributions`, per sentence, after merging). After resolution, an anaphoric speaker
(هذه المصادر) inherits the relay of the claim it points back to (:func:`inherit_vias`), and the words said in the
same report as words told to an outlet came through that outlet too (:func:`carry_outlet`).
"""
from __future__ import annotations

from .content import WHILE_OPENERS, content_at
from .context import ArticleContext, SentenceContext
from .frame import ContentType, Frame, How, Placement
from .lexicon import COMMAS, FA, LAM, LAM_ARTICLE, LAM_FORMS, TATWEEL, TERMINALS, CueKind, words
from .mentions import source_span

ABOUT_PREP = words("about_prep")  # نقلت X عن Y: the relay's preposition when the cue lists none
PERFECT_PARTICLE = words("perfect_particle")
THEN_CLAUSES = words("then_clauses")  # بحسب X فإن …: the attribution opens what follows
LEAD_CLAUSES = words("lead_clauses")
EXPLICIT = (How.PRE, How.POST, How.REL, How.DOC)  # a speaker written out (it relays when a source is named)
RELAY_NEAR = 6  # tokens an acronym or an apposition may take between the relay and its عن
# tokens a relative clause may take there (نقلت وكالة "سبأ" بنسختها التي يديرها الحوثيون في صنعاء عن مسؤول …)
RELAY_REACH = 10


def relay_source(ctx: ArticleContext, f: Frame, k: int, s1: int) -> int | None:
    """نقلت X عن Y: the speaker becomes Y, X the relay. ``k`` is where X ends (or the verb, when X came
    before it); an acronym, an apposition or a relative clause may stand between X and عن."""
    r = ctx.r
    for m in range(k, min(s1, k + RELAY_REACH)):
        if m - k >= RELAY_NEAR and not any(r.role(x, "rel") for x in range(k, m)):
            return None  # past a few words only a relative clause may stand before عن (not تقريراً عن …: "about")
        t = ctx.toks[m]
        src = lisan = None
        if t.word and t.bare in (f.form.preps or ABOUT_PREP) and r.starts_phrase(m + 1):
            src = m + 1
        elif (e := r.phrase(m, "relayprep", s1)) > m + 1 and r.starts_phrase(e):
            src = lisan = e  # نقلت الوكالة على لسان الوزير أن …
        elif t.word and LAM in f.form.preps and t.prep == LAM and not r.role(m, "pron") and not (
                m == k and t.bare.startswith(LAM_ARTICLE)) and (
                r.speaker_noun(m) is not None or r.outlet_at(m, s1) > m or r.actor_at(m, s1) is not None):
            src = m  # نسبت الوكالة لمصادر أمنية القول إن …: the source carries the ل
        if t.word and m == k and t.bare.startswith(LAM_ARTICLE) and f.speaker is not None and f.speaker[1] == m \
                and src is None:
            f.speaker = (f.speaker[0], m + 1)  # وكالة رويترز للأنباء: the ل-genitive belongs to the relay
            k += 1
            continue
        if src is not None:
            if f.how is How.POST and f.speaker is not None and not r.speaker_like(f.speaker[0], lexical=True):
                return None  # نقلت مخاوفَ المدافعين عن …: an object, not a relay
            e = r.walk(src, s1, strict=src == m, force=src == m)
            if e <= src:
                return None
            f.relay = f.speaker if f.speaker else None
            f.speaker, f.how = (src, e), How.RELAY
            if src == lisan:
                f.consumed = max(f.consumed, e)  # على لسان is read here, not as an attribution of its own
            return e
        if r.is_comp(m) or (t.word and ctx.pos.verb_cue(m)) or t.text in TERMINALS:
            return None
    return None


def contrast_between(sc: SentenceContext, g: Frame, f: Frame) -> tuple[int, int] | None:
    """(comma, first token of the clause) of a contrast opener (grammar role ``contrast``: ، غير أن، ، إلا أن)
    standing after a comma between claim ``g``'s cue and a trailing attribution ``f``, outside quotations."""
    ctx = sc.doc
    r, toks = ctx.r, ctx.toks
    for m in range(g.b, f.a - 1):
        if toks[m].text not in COMMAS or ctx.pos.quote_of(m) is not None:
            continue
        e = r.phrase(m + 1, "contrast", f.a)
        if e > m + 1:
            return m, e
    return None


def relative_relay(sc: SentenceContext, frames: list[Frame]) -> None:
    """نفاه مصدر عسكري نقلت عنه وكالة سانا …: a relay verb with a pronoun (عنه) right after the speaker of a claim
    is a clause on that speaker; the agency becomes the claim's relay, and the relay verb is no claim."""
    ctx = sc.doc
    for f in frames:
        if f.dropped or f.kind is not CueKind.RELAY or f.cstart is not None or f.speaker is None or f.how is not How.POST:
            continue
        if not (f.objpron or ctx.r.role(f.b, "resump")):
            continue
        g = next((g for g in frames if g is not f and not g.dropped and g.speaker is not None
                  and g.how in (How.POST, How.PRE) and g.speaker[1] == f.a and g.kind is not CueKind.ATTR), None)
        if g is not None:
            g.via.append((source_span(ctx, *f.speaker), None))
            f.dropped = True


def quoted_before(ctx: ArticleContext, g: Frame, f: Frame) -> bool:
    """Does cue ``g`` stand inside a quotation that closes before attribution ``f``?"""
    q = ctx.pos.quote_of(g.a)
    return q is not None and q.closed and q.end <= ctx.toks[f.a].start


def attributions(sc: SentenceContext, frames: list[Frame]) -> None:
    """Turn the prepositional attributions among the sentence's live ``frames`` into claims, or into the relay
    of a claim they scope over (then they are dropped)."""
    ctx, s0, s1 = sc.doc, sc.s0, sc.s1
    relative_relay(sc, frames)
    for f in frames:
        if f.kind is CueKind.ATTR or (f.attr_verb and f.cstart is None) or (
                f.kind is CueKind.RELAY and f.how is How.ATTR and f.cstart is None):
            if f.attr_verb and f.speaker is None:
                f.dropped = True
                if f.attr is Placement.TRAIL:  # "…، حسبما قال في حوار": the speaker's own words end before it
                    scope = [g for g in frames if g is not f and not g.dropped and g.a < f.a
                             and g.cstart is not None and g.kind is not CueKind.ATTR]
                    if scope and ctx.toks[scope[-1].a].sent == ctx.toks[f.a].sent:
                        scope[-1].cend = None
                        scope[-1].attr_cut = ctx.pos.cut_before(f)
                continue
            others = [g for g in frames if g is not f and not g.dropped and g.kind is not CueKind.ATTR
                      and not (g.attr_verb and g.cstart is None) and g.cstart is not None]
            if f.attr is Placement.TRAIL and f.speaker is not None:
                # "…، وبحسب موقع X فقد قال Y: …": the attribution opens the clause that follows it
                k = f.speaker[1]
                while k < s1 and (not ctx.toks[k].word or ctx.toks[k].bare in PERFECT_PARTICLE or ctx.r.role(k, "disc")):
                    k += 1
                if any(g.a == k for g in others) or (k < s1 and ctx.toks[k].norm in THEN_CLAUSES):
                    f.attr = Placement.LEAD  # "…، ولكن بحسب X فإن …": the attribution opens what follows
            if f.attr is Placement.TRAIL:
                # (not a cue inside a quotation that closed before the attribution: «… وقال لي: …،» حسب ما نشرته
                # صحيفة …: the attribution scopes over the whole quotation, the claim of whoever opened it)
                scope = [g for g in others if g.a < f.a and not quoted_before(ctx, g, f)]
                if scope and scope[-1].cstart is not None and scope[-1].cstart > ctx.toks[f.a].start:
                    # the attribution stands between the cue and its words (وشدد X، حسبما نقلت عنه …، على); a
                    # mouthpiece there (أكدت الهيئة، على لسان طبيبها، أن …) speaks for X and relays nothing
                    if ctx.r.phrase(f.a, "relayprep", f.b + 1) <= f.a + 1:
                        scope[-1].via.append((source_span(ctx, *f.speaker), None))
                    f.dropped = True
                    continue
                turn = contrast_between(sc, scope[-1], f) if scope else None
                if turn is not None:
                    # "X قال إن …، غير أن عدد القتلى ارتفع إلى 30 وفق مصادر أخرى": the attribution scopes over the
                    # clause the contrast opens, not over X's words, which end before it
                    comma, opens = turn
                    scope[-1].cend = None
                    scope[-1].attr_cut = ctx.toks[comma].start
                    end = ctx.pos.cut_before(f)
                    if end > ctx.toks[opens].start:
                        f.cstart, f.ctype, f.cend = ctx.toks[opens].start, ContentType.CLAUSE, end
                        continue
                    f.dropped = True
                    continue
                if scope:
                    g = scope[-1]
                    if f.kind is CueKind.RELAY and f.how is How.ATTR and not f.attr_verb and g.relay is None \
                            and g.how is not How.RELAY and g.kind in (CueKind.VERB, CueKind.PART):
                        # "قالت الصحيفة إن …، نقلاً عن مصادر": the sources speak, the paper relays them
                        g.relay, g.relay_self = (g.speaker if g.how in EXPLICIT else None), True
                        g.speaker, g.how = f.speaker, How.RELAY
                    else:
                        g.via.append((source_span(ctx, *f.speaker), None))
                        ctx.relayed.append(f.speaker)
                    g.cend = None
                    g.attr_cut = ctx.pos.cut_before(f)
                    f.dropped = True
                    continue
                cs = ctx.pos.skip_openers(s0, f.a)
                end = ctx.pos.cut_before(f)
                if end <= ctx.toks[cs].start or not any(t.word for t in ctx.toks[cs:f.a]):
                    f.dropped = True
                    continue
                f.cstart, f.ctype, f.cend = ctx.toks[cs].start, ContentType.CLAUSE, end
            else:
                # (a participle after it continues the attribution's own words, ووفق شهود، فقد استطاع …، مؤكدين
                # استحالة …: the attribution is a claim and the participle its source's next one)
                scope = [g for g in others if g.a > f.a and not (g.kind is CueKind.PART and g.how is How.CONT)]
                if scope:
                    for g in scope[:1] if f.attr_verb or not ctx.pos.is_leading(f.a) else scope:
                        g.via.insert(0, (source_span(ctx, *f.speaker), None))
                    f.dropped = True
                    continue
                k = f.speaker[1]
                while k < s1 and (not ctx.toks[k].word or ctx.toks[k].bare in PERFECT_PARTICLE or ctx.r.role(k, "disc")
                                  or (ctx.toks[k].text in COMMAS)):
                    k += 1
                if k < s1 and ctx.toks[k].norm in LEAD_CLAUSES:
                    k += 1
                if k < s1 and ctx.r.is_comp(k):  # وجاء في البيان أن …
                    content_at(sc, f, k)
                    continue
                if k < s1 and ctx.toks[k].text == ":":
                    k += 1
                if k >= s1:
                    f.dropped = True
                    continue
                t = ctx.toks[k]
                f.cstart = t.start + (1 if t.conj and t.norm.startswith(FA) else 0)
                f.ctype = ContentType.CLAUSE


def carry_outlet(ctx: ArticleContext, frames: list[Frame]) -> None:
    """"X told newspaper N …، فيما قال Y …": the words Y says in the same report came through N too."""
    r = ctx.r
    last: Frame | None = None
    for f in frames:
        if f.parent is not None or f.cstart is None or f.dropped:
            continue
        k = f.a - 1
        while k >= 0 and not ctx.toks[k].word and ctx.toks[k].text in COMMAS:
            k -= 1
        opener = k >= 0 and ctx.toks[k].bare in WHILE_OPENERS and ctx.toks[k].word
        if (opener and last is not None and not f.via and f.recipient is None
                and ctx.toks[last.a].para == ctx.toks[f.a].para and last.rec_span is not None):
            f.via = [(last.rec_span, None)]
        if f.recipient is not None and f.rec_span is not None:
            a = f.recipient[0]
            t = ctx.toks[a]
            outlet = (r.speaker_noun(a) is not None and r.speaker_noun(a).type == "outlet") or \
                r.outlet_at(a) > a or (t.text.endswith(TATWEEL) and t.norm in LAM_FORMS)
            last = f if outlet else None
        elif not opener:
            last = None


def inherit_vias(ctx: ArticleContext, frames: list[Frame]) -> None:
    """An anaphoric speaker (هذه المصادر) keeps the relay of the claim it points back to."""
    r = ctx.r
    for f in frames:
        if f.via or f.speaker is None or f.how is How.CONT:
            continue
        a = f.speaker[0]
        if not r.role(a, "demo"):
            continue
        head = r.speaker_noun(a + 1)
        if head is None:
            continue
        for g in reversed([x for x in frames if ctx.toks[x.a].start < ctx.toks[f.a].start]):
            gh = r.speaker_noun(g.speaker[0]) if g.speaker else None
            if g.via and gh is not None and (gh == head or gh.type == head.type == "anonymous"):
                f.via = list(g.via)
                if f.rec_span is not None and g.via:
                    f.rec_span = g.via[-1][0] if f.rec_span[1] - f.rec_span[0] < 12 else f.rec_span
                break
