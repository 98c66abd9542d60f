"""Re-pin the accuracy gate: measure every figure now and rewrite ``floors.json`` with floors at the measured value
minus a small margin (rounded down to three decimals).

    python tests/gate/pin.py [--shared ../shared] [--margin 0.02] [--dry-run]

It prints every floor that moves. Raising floors is a normal commit; a commit that lowers one says why (which
change costs what, and why it is worth it).
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gate_figures as figures  # noqa: E402

MARGIN = 0.02
ABOUT = ("Floors of the accuracy gate (tests/gate/test_gate.py): each figure, measured on the shared dev set as "
         "tests/gate/gate_figures.py says, must not fall below its floor. Rewritten by `python tests/gate/pin.py` (floor = "
         "measured - margin, rounded down); raising a floor is a normal commit, lowering one needs a reason in the "
         "commit message.")


def floor_for(value: float, margin: float) -> float:
    return max(0.0, math.floor(round((value - margin) * 1000, 6)) / 1000)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python tests/gate/pin.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=figures.HERE.parents[2] / "shared",
                        help="the shared data folder (default: ../shared beside the repository)")
    parser.add_argument("--margin", type=float, default=MARGIN,
                        help=f"floor = measured - margin, rounded down (default {MARGIN})")
    parser.add_argument("--dry-run", action="store_true", help="print the changes, write nothing")
    args = parser.parse_args(argv)
    if not (args.shared / "eval" / "score.py").is_file():
        print(f"pin: {args.shared}: not the shared data folder (no eval/score.py)", file=sys.stderr)
        return 1
    measured = figures.page_figures(args.shared, figures.analyse(args.shared)) | figures.ner_figures(args.shared)
    old = figures.load_floors() if figures.FLOORS.is_file() else {}
    table = {k: {"floor": floor_for(v, args.margin), "measured": round(v, 4)} for k, v in sorted(measured.items())}
    for k, row in table.items():
        before = old.get(k)
        if before != row["floor"]:
            way = "new" if before is None else "raised" if row["floor"] > before else "LOWERED"
            print(f"{k}: {before} -> {row['floor']} ({way}; measured {row['measured']})")
    for k in sorted(set(old) - set(table)):
        print(f"{k}: {old[k]} -> removed")
    if not args.dry_run:
        body = {"_about": ABOUT, "margin": args.margin, "figures": table}
        figures.FLOORS.write_text(json.dumps(body, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {figures.FLOORS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
