"""``isnad eval claims GOLD.json...``: run the pipeline on the page beside each gold file and score its claims.

The page is ``raw.txt``/``raw.html`` in the gold file's folder (``dev/ID/gold.json``), or ``NAME.txt``/``NAME.html``
beside ``NAME.gold.json``. Matching rules: :mod:`isnad.claims.evaluate` and ``docs/evaluation.md``.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from .options import add_disable, analyze_page, build_pipeline, load_gold, page_for

COMMAND = ("eval", "claims")
HELP = "score extracted claims against gold annotations (P/R/F1, speaker/stance/direct/via/recipient accuracy)"
ATTRS = ("speaker", "stance", "direct", "via", "recipient")


def add_arguments(p):
    p.add_argument("gold", nargs="+", metavar="GOLD.json", help="gold annotation files (shared/eval/SCHEMA.md)")
    add_disable(p, " (the pipeline stops after claims)")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument("--show", action="store_true", help="list missed, spurious and partly wrong claims")


def run(args) -> int:
    from tqdm import tqdm

    from isnad.claims.evaluate import Score, score_document

    pipeline = build_pipeline(args, stop_after="claims")
    golds = [Path(g) for g in args.gold]
    jobs = [(g, load_gold(g), page_for(g)) for g in golds]
    rows: list[tuple[str, Score]] = []
    total = Score()
    for g, gold, page in tqdm(jobs, desc="pages", unit=" page", file=sys.stderr, leave=False,
                              disable=None if len(jobs) > 1 else True):
        sc = score_document(gold, analyze_page(page, pipeline))
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
