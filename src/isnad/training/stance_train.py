"""Training and measuring the stance classifier (``isnad train stance``, ``isnad eval stance``)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..learn import LinearModel
from ..claims.lexicon import STANCES
from .stance_data import Example


def train(examples: list[Example], **kw) -> LinearModel:
    return LinearModel.fit([e.features for e in examples], [e.label for e in examples],
                           [e.weight for e in examples], classes=list(STANCES), **kw)


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


def evaluate(model: LinearModel, examples: list[Example]) -> Report:
    rep = Report()
    for e, p in zip(examples, model.predict([e.features for e in examples])):
        rep.n += 1
        rep.correct += p == e.label
        rep.confusion[(e.label, p)] += 1
    return rep
