"""``isnad train stance``: train the stance classifier from the annotated stance set, the shared dev pages and
weak labels from the unlabeled news, and write ``isnad/claims/data/stance_model.npz``."""
from __future__ import annotations

import json
import pickle
from pathlib import Path

from .errors import UserError

COMMAND = ("train", "stance")
HELP = "train the stance classifier (annotations/stance + dev pages + weak labels from ../shared)"


def add_arguments(p):
    p.add_argument("--shared", default="../shared", help="the shared data folder (default: ../shared)")
    p.add_argument("--annotations", default="annotations", help="isnad's annotation folder (default: ./annotations)")
    p.add_argument("--weak-articles", type=int, default=6000, help="unlabeled articles read for weak labels")
    p.add_argument("--no-dev", action="store_true", help="do not train on the shared dev pages' gold claims")
    p.add_argument("--weak-weight", type=float, default=0.1, help="weight of a weak example (default: 0.1)")
    p.add_argument("--cache", default="scratch/stance-weak.pkl", help="cache of the weak examples")
    p.add_argument("--out", default=None, help="model file (default: the packaged one)")


def load_examples(args):
    from isnad.training.stance_data import annotated, dev_gold, page_gold, weak

    shared, ann = Path(args.shared), Path(args.annotations)
    if not (shared / "data" / "unlabeled").is_dir():
        raise UserError(f"{shared}: not the shared data folder (no data/unlabeled)")
    cache = Path(args.cache) if args.cache else None
    key = {"articles": args.weak_articles, "reserved": sorted(_reserved_keys(ann))}
    weak_ex = None
    if cache and cache.is_file():
        stored = pickle.loads(cache.read_bytes())
        if stored.get("key") == key:
            weak_ex = stored["examples"]
    if weak_ex is None:
        weak_ex = list(weak(shared, ann, articles=args.weak_articles))
        if cache:
            cache.parent.mkdir(parents=True, exist_ok=True)
            cache.write_bytes(pickle.dumps({"key": key, "examples": weak_ex}))
    for e in weak_ex:
        e.weight = args.weak_weight
    pages = list(page_gold(ann, shared, Path("scratch/evalsets"))) if (ann / "pages").is_dir() else []
    return list(annotated(ann, shared)), list(dev_gold(shared)) + pages, weak_ex


def _reserved_keys(ann: Path) -> set:
    from isnad.training.stance_data import _reserved

    return {f"{a}:{b}" for a, b in _reserved(ann)}


def run(args) -> int:
    from collections import Counter

    from isnad.claims.stance_model import combine, model_path
    from isnad.training.stance_train import choose_min_prob, evaluate, out_of_fold, train

    ann, dev, weak_ex = load_examples(args)
    train_set = [e for e in ann if e.split == "dev"] + ([] if args.no_dev else dev) + weak_ex
    held = [e for e in ann if e.split == "heldout"]
    print(f"training on {len(train_set)} claims: "
          + ", ".join(f"{k} {v}" for k, v in Counter(e.source for e in train_set).items()))
    print("labels:", dict(Counter(e.label for e in train_set)))
    dev_ann = [e for e in ann if e.split == "dev"]
    min_prob, acc, rules = choose_min_prob(out_of_fold(dev_ann, train_set[len(dev_ann):]))
    print(f"cross-validation on the annotated development claims the engine found: rules {rules:.3f}, "
          f"rules corrected by the classifier {acc:.3f} (override of assert at p >= {min_prob:.2f})")
    model = train(train_set)
    out = Path(args.out) if args.out else Path(str(model_path()))
    model.meta["trained_on"] = dict(Counter(e.source for e in train_set))
    model.meta["min_prob"] = min_prob
    model.save(out)
    print(f"wrote {out} ({len(model.vocab)} features)")
    if held:
        print("\nheld-out annotated claims (never trained on):\n" + evaluate(model, held).table())
        base = [e for e in held if e.baseline]
        probs = model.predict_proba([e.features for e in base])
        alone = sum(model.classes[int(p.argmax())] == e.label for e, p in zip(base, probs)) / len(base)
        both = sum(combine(e.baseline, p, model.classes, min_prob) == e.label for e, p in zip(base, probs)) / len(base)
        print(f"held-out claims the rule engine found ({len(base)}): rules "
              f"{sum(e.baseline == e.label for e in base) / len(base):.3f}, classifier alone {alone:.3f}, "
              f"rules corrected by the classifier (as shipped) {both:.3f}")
    print(f"\nshared dev pages and isnad's dev-split pages ({'not ' if args.no_dev else ''}trained on):\n"
          + evaluate(model, dev).table())
    return 0
