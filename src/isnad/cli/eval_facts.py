"""``isnad eval facts``: accuracy of places, numbers and dates on gold pages and on isnad's own test sets."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from .errors import UserError

COMMAND = ("eval", "facts")
HELP = "score places, numbers and dates: gold pages (GOLD.json beside raw.txt/raw.html) and isnad's test sets"

SET_KINDS = ("places", "numbers", "times")


def add_arguments(p):
    p.add_argument("golds", nargs="*", metavar="GOLD.json",
                   help="gold annotations; the page is raw.txt/raw.html in the same folder (or NAME.txt beside "
                        "NAME.gold.json)")
    p.add_argument("--sets", nargs="*", metavar="KIND", choices=SET_KINDS,
                   help="also score isnad's own test sets (all three when no KIND is given; the default when no "
                        "GOLD.json is given)")
    p.add_argument("--heldout", action="store_true",
                   help="score the held-out test sets (written after the rules were frozen) instead")
    p.add_argument("--disable", metavar="STAGE", action="append", default=[],
                   help="skip a pipeline stage when reading the gold pages (repeatable)")
    p.add_argument("--errors", type=int, default=0, metavar="N", help="print up to N misses of each kind")
    p.add_argument("--json", action="store_true", help="print the scores as one JSON object")


def _page_for(gold: Path) -> Path:
    for name in ("raw.txt", "raw.html"):
        if (gold.parent / name).is_file():
            return gold.parent / name
    stem = gold.name[:-len(".gold.json")] if gold.name.endswith(".gold.json") else gold.stem
    for ext in (".txt", ".html", ".htm"):
        cand = gold.parent / (stem + ext)
        if cand.is_file():
            return cand
    raise UserError(f"{gold}: no page beside it (raw.txt, raw.html or {stem}.txt)")


def _stages(disable: list[str]):
    """The pipeline stages up to facts that can run here (a stage whose model is missing is skipped, said once)."""
    from isnad.pipeline import STAGES

    out = []
    for s in STAGES:
        if s.name in disable:
            continue
        if s.name == "compare":
            break
        try:
            out.append((s.name, s.load()))
        except (ImportError, FileNotFoundError) as e:
            print(f"isnad: stage {s.name} skipped ({e})", file=sys.stderr)
    return out


def _run_stages(stages, doc, ctx, warned: set[str]):
    for name, func in stages:
        if name in warned:
            continue
        try:
            func(doc, ctx)
        except FileNotFoundError as e:
            warned.add(name)
            print(f"isnad: stage {name} skipped ({e})", file=sys.stderr)


def run(args) -> int:
    from isnad.facts import evaluate as ev
    from isnad.ingest import InputError, read_paths
    from isnad.pipeline import Context

    results: dict = {}
    disable = [x.strip() for d in args.disable for x in d.split(",") if x.strip()]
    if args.golds:
        stages = _stages(disable)
        warned: set[str] = set()
        total = ev.GoldTally()
        per_file = {}
        for g in args.golds:
            gold_path = Path(g)
            try:
                gold = ev.load_json(gold_path)
            except (OSError, ValueError) as e:
                raise UserError(f"{gold_path}: cannot read gold ({e})") from None
            page = _page_for(gold_path)
            pred = {"articles": []}
            for item in read_paths([str(page)]):
                if isinstance(item, InputError):
                    raise UserError(str(item))
                _run_stages(stages, item, Context(), warned)
                pred["articles"].extend(a.to_json() for a in item.articles)
            t = ev.score_gold(gold, pred, gold_path.parent.name or gold_path.name)
            per_file[str(gold_path)] = t.as_dict()
            total.add(t)
            if not args.json:
                d = t.as_dict()
                print(f"{gold_path.parent.name or gold_path.name}: places {d['places_resolved']:.3f} "
                      f"({t.places_ok}/{t.places}) | numbers {d['numbers_ok']:.3f} ({t.numbers_ok}/{t.numbers})")
        results["gold"] = {"files": per_file, "total": total.as_dict()}
        if not args.json:
            d = total.as_dict()
            print(f"TOTAL places found {d['places_found']:.3f} resolved {d['places_resolved']:.3f} "
                  f"({total.places_ok}/{total.places}) | numbers {d['numbers_ok']:.3f} "
                  f"({total.numbers_ok}/{total.numbers}), units {d['units_ok']:.3f} ({total.units_ok}/{total.units})"
                  f" | inside gold claims: place precision {d['places_precision']:.3f} "
                  f"({total.pred_places_ok}/{total.pred_places}), number precision {d['numbers_precision']:.3f} "
                  f"({total.pred_numbers_ok}/{total.pred_numbers})")
            for e in total.errors[:args.errors]:
                print("  " + e)
    kinds = SET_KINDS if (args.sets is not None and not args.sets) or (args.sets is None and not args.golds) \
        else tuple(args.sets or ())
    if kinds:
        from isnad.facts.component import facts_component
        from isnad.text.component import text_component

        def analyze(doc):
            text_component(doc)
            facts_component(doc)

        for kind in kinds:
            text = ev.test_set_text(kind, heldout=args.heldout)
            t = ev.run_test_set(kind, text, analyze)
            d = t.as_dict()
            results[kind + (".heldout" if args.heldout else "")] = d
            if not args.json:
                extra = ""
                if kind == "numbers":
                    extra = (f"; value {d['value_ok'] / d['gold']:.3f}, unit {d['unit_ok'] / d['gold']:.3f}, "
                             f"approximate {d['approximate_ok'] / d['gold']:.3f}")
                print(f"{kind}{' (held out)' if args.heldout else ''}: {d['gold']} marked, accuracy "
                      f"{d['accuracy']:.3f} ({d['correct']}/{d['gold']}), recall {d['recall']:.3f}, precision "
                      f"{d['precision']:.3f} ({d['predicted']} output){extra}")
                for e in t.errors[:args.errors]:
                    print("  " + e)
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    return 0
