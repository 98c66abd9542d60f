"""Entry point of the ``isnad`` command.

Every command lives in its own module of this package and exposes ``COMMAND`` (a tuple of words, such as
``("analyze",)`` or ``("eval", "claims")``), ``HELP`` (one line), ``add_arguments(parser)`` and ``run(args) -> int``.
Commands are listed in :data:`COMMAND_MODULES`; a command whose optional dependencies are missing is left out
with a note instead of breaking the others.

Exit statuses (:mod:`isnad.cli.errors`): 0 success, 1 input rejected, 2 usage error, 3 internal error, 130
interrupted. Every error is one line on standard error, argparse's own included.
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys
import traceback

from .errors import DEBUG_ENV, EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, UserError

MAX_DETAIL_CHARS = 300  # of an internal error's message, on its one line
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
    "eval_recall",
    "compare",
    "eval_compare",
    "schema",
    "cache_info",
    "cache_clear",
)


def _load_commands(argv: list[str] | None = None):
    """The command modules (a module's name is its command's words joined by ``_``): only the one ``argv`` runs
    when it names one, else all of them (for the help and the list of choices)."""
    names = [n for n in COMMAND_MODULES if argv and tuple(argv[:n.count("_") + 1]) == tuple(n.split("_"))]
    mods = []
    for name in names or COMMAND_MODULES:
        try:
            mods.append(importlib.import_module(f"isnad.cli.{name}"))
        except ModuleNotFoundError as e:
            if e.name and e.name.startswith("isnad.cli."):
                continue  # command not written yet
            raise
    return mods


class Parser(argparse.ArgumentParser):
    """argparse with its usage errors on one line, as every other error (``isnad: analyze: argument --format: …
    (see isnad analyze --help)``), and status 2; every sub-command's parser is of this class too."""

    def error(self, message: str):
        where = self.prog.split(" ", 1)[1] + ": " if " " in self.prog else ""
        self.exit(EXIT_USAGE, f"isnad: {where}{' '.join(message.split())} (see {self.prog} --help)\n")


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """Every command, with its help; with ``argv`` that names a command, that command alone, with its arguments
    (the other commands' modules are not imported, and their arguments' defaults can be costly to read: ``train
    ner``'s come from the training code, which imports numpy and the trainer)."""
    from isnad import __version__

    parser = Parser(prog="isnad", description="Source-attributed claims from Arabic news.")
    parser.add_argument("--version", action="version", version=f"isnad {__version__}")
    top = parser.add_subparsers(dest="command", metavar="COMMAND")
    groups: dict[str, argparse._SubParsersAction] = {}
    for mod in _load_commands(argv):
        words = mod.COMMAND
        if len(words) == 1:
            p = top.add_parser(words[0], help=mod.HELP, description=mod.HELP)
        else:
            if words[0] not in groups:
                g = top.add_parser(words[0], help=f"{words[0]} commands")
                groups[words[0]] = g.add_subparsers(dest="subcommand", metavar="WHAT", required=True)
            p = groups[words[0]].add_parser(words[1], help=mod.HELP, description=mod.HELP)
        if argv is None or tuple(argv[:len(words)]) == words:
            mod.add_arguments(p)
        p.set_defaults(_run=mod.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    import logging

    logging.basicConfig(format="isnad: %(message)s", level=logging.WARNING)
    if argv is None:
        argv = sys.argv[1:]
    parser = build_parser(argv)
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # usage error (2), or --help/--version (0): a status, never an exception
        return e.code if isinstance(e.code, int) else EXIT_USAGE
    if not getattr(args, "_run", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return int(args._run(args) or EXIT_OK)
    except UserError as e:
        print(f"isnad: {e}", file=sys.stderr)
        return e.status
    except KeyboardInterrupt:
        print("isnad: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK
    except Exception as e:  # noqa: BLE001 - a bug: one line (the traceback with ISNAD_DEBUG=1), never a traceback
        if os.environ.get(DEBUG_ENV):
            traceback.print_exc(file=sys.stderr)
        detail = " ".join(str(e).split())[:MAX_DETAIL_CHARS]
        print(f"isnad: internal error: {type(e).__name__}" + (f": {detail}" if detail else ""), file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
