"""Building ``isnad/compare/data/denied_objects.txt`` from the unlabeled news (``isnad train compare --lexicon``).

What a denial points at is named by a small family of nouns: نفى صحة التقارير، كذّب الأنباء، نفت هذه المزاعم،
رفض الاتهامات. The list is read off ``../shared/data/unlabeled/`` rather than written by hand: every word that
follows a denial verb (``denial_words.txt``) within :data:`WINDOW` words is counted, and a word is kept when it
is seen there at least :data:`MIN_COUNT` times and its share after denials is at least :data:`MIN_LIFT` times its
share after the plain reporting verbs of the claims lexicon (قال، أضاف، أوضح): the subjects both kinds of verb take
(موسكو، المتحدث) cancel out, what is denied (مزاعم، صحة، تورط) stands out. Function words of ``stopwords.txt``
are skipped when counting. Words are stored as light stems, most attracted first, with their
counts and lifts, so the file says where each entry came from. No dev page is read.
"""
from __future__ import annotations

import gzip
from collections import Counter
from functools import lru_cache
from pathlib import Path

from ..arabic import light, tokenize
from ..compare.keys import word_set
from ..lexicon import load_tsv

WINDOW = 2
MIN_COUNT = 30
MIN_LIFT = 8.0


def _stems(line: str) -> list[str]:
    """Light stems of a line's words, clitics split off as the comparison does (:func:`isnad.compare.keys.keys_of`)."""
    return [light(t.stem_word.text) for t in tokenize(line) if t.kind == "word"]


@lru_cache(maxsize=1)
def assert_cues() -> frozenset[str]:
    """Light stems of the inflected forms of the plain reporting verbs (stance assert) of the claims lexicon."""
    out = set()
    for row in load_tsv("isnad.claims", "data/cues.tsv"):
        if len(row) > 6 and row[1] == "assert" and row[2] == "verb":
            out.update(light(f.split(":")[0]) for f in row[6].split() if "_" not in f)
    return frozenset(out)


def _follow(words: list[str], i: int, skip: frozenset[str]) -> list[str]:
    """The first :data:`WINDOW` words after position ``i`` that are not in ``skip``."""
    return [w for w in words[i + 1:i + 1 + 2 * WINDOW] if w not in skip][:WINDOW]


def count(paths: list[Path]) -> tuple[Counter, Counter]:
    """(words after a denial verb, words after a plain reporting verb)."""
    denials, reports = word_set("denial_words.txt"), assert_cues()
    skip = word_set("stopwords.txt") | denials | reports
    after_denial: Counter = Counter()
    after_report: Counter = Counter()
    for path in paths:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                words = _stems(line)
                for i, w in enumerate(words):
                    if w in denials:
                        after_denial.update(_follow(words, i, skip))
                    elif w in reports:
                        after_report.update(_follow(words, i, skip))
    return after_denial, after_report


def select(after_denial: Counter, after_report: Counter) -> list[tuple[str, int, float]]:
    """(stem, count after denials, lift) of the words denials attract, most attracted first: the lift compares a
    word's share after denial verbs with its share after plain reporting verbs (add-one smoothed), so that the
    subjects both take (موسكو، المتحدث) cancel out and what is denied (مزاعم، صحة) stands out."""
    n_d, n_r = sum(after_denial.values()), sum(after_report.values())
    out = []
    for w, c in after_denial.items():
        if c < MIN_COUNT or len(w) < 3:
            continue
        lift = (c / n_d) / ((after_report[w] + 1) / n_r)
        if lift >= MIN_LIFT:
            out.append((w, c, lift))
    return sorted(out, key=lambda x: (-x[2], x[0]))


def build(unlabeled: Path, out: Path) -> int:
    paths = sorted(unlabeled.glob("*.txt.gz"))
    if not paths:
        raise FileNotFoundError(f"{unlabeled}: no *.txt.gz shard")
    after_denial, after_report = count(paths)
    rows = select(after_denial, after_report)
    head = ["# What denials point at: words seen after a denial verb (denial_words.txt, within "
            f"{WINDOW} content words) at least {MIN_COUNT} times",
            f"# and at least {MIN_LIFT:g} times more often there (by share) than after a plain reporting verb "
            "(قال، أضاف …).",
            f"# Built by `isnad train compare --lexicon` from {', '.join(p.name for p in paths)}; light stems, "
            "most attracted first.",
            "# columns: stem, count after denials, lift"]
    out.write_text("\n".join(head + [f"{w}\t{c}\t{lift:.1f}" for w, c, lift in rows]) + "\n", encoding="utf-8")
    return len(rows)
