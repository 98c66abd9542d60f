"""``isnad analyze PATH...``: read pages, run the pipeline, print JSON (one object per document) or text."""
from __future__ import annotations

import json
import os
import sys
import traceback

from .errors import DEBUG_ENV, UsageError, run_status
from .options import add_disable, build_pipeline, iso_date

COMMAND = ("analyze",)
HELP = "analyze news pages, text, JSON Lines, WARC or feeds: articles, entities, claims, facts"


def add_arguments(p):
    from isnad.ingest import KINDS

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


def run(args) -> int:
    from tqdm import tqdm

    from isnad.ingest import InputError, read_paths
    from isnad.ingest.errors import internal_error
    from isnad.pipeline import Context

    paths = list(args.paths)
    if args.sample:
        paths.append(str(sample_path()))
    if not paths:
        raise UsageError("give at least one PATH (a file, a directory, or - for standard input), or --sample")
    pipeline = build_pipeline(args, context=Context(published=args.published, outlet=args.outlet))
    failures = internal = 0
    out = sys.stdout
    show = len(paths) > 1 or any(p != "-" and not p.endswith((".txt", ".html", ".htm")) for p in paths)
    bar = tqdm(desc="documents", unit=" doc", file=sys.stderr, disable=None if show else True, leave=False)

    def report(error: InputError) -> None:
        nonlocal failures, internal
        failures += 1
        internal += error.internal
        bar.clear()
        print(f"isnad: {error}", file=sys.stderr, flush=True)

    for item in read_paths(paths, kind=args.kind):
        if isinstance(item, InputError):
            report(item)
            continue
        try:
            doc = pipeline(item)
            if args.format == "json":
                rendered = json.dumps(doc.to_json(), ensure_ascii=False, indent=2 if args.pretty else None)
            else:
                from isnad.render import format_document

                rendered = format_document(doc)
        except Exception as e:  # noqa: BLE001 - one document's failure is reported on one line; the run goes on
            if os.environ.get(DEBUG_ENV):
                traceback.print_exc(file=sys.stderr)
            report(internal_error(item.source, e))
            continue
        bar.update(1)
        out.write(rendered + "\n")
        out.flush()
    bar.close()
    return run_status(failures, internal)


def sample_path():
    from importlib import resources

    return resources.files("isnad").joinpath("data/sample/sample-page.txt")

