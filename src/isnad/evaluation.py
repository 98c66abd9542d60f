"""What the evaluations of several stages share: pairing gold articles with predicted ones as the shared scorer
does (by title, or by the opening of the body for an untitled gold article)."""
from __future__ import annotations

from typing import Callable

TITLE_MIN = 0.6


def _first_paragraph(pred: dict) -> str:
    paras = pred.get("paragraphs") or []
    first = paras[0] if paras else ""
    return first if isinstance(first, str) else (first.get("text") or "")


def pair_articles(gold_arts: list[dict], pred_arts: list[dict],
                  similarity: Callable[[str | None, str | None], float]) -> list[tuple[int, int]]:
    """(gold index, predicted index) pairs: each gold article, in order, takes the unpaired predicted article most
    similar to it (``similarity`` ≥ :data:`TITLE_MIN`)."""
    pairs, used = [], set()
    for gi, g in enumerate(gold_arts):
        best, bj = 0.0, None
        for j, p in enumerate(pred_arts):
            if j in used:
                continue
            if g.get("title"):
                s = similarity(g["title"], p.get("title"))
            else:
                first = g.get("body_first", "")
                s = similarity(first, _first_paragraph(p)[:len(first) + 20])
            if s > best:
                best, bj = s, j
        if bj is not None and best >= TITLE_MIN:
            used.add(bj)
            pairs.append((gi, bj))
    return pairs
