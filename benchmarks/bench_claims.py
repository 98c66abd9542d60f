"""Claims benchmark: lexicon load time and the throughput of the attribution engine.

    python benchmarks/bench_claims.py                  # the reference page + dev pages + 450 unlabeled articles
    python benchmarks/bench_claims.py --shared ../shared --repeat 3 --json

The corpus is the articles ingested from ../shared/examples and ../shared/dev (raw pages) plus 150 articles from
each unlabeled news file (fixed seed). The text layer (tokens, sentences) is computed first and not timed; the
claims stage is timed over every article (best of ``--repeat`` passes). The lexicon load is measured once, cold.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def corpus(shared: Path) -> list:
    """The same corpus as the facts benchmark (one definition, in ``bench_facts.py``)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_facts import corpus as facts_corpus

    return facts_corpus(shared)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)

    t = time.perf_counter()
    from isnad.claims.lexicon import lexicon
    lexicon()
    load = time.perf_counter() - t

    from isnad.claims.engine import extract_claims
    from isnad.text import annotate

    arts = corpus(Path(a.shared))
    for art in arts:
        annotate(art)
    chars = sum(len(art.text) for art in arts)
    best, n_claims = None, 0
    for _ in range(max(1, a.repeat)):
        t = time.perf_counter()
        n_claims = sum(len(extract_claims(art)) for art in arts)
        dt = time.perf_counter() - t
        best = dt if best is None else min(best, dt)
    out = {"articles": len(arts), "chars": chars, "claims": n_claims, "seconds": round(best, 3),
           "articles_per_s": round(len(arts) / best, 1), "chars_per_s": round(chars / best),
           "lexicon_load_s": round(load, 3)}
    if a.json:
        print(json.dumps(out))
    else:
        print(f"{out['articles']} articles, {out['chars']:,} chars, {out['claims']} claims: {out['seconds']} s "
              f"({out['articles_per_s']} articles/s, {out['chars_per_s']:,} chars/s); lexicons load in "
              f"{out['lexicon_load_s']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
