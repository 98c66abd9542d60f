"""Measuring ``isnad compare`` on the cross-document test set (``annotations/crossdoc``).

Matching rules: a predicted cross-document contradiction is right when its two claims are the claims of a gold
contradiction of the pair (each claim matched by content, word F1 ≥ 0.5 as in the claims scorer, in either
order). Precision = right / predicted over all pairs (the different-event controls included, where every
prediction is wrong); recall = gold contradictions found / gold contradictions.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..claims.evaluate import similarity
from ..compare.documents import compare_documents
from ..ingest import read_paths
from ..model import Document
from ..pipeline import Pipeline
from .pairs_train import PRF

MATCH_MIN = 0.5


@dataclass
class CrossResult:
    total: PRF = field(default_factory=PRF)
    per_kind: dict[str, PRF] = field(default_factory=dict)
    controls_flagged: int = 0
    errors: list[str] = field(default_factory=list)


def _claim(docs: list[Document], key: str):
    d, _, cid = key.partition(":")
    return next(c for a in docs[int(d)].articles for c in a.claims if c.id == cid)


def _same(pred, spec: dict) -> bool:
    return similarity(spec.get("content") or "", pred.content.text if pred.content else "") >= MATCH_MIN


def evaluate(folder: Path, ids: list[str], pipeline: Pipeline | None = None) -> CrossResult:
    pipeline = pipeline or Pipeline()
    res = CrossResult()
    for pid in ids:
        gold = json.loads((folder / pid / "gold.json").read_text(encoding="utf-8"))
        docs = []
        for side in ("a", "b"):
            doc = next(d for d in read_paths([str(folder / pid / f"{side}.txt")]) if isinstance(d, Document))
            doc.outlet = gold[side].get("outlet") or side
            docs.append(pipeline(doc))
        predicted = [c for g in compare_documents(docs) for c in g.contradictions]
        found = set()
        for c in predicted:
            pa, pb = _claim(docs, c.a), _claim(docs, c.b)
            da, db = int(c.a.split(":")[0]), int(c.b.split(":")[0])
            pair = {da: pa, db: pb}
            hit = next((k for k, g in enumerate(gold["contradictions"])
                        if k not in found and _same(pair[0], g["a"]) and _same(pair[1], g["b"])), None)
            res.total.predicted += 1
            kind = gold["contradictions"][hit]["kind"] if hit is not None else c.kind
            res.per_kind.setdefault(kind, PRF()).predicted += 1
            if hit is not None:
                found.add(hit)
                res.total.tp += 1
                res.per_kind[kind].tp += 1
            else:
                res.errors.append(f"{pid} false: {c.kind} {c.note[:160]}")
            if not gold.get("same_event"):
                res.controls_flagged += 1
        for k, g in enumerate(gold["contradictions"]):
            res.total.gold += 1
            res.per_kind.setdefault(g["kind"], PRF()).gold += 1
            if k not in found:
                res.errors.append(f"{pid} missed: {g['kind']} {g.get('note', '')[:160]}")
    return res
