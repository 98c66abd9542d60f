"""Training the shipped tagger from ``../shared`` (``isnad train ner``).

Steps (fixed seeds; word2vec runs on two threads, so its vectors, and the scores, vary slightly between runs):

1. tokenise and normalise the unlabeled news shards (default: the two ANT shards, see ``data/README.md``);
2. train skip-gram word2vec on them (gensim);
3. build the place-name list from the gazetteer, dropping one-word names that are common words in the news;
4. train the BiLSTM-CRF (torch), one network per seed, two at a time. The recipe was chosen with the split the
   corpus README proposes (train = sentences 0..3589, dev = 3590..; ``--no-all-data`` trains that way, keeps the
   best dev epoch and picks a decoding bias against ``O`` on dev); the shipped model is then a final fit on all
   3,989 training sentences for the fixed number of epochs that recipe needed (``all_data``);
5. export the networks as one ensemble ``model.npz`` (numpy inference) and the place list ``places.tsv.gz``.
"""
from __future__ import annotations

import json
import random
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

ANT_SHARDS = ("ant-multisource-01.txt.gz", "ant-jawharafm-01.txt.gz")


@dataclass
class TrainConfig:
    shared: str = "../shared"
    out_dir: str | None = None  # default: the package's data folder
    work_dir: str = "/tmp/isnad-ner"  # corpus, embeddings (large, not shipped); the CLI uses ~/.cache/isnad/ner
    shards: tuple[str, ...] = ANT_SHARDS
    emb_dim: int = 100
    emb_epochs: int = 5
    emb_min_count: int = 5
    emb_window: int = 5
    emb_workers: int = 2
    common_words: int = 5000
    seeds: tuple[int, ...] = (1, 2, 3)
    epochs: int = 28
    patience: int = 8
    batch_size: int = 16
    lr: float = 2e-3
    hidden: int = 128
    layers: int = 1
    dropout: float = 0.5
    char_filters: int = 128
    use_stem: bool = True
    use_gaz: bool = True
    use_chars: bool = True
    freeze_emb: bool = True
    extra_aqmar: bool = False  # add the AQMAR train part (Wikipedia; its dev and test parts stay unseen)
    o_bias: float = 0.5  # decoding bias against O for a final fit (the value the train/dev recipe chose on dev)
    all_data: bool = True  # final fit: train on train + dev for exactly `epochs` epochs, keep the last
    word_dropout: float = 0.15  # share of training tokens whose word/stem id is replaced by <unk>
    threads: int = 2
    parallel: int = 3  # seeds trained at once (separate processes, one thread each)
    dev_from: int = 3590
    progress: bool = True
    log: list = field(default_factory=list)


def _say(cfg: TrainConfig, msg: str) -> None:
    cfg.log.append(msg)
    print(msg, file=sys.stderr, flush=True)


def data_paths(shared: str | Path) -> dict[str, Path]:
    s = Path(shared) / "data"
    return {
        "train": s / "ner" / "anercorp-camel" / "train.reconstructed.txt",
        "test": s / "ner" / "anercorp-camel" / "test.txt",
        "test_repaired": s / "ner" / "anercorp-camel" / "test.repaired.txt",
        "aqmar": s / "ner" / "aqmar" / "articles",
        "unlabeled": s / "unlabeled",
        "gazetteer": s / "gazetteer" / "gazetteer_ar.tsv",
    }


def build_resources(cfg: TrainConfig):
    """Steps 1-3: returns (KeyedVectors, word counts, path of places.tsv.gz in work_dir)."""
    from .embed import prepare_corpus, train_word2vec
    from .gazetteer import build_places

    paths = data_paths(cfg.shared)
    work = Path(cfg.work_dir)
    work.mkdir(parents=True, exist_ok=True)
    shards = [paths["unlabeled"] / s for s in cfg.shards]
    for s in shards:
        if not s.exists():
            raise FileNotFoundError(f"unlabeled shard not found: {s}")
    tag = "+".join(Path(s).name.split(".")[0] for s in cfg.shards)
    corpus = work / f"corpus.{tag}.txt"
    t0 = time.time()
    n = prepare_corpus(shards, corpus, progress=cfg.progress)
    _say(cfg, f"corpus: {n:,} tokens ({time.time() - t0:.0f}s)")
    kv_path = work / f"w2v.{tag}.d{cfg.emb_dim}.e{cfg.emb_epochs}.m{cfg.emb_min_count}.w{cfg.emb_window}.kv"
    if kv_path.exists():
        from gensim.models import KeyedVectors

        kv = KeyedVectors.load(str(kv_path))
        _say(cfg, f"word2vec: reusing {kv_path}")
    else:
        t0 = time.time()
        kv = train_word2vec(corpus, dim=cfg.emb_dim, window=cfg.emb_window, min_count=cfg.emb_min_count,
                            epochs=cfg.emb_epochs, workers=cfg.emb_workers, progress=cfg.progress)
        kv.save(str(kv_path))
        _say(cfg, f"word2vec: {len(kv):,} words, {time.time() - t0:.0f}s")
    counts = Counter()
    for w in kv.index_to_key:
        counts[w] = kv.get_vecattr(w, "count")
    common = {w for w, _ in counts.most_common(cfg.common_words)}
    places = work / "places.tsv.gz"
    n_places = build_places(paths["gazetteer"], places, common)
    _say(cfg, f"places: {n_places:,} names")
    return kv, counts, places


