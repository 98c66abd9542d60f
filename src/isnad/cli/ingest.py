"""``isnad ingest PATH... [--db URL]``: analyse inputs and store them (idempotent, resumable)."""
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
    from isnad.store.adapter import KINDS, STAGE_NAMES

    p.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, or - for standard input")
    add_db_argument(p)
    p.add_argument("--published", metavar="YYYY-MM-DD", type=iso_date, help="publication date used when a page prints none")
    p.add_argument("--outlet", metavar="NAME", help="name of the publication, when the input does not say")
    p.add_argument("--kind", choices=KINDS, default="auto", help="input kind (default: detected)")
    p.add_argument("--disable", metavar="STAGE", action="append", default=[],
                   help=f"skip a stage ({', '.join(STAGE_NAMES)}); repeatable or comma-separated")


def run(args) -> int:
    from isnad.store import describe

    disable = [x.strip() for d in args.disable for x in d.split(",") if x.strip()]
    with open_db(args, create=True) as engine:
        report = _ingest(args, engine, disable)
    print(f"isnad: {describe(str(engine.url))}: {report.summary()}", file=sys.stderr)
    return run_status(report.failed, 0)


def _ingest(args, engine, disable):
    from tqdm import tqdm

    from isnad.store.adapter import PipelineError
    from isnad.store.ingest import ingest

    bar = tqdm(total=_count_files(args.paths), desc="ingest", unit=" file", file=sys.stderr, leave=False,
               disable=None)

    def on_error(message: str) -> None:
        bar.clear()
        print(f"isnad: {message}", file=sys.stderr, flush=True)

    try:
        return ingest(engine, args.paths, kind=args.kind, disable=disable, published=args.published,
                      outlet=args.outlet, on_error=on_error, on_file=lambda _: bar.update(1))
    except PipelineError as e:
        raise UsageError(str(e)) from None
    finally:
        bar.close()


def _count_files(paths: list[str]) -> int | None:
    """How many input files the paths name (the progress bar's total); None with standard input."""
    from isnad.store.adapter import input_files

    if "-" in paths:
        return None
    return sum(1 for p in input_files(paths) if isinstance(p, str))
