"""Streaming benchmark: a large JSON Lines file (default 1 GiB) through ``isnad analyze --workers N``, the resident
memory of the whole process tree (parent + workers) sampled every second. Run by hand (never by CI):

    python benchmarks/bench_stream.py --input /tmp/isnad-stream-1024mb.jsonl --keep \\
        --disable ner,claims,facts,compare --json a.json        # reader, runner and writer over the whole file
    python benchmarks/bench_stream.py --input /tmp/isnad-stream-1024mb.jsonl --max-seconds 1500 --json b.json
    python benchmarks/bench_stream.py --size-mb 50 --limit-docs 2000   # a quick look

The file: the lines of ``../shared/data/unlabeled/*.txt.gz`` (one article a line; the three shards in turn, again
and again) as records ``{"id": "SHARD:LINE#CYCLE", "text": ..., "published": "2018-06-01"}`` until ``--size-mb``
MiB are written. ``--input PATH`` reuses the file at PATH when it exists (whatever its size) and builds it there
otherwise; a file this run built is deleted at the end unless ``--keep``. Nothing of the corpus is kept elsewhere.

The run: ``python -m isnad.cli.main analyze FILE --kind jsonl --workers N [--disable ...]`` as a subprocess (isnad
imported from this checkout's ``src/``, BLAS on one thread), its JSON output read through a pipe and counted (one
document a line; ``--output PATH`` also keeps it), its standard error counted (one line per rejected record).
``--limit-docs`` / ``--max-seconds`` stop it early (SIGINT, as Ctrl-C would) and report what was measured so far.

Printed: a summary (``--json OUT`` writes the whole report): input size and records, documents out (and lines on
standard error: rejected records), elapsed, documents/s, the peak resident memory of the process tree (sampled;
also the sum of each process's own high-water mark, exact, an upper bound), and the memory over time (at 10 %,
50 %, 90 % of the run, and a timeline) with the documents done and the share of the input the parent had read by
then (its position in the file), so that one can see whether memory stays flat while the input goes through.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from _setup import ROOT, cpu_name  # one BLAS thread (inherited by the subprocess), isnad from src/
from _tree_memory import SOURCE, TreeSampler, read_position

SHARDS = ("saudinewsnet-01.txt.gz", "ant-multisource-01.txt.gz", "ant-jawharafm-01.txt.gz")
PUBLISHED = "2018-06-01"
STAGES = ("text", "ner", "claims", "facts", "compare")  # isnad.pipeline.STAGE_NAMES (checked in main)
MiB = 2**20
TIMELINE_POINTS = 24
STOP_GRACE = 60.0  # seconds the stopped run may take to end before its process group is killed


class Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, no usage block
        self.exit(2, f"bench_stream.py: error: {message}\n")


def positive(kind):
    def parse(value: str):
        try:
            v = kind(value)
        except ValueError:
            v = 0
        if v <= 0:
            raise argparse.ArgumentTypeError(f"expected a positive number, got {value!r}")
        return v
    return parse


# --- the input file ------------------------------------------------------------------------------------------------

def build_jsonl(shared: Path, out: Path, size_bytes: int) -> dict:
    """Cycle the shards' lines into ``out`` (written beside it, then renamed) until it holds ``size_bytes``."""
    missing = [s for s in SHARDS if not (shared / "data" / "unlabeled" / s).is_file()]
    if missing:
        raise SystemExit(f"bench_stream.py: error: {shared}/data/unlabeled/ lacks {', '.join(missing)} (--shared)")
    part = out.with_name(out.name + ".part")
    t0 = time.perf_counter()
    size = records = cycle = 0
    with part.open("w", encoding="utf-8") as fh:
        while size < size_bytes:
            for shard in SHARDS:
                stem = shard.split(".")[0]
                with gzip.open(shared / "data" / "unlabeled" / shard, "rt", encoding="utf-8") as src:
                    for i, text in enumerate(src):
                        line = json.dumps({"id": f"{stem}:{i}#{cycle}", "text": text.strip(), "published": PUBLISHED},
                                          ensure_ascii=False) + "\n"
                        fh.write(line)
                        size += len(line.encode("utf-8"))
                        records += 1
                        if size >= size_bytes:
                            break
                if size >= size_bytes:
                    break
            cycle += 1
    part.replace(out)
    return {"built": True, "build_s": round(time.perf_counter() - t0, 1), "cycles": cycle}


