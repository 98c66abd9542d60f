"""Build ``data/sentence_openers.tsv``, ``data/lede_openers.tsv`` and ``data/headline_openers.tsv`` from the
unlabeled news: the words that mostly open a sentence, the words that open a story's lede, and the words that open
a headline far more often than a sentence.

    python -m isnad.ingest.build_openers ../shared     # rewrites the three files in src/isnad/ingest/data/

A word is kept when it carries the conjunction و or ف (it joins a sentence to the one before: وقال، وأضاف، وفي،
فيما), it occurs at least :data:`MIN_COUNT` times in the shards of ``../shared/data/unlabeled``, and at
least :data:`MIN_OPENING_SHARE` of its occurrences follow a sentence end (``.``, ``!``, ``?``, ``؟``). Only the
two ANT shards are counted (SaudiNewsNet's non-commercial share-alike licence is kept out of shipped data). The
page parser uses the list to find where an article's text resumes after a teaser glued into a line ("… لمهنتهم.
اقرأ أيضاً: TITLE وعلى الجانب الآخر …"). Words are written as their matching keys
(:func:`isnad.arabic.norm_key`), most frequent first, with their counts.

A lede opener is the first word of a story's body after its dateline ("CITY (AGENCY) - قال …", "(CNN)-- أعلنت
…"): kept when it opens at least :data:`MIN_LEDE_COUNT` ledes, that is at least :data:`MIN_LEDE_SHARE` of the
times it opens a sentence inside a text, and it has no article ال (a verb: قال، أعلنت، نفى، كشف). The page parser
uses them to tell the teasers of other stories appended after a body (each one a lede) from the body's own last
sentences, which mostly open with a conjunction.

A headline opener is the first word of a headline: every line of the shards is "Headline Body…", so the first word
of a line opens a headline. It is kept when it opens at least :data:`MIN_HEADLINE_COUNT` lines and at least
:data:`MIN_HEADLINE_RATIO` times as many lines as sentences inside the texts (ترامب، مقتل، ارتفاع، وزير، بالصور;
not لكن، كما، في, which open sentences of a body). The page parser uses them to tell a headline of another story
glued into a body line with no punctuation ("… . HEADLINE وأكد المصدر …") from a sentence of the body.
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
MIN_LEDE_COUNT = 3
MIN_LEDE_SHARE = 0.12
MIN_HEADLINE_COUNT = 3
MIN_HEADLINE_RATIO = 2
DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "sentence_openers.tsv"
LEDE_OUT = DATA / "lede_openers.tsv"
HEADLINE_OUT = DATA / "headline_openers.tsv"
_END = re.compile(r"[.!?؟]$")
_DATELINE = re.compile(r"\([^()]{2,20}\)\s*[-–—]+\s*(\S+)")
DATELINE_SPAN = 600  # a lede's dateline is printed near the start of the line

HEADER = """# Words that open a sentence (with the conjunction و or ف), built from the unlabeled news by
# `python -m isnad.ingest.build_openers ../shared` (isnad/ingest/build_openers.py): kept when a word occurs at
# least {min_count} times in the two ANT shards of ../shared/data/unlabeled and at least {share:.0%} of its
# occurrences follow a sentence end. Columns: matching key (isnad.arabic.norm_key), times it opens a sentence,
# times it occurs. Do not edit by hand: rebuild.
"""
LEDE_HEADER = """# Words that open a story's lede after its dateline ("CITY (AGENCY) - قال …"), built from the unlabeled news by
# `python -m isnad.ingest.build_openers ../shared` (isnad/ingest/build_openers.py): kept when a word opens at least
# {min_count} ledes in the two ANT shards of ../shared/data/unlabeled, that is at least {share:.0%} of the times it
# opens a sentence inside a text, and has no article ال nor conjunction. Columns: matching key
# (isnad.arabic.norm_key), ledes it opens, sentences it opens. Do not edit by hand: rebuild.
"""
HEADLINE_HEADER = """# Words that open a headline far more often than a sentence of a body, built from the unlabeled news by
# `python -m isnad.ingest.build_openers ../shared` (isnad/ingest/build_openers.py): every line of the two ANT
# shards of ../shared/data/unlabeled is "Headline Body…"; a word is kept when it is the first word of at least
# {min_count} lines and opens at least {ratio} times as many lines as sentences inside the texts. Columns: matching
# key (isnad.arabic.norm_key), lines (headlines) it opens, sentences it opens. Do not edit by hand: rebuild.
"""


def count(shared: Path) -> tuple[Counter, Counter, Counter, Counter]:
    """(times each key opens a sentence, times it occurs, times it opens a lede, times it opens a line) over the
    shards."""
    opening, total, lede, heads = Counter(), Counter(), Counter(), Counter()
    for name in SHARDS:
        with gzip.open(shared / "data" / "unlabeled" / name, "rt", encoding="utf-8") as fh:
            for line in fh:
                first = line.split(None, 1)
                if first and norm_key(first[0]):
                    heads[norm_key(first[0])] += 1
                m = _DATELINE.search(line[:DATELINE_SPAN])
                if m and norm_key(m.group(1)):
                    lede[norm_key(m.group(1))] += 1
                after_end = False
                for tok in line.split():
                    key = norm_key(tok)
                    if key:
                        total[key] += 1
                        opening[key] += after_end
                    after_end = bool(_END.search(tok))
    return opening, total, lede, heads


def openers(opening: Counter, total: Counter) -> list[tuple[str, int, int]]:
    out = [(k, opening[k], n) for k, n in total.items()
           if n >= MIN_COUNT and len(k) >= 3 and k[0] in "وف" and opening[k] >= MIN_OPENING_SHARE * n]
    return sorted(out, key=lambda r: (-r[1], r[0]))


def lede_openers(opening: Counter, lede: Counter) -> list[tuple[str, int, int]]:
    out = [(k, n, opening[k]) for k, n in lede.items()
           if n >= MIN_LEDE_COUNT and n >= MIN_LEDE_SHARE * opening[k] and not k.startswith("ال") and k[0] not in "وف"]
    return sorted(out, key=lambda r: (-r[1], r[0]))


def headline_openers(opening: Counter, heads: Counter) -> list[tuple[str, int, int]]:
    out = [(k, n, opening[k]) for k, n in heads.items()
           if n >= MIN_HEADLINE_COUNT and n >= MIN_HEADLINE_RATIO * opening[k]]
    return sorted(out, key=lambda r: (-r[1], r[0]))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    shared = Path(argv[0] if argv else "../shared")
    if not (shared / "data" / "unlabeled").is_dir():
        print(f"{shared}: no data/unlabeled folder (give the shared data folder)", file=sys.stderr)
        return 2
    opening, total, lede, heads = count(shared)
    for path, header, rows in (
            (OUT, HEADER.format(min_count=MIN_COUNT, share=MIN_OPENING_SHARE), openers(opening, total)),
            (LEDE_OUT, LEDE_HEADER.format(min_count=MIN_LEDE_COUNT, share=MIN_LEDE_SHARE), lede_openers(opening, lede)),
            (HEADLINE_OUT, HEADLINE_HEADER.format(min_count=MIN_HEADLINE_COUNT, ratio=MIN_HEADLINE_RATIO),
             headline_openers(opening, heads))):
        path.write_text(header + "".join(f"{k}\t{a}\t{b}\n" for k, a, b in rows), encoding="utf-8")
        print(f"{path}: {len(rows)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
