"""Accuracy of the facts stage: the project's own test sets and the annotated gold pages.

Test sets (``isnad/facts/testsets/{places,numbers,times}[.heldout].txt``) are sentences written for isnad with inline marks
``[[span|field|field…]]``: places ``[[text|id]]`` (``null`` for a place the gazetteer lacks), numbers
``[[text|value|unit|~]]`` (unit ``-`` for none, ``~`` when approximate), times ``[[text|value|precision]]``
(value ``null`` when it cannot be resolved). A line ``@ name [YYYY-MM-DD]`` starts a new article (with its
publication date); the lines up to the next ``@`` are its paragraphs. Every mark is exhaustive: anything the
system outputs that overlaps no mark is a false positive. Matching rules are in ``docs/evaluation.md``.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .. import evaluation
from ..model import Article, Document
from ..arabic.normalize import norm

MARK = re.compile(r"\[\[([^|\]]+)((?:\|[^|\]]*)+)\]\]")


@dataclass
class Gold:
    text: str
    start: int
    end: int
    fields: tuple[str, ...]


@dataclass
class TestArticle:
    name: str
    published: str | None
    paragraphs: list[str] = field(default_factory=list)
    gold: list[Gold] = field(default_factory=list)

    def article(self) -> Article:
        return Article(id=self.name, paragraphs=list(self.paragraphs), published=self.published)


def parse_marked(text: str) -> list[TestArticle]:
    """Articles of a marked test file (see module doc)."""
    arts: list[TestArticle] = []
    cur: TestArticle | None = None
    offset = 0
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            parts = line[1:].split()
            pub = next((p for p in parts[1:] if re.fullmatch(r"\d{4}-\d{2}-\d{2}", p)), None)
            cur = TestArticle(parts[0] if parts else f"a{len(arts) + 1}", pub)
            arts.append(cur)
            offset = 0
            continue
        if cur is None:
            cur = TestArticle(f"a{len(arts) + 1}", None)
            arts.append(cur)
            offset = 0
        if cur.paragraphs:
            offset += 2  # the paragraph separator
        plain, pos, last = [], offset, 0
        for m in MARK.finditer(line):
            plain.append(line[last:m.start()])
            pos += m.start() - last
            span = m.group(1)
            cur.gold.append(Gold(span, pos, pos + len(span), tuple(m.group(2)[1:].split("|"))))
            plain.append(span)
            pos += len(span)
            last = m.end()
        plain.append(line[last:])
        para = "".join(plain)
        cur.paragraphs.append(para)
        offset += len(para)
    return arts


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def bare_id(x: str | None) -> str | None:
    return None if x in (None, "", "null") else str(x).split(":")[-1]


def _value_equal(a, b) -> bool:
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(a - b) <= 0.01 * max(1.0, abs(b))


@dataclass
class Tally:
    """Counts of one test set."""

    gold: int = 0
    found: int = 0  # gold spans overlapped by a prediction
    correct: int = 0  # ... with the right resolution (id / value+unit+approx / value)
    pred: int = 0
    pred_ok: int = 0  # predictions overlapping a gold span
    extra: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def add(self, other: "Tally") -> None:
        self.gold += other.gold
        self.found += other.found
        self.correct += other.correct
        self.pred += other.pred
        self.pred_ok += other.pred_ok
        for k, v in other.extra.items():
            self.extra[k] = self.extra.get(k, 0) + v
        self.errors += other.errors

    def as_dict(self) -> dict:
        d = {"gold": self.gold, "found": self.found, "correct": self.correct, "predicted": self.pred,
             "precision": round(self.pred_ok / self.pred, 3) if self.pred else 0.0,
             "recall": round(self.found / self.gold, 3) if self.gold else 0.0,
             "accuracy": round(self.correct / self.gold, 3) if self.gold else 0.0}
        d.update(self.extra)
        return d


def _bump(t: Tally, key: str, n: int = 1) -> None:
    t.extra[key] = t.extra.get(key, 0) + n


def _over(g: Gold, preds) -> list:
    return [p for p in preds if _overlap(g.start, g.end, p.start, p.end)]


def _score(art: TestArticle, preds, judge: Callable[[Gold, list, Tally], tuple[bool, str]],
           show_miss: Callable, show_extra: Callable) -> Tally:
    """The loop every test set shares: each gold mark against the predictions overlapping it (``judge`` says
    whether they are right and what was wanted, and may count more in the tally), then the predictions that
    overlap no mark (false positives). ``show_miss``/``show_extra`` write a prediction in the error lines."""
    t = Tally()
    for g in art.gold:
        over = _over(g, preds)
        t.gold += 1
        t.found += bool(over)
        ok, want = judge(g, over, t)
        t.correct += ok
        if not ok:
            got = ", ".join(f"{p.text}={show_miss(p)}" for p in over) or "nothing"
            t.errors.append(f"{art.name}: {g.text} want {want} got {got}")
    for p in preds:
        t.pred += 1
        if any(_overlap(g.start, g.end, p.start, p.end) for g in art.gold):
            t.pred_ok += 1
        else:
            t.errors.append(f"{art.name}: extra {p.text}={show_extra(p)}")
    return t


def score_places(art: TestArticle, preds) -> Tally:
    """Places: a gold place with an id is correct when an overlapping prediction has that id; a gold place with
    ``null`` is correct when no overlapping prediction carries an id (no guess). Predictions overlapping no gold
    span are false positives."""
    def judge(g: Gold, over: list, t: Tally) -> tuple[bool, str]:
        gid = bare_id(g.fields[0])
        if gid is None:
            return not any(bare_id(p.id) for p in over), g.fields[0]
        return any(bare_id(p.id) == gid for p in over), g.fields[0]

    return _score(art, preds, judge, lambda p: p.id, lambda p: p.id)


def score_numbers(art: TestArticle, preds) -> Tally:
    """Numbers: correct when an overlapping prediction has the gold value (1% tolerance), unit and flag."""
    def judge(g: Gold, over: list, t: Tally) -> tuple[bool, str]:
        value, unit, approx = g.fields[0], g.fields[1] if len(g.fields) > 1 else "-", g.fields[2:] == ("~",)
        unit = None if unit in ("-", "") else unit
        v_ok = [p for p in over if _value_equal(p.value, value)]
        _bump(t, "value_ok", bool(v_ok))
        u_ok = [p for p in v_ok if norm(p.unit or "") == norm(unit or "")]
        _bump(t, "unit_ok", bool(u_ok))
        a_ok = [p for p in v_ok if bool(p.approximate) == approx]
        _bump(t, "approximate_ok", bool(a_ok))
        return any(p in a_ok for p in u_ok), f"{value}/{unit}/{'~' if approx else ''}"

    return _score(art, preds, judge, lambda p: f"{p.value}/{p.unit}/{'~' if p.approximate else ''}",
                  lambda p: p.value)


def score_times(art: TestArticle, preds) -> Tally:
    """Times: correct when an overlapping prediction has the gold value (ISO date, range or null)."""
    def judge(g: Gold, over: list, t: Tally) -> tuple[bool, str]:
        value = None if g.fields[0] in ("null", "") else g.fields[0]
        if len(g.fields) > 1:
            _bump(t, "precision_ok", any(p.value == value and p.precision == g.fields[1] for p in over))
        return any(p.value == value for p in over), str(value)

    return _score(art, preds, judge, lambda p: p.value, lambda p: p.value)


SCORERS: dict[str, tuple[str, Callable]] = {
    "places": ("places", score_places),
    "numbers": ("numbers", score_numbers),
    "times": ("times", score_times),
}


def run_test_set(kind: str, text: str, analyze: Callable[[Document], None]) -> Tally:
    """Score one marked test set: build its articles, run ``analyze`` on them, compare."""
    attr, scorer = SCORERS[kind]
    total = Tally()
    for ta in parse_marked(text):
        doc = Document(source=ta.name, articles=[ta.article()])
        analyze(doc)
        total.add(scorer(ta, getattr(doc.articles[0], attr)))
    return total


# --- gold pages (../shared/dev/*/gold.json), scored as ../shared/eval/score_facts.py does ----------------------

def _norm_match(s: str | None) -> str:
    s = norm(s or "", lowercase=False)
    s = re.sub(r"[«»\"'“”‘’()\[\]،,:؛;.!?…\-–—]", " ", s)
    return " ".join(s.split())


def _overlaps_text(a: str, b: str) -> bool:
    a, b = _norm_match(a), _norm_match(b)
    return bool(a) and bool(b) and (a in b or b in a)


def _collect(obj, key: str) -> list[dict]:
    out: list[dict] = []

    def walk(o):
        if isinstance(o, dict):
            for k, v in o.items():
                if k == key and isinstance(v, list):
                    out.extend(x for x in v if isinstance(x, dict))
                else:
                    walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)

    walk(obj)
    return out


def _tokens(s: str) -> list[str]:
    out = []
    for t in _norm_match(s).split():
        for p in ("وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل"):
            if t.startswith(p) and len(t) - len(p) >= 2:
                t = t[len(p):]
                break
        out.append(t)
    return out


def _title_f1(a: str | None, b: str | None) -> float:
    from collections import Counter
    ta, tb = _tokens(a or ""), _tokens(b or "")
    if not ta or not tb:
        return 0.0
    common = sum((Counter(ta) & Counter(tb)).values())
    if not common:
        return 0.0
    p, r = common / len(tb), common / len(ta)
    return 2 * p * r / (p + r)


def pair_articles(gold_arts: list[dict], pred_arts: list[dict]) -> dict[int, int]:
    """Gold article index -> predicted article index, by title (or opening words) as score.py pairs them."""
    return dict(evaluation.pair_articles(gold_arts, pred_arts, _title_f1))


@dataclass
class GoldTally:
    places: int = 0
    places_found: int = 0
    places_ok: int = 0
    numbers: int = 0
    numbers_ok: int = 0
    units: int = 0
    units_ok: int = 0
    pred_places: int = 0  # predicted places (with an id) inside a gold claim's content
    pred_places_ok: int = 0  # ... that are one of that claim's gold places
    pred_numbers: int = 0
    pred_numbers_ok: int = 0
    errors: list[str] = field(default_factory=list)

    FIELDS = ("places", "places_found", "places_ok", "numbers", "numbers_ok", "units", "units_ok", "pred_places",
              "pred_places_ok", "pred_numbers", "pred_numbers_ok")

    def add(self, o: "GoldTally") -> None:
        for k in self.FIELDS:
            setattr(self, k, getattr(self, k) + getattr(o, k))
        self.errors += o.errors

    def as_dict(self) -> dict:
        r = lambda a, b: round(a / b, 3) if b else 0.0  # noqa: E731
        return {"places": self.places, "places_found": r(self.places_found, self.places),
                "places_resolved": r(self.places_ok, self.places), "numbers": self.numbers,
                "numbers_ok": r(self.numbers_ok, self.numbers), "units_ok": r(self.units_ok, self.units),
                "places_precision": r(self.pred_places_ok, self.pred_places),
                "numbers_precision": r(self.pred_numbers_ok, self.pred_numbers)}


def score_gold(gold: dict, pred: dict, name: str = "") -> GoldTally:
    """Places and numbers of a gold page against a prediction (the JSON of ``isnad analyze``): the rules of
    ``score_facts.py`` (text overlap after normalisation; same id / value within 1%), plus the unit."""
    t = GoldTally()
    pa = pred.get("articles", [])
    pairs = pair_articles(gold.get("articles", []), pa)
    for gi, ga in enumerate(gold.get("articles", [])):
        p = pa[pairs[gi]] if gi in pairs else {}
        pplaces, pnums = _collect(p, "places"), _collect(p, "numbers")
        for c in ga.get("claims", []):
            for g in c.get("places_resolved", []):
                if g.get("id") is None:
                    continue
                t.places += 1
                cands = [x for x in pplaces if _overlaps_text(g["text"], x.get("text", ""))]
                t.places_found += bool(cands)
                ok = any(bare_id(x.get("id")) == bare_id(g["id"]) for x in cands)
                t.places_ok += ok
                if not ok:
                    got = sorted({f"{x.get('text')}={x.get('id')}" for x in cands}) or ["nothing"]
                    t.errors.append(f"{name}: place {g['text']} want {g['id']} got {', '.join(got)}")
            _precision(t, c, p, name)
            for g in c.get("numbers_resolved", []):
                t.numbers += 1
                hit = [x for x in pnums if _overlaps_text(g["text"], x.get("text", ""))
                       and _value_equal(x.get("value"), g["value"])]
                t.numbers_ok += bool(hit)
                if hit:
                    t.units += 1
                    t.units_ok += any(norm(x.get("unit") or "") == norm(g.get("unit") or "") for x in hit)
                if not hit or not any(norm(x.get("unit") or "") == norm(g.get("unit") or "") for x in hit):
                    got = sorted({f"{x.get('text')}={x.get('value')}/{x.get('unit')}" for x in pnums
                                  if _overlaps_text(g["text"], x.get("text", ""))}) or ["nothing"]
                    t.errors.append(f"{name}: number {g['text']} want {g['value']}/{g.get('unit')} got "
                                    f"{', '.join(got)}")
    return t


def _precision(t: GoldTally, claim: dict, pred_article: dict, name: str) -> None:
    """Precision inside one gold claim: SCHEMA lists every place and number of a claim's content, so a
    prediction lying inside that content must be one of them (matched by overlapping text)."""
    text = pred_article.get("text") or ""
    content = claim.get("content") or ""
    at = text.find(content) if content else -1
    if at < 0:
        return
    end = at + len(content)
    gold_places = claim.get("places") or []
    for x in pred_article.get("places", []):
        if x.get("id") and at <= (x.get("start") or -1) and (x.get("end") or 10 ** 9) <= end:
            t.pred_places += 1
            ok = any(_overlaps_text(g, x.get("text", "")) for g in gold_places)
            t.pred_places_ok += ok
            if not ok:
                t.errors.append(f"{name}: extra place {x.get('text')}={x.get('id')}")
    gold_numbers = claim.get("numbers") or []
    for x in pred_article.get("numbers", []):
        if at <= (x.get("start") or -1) and (x.get("end") or 10 ** 9) <= end:
            t.pred_numbers += 1
            ok = any(_overlaps_text(g, x.get("text", "")) for g in gold_numbers)
            t.pred_numbers_ok += ok
            if not ok:
                t.errors.append(f"{name}: extra number {x.get('text')}={x.get('value')}")


def load_json(path: str | Path) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def test_set_text(kind: str, heldout: bool = False) -> str:
    """The marked text of one of isnad's test sets (``places``, ``numbers``, ``times``)."""
    from importlib import resources

    name = f"testsets/{kind}{'.heldout' if heldout else ''}.txt"
    return resources.files("isnad.facts").joinpath(name).read_text(encoding="utf-8")
