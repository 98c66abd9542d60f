"""``isnad train stance``: train the stance classifier from the annotated stance set's development part, the shared
dev pages (and, when asked, weak labels from the unlabeled news), and write ``isnad/claims/data/stance_model.npz``.
It prints the cross-validated figures on the development part; the held-out part is scored by
``isnad eval stance --split heldout`` alone."""
from __future__ import annotations

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
    p.add_argument("--weak-classes", default="",
                   help="stances whose weak labels are trained on, comma-separated (default: none; by "
                        "cross-validation they did not help: after نفى the content is the proposition denied)")
    p.add_argument("--balance", type=float, default=None, help="class-weight exponent (default: the module's)")
    p.add_argument("--l2", type=float, default=None, help="L2 penalty (default: the module's)")
    p.add_argument("--chars", type=float, default=None,
                   help="weight of the character n-gram model in the average (0: the linear model alone; "
                        "default: the module's)")
    p.add_argument("--cv-seed", type=int, default=0, help="shuffle of the articles into cross-validation folds")
    p.add_argument("--cache", default="scratch/stance-weak.pkl", help="cache of the weak examples")
    p.add_argument("--out", default=None, help="model file (default: the packaged one)")


def load_examples(args):
    from isnad.training.stance_data import annotated, dev_gold, page_gold, weak

    shared, ann = Path(args.shared), Path(args.annotations)
    if not (shared / "data" / "unlabeled").is_dir():
        raise UserError(f"{shared}: not the shared data folder (no data/unlabeled)")
    cache = Path(args.cache) if args.cache else None
    key = {"articles": args.weak_articles, "reserved": sorted(_reserved_keys(ann)), "features": 2}
    weak_ex = None
    classes = {c for c in args.weak_classes.split(",") if c}
    if not classes:
        weak_ex = []
    elif cache and cache.is_file():
        stored = pickle.loads(cache.read_bytes())
        if stored.get("key") == key:
            weak_ex = stored["examples"]
    if weak_ex is None:
        weak_ex = list(weak(shared, ann, articles=args.weak_articles))
        if cache:
            cache.parent.mkdir(parents=True, exist_ok=True)
            cache.write_bytes(pickle.dumps({"key": key, "examples": weak_ex}))
    weak_ex = [e for e in weak_ex if e.label in classes]
    for e in weak_ex:
        e.weight = args.weak_weight
    pages = list(page_gold(ann, shared, Path("scratch/evalsets"))) if (ann / "pages").is_dir() else []
    return list(annotated(ann, shared)), list(dev_gold(shared)) + pages, weak_ex


def _reserved_keys(ann: Path) -> set:
    from isnad.training.stance_data import _reserved

    return {f"{a}:{b}" for a, b in _reserved(ann)}


def run(args) -> int:
    from collections import Counter

    from isnad.claims.stance_chars import WEIGHT
    from isnad.claims.stance_model import CHARS_FILE, MODEL_FILE, model_path
    from isnad.training.stance_train import BALANCE, L2, choose_min_prob, evaluate, out_of_fold, oof_report, train

    kw = {"balance": BALANCE if args.balance is None else args.balance, "l2": L2 if args.l2 is None else args.l2,
          "chars": WEIGHT if args.chars is None else args.chars}
    ann, dev, weak_ex = load_examples(args)
    dev_ann = [e for e in ann if e.split == "dev"]
    train_set = dev_ann + ([] if args.no_dev else dev) + weak_ex
    print(f"training on {len(train_set)} claims: "
          + ", ".join(f"{k} {v}" for k, v in Counter(e.source for e in train_set).items()))
    print("labels:", dict(Counter(e.label for e in train_set)))
    oof = out_of_fold(dev_ann, train_set[len(dev_ann):], seed=args.cv_seed, **kw)
    print("cross-validation on the annotated development claims (5 folds by article), classifier alone:\n"
          + oof_report(oof).table())
    min_prob, acc, rules = choose_min_prob(oof)
    print(f"cross-validation on the annotated development claims the engine found: rules {rules:.3f}, "
          f"rules corrected by the classifier {acc:.3f} (override of assert at p >= {min_prob:.2f})")
    model = train(train_set, **kw)
    out = Path(args.out) if args.out else Path(str(model_path()))
    model.meta["trained_on"] = dict(Counter(e.source for e in train_set))
    model.meta["min_prob"] = min_prob
    model.meta["balance"] = kw["balance"]
    model.linear.save(out)
    print(f"wrote {out} ({len(model.linear.vocab)} features)")
    stem = Path(MODEL_FILE).stem
    chars_out = out.with_name(out.stem.replace(stem, Path(CHARS_FILE).stem) if stem in out.stem
                              else out.stem + "_chars").with_suffix(".npz")
    if model.chars is not None:
        model.chars.save(chars_out)
        print(f"wrote {chars_out} ({len(model.chars.vocab)} character n-grams)")
    elif chars_out.is_file() and chars_out != out:
        chars_out.unlink()
    print(f"\nshared dev pages and isnad's dev-split pages ({'not ' if args.no_dev else ''}trained on):\n"
          + evaluate(model, dev).table())
    return 0