def offset_after(path: Path, lines: int) -> int:
    """The byte offset at which line ``lines + 1`` of ``path`` starts."""
    with path.open("rb") as fh:
        for _ in range(lines):
            if not fh.readline():
                break
        return fh.tell()


def count_lines(path: Path) -> int:
    n = 0
    with path.open("rb") as fh:
        while chunk := fh.read(16 * MiB):
            n += chunk.count(b"\n")
    return n


# --- the run -------------------------------------------------------------------------------------------------------

class Counter:
    """Reads a pipe in a thread: lines counted, the bytes optionally copied to a file, the last lines kept."""

    def __init__(self, stream, copy_to: Path | None = None, keep_last: int = 0):
        self.lines = self.bytes = 0
        self.last: list[str] = []
        self.first_at: float | None = None
        self._thread = threading.Thread(target=self._run, args=(stream, copy_to, keep_last), daemon=True)
        self._thread.start()

    def _run(self, stream, copy_to, keep_last) -> None:
        out = copy_to.open("wb") if copy_to else None
        tail = b""
        try:
            while chunk := stream.read1(MiB) if hasattr(stream, "read1") else stream.read(MiB):
                if self.first_at is None and b"\n" in chunk:
                    self.first_at = time.monotonic()
                self.lines += chunk.count(b"\n")
                self.bytes += len(chunk)
                if out:
                    out.write(chunk)
                if keep_last:
                    tail = (tail + chunk)[-8192:]
        finally:
            if out:
                out.close()
        self.last = [ln for ln in tail.decode("utf-8", "replace").splitlines() if ln.strip()][-keep_last:]

    def join(self) -> None:
        self._thread.join()


def run_analyze(path: Path, a, records: int) -> dict:
    cmd = [sys.executable, "-m", "isnad.cli.main", "analyze", str(path), "--kind", "jsonl",
           "--workers", str(a.workers)] + [f"--disable={d}" for d in a.disable]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")])))
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True)
    out = Counter(proc.stdout, Path(a.output) if a.output else None)
    err = Counter(proc.stderr, keep_last=3)
    size = path.stat().st_size

    def progress() -> dict:
        pos = read_position(proc.pid, str(path))
        read = round(pos / size, 4) if pos is not None else None
        return {"documents": out.lines, "rejected": err.lines, "read": read}

    mem = TreeSampler(proc.pid, a.interval, progress)
    stopped, last_note = None, t0
    while proc.poll() is None:
        time.sleep(0.2)
        now = time.monotonic()
        if a.max_seconds and now - t0 >= a.max_seconds:
            stopped = f"--max-seconds {a.max_seconds:g}"
        elif a.limit_docs and out.lines >= a.limit_docs:
            stopped = f"--limit-docs {a.limit_docs}"
        if stopped:
            final = mem.sample()  # the memory at the moment of stopping, before the run winds down
            end, docs = time.monotonic(), out.lines
            os.kill(proc.pid, signal.SIGINT)
            try:
                proc.wait(STOP_GRACE)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
            break
        if now - last_note >= 60:
            s = mem.samples[-1] if mem.samples else {}
            print(f"  {now - t0:7.0f} s  {out.lines:>9,} documents  tree {s.get('rss', 0) / MiB:,.0f} MiB  "
                  f"input read {100 * (s.get('read') or 0):.1f} %", file=sys.stderr, flush=True)
            last_note = now
    mem.stop()
    out.join()
    err.join()
    if not stopped:
        end, docs = time.monotonic(), out.lines
    samples = mem.samples if not stopped else [s for s in mem.samples if s["t"] <= final["t"]]
    r = report(cmd, proc.returncode, stopped, t0, end, docs, out, err, samples, mem, records)
    r["share_of_input_bytes_done"] = round(offset_after(path, docs) / size, 4)  # the first `docs` records (in order)
    return r


