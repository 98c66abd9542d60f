"""What the stance classifier reads of a claim: its cue, the words that open and fill its content, and the
rules' evidence, as named features (:mod:`isnad.learn`).

Features are computed from strings (the cue as printed, the content, the few words between them), so the same
function serves a claim found by the engine and a claim annotated by hand:

- the cue: its lemma and the lemma's default stance from ``data/cues.tsv`` (``cue:نفى``, ``cuest:deny``);
- the content: light stems of its words (``w:…``), adjacent pairs (``bi:…_…``), the first three words with their
  position (``o0:…``), a question mark, a short content (``short``: أكد ذلك), its length bucket;
- the words between cue and content (``pre:…``: إن، بأن، a colon or an opening quotation mark);
- the rules' evidence from ``data/stance.tsv`` (``ev:deny``, ``ev:open:call``, a negated accusation word, a
  threat under a condition);
- markers of what the content does (:func:`markers`, ``mk:…``): a negation, an obligation (يجب، لا بد), سـ + a
  verb, a condition (إذا، لو), each anywhere and at the opening; على + X + أن at the opening; a word of blame
  with a negation just before it (لم نرتكب أي جرائم);
- the content's lean towards deny, accuse, warn and call by the lexicon mined from the unlabeled news
  (:mod:`.stance_lexicon`; ``lxm:…``, ``lxx:…``, ``lxn:…``, ``lxo:…``);
- the meaning of the content: the mean word vector of the whole content and of its opening
  (:mod:`isnad.vectors`; ``va0…``, ``vb0…``), so that words never seen in training still count by their
  neighbours;
- the character n-grams of the content and the cue (``cg:…`` counts), read only by the second model of
  :mod:`.stance_chars`.
"""
from __future__ import annotations

from functools import lru_cache

from ..arabic import light, norm, norm_key, tokenize, variants
from ..arabic.memo import Memo
from ..vectors import word_vectors
from .lexicon import lexicon, words
from .stance_chars import gram_features
from .stance_lexicon import STRONG, lexicon_features, weights

OPENING = 3
VECTOR_OPENING = 5  # words of the opening averaged apart (the act is usually named there)
WINDOW = 4  # words before an accusation word searched for a negation or an allegation noun


@lru_cache(maxsize=4096)
def cue_info(cue_text: str) -> tuple[str, str]:
    """(lemma, default stance) of a cue as printed (وقالت → قال, assert; نفت → نفى, deny); for a cue the lexicon
    does not know, (its first word's light stem, "assert")."""
    lex = lexicon()
    words = [norm(w) for w in norm_key(cue_text).split()]
    for n in range(min(len(words), lex.max_cue_len), 0, -1):
        for first in variants(words[0], article=False) if words else ():
            forms = lex.cues.get((first,) + tuple(words[1:n]))
            if forms:
                return forms[0].lemma, forms[0].stance
    return (light(words[0]) if words else ""), "assert"


def stems(text: str) -> list[str]:
    """The light stems of the words (and numbers) of ``text``, as the content features read them."""
    return [light(t.stem) if t.kind == "word" else t.norm for t in tokenize(text) if t.kind != "punct"]


_WORD_STEMS = Memo("claims.stance_features: stems of one word")  # a bounded number (see isnad.arabic.memo)


def word_stems(w: str) -> tuple[str, ...]:
    """:func:`stems` of one word of a content, kept: :func:`markers` asks it of every word of every content."""
    got = _WORD_STEMS.get(w)
    if got is None:
        got = _WORD_STEMS.recall(w)
        if got is None:
            got = _WORD_STEMS.store(w, tuple(stems(w)))
    return got


def _evidence(words: list[set[str]]) -> list[str]:
    """The rules' evidence of ``data/stance.tsv`` found in the content (each content word as its variants)."""
    lex = lexicon()
    out: list[str] = []
    present = set().union(*words) if words else set()
    negations, allegations = lex.stance_words("neg"), lex.stance_words("allegation")
    threat = cond = False
    for ev in lex.evidence:
        if ev.words[0] not in present:
            continue
        n = len(ev.words)
        hits = [i for i in range(len(words) - n + 1) if all(p in words[i + k] for k, p in enumerate(ev.words))]
        if not hits:
            continue
        if ev.where == "any":
            for i in hits:
                before = words[max(0, i - WINDOW):i]
                if ev.stance == "accuse" and any(v & negations for v in before):
                    out.append("ev:negated-accusation")
                elif ev.stance == "accuse" and any(v & allegations for v in before):
                    out.append("ev:alleged-accusation")
                else:
                    out.append(f"ev:{ev.stance}")
        elif ev.where == "open" and any(i < OPENING + 1 for i in hits):
            out.append(f"ev:open:{ev.stance}")
        elif ev.where == "threat":
            threat = True
        elif ev.where == "cond":
            cond = True
    if threat:
        out.append("ev:threat")
    if threat and cond:
        out.append("ev:threat+cond")
    return out


