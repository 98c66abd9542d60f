"""Shared fixtures. Tests that need ``../shared`` (the reference page, dev set, corpora) use ``shared_dir`` and
carry ``@pytest.mark.shared``; they are skipped when the folder is absent, and CI fails instead of skipping them
when ``ISNAD_REQUIRE_SHARED=1`` is set (so a missing folder cannot make the gate pass silently)."""
from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _shared() -> Path | None:
    env = os.environ.get("ISNAD_SHARED")
    cand = Path(env) if env else REPO.parent / "shared"
    return cand if (cand / "examples").is_dir() else None


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    path = _shared()
    if path is None:
        if os.environ.get("ISNAD_REQUIRE_SHARED") == "1":
            pytest.fail("../shared is required (ISNAD_REQUIRE_SHARED=1) but was not found")
        pytest.skip("../shared not available")
    return path


@pytest.fixture(scope="session")
def reference_page(shared_dir: Path) -> Path:
    return shared_dir / "examples" / "aawsat-convoy-page.txt"


@pytest.fixture(scope="session")
def shared_scorer(shared_dir: Path):
    """The shared scorer ``../shared/eval/score.py`` as a module (its ``score(gold, pred)``)."""
    spec = importlib.util.spec_from_file_location("shared_score", shared_dir / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def gold_pages(shared_dir: Path) -> list[tuple[Path, Path]]:
    """(input, gold.json) of the reference page and of every annotated dev page."""
    ex = shared_dir / "examples"
    out = [(ex / "aawsat-convoy-page.txt", ex / "aawsat-convoy-page.gold.json")]
    for d in sorted((shared_dir / "dev").iterdir()):
        raws = sorted(d.glob("raw.*"))
        if raws and (d / "gold.json").exists():
            out.append((raws[0], d / "gold.json"))
    return out


def gate_figures():
    """``tests/gate/gate_figures.py`` (the accuracy gate's measurements) as a module."""
    import sys

    if "gate_figures" not in sys.modules:
        spec = importlib.util.spec_from_file_location("gate_figures", REPO / "tests" / "gate" / "gate_figures.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules["gate_figures"] = module
        spec.loader.exec_module(module)
    return sys.modules["gate_figures"]


@pytest.fixture(scope="session")
def dev_outputs(shared_dir: Path) -> dict[str, list[dict]]:
    """The whole pipeline's JSON documents for the reference page and every shared dev page, by page id (run
    once per session: the accuracy gate scores them, the schema tests validate them)."""
    return gate_figures().analyse(shared_dir)
