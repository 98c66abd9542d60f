"""Places found after resolution, from what the article has already established: short forms of a longer name it
gave (البادية after البادية السورية), spelling variants within one edit of a name whose country fits the article
(رواة -> راوة), a page cut in the middle of its last word (... إلى روس), and unknown names after a head word
(منطقة حميمة -> a place with no id). Each pass skips the tokens already ``used`` by a mention.
"""
from __future__ import annotations

from typing import Sequence

from ...arabic.normalize import norm
from ...arabic.tokens import vocabulary
from . import lexicon as lx
from .gazetteer import F_ARTICLE, Gazetteer
from .readings import Readings, prev_word
from .recognition import Mention, head_of, is_cue

ELLIPTIC_CONFIDENCE = 0.6  # times the confidence of the longer name
# Spelling variants: the countries searched (share of the article at least FUZZY_SHARE, at most FUZZY_COUNTRIES of
# them), words at least FUZZY_MIN_LEN long, and how a variant is trusted (see fuzzy()).
FUZZY_SHARE = 0.2
FUZZY_COUNTRIES = 4
FUZZY_MIN_LEN = 4
TRUNCATED_MIN_LEN = 3
TRUNCATED_MARGIN = 0.5  # the best completion's prior must lead the next by this much
UNKNOWN_MAX_FREQ = 50  # a word after a place head is taken as an unknown name only when this rare,
UNKNOWN_NER_MAX_FREQ = 1000  # ... or this rare when the entity stage marks it LOC or it is joined by و to one
UNKNOWN_HEADS = ("city", "area", "district")


def elliptic(toks: list[Readings], accepted: list[Mention], used: set[int]) -> list[Mention]:
    """A listed short form (البادية) after the article gave a longer accepted name that starts with it."""
    out = []
    short = lx.elliptic()
    for i, tk in enumerate(toks):
        if i in used or not tk.word or not tk.article or tk.bare not in short:
            continue
        full = [m for m in accepted if m.j - m.i > 1 and m.key.startswith(tk.bare)]
        if not full:
            continue
        src = min(full, key=lambda m: abs(m.i - i))
        f = next((f for f in tk.forms if f.key == tk.bare), tk.forms[-1])
        m = Mention(i, i + 1, f.start, tk.token.end, tk.bare, [(src.row, 0)], True, f.level, kind="elliptic")
        m.row, m.confidence, m.accepted = src.row, ELLIPTIC_CONFIDENCE * src.confidence, True
        out.append(m)
    return out


def fuzzy(gaz: Gazetteer, toks: list[Readings], used: set[int], accepted: list[Mention], ctx: dict[str, float]
          ) -> list[Mention]:
    """Spelling variants within one edit of a name of a country the article is about."""
    countries = [c for c, w in sorted(ctx.items(), key=lambda x: -x[1]) if w >= FUZZY_SHARE][:FUZZY_COUNTRIES]
    if not countries:
        return []
    vocab = vocabulary()
    rows_here = {m.row for m in accepted}
    heads = lx.place_heads()
    out = []
    for i, tk in enumerate(toks):
        if i in used or not tk.word or tk.nisba:
            continue
        k = prev_word(toks, i)
        head = None
        cue = False
        if k is not None:
            head = head_of(toks[k])
            cue = is_cue(toks[k])
        best = None
        if not (head or cue):
            continue  # _fuzzy_confidence trusts no variant without a cue or a head before it
        for f in tk.forms:
            if len(f.key) < FUZZY_MIN_LEN or f.key in heads or f.key in lx.stoplist():
                continue
            freq = vocab.get(("ال" if f.article else "") + f.key, 0)
            for c in countries:
                for key in gaz.near_keys(f.key, c):
                    for r, fl in gaz.lookup(key):
                        p = gaz.places[r]
                        if p.country != c or p.kind == "country":
                            continue
                        if bool(fl & F_ARTICLE) != f.article:
                            continue
                        conf = _fuzzy_confidence(r in rows_here, head, cue, freq, len(f.key), ctx.get(c, 0))
                        if conf is None:
                            continue
                        cand = (conf + 0.1 * p.prominence, r, f, key)
                        if best is None or cand[0] > best[0]:
                            best = cand
        if best:
            conf, r, f, key = best
            m = Mention(i, i + 1, f.start, tk.token.end, f.key, [(r, 0)], f.article, f.level, kind="fuzzy")
            m.row, m.confidence, m.accepted = r, conf, True
            out.append(m)
    return out