def make_vocab(kv, train_sents):
    """Embedding table: row 0 pad, 1 unknown, then every word2vec word (unit length)."""
    words = {"<pad>": 0, "<unk>": 1}
    vecs = np.zeros((len(kv) + 2, kv.vector_size), dtype=np.float32)
    for w in kv.index_to_key:
        v = kv[w]
        vecs[len(words)] = v / (np.linalg.norm(v) or 1.0)
        words[w] = len(words)
    return words, vecs


def make_chars(train_sents, min_count: int = 2):
    from ..arabic.wordkeys import strip_marks

    cc = Counter(ch for toks, _ in train_sents for w in toks for ch in strip_marks(w))
    chars = {"<pad>": 0, "<unk>": 1}
    for ch, n in sorted(cc.items(), key=lambda x: (-x[1], x[0])):
        if n >= min_count and ch != "\n":
            chars[ch] = len(chars)
    return chars


def train_tagger(cfg: TrainConfig, seed: int, featurizer, emb: np.ndarray, n_chars: int, train, dev):
    """One BiLSTM-CRF, best epoch on dev. Returns (model, best dev F1, best epoch)."""
    import torch

    from .conll import repair_iob
    from .nn import TAGS, Tagger, batchify, quantize_embeddings
    from .scorer import score

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.set_num_threads(cfg.threads)
    t2i = {t: i for i, t in enumerate(TAGS)}
    enc_tr = [featurizer.encode(t) for t, _ in train]
    y_tr = [[t2i[x] for x in repair_iob(g)] for _, g in train]
    enc_dev = [featurizer.encode(t) for t, _ in dev]
    emb_t = quantize_embeddings(torch.tensor(emb))
    model = Tagger(emb_t, n_chars, hidden=cfg.hidden, dropout=cfg.dropout, freeze_emb=cfg.freeze_emb,
                   use_stem=cfg.use_stem, use_gaz=cfg.use_gaz, use_chars=cfg.use_chars, layers=cfg.layers,
                   char_filters=cfg.char_filters)
    opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=cfg.lr)

    def predict(enc):
        model.eval()
        out = []
        for i in range(0, len(enc), 64):
            out += [[TAGS[j] for j in p] for p in model.decode(batchify(enc[i:i + 64]))]
        return out

    best = (-1.0, -1, None)
    idx = list(range(len(train)))
    rng = random.Random(seed)
    from tqdm import tqdm

    bar = tqdm(total=cfg.epochs, desc=f"training (seed {seed})", unit=" epoch", disable=not cfg.progress)
    for ep in range(cfg.epochs):
        model.train()
        t0 = time.time()
        rng.shuffle(idx)
        batches = []
        span = cfg.batch_size * 20
        for k in range(0, len(idx), span):
            chunk = sorted(idx[k:k + span], key=lambda i: len(train[i][0]))
            batches += [chunk[j:j + cfg.batch_size] for j in range(0, len(chunk), cfg.batch_size)]
        rng.shuffle(batches)
        total = 0.0
        for bi in batches:
            b = batchify([enc_tr[i] for i in bi], [y_tr[i] for i in bi])
            if cfg.word_dropout > 0:  # teach the network to tag words it has no vector for (rare names)
                for key in ("word", "stem"):
                    drop = (torch.rand(b[key].shape) < cfg.word_dropout) & b["mask"]
                    b[key] = b[key].masked_fill(drop, 1)
            loss = model.nll(b)
            opt.zero_grad()
            (loss / len(bi)).backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
            total += loss.item()
        s = score([g for _, g in dev], predict(enc_dev))["micro"]
        bar.update(1)
        bar.set_postfix(dev_f1=f"{s['f1']:.4f}")
        _say(cfg, f"seed {seed} epoch {ep + 1}: loss {total / len(train):.3f} dev P {s['p']:.4f} "
                  f"R {s['r']:.4f} F1 {s['f1']:.4f} ({time.time() - t0:.0f}s)")
        if cfg.all_data:  # dev is part of the training data here: no selection, the last epoch is kept
            best = (s["f1"], ep + 1, None)
        elif s["f1"] > best[0]:
            best = (s["f1"], ep + 1, {k: v.clone() for k, v in model.state_dict().items()})
        elif ep + 1 - best[1] >= cfg.patience:
            break
    bar.close()
    if best[2] is not None:
        model.load_state_dict(best[2])
    model.eval()
    if not cfg.freeze_emb:  # ship exactly what was scored: the int8 round trip of the tuned table
        with torch.no_grad():
            model.emb.weight.copy_(quantize_embeddings(model.emb.weight))
    return model, best[0], best[1]


