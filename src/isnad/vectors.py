"""Word vectors learned from the unlabeled news (skip-gram word2vec on the two ANT shards, built by
``isnad train ner``), shared by every component that needs word meaning: the NER tagger's input, the stance
classifier's content features, and the comparison of claims by content.

The table ships as ``isnad/data/vectors.npz``: the vocabulary (normalised word keys, :mod:`isnad.arabic.wordkeys`,
row 0 padding, row 1 unknown) and the vectors as int8 rows with a float16 scale each. A model trained elsewhere
keeps its own ``vectors.npz`` beside its ``model.npz``.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from .arabic.memo import Memo
from .arabic.wordkeys import norm_word, simple_tokenize, strip_clitics
from .cache import arrays

VECTORS_FILE = "vectors.npz"
KEYS = ("words", "emb_q", "emb_scale")


def packaged_path() -> Path:
    return Path(str(resources.files("isnad").joinpath("data", VECTORS_FILE)))


def load_arrays(path: str | Path | None = None) -> dict[str, np.ndarray]:
    """The raw arrays of a vectors file (the packaged one by default: read once per process, through
    :func:`isnad.cache.arrays`; its arrays are read-only)."""
    if not path:
        return dict(packaged_arrays())
    with np.load(Path(path)) as z:
        return {k: z[k] for k in KEYS}


@lru_cache(maxsize=1)
def packaged_arrays() -> dict[str, np.ndarray]:
    """The packaged vectors' arrays, mapped from their form in :mod:`isnad.cache`."""
    found = arrays("vectors", packaged_path())
    return {k: found[k] for k in KEYS}


def save_arrays(path: str | Path, words: list[str], emb_q: np.ndarray, emb_scale: np.ndarray) -> None:
    assert not any("\n" in w for w in words)
    np.savez_compressed(path, words=np.frombuffer("\n".join(words).encode("utf-8"), dtype=np.uint8),
                        emb_q=emb_q, emb_scale=emb_scale)


class Quantized:
    """A table of int8 rows with a float16 scale each, made float32 only for the rows asked (``table[rows]``): the
    same numbers as the whole table made float32 at once, without its cost (a start-up uses a few hundred of its
    76,000 rows). ``np.asarray(table)`` gives the whole table."""

    def __init__(self, q: np.ndarray, scale: np.ndarray):
        self.q, self.scale = q, scale
        self.shape = q.shape

    def __getitem__(self, rows) -> np.ndarray:
        return self.q[rows].astype(np.float32) * self.scale[rows].astype(np.float32)[..., None]

    def __len__(self) -> int:
        return self.shape[0]

    def __array__(self, dtype=None, copy=None) -> np.ndarray:
        whole = self[:]
        return whole if dtype is None else whole.astype(dtype)


_last_index: tuple = (None, {})


def word_index(words: np.ndarray) -> dict[str, int]:
    """Word -> row of a vocabulary array (the words joined by newlines, as bytes). The NER tagger and the word
    vectors read the same packaged array: its index is built once (the array is kept, so it is the same one)."""
    global _last_index
    if _last_index[0] is not words:
        split = bytes(words).decode("utf-8").split("\n")
        _last_index = (words, dict(zip(split, range(len(split)))))
    return _last_index[1]


class WordVectors:
    """Unit-length word vectors with the look-up the project uses (whole key, then without proclitics)."""

    def __init__(self, arrays: dict[str, np.ndarray]):
        self.index = word_index(arrays["words"])
        self.table = Quantized(arrays["emb_q"], arrays["emb_scale"])
        self.dim = self.table.shape[1]
        self._rows = Memo("vectors: rows of words")  # a bounded number (see isnad.arabic.memo)
        self._last: tuple[str | None, list] = (None, [])  # the last text given to mean and its words' rows

    def rows(self, rows: list[int]) -> np.ndarray:
        """The unit vectors of these rows."""
        m = self.table[np.asarray(rows, dtype=np.int64)]
        return m / (np.linalg.norm(m, axis=1, keepdims=True) + 1e-6)

    def row(self, word: str) -> int | None:
        """Row of a surface word (normalised; proclitics removed when the whole word is unknown); kept per word,
        since the stance features ask it of every word of every claim (-1 kept for none)."""
        got = self._rows.get(word)
        if got is None:
            got = self._rows.recall(word)
            if got is None:
                got = self._rows.store(word, self._row(word))
        return got if got >= 0 else None

    def _row(self, word: str) -> int:
        key = norm_word(word)
        i = self.index.get(key)
        if i is None:
            i = self.index.get(strip_clitics(key)[1])
        return i if i is not None and i > 1 else -1

    def mean(self, text: str, first: int | None = None) -> np.ndarray:
        """Mean vector of the known words of ``text`` (of its first ``first`` words), zero when none is known."""
        if self._last[0] != text:  # (the stance features ask for a content's mean, then its opening's: read once)
            self._last = (text, [self.row(t.text) for t in simple_tokenize(text)])
        found = self._last[1]
        rows = [r for r in (found[:first] if first else found) if r is not None]
        return self.rows(rows).mean(axis=0) if rows else np.zeros(self.dim, dtype=np.float32)


@lru_cache(maxsize=1)
def word_vectors() -> WordVectors:
    return WordVectors(load_arrays())
