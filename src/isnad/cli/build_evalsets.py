"""``isnad build evalsets``: write isnad's own annotated pages as input + gold folders the shared scorer reads.

Pages annotated on the unlabeled news keep offsets, not text (``annotations/README.md``); this command rebuilds
``OUT/<id>/raw.txt`` and ``OUT/<id>/gold.json`` from ``../shared`` and copies the written pages beside them, with
``OUT/INDEX.tsv`` listing each page's split (dev or heldout) and kind.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from .errors import UserError

COMMAND = ("build", "evalsets")
HELP = "rebuild isnad's annotated pages (annotations/pages) as raw + gold.json folders from ../shared"


def add_arguments(p):
    p.add_argument("--shared", default="../shared", help="path of the shared data folder (default: ../shared)")
    p.add_argument("--annotations", default="annotations", help="the annotation folder (default: ./annotations)")
    p.add_argument("--out", default="scratch/evalsets", help="output folder (default: scratch/evalsets)")


def with_breaks(text: str, breaks: list[int]) -> str:
    """The shard line laid out as a page: each space at an offset of ``breaks`` (the ends of headline and
    standfirst, as the dev pages do it) becomes a blank line."""
    chars = list(text)
    for k in breaks:
        if not (0 <= k < len(chars) and chars[k] == " "):
            raise UserError(f"break at {k} is not a space of the line")
        chars[k] = "\n\n"
    return "".join(chars)


def build(annotations: Path, shared: Path, out: Path) -> list[tuple[str, str, str]]:
    """Write every annotated page under ``out``; returns (id, split, kind) rows."""
    from isnad.annotations import AnnotationError, source_text, unpack

    rows = []
    out.mkdir(parents=True, exist_ok=True)
    for path in sorted((annotations / "pages" / "unlabeled").glob("*.json")):
        packed = json.loads(path.read_text(encoding="utf-8"))
        try:
            text = source_text(packed, shared)
            gold = unpack(packed, text)
        except AnnotationError as e:
            raise UserError(f"{path}: {e}") from None
        d = out / path.stem
        d.mkdir(exist_ok=True)
        (d / "raw.txt").write_text(with_breaks(text, packed.get("breaks", [])) + "\n", encoding="utf-8")
        (d / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        rows.append((path.stem, gold.get("split", "dev"), "unlabeled"))
    for src in sorted(p for p in (annotations / "pages" / "written").glob("*") if (p / "gold.json").is_file()):
        d = out / src.name
        if d.exists():
            shutil.rmtree(d)
        shutil.copytree(src, d)
        gold = json.loads((src / "gold.json").read_text(encoding="utf-8"))
        rows.append((src.name, gold.get("split", "dev"), "written"))
    (out / "INDEX.tsv").write_text("".join(f"{a}\t{b}\t{c}\n" for a, b, c in rows), encoding="utf-8")
    return rows


def run(args) -> int:
    annotations, shared = Path(args.annotations), Path(args.shared)
    if not (annotations / "pages").is_dir():
        raise UserError(f"{annotations}/pages: not found (run from the repository root or give --annotations)")
    if not (shared / "data" / "unlabeled").is_dir():
        raise UserError(f"{shared}/data/unlabeled: not found (is --shared right?)")
    rows = build(annotations, shared, Path(args.out))
    held = sum(1 for r in rows if r[1] == "heldout")
    print(f"wrote {len(rows)} pages ({held} held out) to {args.out}")
    return 0
