"""``isnad train compare``: train the pair scorer of the compare stage from the annotated pair set and the shared
dev pages, choose its threshold and calibrate it by cross-validation, and write
``isnad/compare/data/pair_model.npz``."""
from __future__ import annotations

import pickle
from collections import Counter
from pathlib import Path

from .errors import UserError

COMMAND = ("train", "compare")
HELP = "train the contradiction pair scorer (annotations/pairs + dev pages from ../shared)"


def add_arguments(p):
    p.add_argument("--shared", default="../shared", help="the shared data folder (default: ../shared)")
    p.add_argument("--annotations", default="annotations", help="isnad's annotation folder (default: ./annotations)")
    p.add_argument("--cache", default="scratch/pair-examples.pkl", help="cache of the analysed examples")
    p.add_argument("--out", default=None, help="model file (default: the packaged one)")
    p.add_argument("--lexicon", action="store_true",
                   help="rebuild data/denied_objects.txt from ../shared/data/unlabeled instead of training")


def examples(args):
    from isnad.training.pairs_data import Articles, annotated, dev_pages, exhaustive, page_split

    shared, ann = Path(args.shared), Path(args.annotations)
    if not (ann / "pairs" / "pairs.jsonl").is_file():
        raise UserError(f"{ann}/pairs/pairs.jsonl: not found (run from the repository root or give --annotations)")
    if not (shared / "dev").is_dir():
        raise UserError(f"{shared}: not the shared data folder (no dev/)")
    cache = Path(args.cache) if args.cache else None
    if cache and cache.is_file():
        return pickle.loads(cache.read_bytes())
    articles = Articles(shared)
    labelled, lost = annotated(ann, articles)
    pages = dev_pages(shared)
    exh = {split: exhaustive(articles, [p for p in pages if page_split(p) == split], split)
           for split in ("dev", "heldout")}
    got = (labelled, lost, exh)
    if cache:
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_bytes(pickle.dumps(got))
    return got


def training_set(labelled, exh):
    """The dev part: every pair of the dev-split dev pages, and the annotated ANT pairs of the dev split."""
    ant = [e for e in labelled if e.split == "dev" and not e.origin.startswith("dev-") and e.comparable]
    return exh["dev"] + ant


def run(args) -> int:
    from isnad.compare.scorer import model_path
    import numpy as np

    from isnad.compare.scorer import rule_fires
    from isnad.training.pairs_train import calibrate, choose_l2, choose_threshold, fit, out_of_fold

    if args.lexicon:
        from importlib import resources

        from isnad.training.pairs_lexicon import build

        out = Path(str(resources.files("isnad.compare").joinpath("data/denied_objects.txt")))
        n = build(Path(args.shared) / "data" / "unlabeled", out)
        print(f"wrote {out} ({n} words)")
        return 0
    labelled, lost, exh = examples(args)
    train = training_set(labelled, exh)
    print(f"training on {len(train)} pairs ({Counter(e.label for e in train)['yes']} contradictions): "
          + ", ".join(f"{k} {v}" for k, v in Counter(e.origin for e in train).items()))
    if lost:
        print(f"{len(lost)} annotated pairs whose claims were not found in their article are left out")
    labels = [e.label for e in train]
    l2, losses = choose_l2(train)
    print("out-of-fold log loss by L2: " + ", ".join(f"{k:g} {v:.4f}" for k, v in losses.items()))
    temperature, probs = calibrate(out_of_fold(train, l2=l2), labels)
    rules = np.array([rule_fires(e.features) for e in train], dtype=bool)
    cut = choose_threshold(probs, labels, rules)
    model = fit(train, l2=l2)
    model.meta["temperature"] = temperature
    model.meta["threshold"] = cut
    model.meta["trained_on"] = dict(Counter(e.origin for e in train))
    out = Path(args.out) if args.out else Path(str(model_path()))
    model.save(out)
    print(f"wrote {out} ({len(model.vocab)} features, threshold {cut:.2f} chosen on out-of-fold predictions, "
          f"temperature {model.meta['temperature']:.2f})")
    print(f"dev part, out of fold (rules and model): {classify_probs(probs, train, cut, rules).line()}")
    print(f"dev part, rules alone: {classify_probs(np.zeros(len(train)), train, cut, rules).line()}")
    print("the held-out pair set is measured by: isnad eval compare --split heldout")
    return 0


def classify_probs(probs, examples, cut, rules):
    from isnad.training.pairs_train import PRF

    out = PRF()
    for e, p, r in zip(examples, probs, rules):
        flagged = bool(p >= cut or r)
        out.gold += e.label == "yes"
        out.predicted += flagged
        out.tp += flagged and e.label == "yes"
    return out
