"""``isnad eval recall``: claims recall and speaker accuracy on the stance set's hand-labelled claims."""
from __future__ import annotations

import json

import pytest


@pytest.mark.shared
def test_eval_recall_scores_a_few_articles(shared_dir, capsys):
    from isnad.cli.main import main

    assert main(["eval", "recall", "--shared", str(shared_dir), "--limit", "3", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["articles"] == 3 and out["gold"] > 0
    assert 0 < out["found"] <= out["gold"] and out["speaker_ok"] <= out["found"]
    assert out["recall"] == round(out["found"] / out["gold"], 4)


def test_eval_recall_without_the_annotations_is_a_one_line_error(tmp_path, capsys):
    from isnad.cli.main import main

    (tmp_path / "data" / "unlabeled").mkdir(parents=True)
    assert main(["eval", "recall", "--shared", str(tmp_path), "--annotations", str(tmp_path / "none")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "not found" in err[0]
