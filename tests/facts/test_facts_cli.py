"""The facts commands: ``isnad build gazetteer`` and ``isnad eval facts``."""
from __future__ import annotations

import json

import pytest

from isnad.cli.main import main


def test_build_gazetteer_from_a_shared_folder(tmp_path, capsys, gazetteer_tsv):
    src = tmp_path / "shared" / "data" / "gazetteer"
    src.mkdir(parents=True)
    gazetteer_tsv(src / "gazetteer_ar.tsv",
                  dict(id="gn:1", kind="country", name="Testland", names_ar="تستلاند", country_code="TT"))
    out = tmp_path / "g.tsv.gz"
    assert main(["build", "gazetteer", "--shared", str(tmp_path / "shared"), "--out", str(out)]) == 0
    assert out.is_file() and "1 places" in capsys.readouterr().out


def test_build_gazetteer_without_the_source_is_a_one_line_error(tmp_path, capsys):
    assert main(["build", "gazetteer", "--shared", str(tmp_path), "--out", str(tmp_path / "g.gz")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("isnad: ") and "gazetteer source not found" in err and "Traceback" not in err


def test_eval_facts_on_the_test_sets(capsys):
    assert main(["eval", "facts", "--sets", "numbers", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["numbers"]["gold"] >= 100 and out["numbers"]["accuracy"] > 0.8


def test_eval_facts_needs_the_page_beside_the_gold(tmp_path, capsys):
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"articles": []}), encoding="utf-8")
    assert main(["eval", "facts", str(gold)]) == 1
    assert "no page beside it" in capsys.readouterr().err


@pytest.mark.shared
def test_eval_facts_on_the_reference_page(shared_dir, capsys):
    gold = shared_dir / "examples" / "aawsat-convoy-page.gold.json"
    assert main(["eval", "facts", str(gold), "--disable", "ner", "--json"]) == 0
    total = json.loads(capsys.readouterr().out)["gold"]["total"]
    assert total["places_resolved"] == 1.0 and total["numbers_ok"] == 1.0
