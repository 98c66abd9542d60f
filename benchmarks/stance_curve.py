"""Learning curve of the stance classifier by cross-validation on the **dev part** of ``annotations/stance`` only.

Folds are grouped by article (5 folds; the articles shuffled with ``random.Random(seed)``); in each fold the model
(``isnad.training.stance_train.train``, the shipped L2 and class weights) is trained on a fraction of the training
articles (drawn with ``random.Random(1000 + 10 * seed + fold)``) plus the gold claims of the shared and own dev pages
(``--no-pages`` leaves them out), and scored on the fold's articles. The held-out part is never loaded.

    python benchmarks/stance_curve.py                       # 25/50/75/100 %, 3 seeds
    python benchmarks/stance_curve.py --records 1608        # the same on the set before the 2026-12-03 extension
    python benchmarks/stance_curve.py --base 1608           # CV over the articles of the first 1,608 records only,
                                                            # with and without the later dev articles in training

Prints accuracy and recall per class for each fraction, and the slope of accuracy per doubling of the training
articles (least squares on log2 of their number).
"""
from __future__ import annotations

import argparse
import json
import math
import random
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from isnad.training.stance_data import annotated, dev_gold, page_gold  # noqa: E402
from isnad.claims.stance_chars import WEIGHT  # noqa: E402
from isnad.training.stance_train import BALANCE, L2, Report, train  # noqa: E402

LABELS = ["assert", "deny", "confirm", "accuse", "warn", "call", "question"]


def cv(ann, always, keys, frac, seed, folds=5, extra=(), **kw) -> Report:
    ks = sorted(keys)
    random.Random(seed).shuffle(ks)
    rep = Report()
    for k in range(folds):
        test = set(ks[k::folds])
        train_keys = [x for x in ks if x not in test]
        random.Random(1000 + seed * 10 + k).shuffle(train_keys)
        train_keys = set(train_keys[:max(1, round(frac * len(train_keys)))])
        model = train([e for e in ann if e.key in train_keys] + list(extra) + always, **kw)
        held = [e for e in ann if e.key in test]
        for e, p in zip(held, model.predict([e.features for e in held])):
            rep.n += 1
            rep.correct += p == e.label
            rep.confusion[(e.label, p)] += 1
    return rep


def summary(reps: list[Report]) -> str:
    return (f"acc {statistics.mean(r.accuracy for r in reps):.3f} ({' '.join(f'{r.accuracy:.3f}' for r in reps)}) | "
            + " ".join(f"{lab[:4]} {statistics.mean(r.recall(lab)[0] for r in reps):.2f}" for lab in LABELS))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--annotations", default=str(ROOT / "annotations"))
    ap.add_argument("--fracs", default="0.25,0.5,0.75,1.0")
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--l2", type=float, default=L2)
    ap.add_argument("--balance", type=float, default=BALANCE)
    ap.add_argument("--chars", type=float, default=WEIGHT,
                    help="weight of the character n-gram model (isnad.claims.stance_chars; 0: linear model alone)")
    ap.add_argument("--no-pages", action="store_true", help="do not train on the dev pages' gold claims")
    ap.add_argument("--base", type=int, default=0, metavar="N",
                    help="score only the articles of the first N records of claims.jsonl, training with and "
                         "without the dev articles of the later records")
    ap.add_argument("--records", type=int, default=0, metavar="N",
                    help="use only the articles of the first N records of claims.jsonl (1608: the set before the "
                         "extension of 2026-12-03)")
    ap.add_argument("--json", default=None)
    a = ap.parse_args()
    shared, anns = Path(a.shared), Path(a.annotations)
    ann = [e for e in annotated(anns, shared) if e.split == "dev"]
    always = [] if a.no_pages else list(dev_gold(shared)) + list(page_gold(anns, shared, ROOT / "scratch" / "evalsets"))
    kw = {"l2": a.l2, "balance": a.balance, "chars": a.chars}
    lines = (anns / "stance" / "claims.jsonl").read_text(encoding="utf-8").splitlines()
    if a.records:
        first = {f"{r['source']['shard']}:{r['source']['line']}" for r in map(json.loads, lines[:a.records])}
        ann = [e for e in ann if e.key in first]
    if a.base:
        base = {f"{r['source']['shard']}:{r['source']['line']}" for r in map(json.loads, lines[:a.base])}
        keys = {e.key for e in ann if e.key in base}
        later = [e for e in ann if e.key not in base]
        print(f"{len(keys)} base dev articles; {len(later)} later dev claims in {len({e.key for e in later})} articles")
        for name, extra in (("base only", []), ("base + later", later)):
            reps = [cv(ann, always, keys, 1.0, s, extra=extra, **kw) for s in range(a.seeds)]
            print(f"{name}: {summary(reps)}")
        return 0
    keys = {e.key for e in ann}
    print(f"{len(ann)} dev claims in {len(keys)} articles; dev-page claims trained on: {len(always)}")
    res = {}
    for frac in [float(x) for x in a.fracs.split(",")]:
        reps = [cv(ann, always, keys, frac, s, **kw) for s in range(a.seeds)]
        n_train = round(frac * len(keys) * 4 / 5)
        res[frac] = {"train_articles": n_train, "accuracy": statistics.mean(r.accuracy for r in reps),
                     "recall": {lab: statistics.mean(r.recall(lab)[0] for r in reps) for lab in LABELS}}
        print(f"{frac:.2f} (~{n_train} training articles): {summary(reps)}", flush=True)
    fr = sorted(res)
    if len(fr) > 1:
        xs = [math.log2(res[f]["train_articles"]) for f in fr]
        ys = [res[f]["accuracy"] for f in fr]
        mx, my = statistics.mean(xs), statistics.mean(ys)
        slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
        print(f"slope {slope:+.4f} accuracy per doubling of the training articles")
    if a.json:
        Path(a.json).write_text(json.dumps(res, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
