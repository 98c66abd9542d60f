"""``isnad cache info`` and ``isnad cache clear``: the start-up cache's folder shown and emptied of isnad's own files
only; errors on one line with a non-zero status."""
from __future__ import annotations

import os

import pytest

from isnad import cache
from isnad.cli import errors
from isnad.cli.main import main


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.ENV, str(tmp_path / "c"))
    cache.cached("geo-gazetteer", [b"one"], lambda: list(range(1000)))
    cache.cached("vocabulary", [b"one"], lambda: {"w": 1})
    cache.cached("vocabulary", [b"two"], lambda: {"w": 2})
    (tmp_path / "c" / "notes.txt").write_text("not isnad's")
    (tmp_path / "c" / "sub").mkdir()
    return tmp_path / "c"


def test_info_shows_the_folder_and_each_structure(folder, capsys):
    assert main(["cache", "info"]) == errors.EXIT_OK
    out = capsys.readouterr().out.splitlines()
    size = sum(p.stat().st_size for p in folder.glob("*-*"))
    assert out[0] == f"folder: {folder}"
    assert out[1] == f"files: 3, {size / 1e3:.1f} kB"
    assert [line.split()[:3] for line in out[2:]] == [["geo-gazetteer", "1", "file"], ["vocabulary", "2", "files"]]


def test_clear_removes_the_cache_s_files_only(folder, capsys):
    size = sum(p.stat().st_size for p in folder.glob("*-*"))
    assert main(["cache", "clear"]) == errors.EXIT_OK
    assert capsys.readouterr().out == f"removed 3 files ({size / 1e3:.1f} kB) from {folder}\n"
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt", "sub"]
    assert main(["cache", "info"]) == errors.EXIT_OK
    assert "files: 0, 0 B" in capsys.readouterr().out


def test_a_cache_turned_off_or_not_created_is_no_error(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(cache.ENV, "off")
    assert main(["cache", "info"]) == errors.EXIT_OK and "off" in capsys.readouterr().out
    assert main(["cache", "clear"]) == errors.EXIT_OK and "nothing to clear" in capsys.readouterr().out
    monkeypatch.setenv(cache.ENV, str(tmp_path / "new"))
    assert main(["cache", "clear"]) == errors.EXIT_OK and "removed 0 files" in capsys.readouterr().out
    assert not (tmp_path / "new").exists()


def _error_line(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("isnad: ") and "Traceback" not in err, err
    return err


@pytest.mark.parametrize("what", ["info", "clear"])
def test_a_folder_that_is_a_file_exits_1_on_one_line(what, tmp_path, monkeypatch, capsys):
    (tmp_path / "file").write_text("x")
    monkeypatch.setenv(cache.ENV, str(tmp_path / "file"))
    assert main(["cache", what]) == errors.EXIT_INPUT
    assert "cannot be read" in _error_line(capsys)


def test_files_that_cannot_be_removed_exit_1_on_one_line(folder, monkeypatch, capsys):
    def refuse(path, *a, **k):
        raise PermissionError(13, "Permission denied", path)

    monkeypatch.setattr(os, "unlink", refuse)
    assert main(["cache", "clear"]) == errors.EXIT_INPUT
    line = _error_line(capsys)
    assert "3 file(s) could not be removed" in line and "Permission denied" in line
    assert len(list(folder.glob("*-*"))) == 3


def test_cache_without_what_is_a_usage_error(capsys):
    assert main(["cache"]) == errors.EXIT_USAGE
    assert "isnad cache --help" in _error_line(capsys)
