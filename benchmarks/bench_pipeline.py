"""Whole-pipeline benchmark: per stage and end to end, one process and N workers, peak memory, and the BERT
alternative for the NER step. Run by hand (never by CI):

    python benchmarks/bench_pipeline.py                          # 10,000 unlabeled articles of 310-560 words
    python benchmarks/bench_pipeline.py --limit 1000 --json out.json
    python benchmarks/bench_pipeline.py --limit 0 --stream-gb 1  # only: a 1 GB JSON Lines file streamed

Articles: lines of ``../shared/data/unlabeled/*.txt.gz`` (the three shards, smallest first, each its share, every line whose word count is
within ``--min-words``..``--max-words``), written as a JSON Lines file, as a user would give them. Each part runs
in its own process, with numpy's BLAS on one thread (the variables are set before numpy loads; threadpoolctl
confirms), so that its peak memory is its own:

- ``stages``: one process; the input read and parsed (ingest), then every stage over groups of ``--batch-size``
  documents as the runner does (the tagger batched over a group), timed stage by stage (wall clock and CPU);
  start-up (building the pipeline and loading every model) timed apart;
- ``run``: ``isnad.run`` end to end (read, analyse, render JSON) with 1 worker and with ``--workers`` workers;
  throughput once loaded (from the first group's output to the last) and in all; peak memory of the whole process
  tree (sampled with psutil);
- ``bert``: a BERT-base token classifier of CAMeLBERT-NER's size (12 layers, hidden 768, 30,000 word pieces,
  9 labels; random weights from a config, nothing downloaded; a WordPiece vocabulary trained here on the ANT
  news shards) over the sentences of the first ``--bert-articles`` articles, as isnad's tagger sees them, fp32 and
  dynamic int8, one torch thread; isnad's NER stage on the same articles in the same process; the ratio.
- ``stream`` (``--stream-gb``): a JSON Lines file of that size (the articles repeated) through ``isnad.run``
  with ``--workers`` workers and only the stages ``--stream-stages``, peak memory sampled.

Needs the ``bench`` extra for the BERT part and the memory sampling (``pip install -e '.[bench]'``).
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from _setup import ROOT, cpu_name  # one BLAS thread, isnad from src/ (before numpy is imported)

SHARDS = ("saudinewsnet-01.txt.gz", "ant-multisource-01.txt.gz", "ant-jawharafm-01.txt.gz")
PUBLISHED = "2018-06-01"


def write_corpus(shared: Path, out: Path, limit: int, lo: int, hi: int) -> dict:
    """The first ``limit`` lines of ``lo``..``hi`` words, shared out over the shards, the smallest first: what
    one shard lacks of its share goes to the shards after it."""
    n = words = 0
    with out.open("w", encoding="utf-8") as fh:
        for s, shard in enumerate(sorted(SHARDS, key=lambda x: (shared / "data" / "unlabeled" / x).stat().st_size)):
            per = -(-(limit - n) // (len(SHARDS) - s))
            k = 0
            with gzip.open(shared / "data" / "unlabeled" / shard, "rt", encoding="utf-8") as src:
                for i, line in enumerate(src):
                    w = len(line.split())
                    if lo <= w <= hi and n < limit:
                        fh.write(json.dumps({"id": f"{shard.split('.')[0]}:{i}", "text": line.strip(),
                                             "published": PUBLISHED}, ensure_ascii=False) + "\n")
                        n, words, k = n + 1, words + w, k + 1
                    if k >= per or n >= limit:
                        break
    return {"articles": n, "words": words}


def machine() -> dict:
    cpu = cpu_name()
    from threadpoolctl import threadpool_info
    import numpy

    return {"cpu": cpu, "cores": len(os.sched_getaffinity(0)), "python": platform.python_version(),
            "numpy": numpy.__version__, "load_average": os.getloadavg(),
            "blas": [{k: i.get(k) for k in ("internal_api", "num_threads", "version")} for i in threadpool_info()]}


class PeakMemory:
    """Samples the resident memory of this process and its children (psutil) every 0.2 s."""

    def __init__(self):
        import psutil

        self.proc, self.peak, self.stop = psutil.Process(), 0, threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        while not self.stop.wait(0.2):
            try:
                procs = [self.proc] + self.proc.children(recursive=True)
                self.peak = max(self.peak, sum(p.memory_info().rss for p in procs if p.is_running()))
            except Exception:  # noqa: BLE001 - a child that ends while sampled
                pass

    def done(self) -> float:
        self.stop.set()
        self.thread.join()
        return round(self.peak / 2**20)


def rate(n: float, seconds: float) -> float:
    return round(n / seconds, 1) if seconds > 0 else float("inf")


# --- parts (each in its own process) -------------------------------------------------------------------------------

def part_stages(corpus: Path, batch: int) -> dict:
    import resource

    from isnad.ingest import read_paths
    from isnad.pipeline import Context, Pipeline
    from isnad.run import groups
    from isnad.run.limits import one_blas_thread

    one_blas_thread()
    w0, c0 = time.perf_counter(), time.process_time()
    pipeline = Pipeline(context=Context(published=PUBLISHED))
    from isnad.ingest import parse_page
    from isnad.run import WARM_UP_TEXT

    pipeline.run_many([parse_page(WARM_UP_TEXT, source="warm-up")])
    startup = {"wall": round(time.perf_counter() - w0, 2), "cpu": round(time.process_time() - c0, 2)}
    w0, c0 = time.perf_counter(), time.process_time()
    docs = [d for d in read_paths([str(corpus)]) if hasattr(d, "articles")]
    ingest = (time.perf_counter() - w0, time.process_time() - c0)
    words = sum(len(p.split()) for d in docs for a in d.articles for p in a.paragraphs)
    timing = {s.name: [0.0, 0.0] for s, _ in pipeline._funcs}
    for g in groups(docs, batch):
        group = [d for _, d in g.docs]
        for d in group:
            pipeline._prepare(d)
        for stage, func in pipeline._funcs:
            w, c = time.perf_counter(), time.process_time()
            batched = pipeline._batch.get(stage.name)
            if batched:
                batched(group, pipeline.context)
            else:
                for d in group:
                    func(d, pipeline.context)
            timing[stage.name][0] += time.perf_counter() - w
            timing[stage.name][1] += time.process_time() - c
    n = len(docs)
    stages = {"ingest": {"wall": round(ingest[0], 2), "cpu": round(ingest[1], 2)}}
    stages.update({k: {"wall": round(w, 2), "cpu": round(c, 2)} for k, (w, c) in timing.items()})
    total_w = sum(v["wall"] for v in stages.values())
    total_c = sum(v["cpu"] for v in stages.values())
    for v in stages.values():
        v.update(articles_per_s=rate(n, v["wall"]), articles_per_cpu_s=rate(n, v["cpu"]),
                 words_per_s=round(words / v["wall"]) if v["wall"] else None)
    return {"articles": n, "words": words, "startup": startup, "stages": stages,
            "pipeline": {"wall": round(total_w, 2), "cpu": round(total_c, 2), "articles_per_s": rate(n, total_w),
                         "articles_per_cpu_s": rate(n, total_c), "words_per_s": round(words / total_w)},
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def part_run(corpus: Path, workers: int, batch: int, disable: str = "") -> dict:
    from isnad.ingest import read_paths
    from isnad.run import RunOptions, run

    mem = PeakMemory()
    options = RunOptions(workers=workers, batch_size=batch, published=PUBLISHED,
                         disable=tuple(x for x in disable.split(",") if x))
    w0 = time.perf_counter()
    first = None
    n = failed = after_first = 0
    for o in run(read_paths([str(corpus)]), options, engine="pool" if workers > 1 else "local"):
        n += 1
        failed += bool(o.error)
        if first is None:
            first = time.perf_counter()
        else:
            after_first += 1
    end = time.perf_counter()
    return {"workers": workers, "documents": n, "failed": failed, "wall": round(end - w0, 2),
            "articles_per_s": rate(n, end - w0), "loaded_articles_per_s": rate(after_first, end - (first or end)),
            "first_output_after_s": round((first or end) - w0, 2), "peak_rss_mb_tree": mem.done()}


def part_bert(corpus: Path, shared: Path, articles: int) -> dict:
    import torch
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, trainers
    from transformers import BertConfig, BertForTokenClassification

    from isnad.ingest import read_paths
    from isnad.ner.component import ner_batch
    from isnad.ner.decode import sentences_of
    from isnad.pipeline import Context, Pipeline

    torch.set_num_threads(1)
    docs = [d for d in read_paths([str(corpus)]) if hasattr(d, "articles")][:articles]
    text = Pipeline(stop_after="text", context=Context(published=PUBLISHED))
    for d in docs:
        text(d)
    sents = [[t.text for t in s] for d in docs for a in d.articles for s in sentences_of(a.text, a.tokens)]
    ner_batch(docs[:2])  # load the model
    w, c = time.perf_counter(), time.process_time()
    for k in range(0, len(docs), 16):
        ner_batch(docs[k:k + 16])
    isnad_ner = {"wall": time.perf_counter() - w, "cpu": time.process_time() - c}

    tok = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    tok.normalizer = normalizers.NFKC()
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()

    def lines():
        with gzip.open(shared / "data" / "unlabeled" / "ant-multisource-01.txt.gz", "rt", encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i >= 5000:
                    return
                yield line

    tok.train_from_iterator(lines(), trainers.WordPieceTrainer(
        vocab_size=30000, special_tokens=["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"], show_progress=False))
    config = BertConfig(vocab_size=30000, hidden_size=768, num_hidden_layers=12, num_attention_heads=12,
                        intermediate_size=3072, max_position_embeddings=512, num_labels=9)
    torch.manual_seed(0)
    model = BertForTokenClassification(config).eval()
    out = {"articles": len(docs), "sentences": len(sents), "tokens": sum(map(len, sents)),
           "isnad_ner": {k: round(v, 2) for k, v in isnad_ner.items()}}
    pieces = 0
    for name, m in (("fp32", model), ("int8", torch.ao.quantization.quantize_dynamic(
            model, {torch.nn.Linear}, dtype=torch.qint8))):
        w, c = time.perf_counter(), time.process_time()
        with torch.inference_mode():
            enc = tok.encode_batch([s for s in sents], is_pretokenized=True)
            ids = [[2] + e.ids[:510] + [3] for e in enc]
            pieces = sum(map(len, ids))
            order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
            for k in range(0, len(order), 16):
                batch = [ids[i] for i in order[k:k + 16]]
                T = max(map(len, batch))
                x = torch.zeros(len(batch), T, dtype=torch.long)
                mask = torch.zeros(len(batch), T, dtype=torch.long)
                for r, row in enumerate(batch):
                    x[r, :len(row)] = torch.tensor(row)
                    mask[r, :len(row)] = 1
                m(input_ids=x, attention_mask=mask).logits.argmax(-1)
        wall, cpu = time.perf_counter() - w, time.process_time() - c
        out[name] = {"wall": round(wall, 2), "cpu": round(cpu, 2), "articles_per_s": rate(len(docs), wall),
                     "isnad_ner_speedup_wall": round(wall / isnad_ner["wall"], 1),
                     "isnad_ner_speedup_cpu": round(cpu / isnad_ner["cpu"], 1)}
    out["word_pieces"] = pieces
    out["isnad_ner"].update(articles_per_s=rate(len(docs), isnad_ner["wall"]))
    return out


def part_stream(corpus: Path, gb: float, workers: int, batch: int, stages: str, tmp: Path) -> dict:
    from isnad.pipeline import STAGE_NAMES

    big = tmp / "big.jsonl"
    rows = corpus.read_text(encoding="utf-8").splitlines()
    size = k = 0
    with big.open("w", encoding="utf-8") as fh:
        while size < gb * 2**30:
            for row in rows:
                rec = json.loads(row)
                rec["id"] = f"{rec['id']}#{k}"
                line = json.dumps(rec, ensure_ascii=False) + "\n"
                fh.write(line)
                size += len(line.encode("utf-8"))
                k += 1
                if size >= gb * 2**30:
                    break
    disable = ",".join(s for s in STAGE_NAMES if s not in stages.split(","))
    out = part_run(big, workers, batch, disable)
    out.update(file_bytes=size, records=k, stages=stages)
    big.unlink()
    return out


# --- driver --------------------------------------------------------------------------------------------------------

def child(args: list[str]) -> dict:
    r = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True)
    if r.returncode:
        return {"error": (r.stderr or "").strip().splitlines()[-1:] or ["failed"]}
    return json.loads(r.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--limit", type=int, default=10_000, help="articles (0: skip the stage and run parts)")
    ap.add_argument("--min-words", type=int, default=310)
    ap.add_argument("--max-words", type=int, default=560)
    ap.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--bert-articles", type=int, default=60, help="articles for the BERT comparison (0: skip)")
    ap.add_argument("--stream-gb", type=float, default=0.0, help="also stream a JSON Lines file of this size")
    ap.add_argument("--stream-stages", default="text", help="stages run on the streamed file (default: text)")
    ap.add_argument("--json", metavar="PATH", help="also write the results as JSON")
    ap.add_argument("--part", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    ap.add_argument("--tmp", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    shared = Path(a.shared)
    if a.part:
        corpus = Path(a.corpus)
        result = {"stages": lambda: part_stages(corpus, a.batch_size),
                  "run": lambda: part_run(corpus, a.workers, a.batch_size),
                  "bert": lambda: part_bert(corpus, shared, a.bert_articles),
                  "stream": lambda: part_stream(corpus, a.stream_gb, a.workers, a.batch_size, a.stream_stages,
                                                Path(a.tmp))}[a.part]()
        print(json.dumps(result))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        report = {"machine": machine(), "corpus": write_corpus(shared, corpus, max(a.limit, a.bert_articles, 200),
                                                               a.min_words, a.max_words)}
        report["corpus"]["selection"] = f"{a.min_words}-{a.max_words} words a line, {', '.join(SHARDS)}"
        base = ["--corpus", str(corpus), "--shared", a.shared, "--batch-size", str(a.batch_size)]
        if a.limit:
            report["stages"] = child([*base, "--part", "stages"])
            report["run"] = [child([*base, "--part", "run", "--workers", str(w)]) for w in sorted({1, a.workers})]
            if len(report["run"]) == 2 and "error" not in report["run"][0] and "error" not in report["run"][1]:
                report["workers_speedup"] = round(report["run"][1]["loaded_articles_per_s"]
                                                  / report["run"][0]["loaded_articles_per_s"], 2)
        if a.bert_articles:
            report["bert"] = child([*base, "--part", "bert", "--bert-articles", str(a.bert_articles)])
        if a.stream_gb:
            report["stream"] = child([*base, "--part", "stream", "--workers", str(a.workers), "--stream-gb",
                                      str(a.stream_gb), "--stream-stages", a.stream_stages, "--tmp", tmp])
        report["machine"]["load_average_after"] = os.getloadavg()
    text = json.dumps(report, indent=1, ensure_ascii=False)
    print(text)
    if a.json:
        Path(a.json).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
