"""The refactoring safety net: per-article hashes of the pipeline's JSON output on the reference page, every dev
page and 500 articles of the unlabeled news in ``../shared``.

``python tests/pipeline/snapshot.py write`` stores them in ``tests/pipeline/data/snapshot.json``;
``python tests/pipeline/snapshot.py diff [--dump DIR]`` lists what changed (and, with ``--dump``, writes the
current outputs so that a difference can be read). The test ``test_snapshot.py`` compares the output with the
stored hashes. A change that alters the output on purpose rewrites the snapshot in the same commit and says why.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SNAPSHOT = HERE / "data" / "snapshot.json"
REPO = HERE.parent.parent
# Which unlabeled articles: every STRIDE-th line of each shard, up to the count given (500 in all).
UNLABELED = (("ant-multisource-01.txt.gz", 250, 97), ("ant-jawharafm-01.txt.gz", 125, 61),
             ("saudinewsnet-01.txt.gz", 125, 199))
PUBLISHED = "2018-06-01"  # one fixed publication date for the unlabeled lines (their own dates are not kept)


def shared_dir() -> Path:
    import os

    env = os.environ.get("ISNAD_SHARED")
    return Path(env) if env else REPO.parent / "shared"


def inputs(shared: Path) -> list[tuple[str, Path | str]]:
    """(key, page path or article text) of every input of the snapshot, in a fixed order."""
    out: list[tuple[str, Path | str]] = [("ref", shared / "examples" / "aawsat-convoy-page.txt")]
    for d in sorted((shared / "dev").iterdir()):
        raws = sorted(d.glob("raw.*"))
        if raws:
            out.append((d.name, raws[0]))
    for name, count, stride in UNLABELED:
        with gzip.open(shared / "data" / "unlabeled" / name, "rt", encoding="utf-8") as f:
            for i, line in enumerate(f):
                if i % stride == 0:
                    out.append((f"{name.split('.')[0]}:{i}", line.rstrip("\n")))
                    if sum(1 for k, _ in out if k.startswith(name.split(".")[0])) >= count:
                        break
    return out


def outputs(shared: Path):
    """Yield (key, JSON of one analysed document) for every input."""
    from isnad.ingest import parse_page, read_paths
    from isnad.pipeline import Context, Pipeline

    pages = Pipeline(context=Context())
    lines = Pipeline(context=Context(published=PUBLISHED))
    for key, src in inputs(shared):
        if isinstance(src, Path):
            for doc in read_paths([str(src)]):
                yield key, pages(doc).to_json()
        else:
            doc = parse_page(src, source=key)
            yield key, lines(doc).to_json()


def digest(obj) -> str:
    return hashlib.sha1(json.dumps(obj, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()[:16]


def hashes(doc: dict) -> dict[str, str]:
    """One hash per article and one for the page-level parts (related items, contradictions, outlet)."""
    out = {f"a{i}": digest(a) for i, a in enumerate(doc.get("articles", []))}
    out["page"] = digest({k: v for k, v in doc.items() if k not in ("articles", "source")})  # not the path
    return out


def compute(shared: Path, dump: Path | None = None) -> dict[str, dict[str, str]]:
    result = {}
    for key, doc in outputs(shared):
        result[key] = hashes(doc)
        if dump:
            dump.mkdir(parents=True, exist_ok=True)
            (dump / (key.replace(":", "_") + ".json")).write_text(
                json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    return result


def differences(old: dict, new: dict) -> list[str]:
    out = []
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key, {}), new.get(key, {})
        for part in sorted(set(a) | set(b)):
            if a.get(part) != b.get(part):
                out.append(f"{key} {part}")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("action", choices=("write", "diff"))
    ap.add_argument("--dump", type=Path, help="write each output as JSON into this folder")
    args = ap.parse_args(argv)
    new = compute(shared_dir(), args.dump)
    if args.action == "write":
        SNAPSHOT.parent.mkdir(parents=True, exist_ok=True)
        SNAPSHOT.write_text(json.dumps(new, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"{len(new)} documents written to {SNAPSHOT}")
        return 0
    diff = differences(json.loads(SNAPSHOT.read_text(encoding="utf-8")), new)
    print("\n".join(diff) if diff else "no differences")
    print(f"{len(diff)} differing parts", file=sys.stderr)
    return 1 if diff else 0


if __name__ == "__main__":
    sys.exit(main())
