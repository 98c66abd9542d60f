"""Training and measuring the stance classifier (``isnad train stance``, ``isnad eval stance``)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..learn import LinearModel
from ..claims.lexicon import STANCES
from ..claims.stance_chars import WEIGHT, CharModel, StanceEnsemble, split_features
from .stance_data import Example


BALANCE = 0.5  # class weights (largest class count / class count) ** BALANCE, chosen by cross-validation
L2 = 3e-3  # chosen by cross-validation on the annotated development claims (docs/benchmarks.md)


def class_weights(examples: list[Example], balance: float = BALANCE) -> list[float]:
    """Each example's weight times its class's weight, so that the minority stances are not swamped by assert
    (the classes counted over the hand-labelled examples, weak ones aside)."""
    counts = Counter(e.label for e in examples if e.source != "weak") or Counter(e.label for e in examples)
    top = max(counts.values())
    return [e.weight * (top / counts.get(e.label, top)) ** balance for e in examples]


def train(examples: list[Example], balance: float = BALANCE, l2: float = L2, chars: float = WEIGHT,
          **kw) -> StanceEnsemble:
    """The linear model over the claim features and, unless ``chars`` is 0, the character n-gram model
    (:mod:`isnad.claims.stance_chars`) averaged with it at weight ``chars``."""
    parts = [split_features(e.features) for e in examples]
    labels, weights = [e.label for e in examples], class_weights(examples, balance)
    linear = LinearModel.fit([lin for lin, _ in parts], labels, weights, classes=list(STANCES), l2=l2, **kw)
    model = CharModel.fit([cg for _, cg in parts], labels, weights, list(STANCES)) if chars else None
    if model is not None:
        linear.meta["chars"] = chars
    return StanceEnsemble(linear, model, chars)


@dataclass
class Report:
    n: int = 0
    correct: int = 0
    confusion: Counter = field(default_factory=Counter)  # (gold, predicted) -> count

    @property
    def accuracy(self) -> float:
        return self.correct / self.n if self.n else 0.0

    def recall(self, label: str) -> tuple[float, int]:
        gold = sum(v for (g, _), v in self.confusion.items() if g == label)
        return (self.confusion[(label, label)] / gold if gold else float("nan")), gold

    def precision(self, label: str) -> tuple[float, int]:
        pred = sum(v for (_, p), v in self.confusion.items() if p == label)
        return (self.confusion[(label, label)] / pred if pred else float("nan")), pred

    def to_json(self) -> dict:
        return {"n": self.n, "accuracy": round(self.accuracy, 4),
                "recall": {s: round(self.recall(s)[0], 4) for s in STANCES if self.recall(s)[1]},
                "precision": {s: round(self.precision(s)[0], 4) for s in STANCES if self.precision(s)[1]},
                "support": {s: self.recall(s)[1] for s in STANCES if self.recall(s)[1]},
                "confusion": {f"{g}->{p}": v for (g, p), v in sorted(self.confusion.items())}}

    def table(self) -> str:
        lines = [f"n={self.n} accuracy={self.accuracy:.3f}", f"{'stance':<10}{'gold':>6}{'recall':>8}{'pred':>6}{'prec':>8}"]
        for s in STANCES:
            r, g = self.recall(s)
            p, k = self.precision(s)
            if g or k:
                lines.append(f"{s:<10}{g:>6}{r:>8.3f}{k:>6}{p:>8.3f}")
        return "\n".join(lines)


def evaluate(model, examples: list[Example]) -> Report:
    rep = Report()
    for e, p in zip(examples, model.predict([e.features for e in examples])):
        rep.n += 1
        rep.correct += p == e.label
        rep.confusion[(e.label, p)] += 1
    return rep


def out_of_fold(annotated_dev: list[Example], always: list[Example], folds: int = 5, seed: int = 0, **kw):
    """(example, probabilities, classes) for every annotated development claim, from a model trained without its
    article (folds by article; ``always`` is in every training fold)."""
    import random

    keys = sorted({e.key for e in annotated_dev})
    random.Random(seed).shuffle(keys)
    out = []
    for k in range(folds):
        test = set(keys[k::folds])
        model = train([e for e in annotated_dev if e.key not in test] + always, **kw)
        held = [e for e in annotated_dev if e.key in test]
        out += list(zip(held, model.predict_proba([e.features for e in held]), [model.classes] * len(held)))
    return out


def oof_report(oof) -> Report:
    """The classifier alone on the out-of-fold claims."""
    rep = Report()
    for e, p, classes in oof:
        pred = classes[int(p.argmax())]
        rep.n += 1
        rep.correct += pred == e.label
        rep.confusion[(e.label, pred)] += 1
    return rep


def choose_min_prob(oof) -> tuple[float, float, float]:
    """The classifier's probability needed to override the rules' ``assert`` that maximises the accuracy of the
    combination on the out-of-fold claims the engine found; returns (min_prob, its accuracy, the rules' accuracy)."""
    from ..claims.stance_model import combine

    rows = [(e, p, c) for e, p, c in oof if e.baseline]
    rules = sum(e.baseline == e.label for e, _, _ in rows) / len(rows)
    best = (0.0, 1.0)
    for t in [x / 20 for x in range(6, 20)]:
        acc = sum(combine(e.baseline, p, c, t) == e.label for e, p, c in rows) / len(rows)
        best = max(best, (acc, -t))
    return -best[1], best[0], rules
