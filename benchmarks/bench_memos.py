"""The memos of per-token answers (``isnad.arabic.memo``) at several bounds: CPU time of the whole pipeline, the
look-ups that missed each memo, and (``--memory``) what each memo holds. Run by hand (never by CI):

    python benchmarks/bench_memos.py --limit 3000 --sizes 100000,200000,0 --json memos.json
    python benchmarks/bench_memos.py --limit 3000 --sizes 100000 --memory

Articles: the first ``--limit`` lines of ``../shared/data/unlabeled/*.txt.gz`` (the three shards in turn, as
``bench_stream.py`` cycles them), each made a document as a JSON Lines record's text is, analysed in groups of 16
as a worker does (``isnad.run.analyse_group``). Each bound runs in its own process, one after the other: the
pipeline is loaded, every memo is set to hold at most that many entries (0: no bound) and emptied, then the
articles go through. The ``functools.lru_cache`` memos keep their own ``maxsize`` (``MEMO_SIZE``) in every run.

Reported per bound: CPU seconds of the articles (start-up apart), the misses of each memo (its answer computed:
a document's first look-ups included) and its entries at the end. With ``--memory`` the run is traced
(tracemalloc; several times slower, so its CPU time says nothing) and each memo's size is what is freed when it
is emptied at the end (what it alone holds), with the bytes per entry.
"""
from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from _setup import ROOT  # one BLAS thread, isnad from src/

SHARDS = ("saudinewsnet-01.txt.gz", "ant-multisource-01.txt.gz", "ant-jawharafm-01.txt.gz")
UNBOUNDED = 10**12


class Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, no usage block
        self.exit(2, f"bench_memos.py: error: {message}\n")


def articles(shared: Path, limit: int):
    from isnad.ingest.errors import InputError
    from isnad.ingest.records import document_from_payload

    n = 0
    for shard in SHARDS:
        with gzip.open(shared / "data" / "unlabeled" / shard, "rt", encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if n >= limit:
                    return
                try:
                    yield document_from_payload(f"{shard.split('.')[0]}:{i}", text=line.strip(),
                                                published="2018-06-01")
                except InputError:  # a line with no article text (a photo caption)
                    continue
                n += 1


def part(shared: Path, limit: int, size: int, memory: bool) -> dict:
    import gc
    import tracemalloc

    from isnad.arabic import memo as M
    from isnad.run import RunOptions, analyse_group, groups

    misses: Counter = Counter()
    store = M.Memo.store

    def counted(self, key, value):
        misses[self.name] += 1
        return store(self, key, value)

    M.Memo.store = counted
    options = RunOptions()
    pipeline = options.pipeline()
    for m in M.memos():
        m.size = size or UNBOUNDED
        m.clear()
    misses.clear()
    if memory:
        tracemalloc.start()
    cpu, docs = time.process_time(), 0
    for g in groups(articles(shared, limit), options.batch_size):
        analyse_group(pipeline, [d for _, d in g.docs], options)
        docs += len(g.docs)
    cpu = time.process_time() - cpu
    out = {"size": size, "documents": docs, "memos": {}}
    if not memory:
        out["cpu_s"] = round(cpu, 1)
    for m in sorted(M.memos(), key=lambda m: m.name):
        row = {"misses": misses[m.name], "entries": m.entries()}
        if memory:
            gc.collect()
            before = tracemalloc.get_traced_memory()[0]
            m.clear()
            gc.collect()
            freed = before - tracemalloc.get_traced_memory()[0]
            row.update(mib=round(freed / 2**20, 1), bytes_per_entry=round(freed / max(1, row["entries"])))
        out["memos"][m.name] = row
    return out


def main(argv=None) -> int:
    ap = Parser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--limit", type=int, default=3000, help="articles (default 3000)")
    ap.add_argument("--sizes", default="100000,200000,0", help="memo bounds, comma-separated (0: none)")
    ap.add_argument("--memory", action="store_true", help="trace memory (slower; no CPU time then)")
    ap.add_argument("--json", metavar="OUT")
    ap.add_argument("--part", type=int, help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.limit < 1:
        ap.error(f"--limit: expected a positive number, got {a.limit}")
    try:
        sizes = [int(s) for s in a.sizes.split(",") if s.strip()]
    except ValueError:
        ap.error(f"--sizes: expected whole numbers separated by commas, got {a.sizes!r}")
    if not sizes or any(s < 0 or s == 1 for s in sizes):
        ap.error(f"--sizes: each bound must be 0 (none) or at least 2, got {a.sizes!r}")
    if not (Path(a.shared) / "data" / "unlabeled" / SHARDS[0]).is_file():
        ap.error(f"--shared: {a.shared}/data/unlabeled/{SHARDS[0]} not found")
    if a.part is not None:
        print(json.dumps(part(Path(a.shared), a.limit, a.part, a.memory)))
        return 0
    runs = []
    for size in sizes:
        cmd = [sys.executable, __file__, "--shared", a.shared, "--limit", str(a.limit), "--part", str(size)]
        r = subprocess.run(cmd + (["--memory"] if a.memory else []), capture_output=True, text=True)
        if r.returncode:
            runs.append({"size": size, "error": (r.stderr.strip().splitlines() or ["failed"])[-1]})
        else:
            runs.append(json.loads(r.stdout.strip().splitlines()[-1]))
        run = runs[-1]
        print(f"bound {size or 'none'}: " + (run.get("error") or ", ".join(
            [f"{run['documents']} documents"] + ([f"{run['cpu_s']} CPU s"] if "cpu_s" in run else []))), flush=True)
        for name, row in run.get("memos", {}).items():
            print(f"  {name:48s} misses {row['misses']:>9,}  entries {row['entries']:>9,}"
                  + (f"  {row['mib']:7.1f} MiB ({row['bytes_per_entry']} B an entry)" if "mib" in row else ""))
    if a.json:
        Path(a.json).write_text(json.dumps({"limit": a.limit, "runs": runs}, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
