"""What follows a stance verb in the unlabeled news, by frequency: the counts behind the stance classifier's
content lexicon (issue 9). Reproducible: the same corpus gives the same counts.

    python -m isnad.training.stance_mining --shared ../shared

Every article of ``data/unlabeled/*.txt.gz`` is normalised (:func:`isnad.arabic.norm_key`, so punctuation is
gone; a sentence is cut at a full stop first), except the articles no training may read: those of the held-out
splits (``split_of(key, 3)`` and ``split_of(key, 5)``) and the reserved lists (the shared dev pages' lines, the page
sets' candidates). Each occurrence of a verb form of the fixed lists below (written before counting; a leading
و/ف is peeled off) opens a window of the next ``WINDOW`` words of its sentence; the light stems of the window's
words (as the classifier's features make them, :func:`isnad.claims.stance_features.stems`) are counted for the
verb's class, once per window. ``assert`` is the neutral reporting verbs. The counts are written to
``isnad/claims/data/mining/stance_counts.tsv`` (do not edit by hand): stem, then its count after each class's verbs, for
every stem seen at least ``--min`` times; a first line ``#windows`` gives the number of windows per class.
The classifier reads the log-odds of a stem after a class's verbs against the neutral verbs
(:mod:`isnad.claims.stance_lexicon`). What a denial verb is followed by is the proposition denied, not a denial's
words, so the deny column says little; the accuse, warn and call columns are the words of blame, danger and demand.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "src" / "isnad" / "claims" / "data" / "mining" / "stance_counts.tsv"

CLASSES = ("assert", "deny", "accuse", "warn", "call")
VERBS = {
    "assert": "قال قالت يقول تقول أضاف أضافت يضيف تضيف أوضح أوضحت يوضح توضح ذكر ذكرت أشار أشارت تابع تابعت",
    "deny": "نفى نفت ينفي تنفي نافيا نافية أنكر أنكرت ينكر تنكر",
    "accuse": ("اتهم اتهمت يتهم تتهم متهما متهمة اتهام اتهامات أدان أدانت يدين تدين ندد نددت يندد تندد "
               "استنكر استنكرت يستنكر تستنكر انتقد انتقدت ينتقد تنتقد منتقدا منتقدة"),
    "warn": "حذر حذرت يحذر تحذر محذرا محذرة تحذير تحذيرات هدد هددت يهدد تهدد توعد توعدت",
    "call": "دعا دعت يدعو تدعو داعيا داعية طالب طالبت يطالب تطالب مطالبا مطالبة ناشد ناشدت يناشد حث حثت يحث",
}
WINDOW = 12
SENTENCE = re.compile(r"[.!؟?]\s")


def verb_table() -> dict[str, str]:
    from isnad.arabic import norm

    return {norm(w): cls for cls, ws in VERBS.items() for w in ws.split()}


def skipped(shared: Path, annotations: Path) -> callable:
    from isnad.annotations import split_of

    reserved = set()
    for name in ("dev_pages_in_shards.json", "pages/candidates.json"):
        p = annotations / name
        if p.is_file():
            reserved.update((r["shard"], int(r["line"])) for r in json.loads(p.read_text(encoding="utf-8")))

    def skip(shard: str, i: int) -> bool:
        key = f"{shard}:{i}"
        return (shard, i) in reserved or split_of(key, 3) == "heldout" or split_of(key, 5) == "heldout"
    return skip


def count(shared: Path, annotations: Path) -> tuple[dict[str, Counter], Counter]:
    from isnad.arabic import norm_key
    from isnad.claims.stance_features import stems

    verbs, skip = verb_table(), skipped(shared, annotations)
    counts = {c: Counter() for c in CLASSES}
    windows = Counter()
    for path in sorted((shared / "data" / "unlabeled").glob("*.txt.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for i, line in enumerate(f):
                if skip(path.name, i):
                    continue
                for sentence in SENTENCE.split(line):
                    words = norm_key(sentence).split()
                    for k, w in enumerate(words):
                        cls = verbs.get(w) or (verbs.get(w[1:]) if w[:1] in "وف" else None)
                        if cls:
                            windows[cls] += 1
                            counts[cls].update(set(stems(" ".join(words[k + 1:k + 1 + WINDOW]))))
    return counts, windows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--annotations", default=str(ROOT / "annotations"))
    ap.add_argument("--min", type=int, default=5, help="least total count of a stem kept (default 5)")
    ap.add_argument("--out", default=str(OUT))
    a = ap.parse_args(argv)
    counts, windows = count(Path(a.shared), Path(a.annotations))
    total = Counter()
    for c in CLASSES:
        total.update(counts[c])
    lines = ["#windows\t" + "\t".join(str(windows[c]) for c in CLASSES), "stem\t" + "\t".join(CLASSES)]
    for stem, n in sorted(total.items(), key=lambda x: (-x[1], x[0])):
        if n >= a.min:
            lines.append(stem + "\t" + "\t".join(str(counts[c][stem]) for c in CLASSES))
    Path(a.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 2} stems; windows " + ", ".join(f"{c} {windows[c]}" for c in CLASSES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
