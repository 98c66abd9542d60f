"""The same pipeline on a Dask cluster (a LocalCluster of 2 worker processes), on a process pool of 2 workers and
in one process gives the same output on the reference page and the dev pages, written as partitioned JSON Lines
that the store loads (``isnad ingest --from-results``)."""
from __future__ import annotations

import json

import pytest

from isnad.cli.main import main


def pages(shared_dir):
    out = [shared_dir / "examples" / "aawsat-convoy-page.txt"]
    out += [sorted(d.glob("raw.*"))[0] for d in sorted((shared_dir / "dev").iterdir()) if list(d.glob("raw.*"))]
    return [str(p) for p in out]


def results(folder):
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    lines = [ln for name in manifest["parts"] for ln in (folder / name).read_text(encoding="utf-8").splitlines()]
    return manifest, lines


@pytest.mark.shared
def test_dask_pool_and_one_process_give_identical_output_on_the_dev_set(shared_dir, tmp_path, capsys):
    pytest.importorskip("distributed")
    inputs = pages(shared_dir)
    common = ["analyze", *inputs, "--batch-size", "4", "--partition-size", "8"]
    assert main([*common, "--workers", "2", "--output-dir", str(tmp_path / "pool")]) == 0
    assert main([*common, "--engine", "dask", "--workers", "2", "--output-dir", str(tmp_path / "dask")]) == 0
    assert main([*common, "--workers", "1", "--output-dir", str(tmp_path / "one")]) == 0
    pool, dask, one = (results(tmp_path / n) for n in ("pool", "dask", "one"))
    assert len(pool[1]) == len(inputs) >= 21 and pool[0]["parts"] == ["part-00000.jsonl", "part-00001.jsonl",
                                                                       "part-00002.jsonl"]
    assert [json.loads(x)["source"] for x in pool[1]] == inputs
    assert pool[1] == dask[1] == one[1]
    assert sum(len(json.loads(x)["articles"][0]["claims"]) for x in pool[1]) > 100
    assert {k: v for k, v in pool[0].items() if k != "engine"} == {k: v for k, v in dask[0].items() if k != "engine"}

    db = str(tmp_path / "store.sqlite")
    capsys.readouterr()
    assert main(["ingest", "--from-results", str(tmp_path / "dask"), "--db", db]) == 0
    articles = sum(len(json.loads(x)["articles"]) for x in dask[1])
    assert f"{articles} new, 0 re-analysed, 0 unchanged articles; 0 failed inputs" in capsys.readouterr().err
    assert main(["ingest", "--from-results", str(tmp_path / "pool"), "--db", db]) == 0
    assert f"0 new, 0 re-analysed, {articles} unchanged articles" in capsys.readouterr().err
