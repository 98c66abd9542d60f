"""``isnad eval facts``: accuracy of places, numbers and dates on gold pages and on isnad's own test sets."""
from __future__ import annotations

import json
from pathlib import Path

from .errors import UserError
from .options import add_disable, analyze_page, build_pipeline, page_for

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
    add_disable(p, " (on the gold pages; the pipeline stops after facts)")
    p.add_argument("--errors", type=int, default=0, metavar="N", help="print up to N misses of each kind")
    p.add_argument("--json", action="store_true", help="print the scores as one JSON object")


def run(args) -> int:
    from isnad.facts import evaluate as ev

    results: dict = {}
    if args.golds:
        pipeline = build_pipeline(args, stop_after="facts")
        total = ev.GoldTally()
        per_file = {}
        for g in args.golds:
            gold_path = Path(g)
            try:
                gold = ev.load_json(gold_path)
            except (OSError, ValueError) as e:
                raise UserError(f"{gold_path}: cannot read gold ({e})") from None
            pred = analyze_page(page_for(gold_path), pipeline)
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
        from isnad.pipeline import Pipeline

        analyze = Pipeline(disable=("ner", "claims"), stop_after="facts")

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
