"""Start-up: the CPU time of ``isnad analyze ONE-LINE.txt --workers 1`` end to end (interpreter, imports, every
model and lexicon loaded, one sentence analysed, JSON written), in fresh processes, with the start-up cache
(:mod:`isnad.cache`) turned off, then cold (an empty cache folder: the first run builds and writes it), then warm.
With ``--stages``, also the first use of each stage inside one fresh process (imports, building the pipeline, then
each stage on ``isnad.run.WARM_UP_TEXT``) and the CPU time of each cached form built or read, for each setting.

    python benchmarks/bench_startup.py              # 5 runs each, median and least user+system CPU seconds
    python benchmarks/bench_startup.py --runs 9 --json
    python benchmarks/bench_startup.py --tree ../main --tree . --stages   # two source trees, alternated

The settings (and the trees given with ``--tree``, each run with its ``src`` first on ``PYTHONPATH``) alternate run
by run, so that a change in the machine's load touches them alike; BLAS is held to one thread by the environment
(as the runner's workers do), or, with ``--unset-threads``, the thread variables are left out, as a user runs
isnad (then what isnad itself does about BLAS threads counts too). On a machine shared with other jobs, read the
least CPU time of the runs.
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
SETTINGS = ("off", "cold", "warm")

# Run in a fresh process by --stages: CPU seconds of each step of a start-up, as JSON on standard output.
STAGES_CHILD = r"""
import gc, json, time
t, forms, c0 = {}, {}, time.process_time()
def mark(name):
    global c0
    c = time.process_time(); t[name] = c - c0; c0 = c
import isnad.cache as cache
def timed(f):  # each cached form's CPU seconds, built or read (wrapped before the modules that use it import it)
    def run(name, *args):
        c = time.process_time(); v = f(name, *args); forms[name] = time.process_time() - c; return v
    return run
cache.cached, cache.arrays = timed(cache.cached), timed(cache.arrays)
from isnad.ingest import parse_page
from isnad.pipeline import Context, Pipeline
from isnad.run import WARM_UP_TEXT
from isnad.run.limits import one_blas_thread
mark("imports")
one_blas_thread()
gc.disable()  # as isnad.run.collector does while a pipeline first loads
pipeline = Pipeline(context=Context())
mark("build")
doc = parse_page(WARM_UP_TEXT, source="warm-up")
pipeline._prepare(doc)
mark("ingest")
for stage, func in pipeline._funcs:
    func(doc, pipeline.context)
    mark(stage.name)
print(json.dumps({"stages": t, "forms": forms}))
"""


THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS")
SET_THREADS = True  # --unset-threads: run as a user does, with no BLAS thread variable in the environment


def _env(tree: str | None, cache: str) -> dict:
    env = dict(os.environ, ISNAD_CACHE_DIR=cache)
    for v in THREAD_VARIABLES:
        if SET_THREADS:
            env[v] = "1"
        else:
            env.pop(v, None)
    if tree:
        env["PYTHONPATH"] = os.pathsep.join([str(Path(tree, "src").resolve()), env.get("PYTHONPATH", "")]).strip(
            os.pathsep)
    return env


def _measured(cmd: list[str], env: dict, stdout=subprocess.DEVNULL) -> tuple[float, float, str]:
    """(user + system CPU seconds, wall seconds, standard output) of one process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    w = time.perf_counter()
    done = subprocess.run(cmd, env=env, check=True, stdout=stdout, stderr=subprocess.DEVNULL, text=True)
    wall = time.perf_counter() - w
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall, done.stdout or ""


def one_run(isnad: str, path: Path, cache: str, tree: str | None = None) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one ``isnad analyze`` process."""
    cpu, wall, _ = _measured([isnad, "analyze", str(path), "--workers", "1"], _env(tree, cache))
    return cpu, wall


def stages_run(cache: str, tree: str | None = None) -> dict[str, float]:
    """CPU seconds of each step of a start-up in one fresh process (see STAGES_CHILD), their sum, and each cached
    form's (``form NAME``: built, or read back; inside the steps)."""
    _, _, out = _measured([sys.executable, "-c", STAGES_CHILD], _env(tree, cache), stdout=subprocess.PIPE)
    found = json.loads(out)
    steps = found["stages"]
    steps["total"] = sum(steps.values())
    steps.update({f"form {k}": v for k, v in found["forms"].items()})
    return steps


