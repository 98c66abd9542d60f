"""The figures of the accuracy gate, measured as ``isnad eval pages --set shared`` and ``isnad eval ner`` measure
them: the whole pipeline on the reference page and every shared dev page, scored by the shared scorers
(``../shared/eval/score.py`` for claims, stance, contradictions, titles, body edges and related items;
``score_facts.py`` for places and numbers), and the shipped NER model on ANERcorp's test file (all of it: about
15 s on one core).

Every figure is a ratio in [0, 1]; ``floors.json`` holds the floor of each. ``test_gate.py`` checks them and
``pin.py`` rewrites the floors from a fresh measurement.
"""
from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import re
import tempfile
from pathlib import Path

from isnad.cli.eval_pages import merge, shared_pages

HERE = Path(__file__).resolve().parent
FLOORS = HERE / "floors.json"
NER_TEST = Path("data/ner/anercorp-camel/test.txt")  # inside ../shared


def analyse(shared: Path) -> dict[str, list[dict]]:
    """The JSON of every document of every page (the whole pipeline, as ``isnad analyze`` runs it)."""
    from isnad.ingest import InputError, read_paths
    from isnad.pipeline import Pipeline

    pipeline = Pipeline()
    out: dict[str, list[dict]] = {}
    for pid, page, _ in shared_pages(shared):
        docs = []
        for doc in read_paths([str(page)]):
            if isinstance(doc, InputError):
                raise AssertionError(f"the dev page {page} is rejected: {doc}")
            docs.append(pipeline(doc).to_json())
        out[pid] = docs
    return out


def _module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def page_figures(shared: Path, outputs: dict[str, list[dict]]) -> dict[str, float]:
    """Claims, stance, contradictions, cleaning and facts figures over all pages (totals, as the scorers'
    TOTAL lines)."""
    import sys

    sys.path.insert(0, str(shared / "eval"))  # score_facts.py imports score.py by name
    try:
        score = _module(shared / "eval" / "score.py", "score")
        score_facts = _module(shared / "eval" / "score_facts.py", "score_facts")
    finally:
        sys.path.remove(str(shared / "eval"))
    tot: dict[str, int] = {}
    pairs: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for pid, _, gold_path in shared_pages(shared):
            pred = merge(outputs[pid])
            for k, v in score.score(json.loads(gold_path.read_text(encoding="utf-8")), pred).items():
                tot[k] = tot.get(k, 0) + v
            pred_path = Path(tmp) / f"{pid}.json"
            pred_path.write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")
            pairs += [str(gold_path), str(pred_path)]
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            score_facts.main(pairs)
    facts = re.search(r"TOTAL places found ([\d.]+) resolved [\d.]+ \((\d+)/(\d+)\) \| numbers [\d.]+ \((\d+)/(\d+)\)",
                      printed.getvalue())
    if not facts:
        raise AssertionError(f"score_facts.py printed no TOTAL line: {printed.getvalue()[-300:]!r}")
    p, r, f = score.prf(tot["matched"], tot["pred_claims"], tot["gold_claims"])
    cp, cr, _ = score.prf(tot["contra_ok"], tot["pred_contra"], tot["gold_contra"])
    m, arts = tot["matched"], tot["gold_articles"]
    return {
        "claims_precision": p, "claims_recall": r, "claims_f1": f,
        "speaker_acc": _ratio(tot["speaker_ok"], m), "stance_acc": _ratio(tot["stance_ok"], m),
        "direct_acc": _ratio(tot["direct_ok"], m), "via_acc": _ratio(tot["via_ok"], m),
        "recipient_acc": _ratio(tot["recipient_ok"], m),
        "contradictions_precision": cp, "contradictions_recall": cr,
        "titles_exact": _ratio(tot["titles_exact"], arts), "subtitles": _ratio(tot["subtitles_ok"], arts),
        "body_edges": _ratio(tot["body_edges_ok"], arts), "paragraph_counts": _ratio(tot["para_count_ok"], arts),
        "related_found": _ratio(tot["related_ok"], tot["gold_related"]),
        "related_fields": _ratio(tot["related_fields_ok"], tot["related_fields"]),
        "places_found": float(facts.group(1)), "places_resolved": _ratio(int(facts.group(2)), int(facts.group(3))),
        "numbers": _ratio(int(facts.group(4)), int(facts.group(5))),
    }


def ner_figures(shared: Path) -> dict[str, float]:
    """Entity-level micro F1 of the shipped NER model on ANERcorp's test file."""
    from isnad.ner import NerModel
    from isnad.ner.evaluate import evaluate_file

    scores = evaluate_file(NerModel(), shared / NER_TEST)
    return {"ner_micro_f1": scores["micro"]["f1"]}


def load_floors() -> dict[str, float]:
    return {k: v["floor"] for k, v in json.loads(FLOORS.read_text(encoding="utf-8"))["figures"].items()}
