"""The pipeline's output on the reference page, the dev pages and 500 unlabeled articles equals the stored
snapshot (per-article hashes). A deliberate change of output rewrites the snapshot
(``python tests/pipeline/snapshot.py write``) in the commit that causes it, which says why."""
from __future__ import annotations

import json

import pytest

from . import snapshot


@pytest.mark.shared
@pytest.mark.slow
def test_output_matches_snapshot(shared_dir):
    stored = json.loads(snapshot.SNAPSHOT.read_text(encoding="utf-8"))
    current = snapshot.compute(shared_dir)
    diff = snapshot.differences(stored, current)
    assert not diff, f"{len(diff)} parts differ from the snapshot (python tests/pipeline/snapshot.py diff): {diff[:20]}"
