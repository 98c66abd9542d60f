"""Scoring a model on a CoNLL file or on the AQMAR articles folder."""
from __future__ import annotations

import os
from pathlib import Path

from .conll import aqmar_split, read_conll
from .scorer import score


def load_gold(path: str | os.PathLike, part: str = "test"):
    path = Path(path)
    if path.is_dir():
        parts = aqmar_split(path)
        if part == "all":
            return parts["train"] + parts["dev"] + parts["test"]
        return parts[part]
    return read_conll(path)


def evaluate_file(model, path: str | os.PathLike, *, part: str = "test", output: str | None = None,
                  consistent: bool = True) -> dict:
    """Entity-level scores of ``model`` (a :class:`isnad.ner.NerModel`) on ``path`` (sentences in file order,
    with the label-consistency step unless ``consistent`` is false)."""
    sents = load_gold(path, part)
    pred = model.tag_sentences([t for t, _ in sents], consistent=consistent)
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            for (toks, gold), p in zip(sents, pred):
                for w, g, q in zip(toks, gold, p):
                    fh.write(f"{w} {g} {q}\n")
                fh.write("\n")
    return score([g for _, g in sents], pred)
