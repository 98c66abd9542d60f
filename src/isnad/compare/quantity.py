"""Number: two sources give different counts of the same thing in the same event.

Only counts of event facts are compared (``data/count_units.txt``: casualties, participants, detainees, weapons,
vehicles; never money, measures, percentages or durations). A claim whose sentence breaks a total into
parts (``data/breakdown_markers.txt``: بينهم، آخرون، من أصل) is left out, and so is a vague plural (مئات: the facts
stage marks it approximate with a round value and no digit). Two claims of different sources conflict on a unit
when both give exactly one count of it and these disagree: exactly for two exact figures, within
:data:`TOLERANCE` when either is hedged (نحو), and never when a bound (``data/bounds.tsv``: على الأقل، أكثر من)
allows the other figure. They must also speak of the same event: an event concept in common
(``data/event_concepts.txt``) or a place below country level in common (88 vs 121 buses entering two named
towns), at least :data:`MIN_SHARED` other shared words, no disjoint places, and either an
anchor (a place below country level or a date in common, :mod:`.anchors`) or contents worded nearly alike
(Jaccard ≥ :data:`SAME_WORDING`, the same event concepts) — a round-up of several attacks gives several tolls.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..arabic import norm
from ..lexicon import load_list, load_tsv
from ..model import Contradiction, Number
from .anchors import jaccard, local_places, same_setting, shared_anchor
from .keys import PKG, ClaimView, find_phrases, keys_of, light, who, word_set
from .timing import event_concepts

TOLERANCE = 0.2
MIN_SHARED = 3
MIN_SHARED_IN_SETTING = 2  # ... when two documents report one event (:func:`.anchors.same_setting`)
SAME_WORDING = 0.6
BOUND_WINDOW = 4  # words before (or after) a figure searched for a bound (على الأقل، حتى الآن)
SENTENCE_ENDS = frozenset(".!?؟")
EVENT_WINDOW = 3  # words before a person count searched for what it counts (the nearest event word wins)
CLAUSE_ENDS = ("،", ",", "؛", ".")  # without a shared place or date, the two contents must be worded nearly alike


@dataclass(frozen=True)
class Count:
    number: Number
    bound: str | None  # lower | upper | None


def _bound(view: ClaimView, n: Number) -> str | None:
    inside = [k.stem for k in keys_of(n.text)]
    before = _within_sentence(_keys_before(view, n)[::-1])[::-1]
    after = _within_sentence([k for k in view.keys if k.start >= n.end])
    for phrase, kind, where in _bound_rows():
        seq = inside + after if where == "after" else before + inside
        if any(tuple(seq[i:i + len(phrase)]) == phrase for i in range(len(seq) - len(phrase) + 1)):
            return kind
    return None


def _keys_before(view: ClaimView, n: Number) -> list:
    """The keys before ``n`` in its sentence: the content's, after those of the sentence before the content (an
    adjunct the speaker phrase took: أفاد متحدث في حصيلة أولية عن مقتل ثمانية)."""
    keys = [k for k in view.keys if k.end <= n.start]
    c = view.claim.content
    at = view.context.find(c.text) if view.context and c is not None else -1
    return (keys_of(view.context[:at]) if at > 0 else []) + keys


def _within_sentence(keys: list, most: int = BOUND_WINDOW) -> list[str]:
    """The stems of up to ``most`` words and figures from the start of ``keys`` (nearest first), over commas and
    quotation marks (حتى الآن، تم نقل 20) but not over the end of a sentence."""
    out: list[str] = []
    for k in keys:
        if k.stem in SENTENCE_ENDS or len(out) == most:
            break
        if any(ch.isalnum() for ch in k.stem):
            out.append(k.stem)
    return out


@lru_cache(maxsize=1)
def _bound_rows() -> tuple[tuple[tuple[str, ...], str, str], ...]:
    """(phrase as light stems, lower|upper, before|after) of ``data/bounds.tsv``, longest first (لا يتجاوز before
    يتجاوز)."""
    rows = [(tuple(k.stem for k in keys_of(phrase)), kind, where)
            for phrase, kind, where in load_tsv(PKG, "data/bounds.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def _parts(view: ClaimView) -> tuple[int, int] | None:
    """The offsets of the parts named inside a total: from the first inclusion marker (بينهم) in the claim's
    content to the end of its clause (the next comma or full stop); the whole content when the marker is outside
    it (the content may be the part); None when there is none."""
    content = view.claim.content
    if content is None:
        return None
    stems = keys_of(content.text, content.start)
    found = _inclusions(stems, content.text, content.start)
    if found:
        start = stems[found[0]].start
        ends = [i for i in (content.text.find(p, start - content.start) for p in CLAUSE_ENDS) if i >= 0]
        return start, content.start + min(ends) if ends else content.end
    context = keys_of(view.context) if view.context else []
    if _inclusions(context, view.context or "", 0):
        return content.start, content.end
    return None


def _inclusions(keys: list, text: str, base: int) -> list[int]:
    """Where the inclusion markers (``data/inclusion_markers.txt``) start among ``keys`` (of ``text``, whose
    offsets start at ``base``), spelt as listed: the light stems alone would take the preposition بين (بين
    البلدين) for بينهم."""
    forms = _inclusion_forms()
    out = []
    for a, b, _ in find_phrases([k.stem for k in keys], "inclusion_markers.txt"):
        surface = norm(" ".join(text[k.start - base:k.end - base] for k in keys[a:b]))
        if surface in forms or (surface[:1] in "وف" and surface[1:] in forms):
            out.append(a)
    return out


@lru_cache(maxsize=1)
def _inclusion_forms() -> frozenset[str]:
    return frozenset(norm(x) for x in load_list(PKG, "data/inclusion_markers.txt"))


def counts(view: ClaimView) -> dict[str, list[Count]]:
    """The claim's comparable counts by unit (light stem): none when the claim splits a total into parts, and only
    the total when it names a part inside it."""
    if find_phrases([k.stem for k in keys_of(view.context or view.claim.content.text)], "breakdown_markers.txt"):
        return {}  # read in the whole sentence: "… 19 قتلوا في الأول وآخرون في الثاني" is a breakdown too
    parts = _parts(view)
    units = word_set("count_units.txt")
    out: dict[str, list[Count]] = {}
    for n in view.claim.numbers:
        if parts is not None and parts[0] <= n.start < parts[1]:
            continue
        unit = _unit(view, n)
        if n.value is None or unit not in units:
            continue
        if n.approximate and not any(ch.isdigit() for ch in n.text) and float(n.value) in (10, 100, 1000):
            continue  # عشرات، مئات، آلاف
        out.setdefault(unit, []).append(Count(n, _bound(view, n)))
    for n in _dual_persons(view):
        if not (parts is not None and parts[0] <= n.start < parts[1]):
            unit = _unit(view, n)
            if unit in units:
                out.setdefault(unit, []).append(Count(n, None))
    return out


def _dual_persons(view: ClaimView) -> list[Number]:
    """Duals of persons in the content (أوقفت شخصين، مقتل جنديين): counts of two for the comparison, though the
    facts stage leaves them out (the schema counts no duals of persons). Only nouns whose plural is broken
    (أشخاص، جنود): a dual in -ين of a noun with a sound plural (مدنيين) reads as that plural too."""
    content = view.claim.content
    if content is None:
        return []
    duals = _person_duals()
    out = []
    for k in keys_of(content.text, content.start):
        if k.kind != "word":
            continue
        w = norm(content.text[k.start - content.start:k.end - content.start])
        for cand in (w, w[1:] if w[:1] in "وفبل" else None):
            if cand and cand.startswith("ال"):
                cand = cand[2:]
            if cand in duals:
                out.append(Number(text=content.text[k.start - content.start:k.end - content.start], start=k.start,
                                  end=k.end, value=2, unit=duals[cand], approximate=False))
                break
    return out


@lru_cache(maxsize=1)
def _person_duals() -> dict[str, str]:
    """Normalised dual (شخصين، شخصان) -> singular, for the count units whose plurals in the facts lexicon are
    all broken (no -ون/-ين plural to be confused with the dual)."""
    wanted = word_set("count_units.txt")
    out: dict[str, str] = {}
    # (read from the facts stage's data file: a stage may not import another, see tests/test_architecture.py)
    for row in load_tsv("isnad.facts", "data/units.tsv"):
        sing, plurals = row[0], [p for p in (row[1].split("|") if len(row) > 1 and row[1] else []) if p]
        if light(sing) not in wanted or not plurals or any(norm(p).endswith(("ين", "ون")) for p in plurals):
            continue
        stem = norm(sing)[:-1] + "ت" if norm(sing).endswith("ه") else norm(sing)
        for ending in ("ين", "ان"):
            out.setdefault(stem + ending, sing)
    return out


@lru_cache(maxsize=1)
def _unit_tables() -> tuple[dict[str, str], frozenset[str], dict[str, str]]:
    events = {light(w): light(u) for w, u in load_tsv(PKG, "data/count_events.tsv")}
    aliases = {light(u): light(v) for u, v in load_tsv(PKG, "data/unit_aliases.tsv")}
    return events, word_set("person_units.txt"), aliases


def _unit(view: ClaimView, n: Number) -> str | None:
    """The light stem of what ``n`` counts: its unit, refined by the word before it for a plain person count or a
    bare figure (مقتل 18 شخصا → قتيل), and compared under its alias (مصاب → جريح)."""
    events, persons, aliases = _unit_tables()
    unit = light(n.unit) if n.unit else None
    if unit is None or unit in persons:
        # the nearest event word among the few before it (مقتل 18 شخصا; ارتفعت حصيلة القتلى إلى 246 شخصا)
        before = [k.stem for k in view.keys if k.end <= n.start and k.kind == "word"][-EVENT_WINDOW:]
        hit = next((w for w in reversed(before) if w in events), None)
        if hit is not None:
            unit = events[hit]
    return aliases.get(unit, unit) if unit else None


def agree(x: Count, y: Count) -> bool:
    a, b = float(x.number.value), float(y.number.value)
    if a == b:
        return True
    if x.bound or y.bound:
        lo = max([v for v, c in ((a, x), (b, y)) if c.bound == "lower"] or [float("-inf")])
        hi = min([v for v, c in ((a, x), (b, y)) if c.bound == "upper"] or [float("inf")])
        exact = [v for v, c in ((a, x), (b, y)) if not c.bound]
        return lo <= hi and all(lo * (1 - TOLERANCE) <= v <= hi * (1 + TOLERANCE) for v in exact)
    if x.number.approximate or y.number.approximate:
        return abs(a - b) <= TOLERANCE * max(abs(a), abs(b))
    return False


def _disjoint_places(a: ClaimView, b: ClaimView) -> bool:
    pa = {p.id or p.text for p in a.claim.places}
    pb = {p.id or p.text for p in b.claim.places}
    return bool(pa and pb and not pa & pb)


def number_conflict(a: ClaimView, b: ClaimView, ca: dict[str, list[Count]],
                    cb: dict[str, list[Count]]) -> Contradiction | None:
    if not ca or not cb or _disjoint_places(a, b):
        return None
    setting = same_setting(a, b)
    if not (a.concepts & b.concepts & event_concepts()) and not local_places(a) & local_places(b) and not setting:
        return None  # neither an event concept nor a town in common: nothing says the two counts are of one event
    if not shared_anchor(a, b) and not setting and not (jaccard(a, b) >= SAME_WORDING and a.concepts == b.concepts):
        return None  # a round-up of several attacks: nothing shows the two counts are of one event
    for unit in ca.keys() & cb.keys():
        xs, ys = ca[unit], cb[unit]
        if len(xs) != 1 or len(ys) != 1 or agree(xs[0], ys[0]):
            continue
        shared = {k for k in a.content_keys & b.content_keys if k != unit and not k.isdigit()}
        if len(shared) < (MIN_SHARED_IN_SETTING if setting else MIN_SHARED):
            continue
        note = (f"numbers differ ({xs[0].number.unit}): {xs[0].number.text} per {who(a)} vs "
                f"{ys[0].number.text} per {who(b)}")
        return Contradiction(a=a.id, b=b.id, kind="number", note=note, score=0.5)
    return None
