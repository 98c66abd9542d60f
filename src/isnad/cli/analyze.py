"""``isnad analyze PATH...``: read pages, run the pipeline, print JSON (one object per document) or text.

Many documents run on every core (``--workers``), or on a Dask cluster (``--engine dask``), with a time limit
per document; the output keeps the input's order (see :mod:`isnad.run`).
"""
from __future__ import annotations

import sys

from .errors import UsageError, UserError, run_status
from .options import add_disable, build_pipeline, iso_date

COMMAND = ("analyze",)
HELP = "analyze news pages, text, JSON Lines, WARC or feeds: articles, entities, claims, facts"


def add_arguments(p):
    from isnad.ingest import KINDS
    from isnad.run import DEFAULT_BATCH, DEFAULT_TIMEOUT
    from isnad.run.results import DEFAULT_PARTITION

    p.add_argument("paths", nargs="*", metavar="PATH", help="files, directories, or - for standard input")
    p.add_argument("--sample", action="store_true", help="analyze the sample page bundled with isnad")
    p.add_argument("--format", choices=("json", "text"), default="json",
                   help="json: one JSON object per input document (JSON Lines); text: a readable summary")
    p.add_argument("--published", metavar="YYYY-MM-DD", type=iso_date,
                   help="publication date used when a page does not print one (resolves relative dates)")
    p.add_argument("--outlet", metavar="NAME", help="name of the publication, when the input does not say")
    p.add_argument("--kind", choices=KINDS, default="auto", help="input kind (default: detected)")
    add_disable(p)
    p.add_argument("--pretty", action="store_true", help="indent the JSON (one document per block)")
    add_run_arguments(p, DEFAULT_TIMEOUT, DEFAULT_BATCH)
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local: this machine, --workers processes (default); dask: tasks on a Dask cluster "
                        "(needs the dask extra)")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="with --engine dask: the scheduler to use (tcp://HOST:8786); default: a local cluster of "
                        "--workers processes")
    p.add_argument("--output-dir", metavar="DIR",
                   help="write the JSON as numbered JSON Lines files in DIR (part-00000.jsonl …, errors.txt, "
                        "manifest.json) instead of standard output; `isnad ingest --from-results DIR` stores them")
    p.add_argument("--partition-size", type=_positive_int, default=DEFAULT_PARTITION, metavar="N",
                   help=f"with --output-dir: documents per file (default: {DEFAULT_PARTITION})")


def add_run_arguments(p, timeout: float, batch: int) -> None:
    """``--workers``, ``--timeout`` and ``--batch-size`` (shared with ``isnad ingest``)."""
    from isnad.run import default_workers

    p.add_argument("--workers", type=_positive_int, default=default_workers(), metavar="N",
                   help="worker processes (default: every core, here %(default)s); one runs in this process")
    p.add_argument("--timeout", type=float, default=timeout, metavar="SECONDS",
                   help=f"time limit per document; a document that runs over it is reported and skipped "
                        f"(default: {timeout:g}; 0: none)")
    p.add_argument("--batch-size", type=_positive_int, default=batch, metavar="N",
                   help=f"documents analysed together (the tagger batches their sentences) (default: {batch})")


def _positive_int(value: str) -> int:
    import argparse

    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return n


def run(args) -> int:
    from isnad.ingest import read_paths
    from isnad.ingest.reader import expand_paths
    from isnad.pipeline import Context
    from isnad.run import RunError, RunOptions
    from isnad.run import run as run_documents
    from isnad.run.collector import paused
    from isnad.run.limits import one_blas_thread
    from isnad.run.progress import Progress

    if args.timeout < 0:
        raise UsageError(f"--timeout: expected a number of seconds (0 for none), got {args.timeout:g}")
    if args.scheduler and args.engine != "dask":
        raise UsageError("--scheduler needs --engine dask")
    paths = list(args.paths)
    if args.sample:
        paths.append(str(sample_path()))
    if not paths:
        raise UsageError("give at least one PATH (a file, a directory, or - for standard input), or --sample")
    # Every engine analyses with one BLAS thread per process; saying so before numpy is first imported (just below)
    # keeps OpenBLAS from starting a thread per core only to be held to one later (0.06 CPU s on 2 cores, more on
    # more cores).
    one_blas_thread()
    with paused():  # imports every stage: objects that the pipeline's first loading freezes (isnad.run.collector)
        pipeline = build_pipeline(args, context=Context(published=args.published, outlet=args.outlet))
    options = RunOptions(disable=tuple(s.name for s in _disabled(pipeline)), published=args.published,
                         outlet=args.outlet, timeout=args.timeout or None, batch_size=args.batch_size,
                         workers=args.workers, render=_render(args))
    sink = _sink(args, options)
    show = len(paths) > 1 or any(p != "-" and not p.endswith((".txt", ".html", ".htm")) for p in paths)
    files = None if "-" in paths else [p for p in expand_paths(paths) if isinstance(p, str)]
    progress = Progress(files, show=show)
    failures = internal = 0
    try:
        items = read_paths(paths, kind=args.kind, on_open=progress.opened)
        engine = "dask" if args.engine == "dask" else "auto"
        for outcome in run_documents(items, options, engine=engine, scheduler=args.scheduler):
            if outcome.error:
                failures += 1
                internal += outcome.internal
                progress.message(f"isnad: {outcome.error}")
                sink.error(outcome.error)
                continue
            progress.update()
            sink.write(outcome.value)
    except RunError as e:
        raise UserError(str(e)) from None
    finally:
        progress.close()
        sink.close()
    return run_status(failures, internal)


def _disabled(pipeline):
    from isnad.pipeline import STAGES

    kept = {s.name for s in pipeline.stages}
    return [s for s in STAGES if s.name not in kept]


def _render(args) -> str:
    if args.format == "text":
        if args.output_dir:
            raise UsageError("--output-dir writes JSON; leave out --format text")
        return "isnad.run:plain_text"
    return "isnad.run:json_pretty" if args.pretty else "isnad.run:json_text"


class _Stdout:
    def write(self, rendered: str) -> None:
        sys.stdout.write(rendered + "\n")
        sys.stdout.flush()

    def error(self, message: str) -> None:
        pass

    def close(self) -> None:
        pass


def _sink(args, options):
    if not args.output_dir:
        return _Stdout()
    from isnad import __version__
    from isnad.run.results import PartitionWriter, ResultsError
    from isnad.store.adapter import pipeline_version

    if args.pretty:
        raise UsageError("--output-dir writes one document a line; leave out --pretty")
    meta = {"isnad": __version__, "pipeline": pipeline_version(tuple(sorted(options.disable))),
            "disable": list(options.disable), "engine": args.engine}
    try:
        return PartitionWriter(args.output_dir, args.partition_size, meta)
    except ResultsError as e:
        raise UserError(str(e)) from None


def sample_path():
    from importlib import resources

    return resources.files("isnad").joinpath("data/sample/sample-page.txt")
