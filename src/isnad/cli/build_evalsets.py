"""``isnad build evalsets``: write isnad's own annotated pages as input + gold folders the shared scorer reads.

Pages annotated on the unlabeled news keep offsets, not text (``annotations/README.md``); this command rebuilds
``OUT/<id>/raw.txt`` and ``OUT/<id>/gold.json`` from ``../shared`` and copies the written pages beside them, with
``OUT/INDEX.tsv`` listing each page's split (dev or heldout) and kind.
"""
from __future__ import annotations

from pathlib import Path

from .errors import UserError

COMMAND = ("build", "evalsets")
HELP = "rebuild isnad's annotated pages (annotations/pages) as raw + gold.json folders from ../shared"


def add_arguments(p):
    p.add_argument("--shared", default="../shared", help="path of the shared data folder (default: ../shared)")
    p.add_argument("--annotations", default="annotations", help="the annotation folder (default: ./annotations)")
    p.add_argument("--out", default="scratch/evalsets", help="output folder (default: scratch/evalsets)")


def run(args) -> int:
    annotations, shared = Path(args.annotations), Path(args.shared)
    if not (annotations / "pages").is_dir():
        raise UserError(f"{annotations}/pages: not found (run from the repository root or give --annotations)")
    if not (shared / "data" / "unlabeled").is_dir():
        raise UserError(f"{shared}/data/unlabeled: not found (is --shared right?)")
    from isnad.annotations import AnnotationError, build_pages

    try:
        rows = build_pages(annotations, shared, Path(args.out))
    except AnnotationError as e:
        raise UserError(str(e)) from None
    held = sum(1 for r in rows if r[1] == "heldout")
    print(f"wrote {len(rows)} pages ({held} held out) to {args.out}")
    return 0
