"""``isnad schema``: print the JSON Schema of the output of ``isnad analyze --format json`` (one document)."""
from __future__ import annotations

import json
import sys

COMMAND = ("schema",)
HELP = "print the JSON Schema (draft 2020-12) of one document of `isnad analyze --format json`"


def add_arguments(p) -> None:
    p.add_argument("--compact", action="store_true", help="one line instead of indented JSON")


def run(args) -> int:
    from isnad.schema import json_schema

    json.dump(json_schema(), sys.stdout, ensure_ascii=False, indent=None if args.compact else 2)
    sys.stdout.write("\n")
    return 0
