"""Annotation sets that point into the unlabeled news of ``../shared`` by offsets instead of copying its text.

The unlabeled corpora may be used for research but their text is not to be republished, so every annotation made
on them (gold pages, stance labels, contradiction pairs; see ``annotations/README.md``) stores each span as
``{"@": [start, end]}``: character offsets into one article of a shard, named by ``{"shard", "line", "sha1"}``
(the line number in the gzip file, counted from 0, and the SHA-1 of the line's text, which catches a changed
corpus). :func:`unpack` turns such a record back into text with the shard at hand; :func:`pack` does the reverse
for an annotator who wrote the spans out as text.

    python -m isnad.annotations pack GOLD.json --shard ant-multisource-01.txt.gz --line 123 > PACKED.json
    python -m isnad.annotations unpack PACKED.json [--shared ../shared] > GOLD.json
    python -m isnad.annotations show ant-multisource-01.txt.gz 123
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import shutil
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

# Keys whose string values (or lists of strings) are spans of the article's text in the shared gold format
# (``../shared/eval/SCHEMA.md``) and in isnad's own annotation sets.
SPAN_KEYS = frozenset({
    "title", "subtitle", "byline", "dateline", "body_first", "body_last", "speaker", "cue", "content",
    "recipient", "via", "places", "numbers", "text", "context",
})
REF = "@"


class AnnotationError(ValueError):
    pass


def default_shared() -> Path:
    import os

    env = os.environ.get("ISNAD_SHARED")
    return Path(env) if env else Path.cwd().parent / "shared"


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@lru_cache(maxsize=8)
def _shard_lines(path: str) -> tuple[str, ...]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return tuple(line.rstrip("\n") for line in f)


def shard_line(shared: Path, shard: str, line: int, digest: str | None = None) -> str:
    """The text of article ``line`` (from 0) of ``shared/data/unlabeled/shard``, checked against its SHA-1."""
    path = Path(shared) / "data" / "unlabeled" / shard
    if not path.is_file():
        raise AnnotationError(f"{path}: no such shard (is --shared right?)")
    lines = _shard_lines(str(path))
    if not 0 <= line < len(lines):
        raise AnnotationError(f"{shard}: no line {line} (it has {len(lines)})")
    text = lines[line]
    if digest and sha1(text) != digest:
        raise AnnotationError(f"{shard}:{line}: the text has changed since it was annotated (SHA-1 differs)")
    return text


def source_text(record: dict, shared: Path) -> str:
    """The article a record refers to (``record["source"]`` = ``{"shard", "line", "sha1"}``)."""
    src = record.get("source") or record
    return shard_line(shared, src["shard"], int(src["line"]), src.get("sha1"))


def unpack(obj: Any, text: str) -> Any:
    """A copy of ``obj`` with every ``{"@": [start, end]}`` replaced by ``text[start:end]``."""
    if isinstance(obj, dict):
        if set(obj) == {REF}:
            a, b = obj[REF]
            if not (0 <= a <= b <= len(text)):
                raise AnnotationError(f"span {a}:{b} outside a text of {len(text)} characters")
            return text[a:b]
        return {k: unpack(v, text) for k, v in obj.items()}
    if isinstance(obj, list):
        return [unpack(v, text) for v in obj]
    return obj


def _ref(value: str, text: str, hint: int = 0) -> dict:
    k = text.find(value, hint)
    if k < 0:
        k = text.find(value)
    if k < 0:
        raise AnnotationError(f"not a span of the text: {value[:60]!r}")
    return {REF: [k, k + len(value)]}


def pack(obj: Any, text: str, keys: Iterable[str] = SPAN_KEYS) -> Any:
    """A copy of ``obj`` where the string values of ``keys`` (at any depth) become offsets into ``text``.

    Empty strings and None stay as they are; a value that is not a substring of ``text`` is an error.
    """
    keys = frozenset(keys)

    def walk(o: Any, span: bool) -> Any:
        if isinstance(o, dict):
            return {k: walk(v, k in keys) for k, v in o.items()}
        if isinstance(o, list):
            return [walk(v, span) for v in o]
        if span and isinstance(o, str) and o:
            return _ref(o, text)
        return o

    return walk(obj, False)


def split_of(key: str, heldout_tenths: int) -> str:
    """The fixed split of an annotated item (``annotations/README.md``): held out when the key's hash says so."""
    h = int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16)
    return "heldout" if h % 10 < heldout_tenths else "dev"


