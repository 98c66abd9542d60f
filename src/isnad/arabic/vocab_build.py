"""Build the word-frequency lexicon used to decide clitic splits (``isnad build vocab``).

Counts normalised Arabic surface words in the unlabeled news of ``../shared/data/unlabeled`` and writes
``word<TAB>count`` lines (count >= ``min_count``), most frequent first, gzip-compressed. Word counts are
facts about the corpora, not their text; the sources are credited in ``isnad/arabic/data/README.md``.
"""
from __future__ import annotations

import gzip
import re
from collections import Counter
from pathlib import Path

from tqdm import tqdm

from .normalize import norm
from .tokens import ARABIC_LETTERS, ARABIC_MARKS

_WORD = re.compile(rf"[{ARABIC_LETTERS}{ARABIC_MARKS}]+")


def count_words(paths: list[Path], progress: bool = True) -> Counter:
    counts: Counter = Counter()
    for path in paths:
        with gzip.open(path, "rt", encoding="utf-8", errors="replace") as f:
            for line in tqdm(f, desc=path.name, unit=" articles", disable=not progress):
                counts.update(norm(w) for w in _WORD.findall(line))
    return counts


def write_vocab(counts: Counter, out: Path, min_count: int = 5) -> int:
    out.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as f:
        for w, c in counts.most_common():
            if c < min_count:
                break
            if w:
                f.write(f"{w}\t{c}\n")
                n += 1
    return n
