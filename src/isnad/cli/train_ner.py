"""``isnad train ner``: rebuild the shipped NER model from ../shared (one command, about 25 minutes on 2 cores);
``isnad train ner --distill``: distil an ensemble into one network (:mod:`isnad.ner.distill`, ``distill_ner``)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import EXIT_INPUT, EXIT_USAGE

COMMAND = ("train", "ner")
HELP = ("train the NER model from ../shared (word2vec on unlabeled news + BiLSTM-CRF on ANERcorp), or distil an "
        "ensemble into one network (--distill)")

_REPO_ROOT = Path(__file__).resolve().parents[3]


def add_arguments(parser) -> None:
    from isnad.ner.distill import DistillConfig
    from isnad.ner.train import ANT_SHARDS, TrainConfig

    d, dd = TrainConfig(), DistillConfig()
    parser.add_argument("--shared", default=None,
                        help="the shared data folder (default: ../shared from the repository root)")
    parser.add_argument("--out", default=None,
                        help="folder for model.npz and places.tsv.gz (default: the package's isnad/ner/data)")
    parser.add_argument("--work-dir", default=None,
                        help="folder for the tokenised corpus and word2vec cache (default: ~/.cache/isnad/ner); "
                             "reused when present")
    parser.add_argument("--shards", default=",".join(ANT_SHARDS),
                        help="comma-separated unlabeled shards for word2vec (default: the two ANT shards; "
                             "adding saudinewsnet-01.txt.gz makes the model CC BY-NC-SA)")
    parser.add_argument("--seeds", default=",".join(map(str, d.seeds)),
                        help=f"comma-separated seeds; one network per seed, averaged (default: {d.seeds}; "
                             "with --distill the first seeds the run)")
    parser.add_argument("--epochs", type=int, default=None,
                        help=f"epochs (with --no-all-data: the most, with early stopping on dev) (default: {d.epochs}; "
                             f"with --distill: {dd.epochs}, the best kept)")
    parser.add_argument("--batch-size", type=int, default=None,
                        help=f"sentences per training step (default: {d.batch_size}; with --distill: {dd.batch_size})")
    parser.add_argument("--lr", type=float, default=None,
                        help=f"learning rate (default: {d.lr}; with --distill: {dd.lr})")
    parser.add_argument("--patience", type=int, default=d.patience,
                        help=f"stop after this many epochs without a better dev F1 (default: {d.patience})")
    parser.add_argument("--word-dropout", type=float, default=d.word_dropout,
                        help=f"share of training words replaced by <unk> (default: {d.word_dropout})")
    parser.add_argument("--char-filters", type=int, default=d.char_filters,
                        help=f"character CNN filters (default: {d.char_filters})")
    parser.add_argument("--tune-embeddings", action=argparse.BooleanOptionalAction, default=not d.freeze_emb,
                        help="update the word vectors while training (default: %(default)s)")
    parser.add_argument("--all-data", action=argparse.BooleanOptionalAction, default=d.all_data,
                        help="final fit: train on train + dev for exactly --epochs epochs, no selection "
                             "(default: %(default)s)")
    parser.add_argument("--aqmar", action=argparse.BooleanOptionalAction, default=d.extra_aqmar,
                        help="also train on the AQMAR train part (its dev/test parts stay unseen) "
                             "(default: %(default)s)")
    parser.add_argument("--parallel", type=int, default=d.parallel,
                        help=f"networks trained at once, one process and one thread each (default: {d.parallel})")
    parser.add_argument("--threads", type=int, default=None,
                        help=f"torch threads (default: {d.threads}; with --distill: {dd.threads})")
    parser.add_argument("--distill", action="store_true",
                        help="instead of training: distil an ensemble (--teacher) into one network of the same shape "
                             "(a third of the tagging cost), written to --out; see isnad/ner/distill.py")
    parser.add_argument("--teacher", default=None,
                        help="with --distill: the ensemble's model.npz (default: the shipped model)")
    parser.add_argument("--news-sentences", type=int, default=dd.news_sentences,
                        help=f"with --distill: unlabeled news sentences to train on (default: {dd.news_sentences})")
    parser.add_argument("--check-sentences", type=int, default=dd.check_sentences,
                        help=f"with --distill: further news sentences, never trained on, that choose the epoch "
                             f"(default: {dd.check_sentences})")
    parser.add_argument("--no-eval", action="store_true", help="do not score the new model on the test files")
    parser.add_argument("--quiet", action="store_true", help="no progress bars")


def _default_work_dir() -> Path:
    import os

    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "isnad" / "ner"


def _fail(msg: str, status: int = EXIT_INPUT) -> int:
    print(f"isnad: {msg}", file=sys.stderr)
    return status


def _share_vectors(out: Path) -> None:
    """A model written into the package puts its word vectors where every component reads them
    (``isnad/data/vectors.npz``); a model written elsewhere keeps them beside it."""
    from isnad.ner import default_model_path
    from isnad.vectors import VECTORS_FILE, packaged_path

    beside = out / VECTORS_FILE
    if beside.is_file() and out.resolve() == default_model_path().parent.resolve():
        beside.replace(packaged_path())


def run(args) -> int:
    try:
        import torch  # noqa: F401

        if not args.distill:  # word2vec: training only
            import gensim  # noqa: F401
    except ImportError as e:
        return _fail(f"training needs the 'train' extra ({e.name} is missing): pip install 'isnad[train]'")
    from isnad.ner.train import TrainConfig, data_paths, train

    shared = Path(args.shared) if args.shared else (
        Path("../shared") if Path("../shared/data").is_dir() else _REPO_ROOT.parent / "shared")
    if not (shared / "data").is_dir():
        return _fail(f"{shared}: not a shared data folder (no data/ inside); use --shared")
    try:
        seeds = tuple(int(s) for s in args.seeds.split(",") if s.strip())
    except ValueError:
        return _fail(f"--seeds: expected integers separated by commas, got {args.seeds!r}", EXIT_USAGE)
    if not seeds:
        return _fail("--seeds: give at least one seed", EXIT_USAGE)
    given = {k: getattr(args, k) for k in ("epochs", "batch_size", "lr", "threads") if getattr(args, k) is not None}
    if args.distill:
        from .distill_ner import run_distill

        status, out = run_distill(args, shared, seeds[0], given)
        if status:
            return status
    else:
        cfg = TrainConfig(
            shared=str(shared), out_dir=args.out,
            work_dir=args.work_dir or str(_default_work_dir()),
            shards=tuple(s.strip() for s in args.shards.split(",") if s.strip()),
            seeds=seeds, progress=not args.quiet,
            patience=args.patience, word_dropout=args.word_dropout, char_filters=args.char_filters,
            freeze_emb=not args.tune_embeddings, all_data=args.all_data,
            extra_aqmar=args.aqmar, parallel=args.parallel, **given,
        )
        try:
            summary = train(cfg)
        except FileNotFoundError as e:
            return _fail(str(e))
        _share_vectors(Path(summary["out"]))
        out = Path(summary["out"])
        print(f"model written to {out} in {summary['seconds']:.0f}s; dev F1 per seed: "
              + ", ".join(f"{s['seed']}: {s['dev_f1']:.4f} (epoch {s['epoch']})" for s in summary["seeds"]))
    if not args.no_eval:
        from isnad.ner import NerModel
        from isnad.ner.evaluate import evaluate_file
        from isnad.ner.scorer import format_report

        model = NerModel(out / "model.npz")
        paths = data_paths(shared)
        for key in ("test", "test_repaired"):
            if paths[key].exists():
                print(format_report(evaluate_file(model, paths[key]), title=str(paths[key])))
        if paths["aqmar"].is_dir():
            print(format_report(evaluate_file(model, paths["aqmar"], part="test"),
                                title=f"{paths['aqmar']} (test part)"))
    return 0