def _summary(values: list[tuple[float, float]]) -> dict:
    return {"cpu_median": round(statistics.median(c for c, _ in values), 3),
            "cpu_min": round(min(c for c, _ in values), 3),
            "wall_median": round(statistics.median(w for _, w in values), 3)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--tree", action="append", default=[],
                    help="a source tree of isnad to measure (its src/ put first on PYTHONPATH); repeat to compare "
                         "trees, alternated run by run (default: the isnad this Python imports)")
    ap.add_argument("--settings", default=",".join(SETTINGS), help="cache settings to measure (default: %(default)s)")
    ap.add_argument("--stages", action="store_true",
                    help="also the first use of each stage and each cached form, in one process, for each setting")
    ap.add_argument("--unset-threads", action="store_true",
                    help=f"leave {' and '.join(THREAD_VARIABLES)} out of the environment (as a user runs isnad) "
                         "instead of setting them to 1")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    global SET_THREADS
    SET_THREADS = not args.unset_threads
    settings = [s for s in args.settings.split(",") if s]
    if set(settings) - set(SETTINGS):
        ap.error(f"--settings: choose among {', '.join(SETTINGS)}")
    isnad = shutil.which("isnad", path=str(Path(sys.executable).parent)) or "isnad"
    trees = args.tree or [None]
    results = {t or "installed": {s: [] for s in settings} for t in trees}
    stages: dict[str, dict[str, list[dict]]] = {t or "installed": {s: [] for s in settings} for t in trees}
    with tempfile.TemporaryDirectory() as tmp:
        text = Path(tmp) / "one.txt"
        text.write_text(SENTENCE, encoding="utf-8")
        for n, tree in enumerate(trees):  # each tree's warm folder filled (its cached forms are its own)
            one_run(isnad, text, str(Path(tmp) / f"warm{n}"), tree)
        for k in range(args.runs):
            for n, tree in enumerate(trees):
                name = tree or "installed"
                folders = {"off": "off", "cold": str(Path(tmp) / f"cold{n}-{k}"), "warm": str(Path(tmp) / f"warm{n}")}
                for s in settings:
                    results[name][s].append(one_run(isnad, text, folders[s], tree))
                if args.stages:
                    for s in settings:
                        cache = folders[s] if s != "cold" else str(Path(tmp) / f"stages-cold{n}-{k}")
                        stages[name][s].append(stages_run(cache, tree))
    summary: dict = {name: {s: _summary(v) for s, v in by.items()} for name, by in results.items()}
    if args.stages:
        for name, by in stages.items():
            summary[name]["stages_min"] = {s: {key: round(min(r[key] for r in runs), 3) for key in runs[0]}
                                           for s, runs in by.items()}
    summary["runs"] = args.runs
    summary["load"] = os.getloadavg()[0]
    # With PYTHONDONTWRITEBYTECODE set and isnad run from its source tree, no .pyc is ever written: every run
    # compiles the ~130 modules it imports (about 0.2 CPU s on the project's machine), which an installed isnad
    # does not do. The figures are comparable only between runs made the same way.
    summary["compiles_source"] = bool(os.environ.get("PYTHONDONTWRITEBYTECODE"))
    if args.json:
        print(json.dumps(summary))
        return 0
    print(f"runs {args.runs}, load {summary['load']:.1f}"
          + (", BLAS thread variables unset" if args.unset_threads else "")
          + (", PYTHONDONTWRITEBYTECODE set: every run compiles isnad's source" if summary["compiles_source"] else ""))
    for name in results:
        for s in settings:
            v = summary[name][s]
            print(f"{name}: cache {s:5}: CPU median {v['cpu_median']:.2f} s (min {v['cpu_min']:.2f}), wall median "
                  f"{v['wall_median']:.2f} s")
        for s, steps in summary[name].get("stages_min", {}).items():
            print(f"{name}: cache {s:5}: first use, least CPU s: "
                  + ", ".join(f"{k} {v:.3f}" for k, v in steps.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
