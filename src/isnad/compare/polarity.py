"""Polarity: one source says there is X, another that there is no X.

Existential predicates of ``data/existentials.tsv`` (هناك، يوجد / لا يوجد، ليس هناك) are read in each claim with
the first content word after them (أي and other function words skipped): "لا يوجد أي تفسير" says there is no
تفسير, "هناك تفسيرات أخرى" that there are some. Two claims of different sources conflict when one asserts and the
other denies the existence of the same noun (same light stem).
"""
from __future__ import annotations

from ..model import Contradiction
from .keys import ClaimView, find_phrases, who, word_set


def existentials(view: ClaimView) -> list[tuple[str, str, str]]:
    """(polarity, noun stem, noun as written) for each existential predicate of the claim."""
    stop = word_set("stopwords.txt")
    keys = view.keys
    stems = [k.stem for k in keys]
    out = []
    for _, j, polarity in find_phrases(stems, "existentials.tsv"):
        for k in keys[j:j + 3]:
            if k.kind == "punct":
                break
            if k.kind == "word" and k.stem not in stop and len(k.stem) >= 3:
                out.append((polarity, k.stem, view.claim.content.text[k.start - view.claim.content.start:
                                                                     k.end - view.claim.content.start]))
                break
    return out


def polarity_conflict(a: ClaimView, b: ClaimView, ea: list[tuple[str, str, str]],
                      eb: list[tuple[str, str, str]]) -> Contradiction | None:
    for pa, na, wa in ea:
        for pb, nb, wb in eb:
            if na == nb and pa != pb:
                yes, no = (wa, wb) if pa == "pos" else (wb, wa)
                who_yes, who_no = (a, b) if pa == "pos" else (b, a)
                note = f"existence differs: {who(who_yes)} says there is {yes}, {who(who_no)} that there is no {no}"
                return Contradiction(a=a.id, b=b.id, kind="negation", note=note, score=0.5)
    return None
