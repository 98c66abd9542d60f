"""Location: two sources put the same moved or stationary thing in places that cannot both hold.

A claim *locates* something when a predicate of ``data/location_predicates.tsv`` (وصلوا إلى، عادت إلى، عالقة في،
لا يزال … في) is followed within a few words by one of the claim's places (from the facts stage, with its
country). The located thing is the subject of the predicate: the words between the predicate and the place (لا
تزال عائلاتهم عالقة في …) or, when there are none, the clause before it back to a clause opener (أن، فيما، بينما)
or punctuation. Its class comes from ``data/subject_classes.tsv`` (combatant, civilian, group); a subject with no
known class is not compared, and neither is a part (a number or a partitive in the subject: 6 حافلات من أصل 17),
since a part may be elsewhere than the whole. A predicate right after a negation or denial word is skipped.

A subject that is only a demonstrative (لا يزال هذا القسم في سوريا) takes its class from a topic frame opening
the sentence before the cue (وعن عائلات المقاتلين، قال: …).

Two claims conflict when they locate things of a compatible class in different countries (the facts stage's
``country`` of each place: a town and its own country never conflict; a country and a place of another country
do) and at least one of the two says the thing stays there (two arrivals in different countries may be two legs
of one journey). Comparing countries only, not towns, keeps precision: two towns of one country may both be right.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..model import Contradiction, Place
from .keys import ClaimView, find_phrases, keys_of, phrase_table, who, word_set

WINDOW = 4  # words allowed between a predicate and its place
SUBJECT_SPAN = 30  # words looked back for a subject
PERSON_CLASSES = frozenset({"combatant", "civilian"})


@dataclass(frozen=True)
class Located:
    kind: str  # arrive | stay
    classes: frozenset[str]
    place: Place
    subject: str


@lru_cache(maxsize=1)
def _subject_table() -> dict[str, str]:
    return {p[0]: v for p, v in phrase_table("subject_classes.tsv") if len(p) == 1}


def _classes(keys: list) -> frozenset[str]:
    """Classes of a subject: its first class noun (the head: عائلات عناصر التنظيم → civilian) and the class
    nouns conjoined to it with و (المقاتلين وأسرهم → combatant and civilian)."""
    table = _subject_table()
    hits = [(n, k) for n, k in enumerate(keys) if k.stem in table]
    if not hits:
        return frozenset()
    found = {table[hits[0][1].stem]}
    found.update(table[k.stem] for _, k in hits[1:] if k.conj)
    if found & PERSON_CLASSES:
        found.discard("group")  # "fighters who were in the convoy": the fighters are the subject
    return frozenset(found)


def topic_frame(view: ClaimView, article_text: str) -> list:
    """Keys of a topic frame (``data/topic_openers.txt``) opening the sentence of the claim's cue, else []."""
    cue = view.claim.cue
    if cue is None:
        return []
    head = article_text[:cue.start]
    cut = max(head.rfind(x) for x in (". ", "\n", "؛", "»."))
    keys = [k for k in keys_of(head[cut + 1:]) if k.kind != "punct"]
    stems = [k.stem for k in keys]
    openers = [p for p, _ in phrase_table("topic_openers.txt")]
    if any(tuple(stems[: len(p)]) == p for p in openers):
        return keys
    return []


def located(view: ClaimView, article_text: str = "") -> list[Located]:
    """What the claim puts in a place (see the module doc); ``article_text`` lets a demonstrative subject be
    read from a topic frame before the cue."""
    demonstratives = word_set("demonstratives.txt")
    keys = view.keys
    stems = [k.stem for k in keys]
    negators = word_set("negators.txt")
    openers = {p for p, _ in phrase_table("clause_openers.txt")}
    partitives = {p for p, _ in phrase_table("partitives.txt")}
    places = sorted((p for p in view.claim.places if p.country), key=lambda p: p.start)
    numbers = view.claim.numbers
    out = []
    for i, j, kind in find_phrases(stems, "location_predicates.tsv"):
        before = i - 1
        if kind == "copula" and before >= 0 and stems[before] in ("لا", "ما"):
            before -= 1  # لا يزال / ما زالت: the negation belongs to the copula
        if before >= 0 and stems[before] in negators:
            continue
        # the place: the first of the claim's places starting within WINDOW words after the predicate
        k_end = min(len(keys), j + WINDOW + (2 if kind == "copula" else 1))
        window = keys[j:k_end]
        if any(k.kind == "punct" and k.stem in ".؛;:!؟?" for k in window):
            window = window[: next(n for n, k in enumerate(window) if k.kind == "punct" and k.stem in ".؛;:!؟?")]
        if not window:
            continue
        place = next((p for p in places if window[0].start <= p.start < window[-1].end), None)
        if place is None:
            continue
        subj_keys = [k for k in window if k.end <= place.start]
        between = [k.stem for k in subj_keys]
        classes = _classes(subj_keys)
        if not classes:
            start = i
            while start > 0 and i - start < SUBJECT_SPAN:
                prev = keys[start - 1]
                if (prev.kind == "punct" and prev.stem in ".؛;:!؟?") or (prev.stem,) in openers:
                    break
                start -= 1
            subj_keys = keys[start:i]
            classes = _classes(subj_keys)
        if not classes and article_text and demonstratives & set(between + [k.stem for k in subj_keys]):
            classes = _classes(topic_frame(view, article_text))
            subj_keys = subj_keys or window[:1]
        if not classes or not subj_keys:
            continue
        lo, hi = subj_keys[0].start, subj_keys[-1].end
        if any(lo <= n.start < hi for n in numbers):
            continue
        subj_stems = [k.stem for k in subj_keys]
        if any(tuple(subj_stems[n:n + len(p)]) == p for p in partitives if len(p) > 1 or p[0] != "من"
               for n in range(len(subj_stems))):
            continue
        out.append(Located("stay" if kind == "copula" else kind, classes, place,
                           " ".join(k.stem for k in subj_keys[-4:])))
    return out


def compatible(a: frozenset[str], b: frozenset[str]) -> bool:
    if a & b:
        return True
    return ("group" in a and bool(b & PERSON_CLASSES)) or ("group" in b and bool(a & PERSON_CLASSES))


def location_conflict(a: ClaimView, b: ClaimView, la: list[Located], lb: list[Located]) -> Contradiction | None:
    for x in la:
        for y in lb:
            if "stay" not in (x.kind, y.kind):
                continue  # two arrivals in different countries may be two legs of one journey
            if compatible(x.classes, y.classes) and x.place.country != y.place.country:
                note = (f"places differ: {x.place.text} ({x.place.country}, per {who(a)}) vs "
                        f"{y.place.text} ({y.place.country}, per {who(b)})")
                return Contradiction(a=a.id, b=b.id, kind="location", note=note, score=0.6)
    return None
