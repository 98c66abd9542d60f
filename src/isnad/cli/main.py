"""Entry point of the ``isnad`` command.

Every command lives in its own module of this package and exposes ``COMMAND`` (a tuple of words, such as
``("analyze",)`` or ``("eval", "claims")``), ``HELP`` (one line), ``add_arguments(parser)`` and ``run(args) -> int``.
Commands are listed in :data:`COMMAND_MODULES`; a command whose optional dependencies are missing is left out
with a note instead of breaking the others.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from .errors import UserError

COMMAND_MODULES = (
    "analyze",
    "build_vocab",
    "train_ner",
    "eval_ner",
    "eval_claims",
    "eval_facts",
    "build_gazetteer",
    "build_evalsets",
    "ingest",
    "search",
    "export",
    "serve",
    "train_stance",
    "eval_stance",
    "train_compare",
    "eval_pages",
    "compare",
    "eval_compare",
)


def _load_commands():
    mods = []
    for name in COMMAND_MODULES:
        try:
            mods.append(importlib.import_module(f"isnad.cli.{name}"))
        except ModuleNotFoundError as e:
            if e.name and e.name.startswith("isnad.cli."):
                continue  # command not written yet
            raise
    return mods


def build_parser() -> argparse.ArgumentParser:
    from isnad import __version__

    parser = argparse.ArgumentParser(prog="isnad", description="Source-attributed claims from Arabic news.")
    parser.add_argument("--version", action="version", version=f"isnad {__version__}")
    top = parser.add_subparsers(dest="command", metavar="COMMAND")
    groups: dict[str, argparse._SubParsersAction] = {}
    for mod in _load_commands():
        words = mod.COMMAND
        if len(words) == 1:
            p = top.add_parser(words[0], help=mod.HELP, description=mod.HELP)
        else:
            if words[0] not in groups:
                g = top.add_parser(words[0], help=f"{words[0]} commands")
                groups[words[0]] = g.add_subparsers(dest="subcommand", metavar="WHAT", required=True)
            p = groups[words[0]].add_parser(words[1], help=mod.HELP, description=mod.HELP)
        mod.add_arguments(p)
        p.set_defaults(_run=mod.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    import logging

    logging.basicConfig(format="isnad: %(message)s", level=logging.WARNING)
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "_run", None):
        parser.print_help()
        return 2
    try:
        return int(args._run(args) or 0)
    except UserError as e:
        print(f"isnad: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("isnad: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
