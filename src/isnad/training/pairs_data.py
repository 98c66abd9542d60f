"""The examples the pair scorer learns from and is measured on.

- ``annotated``: the hand-labelled pair set (``annotations/pairs/pairs.jsonl``): pairs of claims of the shared dev
  pages (by gold index) and of ANT articles (by spans), labelled contradiction or not, split by a fixed hash;
- ``exhaustive``: every comparable pair of claims of the shared dev pages of the development split, labelled by the
  pages' gold contradictions (the annotators listed them all, so the rest are true negatives): the distribution
  the stage meets at run time, where most pairs do not conflict.

Each article is analysed once by the pipeline (up to facts); an annotated claim is the pipeline's claim with the
same content, or one made from its spans (:mod:`.claim_lookup`).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..annotations import REF, source_text, split_of, unpack
from ..claims.stance_model import predict_stance
from ..compare.evidence import Comparison, pair_features
from ..compare.keys import comparable, view
from ..model import Document
from .claim_lookup import analyse_file, analyse_text, find_claim

REFERENCE = "aawsat-convoy-page"


@dataclass
class PairExample:
    features: list
    label: str  # yes | no
    weight: float
    split: str
    origin: str
    key: str  # the article (for folds)
    kind: str | None = None
    comparable: bool = True
    text: str = ""  # the two claims, for reports


class Articles:
    """Analysed documents by key (a dev page's folder name, or ``shard:line``), analysed once each."""

    def __init__(self, shared: Path):
        self.shared = shared
        self.docs: dict[str, Document] = {}
        self.golds: dict[str, dict] = {}

    def page(self, name: str) -> tuple[Path, Path]:
        if name == REFERENCE:
            ex = self.shared / "examples"
            return ex / f"{REFERENCE}.txt", ex / f"{REFERENCE}.gold.json"
        d = self.shared / "dev" / name
        return sorted(d.glob("raw.*"))[0], d / "gold.json"

    def doc(self, key: str) -> Document:
        if key not in self.docs:
            if ":" in key and key.split(":")[0].endswith(".gz"):
                shard, line = key.split(":")
                text = source_text({"source": {"shard": shard, "line": int(line)}}, self.shared)
                self.docs[key] = analyse_text(text, key)
            else:
                self.docs[key] = analyse_file(self.page(key)[0])
        return self.docs[key]

    def gold(self, name: str) -> dict:
        if name not in self.golds:
            self.golds[name] = json.loads(self.page(name)[1].read_text(encoding="utf-8"))
        return self.golds[name]

    def resolve(self, ref: dict) -> tuple[str, int, int] | None:
        """(document key, article index, claim index) of an annotated claim reference."""
        if "dev" in ref:
            key = ref["dev"]
            spec = self.gold(key)["articles"][0]["claims"][ref["claim"]]
        else:
            src = ref["source"]
            key = f"{src['shard']}:{src['line']}"
            spec = unpack({k: ref.get(k) for k in ("speaker", "cue", "content")}, source_text(ref, self.shared))
        got = find_claim(self.doc(key), spec, stance=predict_stance)
        return (key, *got) if got else None


def _comparison(articles: Articles, sides: list[tuple[str, int]]) -> tuple[Comparison, dict]:
    """The comparison over the claims of one article, or of two articles of different documents."""
    views, index = [], {}
    for scope, (key, ai) in enumerate(sides):
        art = articles.doc(key).articles[ai]
        for ci, c in enumerate(art.claims):
            index[(key, ai, ci)] = len(views)
            views.append(view(c, len(views), scope=str(scope), text=art.text))
    text = articles.doc(sides[0][0]).articles[sides[0][1]].text if len(sides) == 1 else None
    return Comparison.of(views, text), index


def annotated(annotations: Path, articles: Articles) -> tuple[list[PairExample], list[dict]]:
    """Examples of the hand-labelled pairs; also returns the records whose claims could not be found."""
    records = [json.loads(x) for x in (annotations / "pairs" / "pairs.jsonl").read_text(encoding="utf-8").splitlines()
               if x.strip()]
    resolved, lost = [], []
    for rec in records:
        a, b = articles.resolve(rec["a"]), articles.resolve(rec["b"])
        (resolved if a and b and a != b else lost).append((rec, a, b))
    out = []
    comps: dict[tuple, tuple[Comparison, dict]] = {}
    for rec, a, b in resolved:
        sides = tuple(sorted({(a[0], a[1]), (b[0], b[1])}))
        if sides not in comps:
            comps[sides] = _comparison(articles, list(sides))
        comp, index = comps[sides]
        i, j = sorted((index[a], index[b]))
        ok = comparable(comp.views[i], comp.views[j])
        out.append(PairExample(pair_features(comp, i, j), "yes" if rec["contradiction"] else "no", 1.0,
                               rec["split"], rec["origin"], a[0], rec.get("kind"), ok,
                               _pair_text(comp.views[i], comp.views[j])))
    return out, [r for r, _, _ in lost]


def exhaustive(articles: Articles, pages: list[str], split: str) -> list[PairExample]:
    """Every comparable pair of the pages' first articles, labelled by their gold contradictions."""
    out = []
    for name in pages:
        gold = articles.gold(name)
        claims = gold["articles"][0]["claims"]
        doc = articles.doc(name)
        where = {k: articles.resolve({"dev": name, "claim": k}) for k in range(len(claims))}
        positive = {frozenset((where[c["a"]], where[c["b"]])) for c in gold.get("contradictions", [])
                    if where.get(c["a"]) and where.get(c["b"])}
        comp, index = _comparison(articles, [(name, 0)])
        back = {v: k for k, v in index.items()}
        for i, j in comp.pairs():
            label = "yes" if frozenset((back[i], back[j])) in positive else "no"
            out.append(PairExample(pair_features(comp, i, j), label, 1.0, split, "exhaustive", name,
                                   text=_pair_text(comp.views[i], comp.views[j])))
        del doc
    return out


def _pair_text(a, b) -> str:
    def one(v):
        c = v.claim
        return f"{c.speaker.text} [{c.stance}] {c.cue.text}: {c.content.text[:120]}"
    return f"{one(a)}  ||  {one(b)}"


def dev_pages(shared: Path) -> list[str]:
    return [REFERENCE] + sorted(d.name for d in (shared / "dev").iterdir() if (d / "gold.json").is_file())


def page_split(name: str) -> str:
    return split_of(name, 3)
