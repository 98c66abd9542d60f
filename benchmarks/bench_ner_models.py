"""Two NER models on the same news sentences: CPU seconds of each, their ratio, and how far their tags agree.
Run by hand (never by CI), e.g. the ensemble against the distilled student:

    python benchmarks/bench_ner_models.py --a ENSEMBLE/model.npz --b STUDENT/model.npz --articles 200

Sentences: those of the first ``--articles`` lines of ``../shared/data/unlabeled/<--shard>`` as the pipeline cuts
them (its tokenizer, the tagger's sentence splitter). The default shard, SaudiNewsNet, is one the distillation
never reads, so the agreement is measured on unseen text. Each model is loaded, then its tagging of all the
sentences at once (``NerModel.tag_sentences``, the consistency step included) is timed in CPU seconds of this
process, ``--repeat`` times, the models alternating, a fresh model each time (no caches); the least is reported.
numpy runs on one thread (the variables are set before numpy is imported).
"""
from __future__ import annotations

from _setup import ROOT  # one BLAS thread, isnad from src/ (before numpy is imported)

import argparse
import gzip
import json
import sys
import time
from pathlib import Path


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--a", required=True, help="first model.npz (e.g. the ensemble)")
    ap.add_argument("--b", required=True, help="second model.npz (e.g. the student)")
    ap.add_argument("--shard", default="saudinewsnet-01.txt.gz")
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)

    from threadpoolctl import threadpool_limits

    threadpool_limits(1)
    from isnad.arabic import tokenize
    from isnad.ner import NerModel
    from isnad.ner.decode import sentences_of
    from isnad.ner.scorer import score

    sents = []
    with gzip.open(Path(a.shared) / "data" / "unlabeled" / a.shard, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= a.articles:
                break
            text = line.strip()
            sents += [[t.text for t in s] for s in sentences_of(text, tokenize(text))]
    n_tokens = sum(len(s) for s in sents)
    cpu = {"a": [], "b": []}
    tags = {}
    for _ in range(a.repeat):
        for key in ("a", "b"):
            model = NerModel(getattr(a, key))
            t0 = time.process_time()
            tags[key] = model.tag_sentences(sents)
            cpu[key].append(time.process_time() - t0)
    res = {"shard": a.shard, "articles": a.articles, "sentences": len(sents), "tokens": n_tokens,
           "a": a.a, "b": a.b, "a_cpu_s": round(min(cpu["a"]), 3), "b_cpu_s": round(min(cpu["b"]), 3),
           "ratio_a_over_b": round(min(cpu["a"]) / min(cpu["b"]), 2),
           "b_agreement_with_a_micro_f1": round(score(tags["a"], tags["b"])["micro"]["f1"], 4),
           "token_tags_equal": round(sum(x == y for p, q in zip(tags["a"], tags["b"]) for x, y in zip(p, q))
                                     / n_tokens, 4)}
    if a.json:
        print(json.dumps(res, indent=1))
    else:
        for k, v in res.items():
            print(f"{k}: {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
