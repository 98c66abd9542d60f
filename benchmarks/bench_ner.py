"""NER benchmark: throughput on one core, load time, model size, and (optionally) accuracy.

    python benchmarks/bench_ner.py                      # throughput on ANERcorp test.txt, one core
    python benchmarks/bench_ner.py --scores             # also P/R/F1 on test.txt, test.repaired.txt, AQMAR test
    python benchmarks/bench_ner.py --model PATH --shared ../shared

Throughput is measured on a cold model (empty caches) over the 25,008 tokens of ``test.txt``, sentences
batched as the library does, with numpy/BLAS limited to one thread (the variables are set before numpy is
imported). ``find_entities`` throughput includes tokenisation and offset mapping on the same text joined by
spaces.
"""
from __future__ import annotations

from _setup import ROOT  # one BLAS thread, isnad from src/ (before numpy is imported)

import argparse
import json
import sys
import time
from pathlib import Path


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--model", default=None)
    ap.add_argument("--repeat", type=int, default=3, help="cold runs; the best is reported (default 3)")
    ap.add_argument("--scores", action="store_true", help="also compute F1 on the test sets")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)

    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(1)
    except ImportError:
        pass
    try:
        import torch  # noqa: F401  (not needed; only limit it if something imported it)

        torch.set_num_threads(1)
    except ImportError:
        pass
    import isnad.ner as ner
    from isnad.ner import NerModel, default_model_path
    from isnad.ner.conll import read_conll
    from isnad.ner.evaluate import evaluate_file
    from isnad.ner.scorer import format_report

    test = Path(a.shared) / "data" / "ner" / "anercorp-camel" / "test.txt"
    if not test.exists():
        print(f"bench_ner: {test} not found (use --shared)", file=sys.stderr)
        return 2
    model_path = Path(a.model) if a.model else default_model_path()
    places = model_path.with_name(ner.PLACES_FILE)
    size = model_path.stat().st_size + (places.stat().st_size if places.exists() else 0)

    t0 = time.perf_counter()
    NerModel(model_path)
    load_s = time.perf_counter() - t0

    try:  # the text layer loads its clitic lexicon on first use: a one-time cost, like loading the model
        from isnad.arabic import tokenize

        t0 = time.perf_counter()
        tokenize("وسوريا وبغداد ولبنان")
        text_layer_load = time.perf_counter() - t0
    except ImportError:
        text_layer_load = None
    sents = [toks for toks, _ in read_conll(test)]
    n_tokens = sum(len(s) for s in sents)
    text = "\n".join(" ".join(s) for s in sents)
    tag_rates, text_rates = [], []
    for _ in range(a.repeat):
        m = NerModel(model_path)  # cold: no caches
        t0 = time.perf_counter()
        m.tag_sentences(sents)
        tag_rates.append(n_tokens / (time.perf_counter() - t0))
        m = NerModel(model_path)
        t0 = time.perf_counter()
        m.find_entities(text)
        text_rates.append(n_tokens / (time.perf_counter() - t0))
    res = {
        "model": str(model_path), "size_bytes": size, "load_seconds": round(load_s, 3),
        "tokens": n_tokens, "tag_sentences_tokens_per_s": round(max(tag_rates)),
        "find_entities_tokens_per_s": round(max(text_rates)),
        "text_layer_load_seconds": None if text_layer_load is None else round(text_layer_load, 3),
    }
    if a.scores:
        m = NerModel(model_path)
        d = Path(a.shared) / "data" / "ner"
        res["scores"] = {}
        for name, path, part in (("test.txt", d / "anercorp-camel" / "test.txt", None),
                                 ("test.repaired.txt", d / "anercorp-camel" / "test.repaired.txt", None),
                                 ("aqmar-test", d / "aqmar" / "articles", "test")):
            s = evaluate_file(m, path, part=part or "test")
            res["scores"][name] = s
            if not a.json:
                print(format_report(s, title=name))
    if a.json:
        print(json.dumps(res, indent=1))
    else:
        for k, v in res.items():
            if k != "scores":
                print(f"{k}: {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