def with_breaks(text: str, breaks: list[int]) -> str:
    """The shard line laid out as a page: each space at an offset of ``breaks`` (the ends of headline and
    standfirst, as the dev pages do it) becomes a blank line."""
    chars = list(text)
    for k in breaks:
        if not (0 <= k < len(chars) and chars[k] == " "):
            raise AnnotationError(f"break at {k} is not a space of the line")
        chars[k] = "\n\n"
    return "".join(chars)


def build_pages(annotations: Path, shared: Path, out: Path) -> list[tuple[str, str, str]]:
    """Write every annotated page under ``out``; returns (id, split, kind) rows."""
    rows = []
    out.mkdir(parents=True, exist_ok=True)
    for path in sorted((annotations / "pages" / "unlabeled").glob("*.json")):
        packed = json.loads(path.read_text(encoding="utf-8"))
        try:
            text = source_text(packed, shared)
            gold = unpack(packed, text)
        except AnnotationError as e:
            raise AnnotationError(f"{path}: {e}") from None
        d = out / path.stem
        d.mkdir(exist_ok=True)
        (d / "raw.txt").write_text(with_breaks(text, packed.get("breaks", [])) + "\n", encoding="utf-8")
        (d / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        rows.append((path.stem, gold.get("split", "dev"), "unlabeled"))
    for src in sorted(p for p in (annotations / "pages" / "written").glob("*") if (p / "gold.json").is_file()):
        d = out / src.name
        if d.exists():
            shutil.rmtree(d)
        shutil.copytree(src, d)
        gold = json.loads((src / "gold.json").read_text(encoding="utf-8"))
        rows.append((src.name, gold.get("split", "dev"), "written"))
    (out / "INDEX.tsv").write_text("".join(f"{a}\t{b}\t{c}\n" for a, b, c in rows), encoding="utf-8")
    return rows


def build_crossdoc(annotations: Path, shared: Path, out: Path) -> list[tuple[str, str, bool]]:
    """Write every pair of the cross-document set as ``out/<id>/a.txt``, ``b.txt`` and ``gold.json`` (spans as
    text); returns (id, split, same event) rows, also written to ``out/INDEX.tsv``."""
    rows = []
    for line in (annotations / "crossdoc" / "pairs.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        d = out / rec["id"]
        d.mkdir(parents=True, exist_ok=True)
        texts = {}
        for side in ("a", "b"):
            doc = rec[side]
            if "file" in doc:
                raw = texts[side] = (annotations / "crossdoc" / doc["file"]).read_text(encoding="utf-8")
            else:
                texts[side] = source_text(doc, shared)
                raw = with_breaks(texts[side], doc.get("breaks", []))
            (d / f"{side}.txt").write_text(raw.rstrip("\n") + "\n", encoding="utf-8")
        gold = {k: v for k, v in rec.items() if k not in ("contradictions", "agreements")}
        for part in ("contradictions", "agreements"):
            gold[part] = [{**c, "a": unpack(c["a"], texts["a"]), "b": unpack(c["b"], texts["b"])}
                          for c in rec.get(part, [])]
        (d / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        rows.append((rec["id"], rec.get("split", "dev"), bool(rec.get("same_event"))))
    (out / "INDEX.tsv").write_text("".join(f"{a}\t{b}\t{c}\n" for a, b, c in rows), encoding="utf-8")
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m isnad.annotations", description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="action", required=True)
    p = sub.add_parser("pack", help="turn the text spans of a JSON file into offsets into one shard article")
    p.add_argument("file", type=Path)
    p.add_argument("--shard", required=True)
    p.add_argument("--line", type=int, required=True)
    p.add_argument("--shared", type=Path, default=None)
    u = sub.add_parser("unpack", help="turn offsets back into text (the record names its source)")
    u.add_argument("file", type=Path)
    u.add_argument("--shared", type=Path, default=None)
    s = sub.add_parser("show", help="print one article of a shard")
    s.add_argument("shard")
    s.add_argument("line", type=int)
    s.add_argument("--shared", type=Path, default=None)
    args = ap.parse_args(argv)
    shared = args.shared or default_shared()
    try:
        if args.action == "show":
            print(shard_line(shared, args.shard, args.line))
            return 0
        obj = json.loads(args.file.read_text(encoding="utf-8"))
        if args.action == "pack":
            text = shard_line(shared, args.shard, args.line)
            out = pack(obj, text)
            out["source"] = {"shard": args.shard, "line": args.line, "sha1": sha1(text)}
        else:
            out = unpack(obj, source_text(obj, shared))
    except (AnnotationError, OSError, ValueError) as e:
        print(f"annotations: {e}", file=sys.stderr)
        return 2
    print(json.dumps(out, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

