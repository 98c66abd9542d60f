"""The store's commands: isnad ingest, search, export (SQLite; the store itself is tested on both backends)."""
from __future__ import annotations

import csv
import json

import pytest

from isnad.cli.main import main
from services import DATA

EVENTS = str(DATA / "events.jsonl")


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("cli") / "news.sqlite")
    assert main(["ingest", EVENTS, "--db", path]) == 0
    return path


def one_line_error(capsys, *words: str) -> None:
    err = capsys.readouterr().err.strip()
    assert err.startswith("isnad: ") and "\n" not in err and "Traceback" not in err, err
    for w in words:
        assert w in err, err


def test_ingest_reports_what_it_stored_and_is_idempotent(db, capsys):
    capsys.readouterr()
    assert main(["ingest", EVENTS, "--db", db]) == 0
    err = capsys.readouterr().err
    assert "0 new, 0 re-analysed, 2 unchanged articles" in err


def test_ingest_defaults_to_isnad_db_then_the_data_folder(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("ISNAD_DB", raising=False)
    assert main(["ingest", EVENTS, "--disable", "ner"]) == 0
    assert (tmp_path / "data" / "isnad" / "isnad.sqlite").is_file()
    assert main(["search", "راوه"]) == 0
    assert "سكان من راوة" in capsys.readouterr().out
    monkeypatch.setenv("ISNAD_DB", str(tmp_path / "env.sqlite"))
    assert main(["search", "راوه"]) == 1
    one_line_error(capsys, "env.sqlite", "no database there yet")


def test_ingest_errors_are_one_line_with_their_status(db, tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    capsys.readouterr()
    assert main(["ingest", str(tmp_path / "empty.txt"), "--db", db]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[0].startswith("isnad: ") and "empty.txt" in err[0]
    assert "0 new" in err[-1]
    assert main(["ingest", EVENTS, "--db", "mysql://user@host/db"]) == 1
    one_line_error(capsys, "unsupported database")
    assert main(["ingest", EVENTS, "--db", db, "--published", "12/07/2024"]) == 2
    one_line_error(capsys, "--published")


def test_search_prints_articles_and_claims(db, capsys):
    capsys.readouterr()
    assert main(["search", "سكان", "راوه", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "سكان من راوة" in out and "الجيش: 12 قتيلا في غارة إدلب" in out
    assert main(["search", "راوة", "--db", db, "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["terms"] == ["راوه"] and found["claims"][0]["speaker"] == "سكان من راوة"
    assert main(["search", "غائبة", "--db", db]) == 0


def test_search_on_a_missing_database_says_so(tmp_path, capsys):
    assert main(["search", "x", "--db", str(tmp_path / "none.sqlite")]) == 1
    one_line_error(capsys, "no database there yet")
    assert not (tmp_path / "none.sqlite").exists()


def test_export_csv_to_a_file_with_bom(db, tmp_path, capsys):
    out = tmp_path / "claims.csv"
    assert main(["export", "--format", "csv", "--bom", "--db", db, "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 4 and {r["outlet"] for r in rows} == {"وكالة أ", "صحيفة ب"}
    assert "exported 4 claims" in capsys.readouterr().err


def test_export_geojson_and_jsonl_to_standard_output(db, capsys):
    capsys.readouterr()
    assert main(["export", "--format", "geojson", "--db", db, "--speaker", "الجيش"]) == 0
    collection = json.loads(capsys.readouterr().out)
    assert {c["speaker"] for f in collection["features"] for c in f["properties"]["claims"]} == {"الجيش"}
    assert main(["export", "--format", "jsonl", "--db", db, "--outlet", "صحيفة ب"]) == 0
    docs = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [d["outlet"] for d in docs] == ["صحيفة ب"]


def test_export_usage_errors(db, tmp_path, capsys):
    assert main(["export", "--format", "jsonl", "--bom", "--db", db]) == 2
    one_line_error(capsys, "--bom")
    assert main(["export", "--format", "csv", "--since", "yesterday", "--db", db]) == 2
    one_line_error(capsys, "--since")
    assert main(["export", "--format", "csv", "--db", db, "-o", str(tmp_path / "no" / "dir.csv")]) == 1
    one_line_error(capsys, "cannot write")
