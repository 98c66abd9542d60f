"""The runner's options on the commands: ``isnad ingest --workers/--timeout`` and their checks."""
from __future__ import annotations

import pytest

from isnad.cli.main import main

TEXT = ("قال المتحدث باسم الوزارة إن الاجتماع رقم {} عقد في ظروف صعبة، وأضاف أن الطرفين اتفقا على مواصلة الحوار "
        "خلال الأسبوع المقبل.")
FAST = ["--disable", "ner,claims,facts,compare"]


def pages(folder, n):
    for i in range(n):
        (folder / f"page-{i}.txt").write_text(f"عنوان الخبر رقم {i}\n\n{TEXT.format(i)}\n", encoding="utf-8")
    return str(folder)


@pytest.mark.parametrize("workers", ["1", "2"])
def test_ingest_stores_every_document_with_workers(tmp_path, capsys, workers):
    folder = tmp_path / "in"
    folder.mkdir()
    db = str(tmp_path / "store.sqlite")
    args = ["ingest", pages(folder, 5), "--db", db, *FAST, "--workers", workers, "--batch-size", "1"]
    assert main(args) == 0
    assert "5 new, 0 re-analysed, 0 unchanged articles; 0 failed inputs" in capsys.readouterr().err
    assert main(args) == 0
    assert "0 new, 0 re-analysed, 5 unchanged articles" in capsys.readouterr().err


def exit_code(args) -> int:
    try:
        return main(args)
    except SystemExit as e:  # argparse's own checks
        return e.code


@pytest.mark.parametrize("command", ["analyze", "ingest"])
def test_run_options_are_checked_in_one_line(tmp_path, capsys, command):
    p = tmp_path / "a.txt"
    p.write_text(TEXT.format(1), encoding="utf-8")
    extra = ["--db", str(tmp_path / "s.sqlite")] if command == "ingest" else []
    for bad in (["--timeout", "-1"], ["--workers", "0"], ["--batch-size", "x"]):
        assert exit_code([command, str(p), *extra, *bad]) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert err and "Traceback" not in "".join(err) and bad[0] in err[-1], err
