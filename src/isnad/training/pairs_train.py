"""Fitting and measuring the pair scorer (``isnad train compare``, ``isnad eval compare``)."""
from __future__ import annotations

import random
from dataclasses import dataclass

import numpy as np

from ..compare.scorer import rule_fires
from ..learn import LinearModel
from .pairs_data import PairExample

CLASSES = ["no", "yes"]
# the threshold maximises F1 on out-of-fold predictions among those at least this precise, and at least as precise as
# the rules alone (the model adds pairs to the rules' only while the precision of the whole does not fall)
MIN_PRECISION = 0.5
L2_GRID = (1e-3, 3e-3, 1e-2, 3e-2, 0.1, 0.3)  # the regularisation is chosen among these by out-of-fold log loss


def fit(examples: list[PairExample], **kw) -> LinearModel:
    return LinearModel.fit([e.features for e in examples], [e.label for e in examples],
                           [e.weight for e in examples], classes=CLASSES, **kw)


def out_of_fold(examples: list[PairExample], folds: int = 5, seed: int = 0, **kw) -> np.ndarray:
    """P(yes) for every example from a model that did not see its article (folds by article)."""
    keys = sorted({e.key for e in examples})
    random.Random(seed).shuffle(keys)
    fold = {k: n % folds for n, k in enumerate(keys)}
    probs = np.zeros(len(examples))
    for f in range(folds):
        train = [e for e in examples if fold[e.key] != f]
        test = [n for n, e in enumerate(examples) if fold[e.key] == f]
        if not test or not train:
            continue
        m = fit(train, **kw)
        probs[test] = m.predict_proba([examples[n].features for n in test])[:, 1]
    return probs


def log_loss(probs: np.ndarray, labels: list[str]) -> float:
    y = np.array([lb == "yes" for lb in labels], dtype=float)
    q = np.clip(probs, 1e-9, 1 - 1e-9)
    return float(-np.mean(y * np.log(q) + (1 - y) * np.log(1 - q)))


def choose_l2(examples: list[PairExample], grid=L2_GRID, seeds=(0, 1, 2)) -> tuple[float, dict[float, float]]:
    """The L2 weight of :data:`L2_GRID` with the lowest out-of-fold log loss (after calibration), averaged over
    several fold assignments; also returns every candidate's loss."""
    labels = [e.label for e in examples]
    losses = {}
    for l2 in grid:
        losses[l2] = float(np.mean([log_loss(calibrate(out_of_fold(examples, seed=s, l2=l2), labels)[1], labels)
                                    for s in seeds]))
    return min(losses, key=losses.get), losses


def calibrate(probs: np.ndarray, labels: list[str]) -> tuple[float, np.ndarray]:
    """A temperature for the out-of-fold probabilities (minimum log loss), and the probabilities it gives."""
    y = np.array([lb == "yes" for lb in labels], dtype=float)
    z = np.log(np.clip(probs, 1e-9, 1 - 1e-9)) - np.log(np.clip(1 - probs, 1e-9, 1))
    best = None
    for t in np.linspace(0.3, 4.0, 75):
        q = 1 / (1 + np.exp(-z / t))
        loss = -np.mean(y * np.log(q + 1e-12) + (1 - y) * np.log(1 - q + 1e-12))
        if best is None or loss < best[0]:
            best = (loss, float(t), q)
    return best[1], best[2]


def choose_threshold(probs: np.ndarray, labels: list[str], rules: np.ndarray | None = None) -> float:
    """The threshold with the best F1 (the lowest one on a tie) among those whose precision reaches both
    :data:`MIN_PRECISION` and the precision of the rules alone (the best F1 when none does); ``rules`` marks the
    pairs reported whatever the model says (the rules' conflicts)."""
    y = np.array([lb == "yes" for lb in labels])
    fired = np.zeros(len(y), dtype=bool) if rules is None else rules
    floor = max(MIN_PRECISION, (fired & y).sum() / fired.sum() if fired.sum() else 0.0)
    best, best_any = (0.0, -0.5), (0.0, -0.5)
    for t in np.linspace(0.05, 0.95, 91):
        pred = (probs >= t) | fired
        tp = int((pred & y).sum())
        p = tp / pred.sum() if pred.sum() else 0.0
        r = tp / y.sum() if y.sum() else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        best_any = max(best_any, (f1, -float(t)))
        if p >= floor - 1e-9:
            best = max(best, (f1, -float(t)))
    return -best[1] if best[0] else -best_any[1]


@dataclass
class PRF:
    tp: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self) -> str:
        return (f"P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} "
                f"(tp {self.tp}, predicted {self.predicted}, gold {self.gold})")


def classify(model: LinearModel, examples: list[PairExample], threshold: float) -> PRF:
    """Pairs flagged by the scorer against their labels; a pair the stage never compares (same source, one
    inside the other, or a claim not found) counts as a miss."""
    out = PRF()
    probs = model.predict_proba([e.features for e in examples])[:, 1] if examples else np.zeros(0)
    for e, p in zip(examples, probs):
        flagged = bool((p >= threshold or rule_fires(e.features)) and e.comparable)
        out.gold += e.label == "yes"
        out.predicted += flagged
        out.tp += flagged and e.label == "yes"
    return out
