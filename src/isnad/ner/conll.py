"""Reading and writing CoNLL-style NER files (``WORD<space>TAG`` per line, blank line between sentences)."""
from __future__ import annotations

import os
from pathlib import Path

LABELS = ("PERS", "LOC", "ORG", "MISC")


class ConllError(ValueError):
    """A file that is not in the expected ``WORD TAG`` format."""


def read_conll(path: str | os.PathLike, *, normalize_tags=None) -> list[tuple[list[str], list[str]]]:
    """Sentences of ``path`` as ``(tokens, tags)``. The tag is the text after the last space of a line.

    ``normalize_tags`` (a function tag -> tag) is applied to every tag, e.g. :func:`aqmar_tag`.
    Raises :class:`ConllError` on a line without a tag, :class:`FileNotFoundError` when missing.
    """
    path = Path(path)
    sents: list[tuple[list[str], list[str]]] = []
    toks: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8-sig") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\r\n")
            if not line.strip():
                if toks:
                    sents.append((toks, tags))
                    toks, tags = [], []
                continue
            word, sep, tag = line.rstrip().rpartition(" ")
            if not sep:
                word, sep, tag = line.rstrip().rpartition("\t")
            if not sep or not word.strip():
                raise ConllError(f"{path}:{lineno}: expected 'WORD TAG', got {line[:60]!r}")
            tag = tag.strip()
            if normalize_tags is not None:
                tag = normalize_tags(tag)
            toks.append(word.strip())
            tags.append(tag)
    if toks:
        sents.append((toks, tags))
    return sents


def write_conll(path: str | os.PathLike, sents) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for toks, tags in sents:
            for w, t in zip(toks, tags):
                fh.write(f"{w} {t}\n")
            fh.write("\n")


def aqmar_tag(tag: str) -> str:
    """AQMAR raw tag -> ANERcorp tag set (as its README / Stanza's converter): MIS* -> MISC, PER -> PERS."""
    tag = tag.strip().replace("`", "")
    if tag == "I--ORG":
        tag = "I-ORG"
    if not (tag.startswith("B-") or tag.startswith("I-")):
        return "O"
    prefix, typ = tag[:2], tag[2:]
    if typ.startswith("MIS"):
        return prefix + "MISC"
    if typ == "PER":
        return prefix + "PERS"
    if typ in ("LOC", "ORG", "PERS"):
        return prefix + typ
    return "O"


def anercorp_split(sents, dev_from: int = 3590):
    """Train/dev split of ``train.reconstructed.txt`` proposed by its README (dev = sentence index >= 3590)."""
    return sents[:dev_from], sents[dev_from:]


def aqmar_split(articles_dir: str | os.PathLike) -> dict[str, list[tuple[list[str], list[str]]]]:
    """The document-level AQMAR split of its README: sorted names, i % 5 == 4 test, == 3 dev, else train."""
    d = Path(articles_dir)
    files = sorted((p for p in d.iterdir() if p.suffix == ".txt"), key=lambda p: p.name.encode("utf-8"))
    parts: dict[str, list] = {"train": [], "dev": [], "test": []}
    for i, p in enumerate(files):
        part = "test" if i % 5 == 4 else "dev" if i % 5 == 3 else "train"
        parts[part].extend(read_conll(p, normalize_tags=aqmar_tag))
    return parts


def repair_iob(tags: list[str]) -> list[str]:
    """Strict IOB2: an ``I-X`` that does not follow ``B-X``/``I-X`` becomes ``B-X``.

    The entity set under seqeval's default conventions is unchanged (it already starts a chunk there).
    """
    out, prev = [], "O"
    for t in tags:
        if t.startswith("I-") and prev[2:] != t[2:]:
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out
