"""``isnad train ner --distill``: one network trained to reproduce an ensemble (:mod:`isnad.ner.distill`), then
written where ``isnad train ner`` writes its model (the package's ``isnad/ner/data`` unless ``--out``)."""
from __future__ import annotations

import shutil
from pathlib import Path

from .errors import EXIT_INPUT, EXIT_USAGE
from .train_ner import _default_work_dir, _fail


def _same_vectors(a: Path, b: Path) -> bool:
    import numpy as np

    from isnad.vectors import load_arrays

    x, y = load_arrays(a), load_arrays(b)
    return all(np.array_equal(x[k], y[k]) for k in x)


def install(work: Path, out: Path) -> str | None:
    """Copy the student of ``work`` (its ``model.npz``, place list and word vectors) into ``out``; an error
    message instead when the student's word vectors are not the package's shared ones and ``out`` is the
    package's folder (every component reads those vectors: a model must not change them)."""
    from isnad.ner import PLACES_FILE, default_model_path
    from isnad.vectors import VECTORS_FILE, packaged_path

    out.mkdir(parents=True, exist_ok=True)
    if out.resolve() == default_model_path().parent.resolve():
        if not _same_vectors(work / VECTORS_FILE, packaged_path()):
            return f"the student in {work} reads other word vectors than {packaged_path()}; not installed"
    else:
        shutil.copyfile(work / VECTORS_FILE, out / VECTORS_FILE)
    if not (out / PLACES_FILE).exists():
        shutil.copyfile(work / PLACES_FILE, out / PLACES_FILE)
    shutil.copyfile(work / "model.npz", out / "model.npz")
    return None


def run_distill(args, shared: Path, seed: int, given: dict) -> tuple[int, Path | None]:
    """Distil, install; (exit status, folder of the new model)."""
    import json

    import numpy as np

    from isnad.ner import default_model_path
    from isnad.ner.distill import DistillConfig, distill

    teacher = Path(args.teacher) if args.teacher else default_model_path()
    if not teacher.is_file():
        return _fail(f"{teacher}: no such model file"), None
    try:
        with np.load(teacher, allow_pickle=False) as z:
            n_models = int(json.loads(bytes(z["config"]).decode("utf-8")).get("n_models", 1))
    except (ValueError, KeyError, OSError) as e:
        return _fail(f"{teacher}: not an isnad NER model file ({e.__class__.__name__})"), None
    if n_models < 2:
        return _fail(f"{teacher} is a single network; --distill needs an ensemble (--teacher)", EXIT_USAGE), None
    if args.news_sentences < 0 or args.check_sentences < 1:
        return _fail("--news-sentences must be >= 0 and --check-sentences >= 1", EXIT_USAGE), None
    work = Path(args.work_dir) / "distill" if args.work_dir else _default_work_dir() / "distill"
    cfg = DistillConfig(shared=str(shared), teacher=str(teacher), out=str(work), seed=seed,
                        shards=tuple(s.strip() for s in args.shards.split(",") if s.strip()),
                        news_sentences=args.news_sentences, check_sentences=args.check_sentences,
                        progress=not args.quiet, **given)
    try:
        summary = distill(cfg)
    except FileNotFoundError as e:
        return _fail(str(e)), None
    out = Path(args.out) if args.out else default_model_path().parent
    err = install(work, out)
    if err:
        return _fail(err, EXIT_INPUT), None
    print(f"student written to {out / 'model.npz'} in {summary['seconds']:.0f}s: epoch {summary['best_epoch']} "
          f"kept, agreement with the ensemble on {cfg.check_sentences} unseen news sentences "
          f"{summary['agreement']:.4f} (log: {work / 'distill_log.json'})")
    return 0, out
