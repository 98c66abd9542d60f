"""A second stance classifier over the character n-grams of the content and the cue, averaged with the linear
model of :mod:`.stance_model` (:class:`StanceEnsemble`).

The linear model reads light stems, markers and lexicons; Arabic morphology hides much of a word from a light
stem (اتهامات، بالاتهام، متهما share the n-grams اتهام، تهام but not a stem). This model reads the n-grams of 2 to 5
characters of each normalised content word (padded with ``<`` and ``>``) and of 2 to 4 characters of the cue's
words (prefixed ``§``), weighted by sublinear tf·idf and L2-normalised block by block, content and cue apart (as
scikit-learn's ``TfidfVectorizer`` on each), in a
multinomial logistic regression. The claim features carry the n-grams as ``cg:…`` counts
(:func:`gram_features`), so the same feature lists serve both models; the linear model never sees them.

Training uses scikit-learn (``isnad train stance``); inference is numpy alone (``data/stance_chars.npz``).
Cross-validated on the stance set's dev part, the average (weight :data:`WEIGHT`) gained about +0.014 accuracy
over the linear model alone; the held-out part, scored once at the end, did not move (0.742 both;
``docs/benchmarks.md``, branch ``stance18``).
"""
from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from ..arabic import norm_key

PREFIX = "cg:"
CUE = "§"  # the cue's n-grams: their own block, normalised apart from the content's
WEIGHT = 0.3  # share of this model in the averaged probabilities (chosen by cross-validation, dev part only)
C = 3.0  # inverse L2 strength of the logistic regression (chosen by cross-validation, dev part only)


def grams(cue: str, content: str) -> Counter:
    """Character n-grams of the content words (2-5) and of the cue words (2-4, prefixed ``§``), with counts."""
    out: Counter = Counter()
    for text, lo, hi, tag in ((content, 2, 5, ""), (cue, 2, 4, CUE)):
        for w in norm_key(text).split():
            w = f"<{w}>"
            for n in range(lo, hi + 1):
                for i in range(len(w) - n + 1):
                    out[tag + w[i:i + n]] += 1
    return out


def gram_features(cue: str, content: str) -> list[tuple[str, float]]:
    return [(PREFIX + g, float(k)) for g, k in sorted(grams(cue, content).items())]


def split_features(example) -> tuple[list, dict[str, float]]:
    """(the linear model's features, the n-gram counts) of one claim's feature list."""
    lin, cg = [], {}
    for f in example:
        if not isinstance(f, str) and f[0].startswith(PREFIX):
            cg[f[0][len(PREFIX):]] = f[1]
        else:
            lin.append(f)
    return lin, cg


