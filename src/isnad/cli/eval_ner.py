"""``isnad eval ner FILE.conll``: entity-level P/R/F1 per type and micro (seqeval conventions)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from .errors import EXIT_INPUT

COMMAND = ("eval", "ner")
HELP = "score the NER model on CoNLL files (WORD TAG lines, IOB2): entity-level P/R/F1 per type and micro"


def add_arguments(parser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE",
                        help="CoNLL file(s); a folder is read as the AQMAR articles folder (see --part)")
    parser.add_argument("--model", default=None, help="model.npz to score (default: the shipped model)")
    parser.add_argument("--part", choices=("train", "dev", "test", "all"), default="test",
                        help="for an AQMAR folder: which part of its document-level split (default: test)")
    parser.add_argument("--no-consistency", action="store_true",
                        help="tag each sentence alone (skip the step that tags recurrences of nearby names)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--output", default=None, metavar="PATH",
                        help="also write the predictions as CoNLL (WORD GOLD PRED) to PATH")


def run(args) -> int:
    from isnad.ner import NerModel
    from isnad.ner.conll import ConllError
    from isnad.ner.evaluate import evaluate_file
    from isnad.ner.scorer import format_report

    for f in args.files:
        if not Path(f).exists():
            print(f"isnad: {f}: no such file", file=sys.stderr)
            return EXIT_INPUT
    try:
        model = NerModel(args.model)
    except FileNotFoundError as e:
        print(f"isnad: {e}", file=sys.stderr)
        return EXIT_INPUT
    except (ValueError, KeyError, OSError) as e:
        print(f"isnad: {args.model}: not an isnad NER model file ({e.__class__.__name__})", file=sys.stderr)
        return EXIT_INPUT
    results = {}
    for f in args.files:
        try:
            scores = evaluate_file(model, f, part=args.part, output=args.output,
                                   consistent=not args.no_consistency)
        except ConllError as e:
            print(f"isnad: {e}", file=sys.stderr)
            return EXIT_INPUT
        except UnicodeDecodeError:
            print(f"isnad: {f}: not UTF-8 text", file=sys.stderr)
            return EXIT_INPUT
        results[f] = scores
        if not args.json:
            print(format_report(scores, title=f + (f" ({args.part} part)" if Path(f).is_dir() else "")))
    if args.json:
        print(json.dumps(results, indent=1))
    return 0
