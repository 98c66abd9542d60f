"""Label consistency across nearby sentences: a name tagged once is tagged where it recurs untagged.

News repeats its names ("... الوزير جان إيف لودريان ..." then "وقال لودريان ..."); a tagger that reads one
sentence at a time finds some occurrences and misses others. After tagging, every entity string found in a
window of sentences votes for its label (a person's full name also votes, alone, for its last word: news refers
back to people by family name), and untagged occurrences of the same string (compared after normalisation, with
the article and its prepositions set aside) take the majority label. Longest strings win; only stretches tagged
``O`` throughout are changed, so no entity the tagger found is altered.

Measured on ANERcorp with the shipped model: see ``docs/benchmarks.md`` (NER).
"""
from __future__ import annotations

from collections import Counter, defaultdict

from .scorer import get_entities
from ..arabic.memo import Memo
from ..arabic.wordkeys import norm_word, strip_clitics

WINDOW = 10      # sentences on each side whose entities vote
MIN_CHARS = 3    # an entity string shorter than this (letters, normalised) does not spread
SURNAME_MIN_CHARS = 4  # the last word of a person's full name spreads alone from this length on

_KEYS = Memo("ner.consistency: token keys")  # a bounded number (see isnad.arabic.memo)


def _key(token: str) -> str:
    k = _KEYS.get(token)
    if k is None:
        k = _KEYS.recall(token)
    if k is None:
        k = _KEYS.store(token, strip_clitics(norm_word(token))[1])
    return k


def _entity_strings(keys: list[str], tags: list[str], min_chars: int) -> list[tuple[tuple[str, ...], str]]:
    out = []
    for label, a, b in get_entities(tags):
        k = tuple(keys[a:b + 1])
        if sum(len(x) for x in k) >= min_chars:
            out.append((k, label))
            if label == "PERS" and len(k) > 1 and len(k[-1]) >= SURNAME_MIN_CHARS:
                out.append((k[-1:], label))  # a later mention by family name alone
    return out


def propagate(sentences: list[list[str]], tags: list[list[str]], window: int = WINDOW,
              min_chars: int = MIN_CHARS) -> list[list[str]]:
    """New tag lists where untagged recurrences of nearby entities are tagged; the inputs are not changed."""
    keys = [[_key(t) for t in s] for s in sentences]
    found = [_entity_strings(ks, tg, min_chars) for ks, tg in zip(keys, tags)]
    out = [list(t) for t in tags]
    if not any(found):
        return out
    for i, ks in enumerate(keys):
        votes: dict[tuple, Counter] = defaultdict(Counter)
        for j in range(max(0, i - window), min(len(keys), i + window + 1)):
            for k, label in found[j]:
                votes[k][label] += 1
        if not votes:
            continue
        by_first: dict[str, list[tuple]] = defaultdict(list)  # first word -> candidate strings, longest first
        for k in sorted(votes, key=len, reverse=True):
            by_first[k[0]].append(k)
        row = out[i]
        p = 0
        while p < len(ks):
            step = 1
            for k in by_first.get(ks[p], ()):
                n = len(k)
                if tuple(ks[p:p + n]) == k and all(x == "O" for x in row[p:p + n]):
                    label = votes[k].most_common(1)[0][0]
                    row[p] = "B-" + label
                    for q in range(p + 1, p + n):
                        row[q] = "I-" + label
                    step = n
                    break
            p += step
    return out
