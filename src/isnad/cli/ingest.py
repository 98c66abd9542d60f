"""``isnad ingest PATH... [--db URL]``: analyse inputs and store them (idempotent, resumable).

The analysis runs through :mod:`isnad.run` (``--workers`` processes, a time limit per document, input order
kept); this process stores each analysed document with the store's own per-document function, so what is stored
and when it is committed is the same as :func:`isnad.store.ingest.ingest`. ``--from-results DIR`` stores what
``isnad analyze --output-dir DIR`` (either engine) wrote, without analysing anything.
"""
from __future__ import annotations

import sys
from contextlib import contextmanager

from .errors import UsageError, UserError, run_status
from .options import iso_date

COMMAND = ("ingest",)
HELP = "analyse news inputs and store them in the database (SQLite by default, or PostgreSQL)"


def add_db_argument(p) -> None:
    """``--db``, shared by every command that reads or writes the store."""
    p.add_argument("--db", metavar="URL", help="database: a file path, sqlite:///FILE or postgresql://USER@HOST/DB "
                   "(default: $ISNAD_DB, else ~/.local/share/isnad/isnad.sqlite)")


@contextmanager
def open_db(args, create: bool = False):
    """The store named by ``--db``; a database that cannot be opened or fails while in use becomes a one-line
    :class:`UserError` (what was committed before stays committed)."""
    from sqlalchemy.exc import SQLAlchemyError

    from isnad.store import StoreError, describe, open_store, reason

    try:
        engine = open_store(args.db, create=create)
    except StoreError as e:
        raise UserError(str(e)) from None
    try:
        yield engine
    except SQLAlchemyError as e:
        raise UserError(f"{describe(str(engine.url))}: database error ({reason(e)})") from None
    finally:
        engine.dispose()


def add_arguments(p):
    from isnad.ingest import KINDS
    from isnad.pipeline import STAGE_NAMES
    from isnad.run import DEFAULT_BATCH, DEFAULT_TIMEOUT

    from .analyze import add_run_arguments

    p.add_argument("paths", nargs="*", metavar="PATH", help="files, directories, or - for standard input")
    p.add_argument("--from-results", metavar="DIR",
                   help="store the documents `isnad analyze --output-dir DIR` wrote (no analysis)")
    add_db_argument(p)
    p.add_argument("--published", metavar="YYYY-MM-DD", type=iso_date, help="publication date used when a page prints none")
    p.add_argument("--outlet", metavar="NAME", help="name of the publication, when the input does not say")
    p.add_argument("--kind", choices=KINDS, default="auto", help="input kind (default: detected)")
    p.add_argument("--disable", metavar="STAGE", action="append", default=[],
                   help=f"skip a stage ({', '.join(STAGE_NAMES)}); repeatable or comma-separated")
    add_run_arguments(p, DEFAULT_TIMEOUT, DEFAULT_BATCH)


def run(args) -> int:
    from isnad.store import describe

    if bool(args.paths) == bool(args.from_results):
        raise UsageError("give the inputs to analyse (PATH...) or --from-results DIR, one or the other")
    if args.timeout < 0:
        raise UsageError(f"--timeout: expected a number of seconds (0 for none), got {args.timeout:g}")
    disable = [x.strip() for d in args.disable for x in d.split(",") if x.strip()]
    with open_db(args, create=True) as engine:
        report = _from_results(args, engine) if args.from_results else _ingest(args, engine, disable)
    print(f"isnad: {describe(str(engine.url))}: {report.summary()}", file=sys.stderr)
    return run_status(report.failed, 0)


def _ingest(args, engine, disable):
    from isnad.ingest import read_paths
    from isnad.model import Document
    from isnad.run import RunError, RunOptions, run
    from isnad.run.progress import Progress
    from isnad.store import adapter

    try:
        adapter.make_pipeline(disable)
    except adapter.PipelineError as e:
        raise UsageError(str(e)) from None
    version = adapter.pipeline_version(tuple(sorted(disable)))
    options = RunOptions(disable=tuple(disable), published=args.published, outlet=args.outlet,
                         timeout=args.timeout or None, batch_size=args.batch_size, workers=args.workers,
                         render="isnad.run:without_text_layer")
    files = None if "-" in args.paths else [p for p in adapter.input_files(args.paths) if isinstance(p, str)]
    progress = Progress(files, desc="ingest")
    report, store = _storer(engine, version, progress.message)

    def fresh(items):
        """The documents this pipeline has not stored yet (the others are counted, not analysed again)."""
        for item in items:
            if isinstance(item, Document) and _stored(engine, item, version):
                report.unchanged += len(item.articles)
                progress.update()
                continue
            yield item

    try:
        items = read_paths(args.paths, kind=args.kind, on_open=progress.opened)
        for outcome in run(fresh(items), options):
            if outcome.error:
                report.failed += 1
                progress.message(f"isnad: {outcome.error}")
            else:
                store(outcome.value)
            progress.update()
    except RunError as e:
        raise UserError(str(e)) from None
    finally:
        progress.close()
    return _finish(engine, report)


def _storer(engine, version: str, on_error):
    """A report and a function storing one analysed document with the store's own per-document function."""
    from isnad.store.ingest import IngestReport, _store_document

    report = IngestReport()

    def store(doc) -> None:
        _store_document(engine, lambda d: d, version, doc, report, lambda m: on_error(f"isnad: {m}"))

    return report, store


def _stored(engine, doc, version: str) -> bool:
    from sqlalchemy import select

    from isnad.store import adapter
    from isnad.store.schema import articles

    digests = [adapter.article_hash(a) for a in doc.articles]
    with engine.connect() as conn:
        found = {r.hash: r.pipeline for r in conn.execute(
            select(articles.c.hash, articles.c.pipeline).where(articles.c.hash.in_(digests)))}
    return all(found.get(d) == version for d in digests)


def _finish(engine, report):
    from isnad.store.ingest import groups_stale, refresh_groups

    if report.stored or report.replaced or groups_stale(engine):
        report.groups, report.cross_contradictions = refresh_groups(engine)
    return report


def _from_results(args, engine):
    from isnad.run.results import ResultsError, iter_results, read_manifest

    try:
        version = str(read_manifest(args.from_results).get("pipeline") or "unknown")
        report, store = _storer(engine, version, lambda m: print(m, file=sys.stderr, flush=True))
        for where, data in iter_results(args.from_results):
            try:
                doc = document_from_json(data)
            except (KeyError, TypeError, ValueError) as e:
                report.failed += 1
                print(f"isnad: {where}: not a document's JSON ({type(e).__name__}: {e})", file=sys.stderr)
                continue
            store(doc)
    except ResultsError as e:
        raise UserError(str(e)) from None
    return _finish(engine, report)


def document_from_json(data: dict):
    """A :class:`~isnad.model.Document` back from the JSON ``isnad analyze`` prints."""
    from isnad.model import Contradiction, Document, EventGroup, RelatedItem
    from isnad.store.adapter import article_from_json

    return Document(source=data["source"], outlet=data.get("outlet"),
                    articles=[article_from_json(a) for a in data["articles"]],
                    related=[RelatedItem(**r) for r in data.get("related", [])],
                    contradictions=[Contradiction(**c) for c in data.get("contradictions", [])],
                    groups=[EventGroup(**g) for g in data.get("groups", [])])
