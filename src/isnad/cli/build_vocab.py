"""``isnad build vocab``: rebuild the clitic-splitting word-frequency lexicon from ../shared."""
from __future__ import annotations

from pathlib import Path

from .errors import UserError

COMMAND = ("build", "vocab")
HELP = "rebuild isnad/arabic/data/vocab.tsv.gz from the unlabeled news in ../shared/data/unlabeled"


def add_arguments(p):
    p.add_argument("--shared", default="../shared", help="path of the shared data folder (default: ../shared)")
    p.add_argument("--out", default=None, help="output file (default: the packaged lexicon)")
    p.add_argument("--min-count", type=int, default=5)


def run(args) -> int:
    from isnad.arabic.vocab_build import count_words, write_vocab

    src = Path(args.shared) / "data" / "unlabeled"
    paths = sorted(src.glob("*.txt.gz"))
    if not paths:
        raise UserError(f"{src}: no *.txt.gz files (is --shared right?)")
    out = Path(args.out) if args.out else Path(__file__).resolve().parent.parent / "arabic" / "data" / "vocab.tsv.gz"
    n = write_vocab(count_words(paths), out, args.min_count)
    print(f"wrote {n} words to {out}")
    return 0
