"""Stance: what the speaker does with the content — the cue's default, corrected by the content itself.

- أكد with a demonstrative object (أكد ذلك), أكد contrasted with a denial in the same sentence (نفوا …، بينما
  أكدت …), and "مجدداً تأكيده" confirm another party's (or an earlier) report.
- For assert-type cues, content evidence from ``data/stance.tsv`` decides: denial words anywhere (غير صحيح،
  لا أساس له من الصحة) make it deny; a content opening with a call (يجب، ضرورة، ندعو) makes it call; an
  accusation word (تعذيب، انتهاكات) makes it accuse — unless it is negated just before (لم يتعرض للتعذيب: deny)
  or reported as someone's allegation (مزاعم التعذيب: the speaker only relays it); a threat word under a condition
  (قادرة على استهداف … إذا استمر التصعيد) makes it warn.
"""
from __future__ import annotations

from ..arabic import norm_key, variants
from .content import ACTION_REFUSALS
from .context import ArticleContext
from .frame import Frame
from .lexicon import CueKind, Lexicon, third_person_suffixes, words

CONTRAST = words("contrast_openers")  # بينما/فيما أكدت …: in contrast with what came before
CONFIRM = words("confirm_lemma")  # the cue that confirms (أكد ذلك)
OPEN_WORDS = 4
WINDOW = 4  # words before an accusation word searched for a negation or an "allegation" noun
PRONOUNS = frozenset(third_person_suffixes())


def _variants(w: str) -> set[str]:
    """A content word with its proclitics peeled off one by one (والتعذيب → التعذيب → تعذيب)."""
    return set(variants(w))


def _find(words: list[set[str]], phrase: tuple[str, ...]) -> list[int]:
    """Positions where ``phrase`` starts in the content (each content word given as its variants)."""
    n = len(phrase)
    return [i for i in range(len(words) - n + 1) if all(p in words[i + k] for k, p in enumerate(phrase))]


def _before(words: list[set[str]], i: int, wanted: set[str]) -> bool:
    return any(v & wanted for v in words[max(0, i - WINDOW):i])


def content_evidence(lex: Lexicon, text: str) -> str | None:
    """The stance the content's own words show, if any (deny first: a denial anywhere outweighs)."""
    raw = norm_key(text).split()
    words = [_variants(w) for w in raw]
    # the opening: skip a pronoun left over from إنه/أنه
    opening = [v for w, v in zip(raw, words) if w not in PRONOUNS][:OPEN_WORDS]
    negations, allegations = lex.stance_words("neg"), lex.stance_words("allegation")
    found: set[str] = set()
    threat = cond = False
    present = set().union(*words) if words else set()
    for ev in lex.evidence:
        if ev.words[0] not in present:
            continue
        if ev.where == "any":
            for i in _find(words, ev.words):
                if ev.stance == "accuse":
                    if _before(words, i, negations):
                        found.add("deny")  # لم يتعرض للتعذيب: the accusation is rejected
                    elif not _before(words, i, allegations):
                        found.add("accuse")
                else:
                    found.add(ev.stance)
        elif ev.where == "open" and _find(opening[:len(ev.words) + 1], ev.words):
            found.add(ev.stance)
        elif ev.where == "threat" and _find(words, ev.words):
            threat = True
        elif ev.where == "cond" and _find(words, ev.words):
            cond = True
    if threat and cond:
        found.add("warn")
    for st in ("deny", "call", "warn", "accuse"):
        if st in found:
            return st
    return None


def decide_stance(ctx: ArticleContext, f: Frame, content: str) -> str:
    """The stance of frame ``f`` (resolved, in the article context ``ctx``) whose content is ``content``."""
    st = f.form.stance
    if f.form.lemma in CONFIRM and st == "assert" and (f.demo is not None or _contrasts_denial(ctx, f)):
        return "confirm"
    if st == "assert":
        return _opening_cue(ctx, f) or content_evidence(ctx.lex, content) or st
    return st


def _opening_cue(ctx: ArticleContext, f: Frame) -> str | None:
    """The stance of a reporting verb that opens the content, its subject the pronoun of أنه/إنه (نقل عن بوتين أنه
    حث على فتح تحقيق؛ قال إنه نفى …): the speaker did what that verb says."""
    if f.cstart is None:
        return None
    k = ctx.pos.tok_at(f.cstart)
    if k < 1 or k >= len(ctx.toks) or ctx.toks[k].start != f.cstart or not ctx.toks[k].word or ctx.toks[k].conj:
        return None
    comp = ctx.toks[k - 1]  # أنه، إنها، بأنهم: the complementiser carries the verb's subject, the speaker
    if not (comp.word and ctx.r.is_comp(k - 1) and any(norm_key(comp.text).endswith(p) for p in PRONOUNS)):
        return None
    _, forms, objpron = ctx.r.cue_at(k, len(ctx.toks))
    if forms and not objpron and forms[0].kind is CueKind.VERB and forms[0].stance != "assert" \
            and forms[0].lemma not in ACTION_REFUSALS:  # أنه رفض "تسويق" …: an act refused, not a report denied
        return forms[0].stance
    return None


def _contrasts_denial(ctx: ArticleContext, f: Frame) -> bool:
    """أكد introduced by بينما/فيما after a denial in the same sentence confirms what the denial rejected."""
    k = f.a - 1
    while k >= 0 and not ctx.toks[k].word:
        k -= 1
    if k < 0 or ctx.toks[k].bare not in CONTRAST and ctx.toks[k].norm not in CONTRAST:
        return False
    return any(g.sent == f.sent and g.a < f.a and g.form.stance == "deny" for g in ctx.frames if g is not f)
