"""``isnad eval stance``: the shipped stance classifier on the held-out annotated claims and the dev pages."""
from __future__ import annotations

import json
from pathlib import Path

from .errors import UserError
from .options import add_data_folders

COMMAND = ("eval", "stance")
HELP = "score the stance classifier: held-out annotated claims (annotations/stance) and the shared dev pages"


def add_arguments(p):
    add_data_folders(p, split="heldout")
    p.add_argument("--json", action="store_true")
    p.add_argument("--errors", type=int, default=0, metavar="N", help="list up to N wrong claims")


def run(args) -> int:
    from isnad.training.stance_data import annotated, dev_gold
    from isnad.claims.stance_model import DEFAULT_MIN_PROB, combine, stance_model
    from isnad.training.stance_train import evaluate

    shared, ann = Path(args.shared), Path(args.annotations)
    if not (shared / "dev").is_dir():
        raise UserError(f"{shared}: not the shared data folder (no dev/)")
    model = stance_model()
    if model is None:
        raise UserError("no stance model in the package (build it with `isnad train stance`)")
    sets = {"annotated": [e for e in annotated(ann, shared) if args.split == "all" or e.split == args.split],
            "dev pages": list(dev_gold(shared))}
    out = {}
    for name, exs in sets.items():
        rep = evaluate(model, exs)
        out[name] = rep.to_json()
        if not args.json:
            print(f"== {name}{' (' + args.split + ')' if name == 'annotated' else ''}\n{rep.table()}")
            wrong = [(e, p) for e, p in zip(exs, model.predict([e.features for e in exs])) if p != e.label]
            for e, p in wrong[:args.errors]:
                print(f"  gold {e.label} got {p}: {e.text[:140]}")
        base = [e for e in exs if e.baseline]
        if base:  # the claims the rule engine found: its stance, the classifier's, and the shipped combination
            probs = model.predict_proba([e.features for e in base])
            t = float(model.meta.get("min_prob", DEFAULT_MIN_PROB))
            row = {"n": len(base), "rules": sum(e.baseline == e.label for e in base) / len(base),
                   "classifier": sum(model.classes[int(p.argmax())] == e.label for e, p in zip(base, probs)) / len(base),
                   "combined": sum(combine(e.baseline, p, model.classes, t) == e.label
                                   for e, p in zip(base, probs)) / len(base)}
            out[name]["engine_found"] = {k: round(v, 4) for k, v in row.items()}
            if not args.json:
                print(f"claims the rule engine found ({row['n']}): rules {row['rules']:.3f}, classifier alone "
                      f"{row['classifier']:.3f}, rules corrected by the classifier (as shipped) {row['combined']:.3f}")
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=2))
    return 0
