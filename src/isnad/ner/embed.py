"""Word embeddings learned from the unlabeled news (``shared/data/unlabeled``) with gensim's word2vec.

Only used at training time; the shipped model stores the vectors it needs (see :mod:`isnad.ner.model`).
"""
from __future__ import annotations

import gzip
import os
import zlib
from pathlib import Path

from ..arabic.wordkeys import norm_word, simple_tokenize


def prepare_corpus(shards: list[str | os.PathLike], out_path: str | os.PathLike, *, progress: bool = True) -> int:
    """Tokenise and normalise every article of the gzip shards into ``out_path`` (one article a line).

    Returns the number of tokens written. Skipped when ``out_path`` exists and is newer than every shard.
    """
    out_path = Path(out_path)
    if out_path.exists() and all(out_path.stat().st_mtime >= Path(s).stat().st_mtime for s in shards):
        with out_path.open(encoding="utf-8") as fh:
            return sum(len(line.split()) for line in fh)
    from tqdm import tqdm

    tmp = out_path.with_suffix(".tmp")
    n = 0
    with tmp.open("w", encoding="utf-8") as out:
        for shard in shards:
            with gzip.open(shard, "rt", encoding="utf-8") as fh:
                for line in tqdm(fh, desc=f"tokenising {Path(shard).name}", unit=" articles", disable=not progress):
                    toks = [w for w in (norm_word(t.text) for t in simple_tokenize(line)) if w]
                    n += len(toks)
                    out.write(" ".join(toks))
                    out.write("\n")
    tmp.replace(out_path)
    return n


def _stable_hash(s: str) -> int:
    """A hash that does not change between interpreter runs (Python's ``hash`` of str does)."""
    return zlib.crc32(s.encode("utf-8"))


def train_word2vec(corpus_path: str | os.PathLike, *, dim: int = 100, window: int = 5, min_count: int = 5,
                   epochs: int = 5, sg: int = 1, negative: int = 5, seed: int = 1, workers: int = 1,
                   progress: bool = True):
    """Skip-gram word2vec on the prepared corpus; returns gensim ``KeyedVectors``.

    With ``workers=1`` the result is the same on every run (gensim is otherwise subject to thread timing).
    """
    from gensim.models import Word2Vec
    from gensim.models.callbacks import CallbackAny2Vec
    from gensim.models.word2vec import LineSentence
    from tqdm import tqdm

    bar = tqdm(total=epochs, desc="word2vec", unit=" epoch", disable=not progress)

    class _Tick(CallbackAny2Vec):
        def on_epoch_end(self, model):
            bar.update(1)

    model = Word2Vec(
        sentences=LineSentence(str(corpus_path), max_sentence_length=100000), vector_size=dim, window=window,
        min_count=min_count, sg=sg, negative=negative, epochs=epochs, seed=seed, workers=workers,
        hashfxn=_stable_hash, callbacks=[_Tick()],
    )
    bar.close()
    return model.wv
