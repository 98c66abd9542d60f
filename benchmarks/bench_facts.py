"""Facts benchmark: gazetteer load time and the throughput of the three readers (places, numbers, dates).

    python benchmarks/bench_facts.py                  # the reference page + dev pages + 450 unlabeled articles
    python benchmarks/bench_facts.py --shared ../shared --repeat 3 --json

The corpus is the articles ingested from ../shared/examples and ../shared/dev (raw pages) plus 150 articles from
each unlabeled news file (fixed seed). The text layer (tokens) is computed first and not timed: each reader is
timed on its own over every article (best of ``--repeat`` passes; the first pass is warm-up for the lexicon
caches, which are loaded once per process). Load times are measured once, cold, in this process.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def corpus(shared: Path) -> list:
    from isnad.ingest import InputError, read_paths
    from isnad.model import Article

    paths = [str(shared / "examples" / "aawsat-convoy-page.txt")]
    paths += [str(p) for p in sorted((shared / "dev").glob("*/raw.*"))]
    arts = []
    for item in read_paths(paths):
        if not isinstance(item, InputError):
            arts.extend(item.articles)
    rng = random.Random(1)
    for f in sorted((shared / "data" / "unlabeled").glob("*.txt.gz")):
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            lines = [ln.strip() for ln in fh if ln.strip()]
        for i, ln in enumerate(rng.sample(lines, min(150, len(lines)))):
            arts.append(Article(id=f"{f.name}-{i}", paragraphs=[ln], published="2018-04-02"))
    return arts


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)

    t = time.perf_counter()
    from isnad.facts.geo.gazetteer import gazetteer
    gaz = gazetteer()
    load_gaz = time.perf_counter() - t
    t = time.perf_counter()
    from isnad.facts.geo.resolver import resolver
    res = resolver()
    load_resolver = time.perf_counter() - t

    from isnad.facts.numbers import find_numbers
    from isnad.facts.time import read_times
    from isnad.text import annotate

    arts = corpus(Path(a.shared))
    for art in arts:
        annotate(art)
    chars = sum(len(art.text) for art in arts)

    def places():
        for art in arts:
            res.find(art.text, art.tokens, art.entities)

    def times():
        for art in arts:
            read_times(art.text, art.tokens, art.published)

    blocked = {art.id: read_times(art.text, art.tokens, art.published)[1] for art in arts}

    def numbers():
        for art in arts:
            find_numbers(art.text, art.tokens, exclude=blocked[art.id])

    out = {"articles": len(arts), "chars": chars, "gazetteer_rows": len(gaz.places), "name_keys": len(gaz.index),
           "load_gazetteer_s": round(load_gaz, 3), "load_resolver_s": round(load_resolver, 3), "stages": {}}
    for name, fn in (("places", places), ("numbers", numbers), ("times", times)):
        fn()  # warm-up: lexicons and caches
        best = min(_timed(fn) for _ in range(a.repeat))
        out["stages"][name] = {"seconds": round(best, 3), "chars_per_s": int(chars / best),
                               "articles_per_s": round(len(arts) / best, 1)}
    total = sum(s["seconds"] for s in out["stages"].values())
    out["all_three"] = {"seconds": round(total, 3), "chars_per_s": int(chars / total),
                        "articles_per_s": round(len(arts) / total, 1)}
    if a.json:
        print(json.dumps(out, indent=2))
    else:
        print(f"{len(arts)} articles, {chars} characters; gazetteer {len(gaz.places)} rows / {len(gaz.index)} keys "
              f"loaded in {load_gaz:.2f} s (resolver ready in {load_resolver:.2f} s more)")
        for name, s in list(out["stages"].items()) + [("all three", out["all_three"])]:
            print(f"{name:10s} {s['seconds']:7.3f} s  {s['chars_per_s']:>10,d} chars/s  "
                  f"{s['articles_per_s']:8.1f} articles/s")
    return 0


def _timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


if __name__ == "__main__":
    sys.exit(main())
