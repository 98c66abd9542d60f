"""``isnad export --format jsonl|csv|geojson [--db URL] [filters] [-o FILE] [--bom]``."""
from __future__ import annotations

import os
import sys

from .errors import UsageError, UserError
from .options import iso_date
from .ingest import add_db_argument, open_db

COMMAND = ("export",)
HELP = "export stored claims as JSON Lines, CSV (one row per claim) or GeoJSON (places with their claims)"


def add_arguments(p):
    p.add_argument("--format", choices=("jsonl", "csv", "geojson"), required=True, help="what to write")
    add_db_argument(p)
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE (default: standard output)")
    p.add_argument("--bom", action="store_true", help="CSV: start with a UTF-8 byte-order mark (for spreadsheets)")
    p.add_argument("--outlet", metavar="NAME", help="only articles of this outlet")
    p.add_argument("--since", metavar="YYYY-MM-DD", type=iso_date, help="only articles published on or after this date")
    p.add_argument("--until", metavar="YYYY-MM-DD", type=iso_date, help="only articles published on or before this date")
    p.add_argument("--speaker", metavar="NAME", help="only claims whose speaker's name contains this")
    p.add_argument("--query", metavar="WORDS", help="only claims that match, or whose article matches, a search")


def run(args) -> int:
    from isnad.store.queries import Filters

    if args.bom and args.format != "csv":
        raise UsageError("--bom applies to --format csv only")
    filters = Filters(outlet=args.outlet, since=args.since, until=args.until, speaker=args.speaker, query=args.query)
    with open_db(args) as engine:
        n = _write(args, engine, filters)
    unit = {"csv": "claims", "geojson": "places", "jsonl": "articles"}[args.format]
    print(f"isnad: exported {n} {unit}" + (f" to {args.output}" if args.output else ""), file=sys.stderr)
    return 0


def _write(args, engine, filters) -> int:
    """The export to standard output, or to ``-o FILE`` through a temporary file renamed when complete."""
    from isnad.store.export import export

    if not args.output:
        with engine.connect() as conn:
            return export(conn, args.format, sys.stdout, filters, bom=args.bom)
    tmp = f"{args.output}.part"
    try:
        out = open(tmp, "w", encoding="utf-8", newline="")
    except OSError as e:
        raise UserError(f"{args.output}: cannot write ({(e.strerror or str(e)).lower()})") from None
    try:
        with out, engine.connect() as conn:
            n = export(conn, args.format, out, filters, bom=args.bom)
        os.replace(tmp, args.output)
        return n
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
