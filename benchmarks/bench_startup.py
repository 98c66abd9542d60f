"""Start-up: the CPU time of ``isnad analyze ONE-LINE.txt --workers 1`` end to end (interpreter, imports, every
model and lexicon loaded, one sentence analysed, JSON written), in fresh processes, with the start-up cache
(:mod:`isnad.cache`) turned off, then cold (an empty cache folder: the first run builds and writes it), then warm.

    python benchmarks/bench_startup.py              # 5 runs each, median user+system CPU seconds
    python benchmarks/bench_startup.py --runs 9 --json

The three settings alternate run by run, so that a change in the machine's load touches them alike; BLAS is held to
one thread (as the runner's workers do).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SENTENCE = "قال وزير الخارجية في دمشق يوم الاثنين إن نحو 30 شخصا قتلوا في الهجوم.\n"


def one_run(isnad: str, path: Path, cache: str) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one ``isnad analyze`` process."""
    env = dict(os.environ, ISNAD_CACHE_DIR=cache, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    w = time.perf_counter()
    subprocess.run([isnad, "analyze", str(path), "--workers", "1"], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - w
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    isnad = shutil.which("isnad", path=str(Path(sys.executable).parent)) or "isnad"
    results: dict[str, list[tuple[float, float]]] = {"off": [], "cold": [], "warm": []}
    with tempfile.TemporaryDirectory() as tmp:
        text = Path(tmp) / "one.txt"
        text.write_text(SENTENCE, encoding="utf-8")
        warm = Path(tmp) / "warm"
        one_run(isnad, text, str(warm))  # fills the warm folder
        for k in range(args.runs):
            results["off"].append(one_run(isnad, text, "off"))
            cold = Path(tmp) / f"cold{k}"
            results["cold"].append(one_run(isnad, text, str(cold)))
            results["warm"].append(one_run(isnad, text, str(warm)))
    summary = {k: {"cpu_median": round(statistics.median(c for c, _ in v), 3),
                   "cpu_min": round(min(c for c, _ in v), 3),
                   "wall_median": round(statistics.median(w for _, w in v), 3)} for k, v in results.items()}
    summary["runs"] = args.runs
    summary["load"] = os.getloadavg()[0]
    # With PYTHONDONTWRITEBYTECODE set and isnad run from its source tree, no .pyc is ever written: every run
    # compiles the ~130 modules it imports (about 0.2 CPU s on the project's machine), which an installed isnad
    # does not do. The figures are comparable only between runs made the same way.
    summary["compiles_source"] = bool(os.environ.get("PYTHONDONTWRITEBYTECODE"))
    if args.json:
        print(json.dumps(summary))
    else:
        print(f"runs {args.runs}, load {summary['load']:.1f}"
              + (", PYTHONDONTWRITEBYTECODE set: every run compiles isnad's source" if summary["compiles_source"]
                 else ""))
        for k in ("off", "cold", "warm"):
            s = summary[k]
            print(f"cache {k:5}: CPU median {s['cpu_median']:.2f} s (min {s['cpu_min']:.2f}), wall median "
                  f"{s['wall_median']:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