def at(samples: list[dict], share: float) -> dict:
    t = samples[-1]["t"] * share
    s = min(samples, key=lambda x: abs(x["t"] - t))
    return {"t": s["t"], "rss_mib": round(s["rss"] / MiB), "documents": s["documents"], "read": s["read"]}


def report(cmd, status, stopped, t0, end, docs, out, err, samples, mem, records) -> dict:
    """``end`` and ``docs``: when the run ended or was stopped, and the documents out by then."""
    elapsed = end - t0
    first = (out.first_at - t0) if out.first_at else None
    peak = max(samples, key=lambda s: s["rss"]) if samples else {"rss": 0, "t": None}
    half = samples[len(samples) // 2:] if samples else []
    step = max(1, len(samples) // TIMELINE_POINTS)
    return {
        "command": " ".join(cmd[2:]),
        "exit_status": status,
        "stopped_early": stopped,
        "documents": docs,
        "rejected_lines_on_stderr": err.lines,
        "stderr_tail": err.last,
        "records_in_input": records,
        "share_of_records_done": round(docs / records, 4) if records else None,
        "elapsed_s": round(elapsed, 1),
        "first_output_s": round(first, 1) if first is not None else None,
        "documents_per_s": round(docs / elapsed, 2) if elapsed else None,
        "documents_per_s_after_first": round(docs / (elapsed - first), 2) if first and elapsed > first else None,
        "output_mib": round(out.bytes / MiB, 1),
        "memory": {
            "sampled_every_s": mem.interval, "samples": len(samples), "source": SOURCE,
            "peak_tree_rss_mib": round(peak["rss"] / MiB), "peak_at_s": peak["t"],
            "peak_tree_rss_mib_second_half": round(max(s["rss"] for s in half) / MiB) if half else None,
            "sum_of_process_high_water_marks_mib": round(sum(mem.hwm.values()) / MiB),
            "processes": [{"pid": p, "role": role, "peak_rss_mib": round(r / MiB),
                           "high_water_mib": round(mem.hwm[p] / MiB) if p in mem.hwm else None}
                          for p, (r, role) in sorted(mem.peaks.items())],
            "at": {f"{int(100 * q)}%": at(samples, q) for q in (0.1, 0.5, 0.9)} if samples else {},
            "timeline": [[s["t"], round(s["rss"] / MiB), s["documents"], s["read"]] for s in samples[::step]],
            "timeline_columns": ["s", "tree_rss_mib", "documents", "share_of_input_read"],
        },
    }


def summary(r: dict) -> str:
    """The report in a few lines (the whole of it: ``--json``)."""
    i, run, m = r["input"], r["run"], r["run"]["memory"]
    done = (100 * (run["share_of_records_done"] or 0), 100 * run["share_of_input_bytes_done"])
    lines = [f"input     {i['path']}: {i['mib']:,} MiB, {i['records']:,} records",
             f"command   {run['command']}",
             f"run       {run['documents']:,} documents ({done[0]:.1f} % of the records, {done[1]:.1f} % of the "
             f"bytes), {run['rejected_lines_on_stderr']} lines on stderr, {run['elapsed_s']:,} s, "
             f"{run['documents_per_s']} documents/s; exit {run['exit_status']}"
             + (f", stopped by {run['stopped_early']}" if run["stopped_early"] else ""),
             f"memory    peak of the process tree {m['peak_tree_rss_mib']:,} MiB at {m['peak_at_s']} s (sampled every "
             f"{m['sampled_every_s']:g} s; sum of the processes' high-water marks "
             f"{m['sum_of_process_high_water_marks_mib']:,} MiB)",
             "          " + ", ".join(f"{p['role']} {p['peak_rss_mib']:,}" for p in m["processes"]),
             "          " + "; ".join(f"at {k} of the run ({v['t']:g} s): {v['rss_mib']:,} MiB, {v['documents']:,} "
                                      f"documents" for k, v in m["at"].items()),
             "timeline  s / MiB / documents / input read: " + ", ".join(
                 f"{t:g}/{mb}/{d}/{'-' if rd is None else f'{100 * rd:.0f}%'}" for t, mb, d, rd in m["timeline"])]
    return "\n".join(lines)


def machine() -> dict:
    cpu = cpu_name()
    return {"cpu": cpu, "cores": len(os.sched_getaffinity(0)),
            "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
            "python": platform.python_version(), "load_average_before": [round(x, 2) for x in os.getloadavg()],
            "blas_threads": os.environ.get("OPENBLAS_NUM_THREADS")}


def main(argv=None) -> int:
    ap = Parser(description=__doc__.splitlines()[0])
    ap.add_argument("--input", metavar="PATH", help="the JSON Lines file: reused if it exists, else built there "
                    "(default: a new file in the temporary folder)")
    ap.add_argument("--size-mb", type=positive(float), default=1024.0, help="size of a file built (MiB, default 1024)")
    ap.add_argument("--keep", action="store_true", help="keep a file this run built")
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared data folder")
    ap.add_argument("--workers", type=positive(int), default=2, help="isnad analyze --workers (default 2)")
    ap.add_argument("--disable", action="append", default=[], metavar="STAGE",
                    help="passed to isnad analyze (repeatable or comma-separated)")
    ap.add_argument("--limit-docs", type=positive(int), metavar="N", help="stop after N documents")
    ap.add_argument("--max-seconds", type=positive(float), metavar="S", help="stop after S seconds")
    ap.add_argument("--interval", type=positive(float), default=1.0, help="seconds between samples (default 1)")
    ap.add_argument("--output", metavar="PATH", help="also keep the JSON output there (default: counted, discarded)")
    ap.add_argument("--json", metavar="OUT", help="also write the report there")
    a = ap.parse_args(argv)
    a.disable = [s for d in a.disable for s in d.split(",") if s]
    sys.path.insert(0, str(ROOT / "src"))
    from isnad.pipeline import STAGE_NAMES

    assert tuple(STAGE_NAMES) == STAGES, STAGE_NAMES
    if bad := [s for s in a.disable if s not in STAGES]:
        ap.error(f"--disable: unknown stage {bad[0]!r} (choose from {', '.join(STAGES)})")
    for opt in ("output", "json"):
        if getattr(a, opt) and not Path(getattr(a, opt)).resolve().parent.is_dir():
            ap.error(f"--{opt}: no folder {Path(getattr(a, opt)).resolve().parent}")
    import tempfile

    path = Path(a.input) if a.input else Path(tempfile.gettempdir()) / f"isnad-stream-{a.size_mb:g}mb.jsonl"
    if path.is_dir():
        ap.error(f"--input: {path} is a folder")
    if not path.resolve().parent.is_dir():
        ap.error(f"--input: no folder {path.resolve().parent}")
    report_ = {"machine": machine()}
    info = {"built": False} if path.exists() else build_jsonl(Path(a.shared), path, int(a.size_mb * MiB))
    records = count_lines(path)
    report_["input"] = {"path": str(path), "bytes": path.stat().st_size, "mib": round(path.stat().st_size / MiB, 1),
                        "records": records, **info}
    print(f"bench_stream: {path} ({report_['input']['mib']:,} MiB, {records:,} records); running analyze with "
          f"--workers {a.workers}" + (f" --disable {','.join(a.disable)}" if a.disable else ""), file=sys.stderr)
    try:
        report_["run"] = run_analyze(path, a, records)
    finally:
        if info["built"] and not a.keep:
            path.unlink(missing_ok=True)
    report_["machine"]["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    print(summary(report_))
    if a.json:
        Path(a.json).write_text(json.dumps(report_, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