def _fuzzy_confidence(named_here: bool, head: str | None, cue: bool, freq: int, length: int, share: float
                      ) -> float | None:
    """How far a spelling variant is trusted: a place the article names elsewhere, cued and not too common; a
    rare word after a town or area head in a country the article is about; a long, very rare cued word there.
    None: not at all."""
    if named_here and (cue or head) and freq < 3000:
        return 0.6
    if head in ("city", "area", "district") and share >= 0.3 and freq < 1000:
        return 0.5
    if length >= 6 and freq <= 5 and share >= 0.3 and cue:
        return 0.4
    return None


def truncated(gaz: Gazetteer, text: str, toks: list[Readings], used: set[int]) -> list[Mention]:
    """A page cut in the middle of its last word (... إلى روس): complete it to the country or capital whose
    name starts with it, when a place cue comes before it and one completion is clearly the best known."""
    if not toks or text.rstrip() != text[:toks[-1].token.end] or len(toks) < 2:
        return []
    i = len(toks) - 1
    tk = toks[i]
    if i in used or not tk.word or len(tk.bare) < TRUNCATED_MIN_LEN or not is_cue(toks[i - 1]):
        return []
    major = gaz.major_keys()
    rows = sorted((gaz.places[r].prior, r) for r in major
                  if any(k.startswith(tk.bare) and k != tk.bare for k in major[r]))
    if not rows or (len(rows) > 1 and rows[-1][0] - rows[-2][0] < TRUNCATED_MARGIN):
        return []  # no completion, or no clear one
    r = rows[-1][1]
    m = Mention(i, i + 1, tk.forms[-1].start, tk.token.end, tk.bare, [(r, 0)], tk.article, 0, kind="fuzzy")
    m.row, m.confidence, m.accepted = r, 0.4, True
    return [m]


def unknown(toks: list[Readings], used: set[int], ner_spans: Sequence[tuple[int, int]] = ()) -> list[Mention]:
    """A rare word right after a place head (منطقة حميمة): a place the gazetteer does not know. A word the entity
    stage marks LOC there may be more frequent (بلدتي كفريا: a town in the news for years); and a name joined by و
    to such a name is a second place (بلدتي كفريا والفوعة)."""
    vocab = vocabulary()
    heads = lx.place_heads()
    out: list[Mention] = []

    def name_like(tk: Readings, joined: bool = False) -> bool:
        if tk.keys() & heads.keys() or tk.bare in lx.stoplist() or len(tk.bare) < 3 or tk.bare.endswith(("يه", "ي")):
            return False  # منطقة آمنة، منطقة صحراوية: an adjective, not a name
        ner = any(a < tk.token.end and tk.token.start < b for a, b in ner_spans)
        freq = vocab.get(norm(tk.surface if tk.has_clitic else tk.token.text), 0)
        return freq <= (UNKNOWN_NER_MAX_FREQ if ner or joined else UNKNOWN_MAX_FREQ)

    for i, tk in enumerate(toks):
        if i in used or not tk.word or tk.nisba or i == 0 or tk.has_clitic:
            continue
        k = prev_word(toks, i)
        if k is None or (k - 1) in used or k in used:
            continue
        if head_of(toks[k]) not in UNKNOWN_HEADS or not name_like(tk):
            continue
        m = Mention(i, i + 1, tk.token.start, tk.token.end, tk.bare, [], tk.article, 0, kind="unknown")
        m.confidence = 0.3
        out.append(m)
        j = i + 1
        if j < len(toks) and j not in used and toks[j].word and _joined_by_wa(toks[j]) and name_like(toks[j], True):
            nxt = toks[j]
            f = nxt.forms[-1]
            m2 = Mention(j, j + 1, f.start, nxt.token.end, nxt.bare, [], nxt.article, f.level, kind="unknown")
            m2.confidence = 0.3
            out.append(m2)
    return out


def _joined_by_wa(tk: Readings) -> bool:
    """Is the token و + a word (and nothing else before it)?"""
    ws = tk.token.words
    return len(ws) >= 2 and ws[0].kind == "conj" and norm(ws[0].text) == "و" and ws[1].kind != "prep"
