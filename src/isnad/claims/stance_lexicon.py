"""The words of blame, danger and demand, learned from what follows stance verbs in the unlabeled news.

``data/mining/stance_counts.tsv`` (written by :mod:`isnad.training.stance_mining`) counts, for each light stem, how
many windows after the verbs of each class contain it (accuse: اتهم، حمّل …; warn: حذر، هدد …; call: دعا، طالب …;
deny: نفى، أنكر …; assert: قال، أضاف، أوضح …). A stem's weight for a class is its smoothed log-odds after that
class's verbs against the neutral verbs: ارتكاب، جرائم، انتهاك lean to accuse, خطر، تداعيات to warn, ضرورة، وقف to
call. The classifier reads, for each class, the mean and the largest weight over the content's stems and how many
of them lean clearly to the class (:func:`lexicon_features`), so that a content says what it does even when a
neutral verb introduces it.
"""
from __future__ import annotations

import math
from functools import lru_cache
from importlib import resources

from ..cache import cached, code

COUNTS_FILE = "data/mining/stance_counts.tsv"
PRIOR = 10.0  # pseudo-count added to both the observed and the expected count (shrinks rare stems towards 0)
STRONG = 1.0  # log-odds from which a stem counts as leaning clearly to a class
CLASSES = ("deny", "accuse", "warn", "call")


@lru_cache(maxsize=1)
def weights() -> dict[str, dict[str, float]]:
    """class -> stem -> log-odds against the neutral verbs (only stems with a positive lean are kept); computed
    from the counts once, then read from :mod:`isnad.cache`."""
    path = resources.files("isnad.claims").joinpath(COUNTS_FILE)
    if not path.is_file():
        return {c: {} for c in CLASSES}
    raw = path.read_bytes()
    return cached("stance-lexicon", [raw, *code(__name__)], lambda: _weights(raw.decode("utf-8")))


def _weights(text: str) -> dict[str, dict[str, float]]:
    lines = text.splitlines()
    windows = [int(x) for x in lines[0].split("\t")[1:]]
    header = lines[1].split("\t")[1:]
    idx = {c: header.index(c) for c in header}
    base = idx["assert"]
    out = {c: {} for c in CLASSES}
    for line in lines[2:]:
        stem, *counts = line.split("\t")
        n = [int(x) for x in counts]
        p_base = (n[base] + 1) / (windows[base] + 1)
        for c in CLASSES:
            k = idx[c]
            # observed count after class c against the count expected at the neutral rate, both smoothed
            lo = math.log((n[k] + PRIOR) / (windows[k] * p_base + PRIOR))
            if lo > 0:
                out[c][stem] = lo
    return out


def lexicon_features(stems: list[str], opening: int = 5) -> list[tuple[str, float]]:
    """Dense features of a content's stems: per class, the mean and the largest lean (``lxm:``, ``lxx:``), the
    number of clearly leaning stems in the whole content and in its first ``opening`` words (``lxn:``, ``lxo:``)."""
    out = []
    uniq = list(dict.fromkeys(stems))
    for c, table in weights().items():
        vals = [table.get(s, 0.0) for s in uniq]
        if not vals:
            continue
        out.append((f"lxm:{c}", sum(vals) / len(vals)))
        out.append((f"lxx:{c}", max(vals)))
        out.append((f"lxn:{c}", min(3, sum(v >= STRONG for v in vals)) / 3))
        out.append((f"lxo:{c}", min(2, sum(table.get(s, 0.0) >= STRONG for s in stems[:opening])) / 2))
    return out
