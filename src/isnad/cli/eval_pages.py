"""``isnad eval pages``: run the pipeline on annotated pages and score the outputs with the shared scorers
(``../shared/eval/score.py`` for articles, claims, related items and contradictions; ``score_facts.py`` for
places and numbers), exactly as ``isnad analyze PAGE --format json`` would be scored by hand.

Sets: ``shared`` (the reference page and the shared dev pages) or ``own`` (isnad's annotated pages, rebuilt from
``../shared`` by ``isnad build evalsets``; ``--split dev|heldout`` and ``--kind unlabeled|written``).
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .errors import UserError
from .options import add_disable, build_pipeline

COMMAND = ("eval", "pages")
HELP = "score the pipeline on annotated pages with the shared scorers (shared dev set, or isnad's own sets)"


def add_arguments(p):
    p.add_argument("--set", choices=("shared", "own"), default="shared", dest="which",
                   help="shared: reference page + shared dev pages (default); own: isnad's annotated pages")
    p.add_argument("--split", choices=("dev", "heldout", "all"), default="dev", help="for --set own (default: dev)")
    p.add_argument("--kind", choices=("unlabeled", "written", "all"), default="all", help="for --set own")
    p.add_argument("--shared", default="../shared", help="the shared data folder (default: ../shared)")
    p.add_argument("--annotations", default="annotations", help="isnad's annotation folder (default: ./annotations)")
    p.add_argument("--out", default="scratch/eval-pages", help="where the outputs and rebuilt pages go")
    p.add_argument("--pages", action="store_true", help="print each page's line too")
    add_disable(p)


def shared_pages(shared: Path) -> list[tuple[str, Path, Path]]:
    """(id, page, gold) of the reference page and every annotated shared dev page, in a fixed order."""
    ex = shared / "examples"
    out = [("aawsat-convoy-page", ex / "aawsat-convoy-page.txt", ex / "aawsat-convoy-page.gold.json")]
    for d in sorted((shared / "dev").iterdir()):
        raws = sorted(d.glob("raw.*"))
        if raws and (d / "gold.json").is_file():
            out.append((d.name, raws[0], d / "gold.json"))
    return out


def merge(docs: list[dict]) -> dict:
    """The JSON documents of one page as one prediction for the scorers (articles, related items, contradictions)."""
    return {"articles": [a for d in docs for a in d["articles"]], "related": [r for d in docs for r in d["related"]],
            "contradictions": [c for d in docs for c in d["contradictions"]]}


def pages(args) -> list[tuple[str, Path, Path]]:
    """(id, page, gold) of the chosen set."""
    shared = Path(args.shared)
    if not (shared / "eval" / "score.py").is_file():
        raise UserError(f"{shared}: not the shared data folder (no eval/score.py)")
    if args.which == "shared":
        return shared_pages(shared)
    from isnad.annotations import AnnotationError, build_pages

    work = Path(args.out) / "pages"
    try:
        rows = build_pages(Path(args.annotations), shared, work)
    except (AnnotationError, OSError) as e:
        raise UserError(str(e)) from None
    return [(pid, sorted((work / pid).glob("raw.*"))[0], work / pid / "gold.json") for pid, split, kind in rows
            if args.split in ("all", split) and args.kind in ("all", kind)]


def run(args) -> int:
    from isnad.ingest import InputError, read_paths

    chosen = pages(args)
    if not chosen:
        raise UserError("no page in that set")
    pipeline = build_pipeline(args)
    out = Path(args.out) / "outputs"
    out.mkdir(parents=True, exist_ok=True)
    pairs: list[str] = []
    for pid, page, gold in chosen:
        docs = [pipeline(d).to_json() for d in read_paths([str(page)]) if not isinstance(d, InputError)]
        (out / f"{pid}.json").write_text(json.dumps(merge(docs), ensure_ascii=False), encoding="utf-8")
        pairs += [str(gold), str(out / f"{pid}.json")]
    shared = Path(args.shared)
    print(f"{len(chosen)} pages ({args.which}{'' if args.which == 'shared' else f', {args.split}, {args.kind}'})")
    for scorer in ("score.py", "score_facts.py"):
        res = subprocess.run([sys.executable, str(shared / "eval" / scorer), *pairs], capture_output=True, text=True)
        lines = res.stdout.strip().splitlines()
        print("\n".join(lines if args.pages else lines[-1:]))
    return 0