def _seed_worker(args):
    cfg, seed, featurizer, emb, n_chars, train_sents, dev_sents = args
    model, f1, ep = train_tagger(cfg, seed, featurizer, emb, n_chars, train_sents, dev_sents)
    return model.state_dict(), model.cfg, f1, ep


def _train_seeds(cfg: TrainConfig, featurizer, emb, n_chars, train_sents, dev_sents):
    """Train one network per seed; with ``parallel`` > 1, that many at a time in separate processes (one
    torch thread each). Each seed's result does not depend on how many run at once."""
    import torch

    from .nn import Tagger

    if cfg.parallel <= 1 or len(cfg.seeds) == 1:
        return [train_tagger(cfg, s, featurizer, emb, n_chars, train_sents, dev_sents) for s in cfg.seeds]
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor
    from dataclasses import replace

    sub = replace(cfg, threads=1, log=[])
    jobs = [(sub, s, featurizer, emb, n_chars, train_sents, dev_sents) for s in cfg.seeds]
    with ProcessPoolExecutor(max_workers=min(cfg.parallel, len(jobs)), mp_context=mp.get_context("spawn")) as ex:
        outs = list(ex.map(_seed_worker, jobs))
    results = []
    for state, mcfg, f1, ep in outs:
        model = Tagger(torch.zeros(emb.shape[0], emb.shape[1]), n_chars, **{k: v for k, v in mcfg.items()})
        model.load_state_dict(state)
        model.eval()
        results.append((model, f1, ep))
    return results


def _ensemble_dev_f1(models, featurizer, dev_sents) -> float:
    import torch

    from .nn import TAGS, batchify
    from .scorer import score

    preds = []
    with torch.no_grad():
        enc = [featurizer.encode(t) for t, _ in dev_sents]
        for i in range(0, len(enc), 64):
            b = batchify(enc[i:i + 64])
            em = sum(m.emissions(b) for m in models) / len(models)
            preds += [[TAGS[j] for j in p] for p in _decode_emissions(models, em, b["mask"])]
    return score([g for _, g in dev_sents], preds)["micro"]["f1"]


def _decode_emissions(models, em, mask):
    """Viterbi with the members' averaged constrained transition scores (as the numpy tagger does)."""
    import torch

    starts, transs = zip(*(m._constrained() for m in models))
    start = torch.stack(starts).mean(0)
    trans = torch.stack(transs).mean(0)
    end = torch.stack([m.end for m in models]).mean(0)
    B, T, n = em.shape
    score = start + em[:, 0]
    back = []
    for t in range(1, T):
        best, idx = (score.unsqueeze(2) + trans.unsqueeze(0)).max(1)
        m = mask[:, t].unsqueeze(1)
        score = torch.where(m, best + em[:, t], score)
        back.append(torch.where(m, idx, torch.arange(n).expand(B, n)))
    last = (score + end).argmax(1)
    paths = [last]
    for idx in reversed(back):
        last = idx.gather(1, last.unsqueeze(1)).squeeze(1)
        paths.append(last)
    paths = torch.stack(paths[::-1], 1)
    return [paths[i, :int(mask[i].sum())].tolist() for i in range(B)]


