"""The accuracy gate: claims, stance, contradictions, NER, facts and cleaning figures on the shared dev set must
not fall below the floors pinned in ``floors.json`` (re-pinned with ``python tests/gate/pin.py``; raising a floor
is a normal commit, lowering one needs a reason in the commit message)."""
from __future__ import annotations

import gate_figures as figures
import pytest
from pin import floor_for

pytestmark = [pytest.mark.shared, pytest.mark.gate]


def _check(measured: dict[str, float], names: set[str]) -> None:
    floors = figures.load_floors()
    assert names <= set(floors), f"figures without a floor (run python tests/gate/pin.py): {names - set(floors)}"
    below = {k: f"{measured[k]:.4f} < floor {floors[k]}" for k in sorted(names) if measured[k] < floors[k] - 1e-9}
    assert not below, f"below the floors of tests/gate/floors.json: {below}"


def test_dev_pages_hold_their_floors(shared_dir, dev_outputs):
    measured = figures.page_figures(shared_dir, dev_outputs)
    _check(measured, set(measured))


def test_ner_holds_its_floor(shared_dir):
    measured = figures.ner_figures(shared_dir)
    _check(measured, set(measured))


def test_every_floor_is_measured_and_in_range():
    floors = figures.load_floors()
    assert {"claims_f1", "speaker_acc", "stance_acc", "contradictions_precision", "contradictions_recall",
            "ner_micro_f1", "places_resolved", "numbers", "titles_exact", "body_edges", "related_found"} <= set(floors)
    assert all(0.0 <= f <= 1.0 for f in floors.values()), floors


def test_floors_are_the_measure_minus_the_margin_rounded_down():
    assert floor_for(0.9, 0.02) == 0.88
    assert floor_for(0.2097, 0.02) == 0.189
    assert floor_for(0.01, 0.02) == 0.0
    assert floor_for(1.0, 0.0) == 1.0
