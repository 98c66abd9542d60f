"""The learned pair scorer: the probability that two claims cannot both be true, from the features of
:mod:`.evidence`. A linear model (:mod:`isnad.learn`) trained by ``isnad train compare`` on isnad's annotated pair
set and the shared dev pages, shipped as ``data/pair_model.npz`` with its decision threshold; its probabilities
are calibrated (a temperature fitted on held-apart folds). A pair the rules call a conflict (a rule's verdict, or a
denial tied to its best target) is always reported; the model adds the pairs the rules miss when its probability
reaches the threshold, which ``isnad train compare`` chooses for that combination. Without the model file, the
rules' verdicts alone decide (a rule's conflict scores :data:`RULE_SCORE`)."""
from __future__ import annotations

import logging
from functools import lru_cache
from importlib import resources

import numpy as np

from ..learn import LinearModel

MODEL_FILE = "data/pair_model.npz"
RULE_SCORE = 0.6
DEFAULT_THRESHOLD = 0.5


def model_path():
    return resources.files("isnad.compare").joinpath(MODEL_FILE)


@lru_cache(maxsize=1)
def pair_model() -> LinearModel | None:
    path = model_path()
    if not path.is_file():
        logging.getLogger("isnad").warning("pair model not found (%s); contradictions come from the rules alone",
                                           MODEL_FILE)
        return None
    with resources.as_file(path) as p:
        return LinearModel.load(p)


def threshold() -> float:
    m = pair_model()
    return float(m.meta.get("threshold", DEFAULT_THRESHOLD)) if m is not None else RULE_SCORE


def rule_fires(features: list) -> bool:
    """Do the rules call this pair a conflict (a rule's verdict, or a denial tied to its best target)?"""
    return any(isinstance(f, str) and f.startswith(RULE_FEATURES) for f in features)


RULE_FEATURES = ("rule:", "deny:top")


def probabilities(features: list[list]) -> np.ndarray:
    """The score of each pair: the model's P(contradiction), raised to the threshold when the rules fire (the
    rules' verdict alone when no model is shipped)."""
    rules = np.array([rule_fires(fs) for fs in features], dtype=bool)
    m = pair_model()
    if m is None:
        return np.where(rules, RULE_SCORE, 0.0)
    if not features:
        return np.zeros(0)
    probs = m.predict_proba(features)[:, m.classes.index("yes")]
    return np.where(rules, np.maximum(probs, threshold()), probs)
