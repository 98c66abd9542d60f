"""Partitioned results: a folder of JSON Lines files that ``isnad ingest --from-results`` loads into the store.

``isnad analyze … --output-dir DIR`` (either engine) writes the analysed documents, in input order, as
``part-00000.jsonl``, ``part-00001.jsonl`` … (``partition_size`` documents each, one document's JSON a line,
as ``isnad analyze`` prints it), the one-line messages of the inputs that failed in ``errors.txt``, and
``manifest.json`` last (the isnad and pipeline versions, the disabled stages and the counts): a folder without a
manifest is an unfinished run.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import IO, Iterator

MANIFEST = "manifest.json"
ERRORS = "errors.txt"
PART = "part-{:05d}.jsonl"
DEFAULT_PARTITION = 1000


class ResultsError(ValueError):
    """A results folder that cannot be written or read: one line."""


class PartitionWriter:
    def __init__(self, out_dir: str | os.PathLike, partition_size: int = DEFAULT_PARTITION, meta: dict | None = None):
        self.dir = Path(out_dir)
        if self.dir.exists() and not self.dir.is_dir():
            raise ResultsError(f"{self.dir}: not a folder")
        if self.dir.is_dir() and any(self.dir.glob("part-*.jsonl")):
            raise ResultsError(f"{self.dir}: holds results already; choose an empty or new folder")
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            self.errors = (self.dir / ERRORS).open("w", encoding="utf-8")
        except OSError as e:
            raise ResultsError(f"{self.dir}: cannot write there ({(e.strerror or str(e)).lower()})") from None
        self.size = max(1, partition_size)
        self.meta = dict(meta or {})
        self.part: IO[str] | None = None
        self.parts: list[str] = []
        self.in_part = self.documents = self.failed = 0

    def write(self, line: str) -> None:
        if self.part is None or self.in_part >= self.size:
            self._next_part()
        self.part.write(line + "\n")
        self.in_part += 1
        self.documents += 1

    def error(self, message: str) -> None:
        self.errors.write(message + "\n")
        self.failed += 1

    def _next_part(self) -> None:
        if self.part is not None:
            self.part.close()
        name = PART.format(len(self.parts))
        self.part = (self.dir / name).open("w", encoding="utf-8")
        self.parts.append(name)
        self.in_part = 0

    def close(self) -> None:
        if self.part is not None:
            self.part.close()
        self.errors.close()
        manifest = dict(self.meta, documents=self.documents, failed=self.failed, parts=self.parts)
        tmp = self.dir / (MANIFEST + ".tmp")
        tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
        tmp.replace(self.dir / MANIFEST)


def read_manifest(folder: str | os.PathLike) -> dict:
    path = Path(folder) / MANIFEST
    if not Path(folder).is_dir():
        raise ResultsError(f"{folder}: no such folder")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ResultsError(f"{folder}: no {MANIFEST} (not a results folder, or its run did not finish)") from None
    except (OSError, ValueError) as e:
        raise ResultsError(f"{path}: unreadable ({e})") from None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("parts"), list):
        raise ResultsError(f"{path}: not an isnad results manifest")
    return manifest


def iter_results(folder: str | os.PathLike) -> Iterator[tuple[str, dict]]:
    """(where, document JSON) of every document of a results folder, in order."""
    manifest = read_manifest(folder)
    for name in manifest["parts"]:
        path = Path(folder) / name
        try:
            with path.open(encoding="utf-8") as fh:
                for n, line in enumerate(fh, 1):
                    if not line.strip():
                        continue
                    try:
                        doc = json.loads(line)
                    except ValueError as e:
                        raise ResultsError(f"{path}:{n}: not a document's JSON ({e})") from None
                    yield f"{path}:{n}", doc
        except OSError as e:
            raise ResultsError(f"{path}: cannot read ({(e.strerror or str(e)).lower()})") from None