def _future(w: str) -> bool:
    """سـ + an imperfect verb the word vectors know (سنرد، سيتم), or سوف."""
    if w in words("stance_future"):
        return True
    return (len(w) >= 4 and w[0] in words("stance_future_prefix") and w[1] in words("present_prefixes")
            and w[1:] in word_vectors().index)


def markers(raw: list[str]) -> list[str]:
    """Negation, obligation, future and condition in the content (``raw``: its normalised words), with where they
    stand: at the opening (``0``), and a word of blame (:mod:`.stance_lexicon`) with a negation just before it."""
    out = []
    neg, modal, cond = words("stance_negations"), words("stance_modals"), words("stance_conditions")
    blame = weights().get("accuse", {})
    head = [w for w in raw if w not in words("leftover_pronouns")][:OPENING]
    for name, table in (("neg", neg), ("modal", modal), ("cond", cond)):
        if any(w in table for w in raw):
            out.append(f"mk:{name}")
        if any(w in table for w in head[:2]):
            out.append(f"mk0:{name}")
    fut = [_future(w) for w in raw]
    if any(fut):
        out.append("mk:fut")
        if "mk:cond" in out:
            out.append("mk:fut+cond")
        if "mk:neg" in out:
            out.append("mk:fut+neg")
    if any(w in words("stance_future_negations") for w in head):
        out.append("mk0:lan")
    if words("stance_obligation_on") & set(head[:2]) and words("stance_that") & set(raw[:8]):
        out.append("mk0:ala-an")
    for i, w in enumerate(raw):
        if any(blame.get(s, 0.0) >= STRONG for s in word_stems(w)):
            near = raw[max(0, i - 3):i]
            out.append("mk:neg-blame" if any(w in neg for w in near) else "mk:blame")
    return sorted(set(out))


def features(cue_text: str, content: str, between: str = "", speaker_type: str | None = None,
             direct: bool = False) -> list:
    """The features of one claim (see module doc): names, and (name, value) pairs for the vectors."""
    lemma, default = cue_info(cue_text)
    out = [f"cue:{lemma}", f"cuest:{default}", "bias"]
    if speaker_type:
        out.append(f"sp:{speaker_type}")
    if direct:
        out.append("direct")
    raw = [w for w in norm_key(content).split()]
    variant_sets = [set(variants(w)) for w in raw]
    st = stems(content)
    opening = [s for s in st if s not in words("leftover_pronouns")][:OPENING]
    out += [f"w:{s}" for s in set(st)]
    out += [f"bi:{a}_{b}" for a, b in set(zip(st, st[1:]))]
    out += [f"o{k}:{s}" for k, s in enumerate(opening)]
    out += [f"o:{s}" for s in opening]
    if "؟" in content or "?" in content:
        out.append("qmark")
    if len(st) <= 2:
        out.append("short")
        if any(s in words("demonstratives") for s in st):
            out.append("demonstrative")
    out.append(f"len:{min(6, len(st) // 6)}")
    out += [f"pre:{w}" for w in (t.norm for t in tokenize(between)) if w][:4]
    out += markers(raw)
    out += lexicon_features(st)
    ev = _evidence(variant_sets)
    out += ev
    out += [f"cuest:{default}+{e}" for e in set(ev)]
    wv = word_vectors()
    out += [(f"va{i}", float(x)) for i, x in enumerate(wv.mean(content))]
    out += [(f"vb{i}", float(x)) for i, x in enumerate(wv.mean(content, VECTOR_OPENING))]
    out += gram_features(cue_text, content)
    return out


def claim_features(claim, article_text: str) -> list[str]:
    """Features of a claim of the model (:class:`isnad.model.Claim`) in its article's text."""
    c, cue = claim.content, claim.cue
    between = ""
    if cue is not None and c is not None and cue.end <= c.start:
        between = article_text[cue.end:c.start][-40:]
    return features(cue.text if cue else "", c.text if c else "", between,
                    claim.speaker.type if claim.speaker else None, claim.direct)
