"""``isnad eval claims GOLD.json...``: run the pipeline on the page beside each gold file and score its claims.

The page is ``raw.txt``/``raw.html`` in the gold file's folder (``dev/ID/gold.json``), or ``NAME.txt``/``NAME.html``
beside ``NAME.gold.json``. Matching rules: :mod:`isnad.claims.evaluate` and ``docs/evaluation.md``.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from .errors import UserError

COMMAND = ("eval", "claims")
HELP = "score extracted claims against gold annotations (P/R/F1, speaker/stance/direct/via/recipient accuracy)"
PAGE_NAMES = ("raw.txt", "raw.html", "raw.htm")
PAGE_SUFFIXES = (".txt", ".html", ".htm")
ATTRS = ("speaker", "stance", "direct", "via", "recipient")


def add_arguments(p):
    p.add_argument("gold", nargs="+", metavar="GOLD.json", help="gold annotation files (shared/eval/SCHEMA.md)")
    p.add_argument("--disable", metavar="STAGE", action="append", default=[],
                   help="skip a pipeline stage (default: facts,compare, which claims do not need); repeatable")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument("--show", action="store_true", help="list missed, spurious and partly wrong claims")


def page_for(gold: Path) -> Path:
    if gold.name == "gold.json":
        cands = [gold.with_name(n) for n in PAGE_NAMES]
    else:
        stem = gold.name[:-len(".gold.json")] if gold.name.endswith(".gold.json") else gold.stem
        cands = [gold.with_name(stem + s) for s in PAGE_SUFFIXES]
    for c in cands:
        if c.is_file():
            return c
    raise UserError(f"file {gold}: no page beside it (looked for {', '.join(c.name for c in cands)})")


def load_gold(path: Path) -> dict:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(f"file {path}: not found") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise UserError(f"file {path}: not a JSON gold file ({e})") from None
    if not isinstance(gold, dict) or not isinstance(gold.get("articles"), list):
        raise UserError(f"file {path}: no \"articles\" list (see shared/eval/SCHEMA.md)")
    return gold


def analyze(page: Path, pipeline) -> dict:
    from isnad.ingest import InputError, read_paths

    articles, related = [], []
    for item in read_paths([str(page)]):
        if isinstance(item, InputError):
            raise UserError(f"file {page}: {item}")
        try:
            doc = pipeline(item)
        except Exception as e:  # a stage failing (a missing model) is the user's to fix, not a traceback
            raise UserError(f"file {page}: the pipeline failed ({type(e).__name__}: {e}); "
                            f"a stage may be unavailable, see --disable") from None
        js = doc.to_json()
        articles += js["articles"]
        related += js["related"]
    return {"articles": articles, "related": related}


def run(args) -> int:
    from tqdm import tqdm

    from isnad.claims.evaluate import Score, score_document
    from isnad.pipeline import Pipeline, PipelineError

    disable = [x.strip() for d in args.disable for x in d.split(",") if x.strip()] or ["facts", "compare"]
    try:
        pipeline = Pipeline(disable=disable)
    except PipelineError as e:
        raise UserError(str(e)) from None
    golds = [Path(g) for g in args.gold]
    jobs = [(g, load_gold(g), page_for(g)) for g in golds]
    rows: list[tuple[str, Score]] = []
    total = Score()
    for g, gold, page in tqdm(jobs, desc="pages", unit=" page", file=sys.stderr, leave=False,
                              disable=None if len(jobs) > 1 else True):
        sc = score_document(gold, analyze(page, pipeline))
        rows.append((label(g), sc))
        total.add(sc)
    if args.json:
        print(json.dumps({"files": {n: s.to_json() for n, s in rows}, "total": total.to_json()}, ensure_ascii=False,
                         indent=2))
        return 0
    print(table(rows, total))
    if args.show:
        for name, sc in rows:
            print(details(name, sc))
    return 0


def label(g: Path) -> str:
    return g.parent.name if g.name == "gold.json" else g.name[:-len(".gold.json")] if g.name.endswith(".gold.json") else g.stem


def table(rows, total) -> str:
    width = max([len(n) for n, _ in rows] + [5])
    head = f"{'file':<{width}}  gold  pred  match     P     R    F1 | " + " ".join(f"{a:>9}" for a in ATTRS)
    lines = [head, "-" * len(head)]
    for name, sc in rows + [("TOTAL", total)]:
        if name == "TOTAL":
            lines.append("-" * len(head))
        lines.append(f"{name:<{width}}  {sc.gold:>4}  {sc.pred:>4}  {sc.matched:>5}  {sc.precision:.2f}  {sc.recall:.2f}  "
                     f"{sc.f1:.2f} | " + " ".join(f"{sc.acc(a):>9.2f}" for a in ATTRS))
    return "\n".join(lines)


def details(name: str, sc) -> str:
    out = [f"\n== {name}"]

    def sp(c):
        s = c.get("speaker")
        return s.get("text") if isinstance(s, dict) else s

    def ct(c):
        s = c.get("content")
        return (s.get("text") if isinstance(s, dict) else s or "")[:100]

    for gc in sc.misses:
        out.append(f"  missed    {sp(gc)} | {gc.get('cue')} | {ct(gc)}")
    for pc in sc.spurious:
        out.append(f"  spurious  {sp(pc)} | {(pc.get('cue') or {}).get('text')} | {ct(pc)}")
    for gc, pc, wrong in sc.errors:
        out.append(f"  wrong {','.join(wrong)}: gold {sp(gc)} / {gc.get('stance')} — got {sp(pc)} / {pc.get('stance')}"
                   f" | {ct(gc)}")
    return "\n".join(out)
