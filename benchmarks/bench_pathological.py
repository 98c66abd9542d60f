"""Claims stage on pathological texts: seconds per MB as each text grows (issue 13: the claims stage must stay
linear, no input of up to 1 MB taking more than 10 s per MB).

    python benchmarks/bench_pathological.py                    # sizes 16 KB … 1 MB, every kind
    python benchmarks/bench_pathological.py --max-kb 256 --kind said --json

Each kind is one paragraph (or a run of paragraphs) built by repeating a short pattern up to the size asked:

- ``said``: "قال إن " repeated (each cue's words are the next cue);
- ``unclosed``: a cue followed by an opening quotation mark that never closes, repeated;
- ``cues``: reporting verbs back to back with no words between them (قال أكد نفى أضاف …);
- ``nopunct``: one paragraph of news words with no punctuation at all (words drawn from a fixed list, fixed seed);
- ``commas``: a cue and a speaker cut off at a comma, repeated (…، قال الوزير،);
- ``paras``: the same short claim as many one-line paragraphs.

The text layer is computed first and not timed; the claims stage (:func:`isnad.claims.engine.extract_claims`) is
timed once per size (wall clock and CPU time of the process: on a shared machine the CPU time is the steadier
figure). The line per kind gives seconds per MB at each size: flat means linear.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

NEWS_WORDS = ("قال أكد نفى الوزير المتحدث باسم الحكومة إن أن بأن في على من إلى عن مع الجيش القوات المدينة "
              "الأمن مصادر محلية وزارة الداخلية بيان رسمي اليوم أمس الرئيس الفلسطيني المصري الاتفاق الهجوم "
              "قتلى جرحى أضاف وأوضح مشيرا مؤكدا لـ صحيفة الشرق الأوسط وكالة رويترز الذي التي وقد لم لن").split()


def pattern_text(kind: str, size: int, seed: int = 1) -> list[str]:
    """The paragraphs of a pathological text of about ``size`` characters."""
    if kind == "said":
        unit = "قال إن "
    elif kind == "unclosed":
        unit = "قال الوزير «الوضع مستقر و"
    elif kind == "cues":
        unit = "قال أكد نفى أضاف أوضح مشيرا مؤكدا أعلن "
    elif kind == "commas":
        unit = "وأكد المصدر أن الوضع هادئ، قال الوزير، "
    elif kind == "paras":
        n = max(1, size // 40)
        return ["قال الوزير لـ«الشرق» إن الوضع مستقر."] * n
    elif kind == "nopunct":
        rng = random.Random(seed)
        words, total = [], 0
        while total < size:
            w = rng.choice(NEWS_WORDS)
            words.append(w)
            total += len(w) + 1
        return [" ".join(words)]
    else:
        raise ValueError(f"unknown kind {kind!r}")
    return [(unit * (size // len(unit) + 1))[:size]]


KINDS = ("said", "unclosed", "cues", "nopunct", "commas", "paras")


def measure(kind: str, size: int) -> dict:
    from isnad.claims.engine import extract_claims
    from isnad.model import Article
    from isnad.text import annotate

    art = Article(id=f"{kind}-{size}", paragraphs=pattern_text(kind, size))
    annotate(art)
    n_bytes = len(art.text.encode("utf-8"))
    t, c = time.perf_counter(), time.process_time()
    claims = extract_claims(art)
    dt, dc = time.perf_counter() - t, time.process_time() - c
    return {"kind": kind, "chars": len(art.text), "bytes": n_bytes, "claims": len(claims),
            "seconds": round(dt, 3), "s_per_mb": round(dt / (n_bytes / 1e6), 2),
            "cpu_seconds": round(dc, 3), "cpu_s_per_mb": round(dc / (n_bytes / 1e6), 2)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kind", action="append", choices=KINDS, help="repeatable (default: every kind)")
    ap.add_argument("--min-kb", type=int, default=16)
    ap.add_argument("--max-kb", type=int, default=1024, help="largest size in KB of characters (default 1024)")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    worst = worst_cpu = 0.0
    for kind in a.kind or KINDS:
        rows = []
        kb = a.min_kb
        while kb <= a.max_kb:
            rows.append(measure(kind, kb * 1024 // 2))  # Arabic letters are two bytes in UTF-8
            kb *= 4
        worst = max([worst] + [r["s_per_mb"] for r in rows])
        worst_cpu = max([worst_cpu] + [r["cpu_s_per_mb"] for r in rows])
        if a.json:
            for r in rows:
                print(json.dumps(r))
        else:
            cells = ", ".join(f"{r['bytes'] / 1e6:.3f} MB {r['seconds']} s ({r['s_per_mb']} s/MB, CPU "
                              f"{r['cpu_s_per_mb']})" for r in rows)
            print(f"{kind:9s} {cells}")
    if not a.json:
        print(f"worst: {worst} s per MB (CPU {worst_cpu} s per MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
