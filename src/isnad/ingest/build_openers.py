"""Build ``data/sentence_openers.tsv`` from the unlabeled news: the words that mostly open a sentence.

    python -m isnad.ingest.build_openers ../shared     # rewrites src/isnad/ingest/data/sentence_openers.tsv

A word is kept when it carries the conjunction و or ف (it joins a sentence to the one before: وقال، وأضاف، وفي،
فيما), it occurs at least :data:`MIN_COUNT` times in the shards of ``../shared/data/unlabeled``, and at
least :data:`MIN_OPENING_SHARE` of its occurrences follow a sentence end (``.``, ``!``, ``?``, ``؟``). Only the
two ANT shards are counted (SaudiNewsNet's non-commercial share-alike licence is kept out of shipped data). The
page parser uses the list to find where an article's text resumes after a teaser glued into a line ("… لمهنتهم.
اقرأ أيضاً: TITLE وعلى الجانب الآخر …"). Words are written as their matching keys
(:func:`isnad.arabic.norm_key`), most frequent first, with their counts.
"""
from __future__ import annotations

import gzip
import re
import sys
from collections import Counter
from pathlib import Path

from ..arabic.normalize import norm_key

MIN_COUNT = 10
MIN_OPENING_SHARE = 0.3
SHARDS = ("ant-multisource-01.txt.gz", "ant-jawharafm-01.txt.gz")
OUT = Path(__file__).resolve().parent / "data" / "sentence_openers.tsv"
_END = re.compile(r"[.!?؟]$")

HEADER = """# Words that open a sentence (with the conjunction و or ف), built from the unlabeled news by
# `python -m isnad.ingest.build_openers ../shared` (isnad/ingest/build_openers.py): kept when a word occurs at
# least {min_count} times in the two ANT shards of ../shared/data/unlabeled and at least {share:.0%} of its
# occurrences follow a sentence end. Columns: matching key (isnad.arabic.norm_key), times it opens a sentence,
# times it occurs. Do not edit by hand: rebuild.
"""


def count(shared: Path) -> tuple[Counter, Counter]:
    """(times each key opens a sentence, times it occurs) over the shards."""
    opening, total = Counter(), Counter()
    for name in SHARDS:
        with gzip.open(shared / "data" / "unlabeled" / name, "rt", encoding="utf-8") as fh:
            for line in fh:
                after_end = False
                for tok in line.split():
                    key = norm_key(tok)
                    if key:
                        total[key] += 1
                        opening[key] += after_end
                    after_end = bool(_END.search(tok))
    return opening, total


def openers(opening: Counter, total: Counter) -> list[tuple[str, int, int]]:
    out = [(k, opening[k], n) for k, n in total.items()
           if n >= MIN_COUNT and len(k) >= 3 and k[0] in "وف" and opening[k] >= MIN_OPENING_SHARE * n]
    return sorted(out, key=lambda r: (-r[1], r[0]))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    shared = Path(argv[0] if argv else "../shared")
    if not (shared / "data" / "unlabeled").is_dir():
        print(f"{shared}: no data/unlabeled folder (give the shared data folder)", file=sys.stderr)
        return 2
    rows = openers(*count(shared))
    text = HEADER.format(min_count=MIN_COUNT, share=MIN_OPENING_SHARE)
    text += "".join(f"{k}\t{o}\t{n}\n" for k, o, n in rows)
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT}: {len(rows)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
