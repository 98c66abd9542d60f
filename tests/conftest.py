"""Shared fixtures. Tests that need ``../shared`` (the reference page, dev set, corpora) use ``shared_dir`` and
carry ``@pytest.mark.shared``; they are skipped when the folder is absent, and CI fails instead of skipping them
when ``ISNAD_REQUIRE_SHARED=1`` is set (so a missing folder cannot make the gate pass silently)."""
from __future__ import annotations

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