@dataclass
class CharModel:
    classes: list[str]
    vocab: dict[str, int] = field(default_factory=dict)
    idf: np.ndarray | None = None
    coef: np.ndarray | None = None  # (n_features, n_classes)
    intercept: np.ndarray | None = None

    @cached_property
    def cue_columns(self) -> np.ndarray:
        """Which columns of the vocabulary are the cue's n-grams."""
        got = np.zeros(len(self.vocab), dtype=bool)
        got[[j for g, j in self.vocab.items() if g.startswith(CUE)]] = True
        return got

    def rows(self, counts: list[dict[str, float]]) -> list[tuple[np.ndarray, np.ndarray]]:
        """Each row's non-zero (columns, values) of sublinear tf·idf over the vocabulary, L2-normalised block by
        block (cue, content), as scikit-learn's ``TfidfTransformer`` gives them at training time."""
        cue = self.cue_columns
        out = []
        for cg in counts:
            hits = [(j, k) for g, k in cg.items() if k > 0 and (j := self.vocab.get(g)) is not None]
            cols = np.fromiter((j for j, _ in hits), dtype=np.int64, count=len(hits))
            tf = np.fromiter((1.0 + math.log(k) for _, k in hits), dtype=np.float32, count=len(hits))
            vals = tf * self.idf[cols]
            for block in (cue[cols], ~cue[cols]):
                norm = np.linalg.norm(vals[block])
                if norm > 0:
                    vals[block] /= norm
            out.append((cols, vals))
        return out

    def predict_proba_counts(self, counts: list[dict[str, float]]) -> np.ndarray:
        z = np.tile(self.intercept, (len(counts), 1)).astype(np.float32)
        for i, (cols, vals) in enumerate(self.rows(counts)):  # sparse rows: only their columns' weights are read
            z[i] += vals @ self.coef[cols]
        z = z - z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    @classmethod
    def fit(cls, counts: list[dict[str, float]], labels: list[str], weights, classes: list[str],
            c: float = C, min_df: int = 2) -> "CharModel":
        from scipy import sparse
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.feature_extraction.text import TfidfTransformer
        from sklearn.linear_model import LogisticRegression

        df = Counter(g for cg in counts for g in cg)
        kept = sorted(g for g, k in df.items() if k >= min_df)
        kept = [g for g in kept if not g.startswith(CUE)] + [g for g in kept if g.startswith(CUE)]
        vocab = {g: i for i, g in enumerate(kept)}
        n_content = sum(not g.startswith(CUE) for g in kept)
        dv = DictVectorizer(dtype=np.float64)
        dv.vocabulary_, dv.feature_names_ = vocab, kept
        x = dv.transform(counts).tocsc()
        blocks, idf = [], []
        for cols in (slice(0, n_content), slice(n_content, len(kept))):
            if cols.stop == cols.start:  # no n-gram in this block (no cue at all)
                continue
            tfidf = TfidfTransformer(sublinear_tf=True)
            blocks.append(tfidf.fit_transform(x[:, cols].tocsr()))
            idf.append(tfidf.idf_)
        x = sparse.hstack(blocks).tocsr()
        x.indices, x.indptr = x.indices.astype(np.int32), x.indptr.astype(np.int32)
        lr = LogisticRegression(C=c, max_iter=3000)
        lr.fit(x, labels, sample_weight=np.asarray(weights, dtype=np.float64))
        coef = np.zeros((len(vocab), len(classes)), dtype=np.float32)
        intercept = np.full(len(classes), -30.0, dtype=np.float32)  # a class never seen in training
        for k, name in enumerate(lr.classes_):
            coef[:, classes.index(name)] = lr.coef_[k] if len(lr.classes_) > 2 else (lr.coef_[0] * (1 if k else -1))
            intercept[classes.index(name)] = lr.intercept_[k] if len(lr.classes_) > 2 else 0.0
        return cls(list(classes), vocab, np.concatenate(idf).astype(np.float32), coef, intercept)

    def save(self, path) -> None:
        names = sorted(self.vocab, key=self.vocab.get)
        header = json.dumps({"classes": self.classes, "vocab": names}, ensure_ascii=False)
        np.savez_compressed(path, coef=self.coef.astype(np.float16), intercept=self.intercept, idf=self.idf,
                            header=np.frombuffer(header.encode("utf-8"), dtype=np.uint8))

    @classmethod
    def load(cls, path) -> "CharModel":
        with np.load(path) as z:
            header = json.loads(bytes(z["header"]).decode("utf-8"))
            coef, intercept, idf = z["coef"].astype(np.float32), z["intercept"], z["idf"]
        return cls(header["classes"], {g: i for i, g in enumerate(header["vocab"])}, idf, coef, intercept)


@dataclass
class StanceEnsemble:
    """The linear model and the n-gram model, their probabilities averaged (``weight`` to the n-gram model); the
    interface of :class:`isnad.learn.LinearModel` that the stance code uses (classes, meta, predict_proba,
    predict)."""
    linear: object
    chars: CharModel | None
    weight: float = WEIGHT

    @property
    def classes(self) -> list[str]:
        return self.linear.classes

    @property
    def meta(self) -> dict:
        return self.linear.meta

    def predict_proba(self, examples) -> np.ndarray:
        parts = [split_features(ex) for ex in examples]
        p = self.linear.predict_proba([lin for lin, _ in parts])
        if self.chars is None or not len(parts):
            return p
        q = self.chars.predict_proba_counts([cg for _, cg in parts])
        q = q[:, [self.chars.classes.index(c) for c in self.classes]]
        return (1 - self.weight) * p + self.weight * q

    def predict(self, examples) -> list[str]:
        p = self.predict_proba(examples)
        return [self.classes[k] for k in p.argmax(axis=1)] if len(p) else []
