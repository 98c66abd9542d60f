"""The learned pair scorer: the probability that two claims cannot both be true, from the features of
:mod:`.evidence`. A linear model (:mod:`isnad.learn`) trained by ``isnad train compare`` on isnad's annotated pair
set and the shared dev pages, shipped as ``data/pair_model.npz`` with its decision threshold; its probabilities
are calibrated (a temperature fitted on held-apart folds). Without the model file, the rules' verdicts alone
decide (a rule's conflict scores :data:`RULE_SCORE`)."""
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


def probabilities(features: list[list]) -> np.ndarray:
    """P(contradiction) for each pair's features (the rules' verdict when no model is shipped)."""
    m = pair_model()
    if m is None:
        return np.array([RULE_SCORE if any(isinstance(f, str) and f.startswith(("rule:", "deny:top")) for f in fs)
                         else 0.0 for fs in features])
    if not features:
        return np.zeros(0)
    return m.predict_proba(features)[:, m.classes.index("yes")]
