"""Entity-level precision / recall / F1 with seqeval's default (conlleval-compatible) conventions.

Entities are read from IOB2 tags the way ``seqeval.metrics.sequence_labeling.get_entities`` reads them in its
default (non-strict) mode: a chunk starts at ``B-X``, at an ``I-X`` that follows ``O`` or another type, and
ends before any tag that starts a chunk or changes type. So a lone ``I-X`` (no ``B-``) is an entity, and
``B-X I-Y`` is two entities. Matching is exact (same type, same start, same end); scores are micro-averaged.
"""
from __future__ import annotations

from collections import Counter


def _split(tag: str) -> tuple[str, str]:
    if tag in ("O", "", None):
        return "O", ""
    if len(tag) > 1 and tag[1] in "-_":
        return tag[0], tag[2:]
    return tag[0], ""  # a bare "B"/"I"


def get_entities(tags: list[str]) -> list[tuple[str, int, int]]:
    """``(type, first, last)`` chunks (inclusive token indices) of one tag sequence, seqeval default mode."""
    chunks = []
    prev_prefix, prev_type = "O", ""
    begin = 0
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, typ = _split(tag)
        # end of chunk?
        if prev_prefix != "O" and (
            prefix in ("B", "O", "S") or typ != prev_type or prev_prefix in ("E", "S")
        ):
            chunks.append((prev_type, begin, i - 1))
        # start of chunk?
        if prefix in ("B", "S") or (prefix in ("I", "E") and (prev_prefix in ("O", "E", "S") or typ != prev_type)):
            begin = i
        if prefix == "O":
            prev_prefix, prev_type = "O", ""
        else:
            prev_prefix, prev_type = prefix, typ
    return chunks


def score(gold: list[list[str]], pred: list[list[str]]) -> dict:
    """Entity-level scores: ``{"micro": {...}, "PERS": {...}, ...}``; each with p, r, f1, support, n_pred, tp."""
    if len(gold) != len(pred):
        raise ValueError(f"{len(gold)} gold sentences but {len(pred)} predicted")
    tp, n_gold, n_pred = Counter(), Counter(), Counter()
    for g, p in zip(gold, pred):
        if len(g) != len(p):
            raise ValueError("a predicted sentence differs in length from its gold sentence")
        ge = set(get_entities(g))
        pe = set(get_entities(p))
        for e in ge:
            n_gold[e[0]] += 1
        for e in pe:
            n_pred[e[0]] += 1
        for e in ge & pe:
            tp[e[0]] += 1
    out = {}
    for t in sorted(set(n_gold) | set(n_pred)):
        out[t] = _prf(tp[t], n_pred[t], n_gold[t])
    out["micro"] = _prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    return out


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f, "support": n_gold, "n_pred": n_pred, "tp": tp}


def format_report(scores: dict, *, title: str | None = None) -> str:
    lines = []
    if title:
        lines.append(title)
    lines.append(f"{'type':<8}{'P':>8}{'R':>8}{'F1':>8}{'gold':>8}{'pred':>8}")
    for t in [k for k in scores if k != "micro"] + ["micro"]:
        s = scores[t]
        lines.append(f"{t:<8}{s['p']:>8.4f}{s['r']:>8.4f}{s['f1']:>8.4f}{s['support']:>8d}{s['n_pred']:>8d}")
    return "\n".join(lines)
