"""A small linear classifier (multinomial logistic regression) over named sparse features, in numpy alone.

Used where a decision rests on meaning and is learned from annotated data, with the rules' evidence as features
(stance of a claim, whether two claims conflict). An example is a list of feature names (strings, each with value
1, or ``(name, value)`` pairs); the model keeps the vocabulary of features seen at least ``min_count`` times in
training, one weight per feature and class, and a bias per class. Training is full-batch gradient descent
(Adam) on the L2-regularised, example-weighted log loss; it is deterministic. A model is saved as one ``.npz``
file (weights) with its vocabulary and classes inside, so inference needs nothing but numpy.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence, Union

import numpy as np

Feature = Union[str, tuple[str, float]]


def _pairs(example: Iterable[Feature]) -> list[tuple[str, float]]:
    return [(f, 1.0) if isinstance(f, str) else (f[0], float(f[1])) for f in example]


@dataclass
class LinearModel:
    classes: list[str]
    vocab: dict[str, int] = field(default_factory=dict)
    weights: np.ndarray | None = None  # (n_features, n_classes)
    bias: np.ndarray | None = None  # (n_classes,)
    meta: dict = field(default_factory=dict)

    # --- inference ---------------------------------------------------------------------------------------------
    def _encode(self, examples: Sequence[Iterable[Feature]]):
        rows, cols, vals = [], [], []
        for i, ex in enumerate(examples):
            for name, v in _pairs(ex):
                j = self.vocab.get(name)
                if j is not None and v:
                    rows.append(i)
                    cols.append(j)
                    vals.append(v)
        return np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64), np.asarray(vals, dtype=np.float64)

    def _logits(self, n: int, rows, cols, vals, weights=None, bias=None) -> np.ndarray:
        w = self.weights if weights is None else weights
        b = self.bias if bias is None else bias
        out = np.tile(b, (n, 1)).astype(np.float64)
        if len(rows):
            for k in range(out.shape[1]):  # bincount: a sparse product, far faster than np.add.at
                out[:, k] += np.bincount(rows, weights=w[cols, k] * vals, minlength=n)
        return out

    def predict_proba(self, examples: Sequence[Iterable[Feature]]) -> np.ndarray:
        """Class probabilities, one row per example (columns in the order of :attr:`classes`)."""
        if not examples:
            return np.zeros((0, len(self.classes)))
        rows, cols, vals = self._encode(examples)
        return _softmax(self._logits(len(examples), rows, cols, vals) / self.meta.get("temperature", 1.0))

    def predict(self, examples: Sequence[Iterable[Feature]]) -> list[str]:
        p = self.predict_proba(examples)
        return [self.classes[k] for k in p.argmax(axis=1)] if len(p) else []

    def explain(self, example: Iterable[Feature], label: str, top: int = 8) -> list[tuple[str, float]]:
        """The features that push ``example`` towards ``label`` most (name, contribution)."""
        k = self.classes.index(label)
        out = [(name, float(self.weights[self.vocab[name], k] * v)) for name, v in _pairs(example)
               if name in self.vocab]
        return sorted(out, key=lambda x: -x[1])[:top]

    # --- training ----------------------------------------------------------------------------------------------
    @classmethod
    def fit(cls, examples: Sequence[Iterable[Feature]], labels: Sequence[str], weights: Sequence[float] | None = None,
            classes: Sequence[str] | None = None, min_count: int = 2, l2: float = 1e-3, epochs: int = 300,
            lr: float = 0.05) -> "LinearModel":
        classes = list(classes or sorted(set(labels)))
        counts = Counter(name for ex in examples for name, _ in _pairs(ex))
        vocab = {name: i for i, name in enumerate(sorted(n for n, c in counts.items() if c >= min_count))}
        model = cls(classes, vocab)
        n, k, f = len(examples), len(classes), len(vocab)
        y = np.zeros((n, k))
        y[np.arange(n), [classes.index(lb) for lb in labels]] = 1.0
        sw = np.ones(n) if weights is None else np.asarray(weights, dtype=np.float64)
        sw = sw / sw.sum()
        rows, cols, vals = model._encode(examples)
        forward, backward = _products(n, f, k, rows, cols, vals, model)
        w, b = np.zeros((f, k)), np.zeros(k)
        mw, vw, mb, vb = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
        beta1, beta2, eps = 0.9, 0.999, 1e-8
        for t in range(1, epochs + 1):
            p = _softmax(forward(w) + b)
            g = (p - y) * sw[:, None]
            gw = l2 * w + backward(g)
            gb = g.sum(axis=0)
            mw = beta1 * mw + (1 - beta1) * gw
            vw = beta2 * vw + (1 - beta2) * gw * gw
            mb = beta1 * mb + (1 - beta1) * gb
            vb = beta2 * vb + (1 - beta2) * gb * gb
            corr = np.sqrt(1 - beta2 ** t) / (1 - beta1 ** t)
            w -= lr * corr * mw / (np.sqrt(vw) + eps)
            b -= lr * corr * mb / (np.sqrt(vb) + eps)
        model.weights, model.bias = w.astype(np.float32), b.astype(np.float32)
        model.meta = {"examples": n, "features": f, "l2": l2, "epochs": epochs, "min_count": min_count}
        return model

    # --- files -------------------------------------------------------------------------------------------------
    def save(self, path: Path) -> None:
        names = [None] * len(self.vocab)
        for name, i in self.vocab.items():
            names[i] = name
        header = json.dumps({"classes": self.classes, "vocab": names, "meta": self.meta}, ensure_ascii=False)
        np.savez_compressed(path, weights=self.weights.astype(np.float16), bias=self.bias,
                            header=np.frombuffer(header.encode("utf-8"), dtype=np.uint8))

    @classmethod
    def load(cls, path) -> "LinearModel":
        with np.load(path) as z:
            header = json.loads(bytes(z["header"]).decode("utf-8"))
            weights, bias = z["weights"].astype(np.float32), z["bias"].astype(np.float32)
        vocab = {name: i for i, name in enumerate(header["vocab"])}
        return cls(header["classes"], vocab, weights, bias, header.get("meta", {}))


def _products(n: int, f: int, k: int, rows, cols, vals, model: LinearModel):
    """The two sparse products of training, X·W (n, k) and Xᵀ·G (f, k): with scipy's sparse matrices when scipy
    is installed (training only: it comes with the ``train`` extra), else with numpy's bincount (same result,
    slower)."""
    try:
        from scipy import sparse
    except ImportError:
        def backward_np(g):
            out = np.zeros((f, k))
            for c in range(k):
                out[:, c] = np.bincount(cols, weights=g[rows, c] * vals, minlength=f)
            return out
        zero = np.zeros(k)
        return (lambda w: model._logits(n, rows, cols, vals, w, zero)), backward_np
    x = sparse.csr_matrix((vals, (rows, cols)), shape=(n, f))
    xt = x.T.tocsr()
    return (lambda w: np.asarray(x @ w)), (lambda g: np.asarray(xt @ g))


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)
