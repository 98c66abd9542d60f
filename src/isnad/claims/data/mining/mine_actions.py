"""Mine the verbal nouns of actions: the words that stand right after a word of attempt or purpose (محاولة،
حاول، بهدف، من أجل، يعتزم، بصدد …), where Arabic puts the verbal noun of the act attempted or intended
(محاولة اقتحام، بهدف تسليم، يعتزم إطلاق). Such a noun after a refusal verb is an act refused, not a report
denied: رفض دفع المبلغ، رفضت منح تصريح (no claim), against رفض الاتهامات (a denial).

Counted over ``../shared/data/unlabeled/*.txt.gz`` (every article; the list is about the language, not the
labelled claims), on normalised words with و/ف/ل taken off the front; kept: words of at least three letters
without the article (the verbal noun in construct), seen at least ``--min`` times, that are not report nouns
(``reports.tsv``) nor in ``--stop``. Writes ``action_nouns.txt`` beside this folder's parent (do not edit by hand):

    python src/isnad/claims/data/mining/mine_actions.py --shared ../shared
"""
from __future__ import annotations

import argparse
import gzip
import re
from collections import Counter
from pathlib import Path

from isnad.arabic import norm
from isnad.lexicon import load_tsv

HERE = Path(__file__).resolve().parent
TRIGGERS = ("محاولة محاولات حاول حاولت يحاول تحاول يحاولون بهدف لغرض يعتزم تعتزم اعتزام بصدد ينوي تنوي نية "
            "يسعى تسعى سعيا")
PAIRS = ("من أجل", "في سبيل")
# words that follow the triggers without being verbal nouns of an act (prepositions, particles, pronouns)
STOP = "أن عدم دون من في على إلى عن مع لا ما هذا هذه ذلك تلك كل بعض أي منه منها فيه فيها هو هي الذي التي"
WORD = re.compile(r"[\u0621-\u064a]+")


def mine(shared: Path, minimum: int) -> list[tuple[str, int]]:
    triggers = {norm(w) for w in TRIGGERS.split()}
    pairs = {tuple(norm(w) for w in p.split()) for p in PAIRS}
    stop = {norm(w) for w in STOP.split()}
    reports = {norm(row[0]) for row in load_tsv("isnad.claims", "data/reports.tsv")}
    counts: Counter[str] = Counter()
    for shard in sorted((shared / "data" / "unlabeled").glob("*.txt.gz")):
        with gzip.open(shard, "rt", encoding="utf-8") as fh:
            for line in fh:
                ws = [norm(w) for w in WORD.findall(line)]
                for i in range(len(ws) - 1):
                    w = ws[i][1:] if ws[i][:1] in "وف" and ws[i][1:] in triggers else ws[i]
                    nxt = None
                    if w in triggers:
                        nxt = ws[i + 1]
                    elif i + 2 < len(ws) and (ws[i].lstrip("وف"), ws[i + 1]) in pairs:
                        nxt = ws[i + 2]
                    if nxt is None:
                        continue
                    nxt = nxt[1:] if nxt[:1] in "وفل" and len(nxt) > 4 else nxt
                    if len(nxt) >= 3 and not nxt.startswith("ال") and nxt not in stop and nxt not in reports:
                        counts[nxt] += 1
    return sorted(((w, n) for w, n in counts.items() if n >= minimum), key=lambda x: (-x[1], x[0]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--min", type=int, default=8)
    args = ap.parse_args()
    rows = mine(args.shared, args.min)
    out = HERE.parent / "action_nouns.txt"
    with out.open("w", encoding="utf-8") as fh:
        fh.write("# Verbal nouns of acts (mined by mining/mine_actions.py; do not edit by hand): after a refusal verb\n"
                 "# (words.tsv action_refusals) such a noun is an act refused, not a report denied. Word, count.\n")
        for w, n in rows:
            fh.write(f"{w}\t{n}\n")
    print(f"{len(rows)} words -> {out}")


if __name__ == "__main__":
    main()
