"""``isnad eval compare``: the pair scorer on the held-out annotated pairs, and ``isnad compare`` on the
cross-document test set (matching rules in :mod:`isnad.training.crossdoc_eval`)."""
from __future__ import annotations

from pathlib import Path

from .errors import UserError
from .options import add_data_folders

COMMAND = ("eval", "compare")
HELP = "score contradictions: held-out annotated pairs and the cross-document test set"


def add_arguments(p):
    add_data_folders(p, split="heldout", split_help="which part of the pair and cross-document sets")
    p.add_argument("--cache", default="scratch/pair-examples.pkl", help="cache of the analysed pair examples")
    p.add_argument("--work", default="scratch/crossdoc", help="where the cross-document pairs are rebuilt")
    p.add_argument("--errors", type=int, default=0, metavar="N", help="list up to N errors of the cross-document set")
    p.add_argument("--only", choices=("pairs", "crossdoc"), help="one of the two sets only")


def run(args) -> int:
    from isnad.annotations import AnnotationError, build_crossdoc
    from isnad.compare.scorer import pair_model, threshold
    from isnad.training.crossdoc_eval import evaluate
    from isnad.training.pairs_train import classify

    from .train_compare import examples

    shared, ann = Path(args.shared), Path(args.annotations)
    if args.only != "crossdoc":
        labelled, _, _ = examples(args)
        chosen = [e for e in labelled if args.split in ("all", e.split)]
        model = pair_model()
        if model is None:
            raise UserError("no pair model in the package (build it with `isnad train compare`)")
        print(f"annotated pairs ({args.split}): {classify(model, chosen, threshold()).line()}")
        ant = [e for e in chosen if not e.origin.startswith("dev-")]
        print(f"annotated pairs ({args.split}), ANT articles only: {classify(model, ant, threshold()).line()}")
    if args.only != "pairs":
        try:
            rows = build_crossdoc(ann, shared, Path(args.work))
        except (AnnotationError, OSError) as e:
            raise UserError(str(e)) from None
        ids = [pid for pid, split, _ in rows if args.split in ("all", split)]
        res = evaluate(Path(args.work), ids)
        print(f"cross-document pairs ({args.split}, {len(ids)} pairs): {res.total.line()}; "
              f"flagged in different-event controls: {res.controls_flagged}")
        for kind, prf in sorted(res.per_kind.items()):
            print(f"  {kind:<9} {prf.line()}")
        for e in res.errors[:args.errors]:
            print("  " + e)
    return 0
