"""The exit statuses of every command (README, "Exit statuses"): 0 success, 1 input rejected, 2 usage error,
3 internal error; every error on one line of standard error starting with ``isnad: ``."""
from __future__ import annotations

import json

import pytest

from isnad.cli import errors
from isnad.cli.main import main


def _lines(capsys) -> list[str]:
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert lines and all(line.startswith("isnad: ") for line in lines) and "Traceback" not in err, err
    return lines


def _one_line(capsys) -> str:
    lines = _lines(capsys)
    assert len(lines) == 1, lines
    return lines[0]


@pytest.mark.parametrize("argv", [
    ["no-such-command"],
    ["analyze", "--format", "xml", "x.txt"],
    ["analyze", "--published", "2024-02-30", "x.txt"],
    ["analyze", "--disable", "no-such-stage", "x.txt"],
    ["analyze"],
    ["compare", "--published", "yesterday", "x.txt"],
    ["compare"],
    ["eval", "no-such-evaluation"],
    ["schema", "--no-such-option"],
], ids=lambda argv: "-".join(argv)[:40])
def test_usage_errors_exit_2_on_one_line(argv, capsys):
    assert main(argv) == errors.EXIT_USAGE
    _one_line(capsys)


def test_no_command_prints_the_help_and_exits_2(capsys):
    assert main([]) == errors.EXIT_USAGE
    out, err = capsys.readouterr()
    assert out == "" and "usage: isnad" in err


def test_version_and_schema_exit_0(capsys):
    assert main(["--version"]) == errors.EXIT_OK
    assert capsys.readouterr().out.startswith("isnad ")
    assert main(["schema", "--compact"]) == errors.EXIT_OK
    assert json.loads(capsys.readouterr().out)["$schema"].endswith("2020-12/schema")


@pytest.mark.parametrize("argv", [["analyze"], ["compare"]])
def test_a_missing_input_exits_1_on_one_line(argv, tmp_path, capsys):
    assert main([*argv, str(tmp_path / "missing.txt"), "--disable", "ner"]) == errors.EXIT_INPUT
    lines = _lines(capsys)  # compare adds "no document could be read" on its own line
    assert "missing.txt" in lines[0] and len(lines) <= 2


def test_an_internal_error_exits_3_on_one_line(monkeypatch, capsys):
    from isnad.cli import schema

    def broken(args):
        raise RuntimeError("a bug\nover two lines")

    monkeypatch.setattr(schema, "run", broken)
    monkeypatch.delenv(errors.DEBUG_ENV, raising=False)
    assert main(["schema"]) == errors.EXIT_INTERNAL
    assert _one_line(capsys) == "isnad: internal error: RuntimeError: a bug over two lines"


def test_the_debug_switch_prints_the_traceback(monkeypatch, capsys):
    from isnad.cli import schema

    monkeypatch.setattr(schema, "run", lambda args: 1 / 0)
    monkeypatch.setenv(errors.DEBUG_ENV, "1")
    assert main(["schema"]) == errors.EXIT_INTERNAL
    err = capsys.readouterr().err
    assert "Traceback" in err and err.strip().splitlines()[-1] == "isnad: internal error: ZeroDivisionError: division by zero"


def test_run_status_puts_internal_errors_first():
    assert errors.run_status(0, 0) == 0
    assert errors.run_status(2, 0) == 1
    assert errors.run_status(2, 1) == 3


def test_each_command_module_is_named_by_its_words():
    import importlib

    from isnad.cli.main import COMMAND_MODULES

    for name in COMMAND_MODULES:
        assert importlib.import_module(f"isnad.cli.{name}").COMMAND == tuple(name.split("_")), name


def test_a_named_command_is_parsed_as_with_every_command_loaded():
    from isnad.cli.main import build_parser

    for argv in (["analyze", "x.txt", "--workers", "1", "--format", "text"], ["eval", "claims", "g.json"],
                 ["schema"]):
        alone, full = vars(build_parser(argv).parse_args(argv)), vars(build_parser().parse_args(argv))
        assert alone == full, argv
    listing = build_parser().format_help()
    assert all(word in listing for word in ("analyze", "train", "eval", "schema"))
