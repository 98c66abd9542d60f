"""``isnad compare PATH...``: analyse several documents and compare their claims across documents: event groups
spanning documents, and contradictions between the sources of different documents, as one JSON object."""
from __future__ import annotations

import json
import sys

from .errors import UserError
from .options import add_disable, build_pipeline

COMMAND = ("compare",)
HELP = "group the claims of several documents by event and flag contradictions between them (JSON)"


def add_arguments(p):
    from isnad.ingest import KINDS

    p.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, or - for standard input")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="publication date when a page prints none")
    p.add_argument("--kind", choices=KINDS, default="auto", help="input kind (default: detected)")
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    add_disable(p)


def compare_json(docs) -> dict:
    """The cross-document comparison of analysed documents in the output format of ``isnad compare``."""
    from isnad.compare.documents import compare_documents

    def ref(key: str) -> dict:
        d, _, cid = key.partition(":")
        doc = docs[int(d)]
        art = next((a.id for a in doc.articles if any(c.id == cid for c in a.claims)), None)
        return {"source": doc.source, "article": art, "claim": cid}

    groups, contradictions = [], []
    for k, g in enumerate(compare_documents(docs)):
        groups.append({"id": f"g{k + 1}", "claims": [ref(c) for c in g.claims]})
        contradictions += [{"a": ref(c.a), "b": ref(c.b), "kind": c.kind, "note": c.note, "note_ar": c.note_ar,
                            "score": round(c.score, 3), "group": f"g{k + 1}"} for c in g.contradictions]
    return {"documents": [d.source for d in docs], "groups": groups, "contradictions": contradictions}


def run(args) -> int:
    from isnad.ingest import InputError, read_paths
    from isnad.pipeline import Context

    from .analyze import _valid_date

    if args.published and not _valid_date(args.published):
        raise UserError(f"--published: expected a date as YYYY-MM-DD, got {args.published!r}")
    pipeline = build_pipeline(args, context=Context(published=args.published))
    docs, failures = [], 0
    for item in read_paths(args.paths, kind=args.kind):
        if isinstance(item, InputError):
            failures += 1
            print(f"isnad: {item}", file=sys.stderr)
            continue
        docs.append(pipeline(item))
    if not docs:
        raise UserError("no document could be read")
    print(json.dumps(compare_json(docs), ensure_ascii=False, indent=2 if args.pretty else None))
    return 2 if failures else 0