def train(cfg: TrainConfig) -> dict:
    """Run the whole recipe; returns a summary dict (also written as ``train_log.json`` in ``work_dir``)."""
    import shutil

    from .conll import anercorp_split, read_conll
    from .features import Featurizer
    from .gazetteer import Gazetteer
    from .nn import export_ensemble

    t_start = time.time()
    paths = data_paths(cfg.shared)
    for k in ("train", "gazetteer"):
        if not paths[k].exists():
            raise FileNotFoundError(f"not found: {paths[k]}")
    train_sents, dev_sents = anercorp_split(read_conll(paths["train"]), cfg.dev_from)
    if cfg.extra_aqmar:
        from .conll import aqmar_split

        extra = aqmar_split(paths["aqmar"])["train"]
        train_sents = train_sents + extra
        _say(cfg, f"AQMAR train part added: {len(extra)} sentences")
    if cfg.all_data:
        train_sents = train_sents + dev_sents
        _say(cfg, f"final fit on all {len(train_sents)} training sentences for {cfg.epochs} epochs "
                  "(the dev scores printed are on seen data)")
    kv, counts, places = build_resources(cfg)
    words, emb = make_vocab(kv, train_sents)
    chars = make_chars(train_sents)
    gaz = Gazetteer.load(places) if cfg.use_gaz else None
    featurizer = Featurizer(words, chars, gaz)
    summary = {"config": {k: v for k, v in asdict(cfg).items() if k != "log"}, "seeds": []}
    results = _train_seeds(cfg, featurizer, emb, len(chars), train_sents, dev_sents)
    models = []
    for seed, (model, f1, ep) in zip(cfg.seeds, results):
        models.append(model)
        summary["seeds"].append({"seed": seed, "dev_f1": f1, "epoch": ep})
        _say(cfg, f"seed {seed}: best dev F1 {f1:.4f} at epoch {ep}")
    if len(models) > 1:
        summary["ensemble_dev_f1"] = _ensemble_dev_f1(models, featurizer, dev_sents)
        _say(cfg, f"ensemble of {len(models)}: dev F1 {summary['ensemble_dev_f1']:.4f}")
    out = Path(cfg.out_dir) if cfg.out_dir else Path(__file__).resolve().parent / "data"
    out.mkdir(parents=True, exist_ok=True)
    export_ensemble(models, words, chars, out / "model.npz",
                    extra_config={"dev_f1": [s["dev_f1"] for s in summary["seeds"]],
                                  "o_bias": cfg.o_bias if cfg.all_data else 0.0, "seeds": list(cfg.seeds)})
    if cfg.use_gaz:
        shutil.copyfile(places, out / "places.tsv.gz")
    if not cfg.all_data:  # with a final fit the dev sentences were trained on: no bias is chosen on them
        summary["o_bias"], summary["shipped_dev_f1"] = choose_o_bias(out / "model.npz", dev_sents, cfg)
    summary["seconds"] = round(time.time() - t_start, 1)
    summary["out"] = str(out)
    (Path(cfg.work_dir) / "train_log.json").write_text(json.dumps(summary, indent=1, ensure_ascii=False))
    return summary


O_BIASES = (0.0, 0.25, 0.5, 0.75, 1.0)


def choose_o_bias(model_path: Path, dev_sents, cfg: TrainConfig) -> tuple[float, float]:
    """Pick the decoding bias against ``O`` (a recall/precision trade-off) with the best dev F1 of the shipped
    tagger as ``isnad`` runs it (numpy inference and the label-consistency step), and store it in the model."""
    from . import NerModel
    from .scorer import score

    best = (-1.0, 0.0)
    gold = [g for _, g in dev_sents]
    for bias in O_BIASES:
        model = NerModel(model_path)
        model.tagger.cfg["o_bias"] = bias
        f1 = score(gold, model.tag_sentences([t for t, _ in dev_sents]))["micro"]["f1"]
        _say(cfg, f"O bias {bias}: dev F1 {f1:.4f}")
        if f1 > best[0] + 1e-9:
            best = (f1, bias)
    with np.load(model_path, allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files}
    conf = json.loads(bytes(arrays["config"]).decode("utf-8"))
    conf["o_bias"] = best[1]
    arrays["config"] = np.frombuffer(json.dumps(conf).encode("utf-8"), dtype=np.uint8)
    np.savez_compressed(model_path, **arrays)
    _say(cfg, f"O bias {best[1]} kept (dev F1 {best[0]:.4f})")
    return best[1], best[0]
