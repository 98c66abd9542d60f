"""The learned stance of claims: a linear classifier (:mod:`isnad.learn`) over :mod:`.stance_features`, trained by
``isnad train stance`` and shipped as ``data/stance_model.npz``. The claims stage applies it to every claim the
engine found; without the model file the engine's rule stance stays."""
from __future__ import annotations

import logging
from functools import lru_cache
from importlib import resources

from ..learn import LinearModel
from ..model import Article
from .stance_features import claim_features

MODEL_FILE = "data/stance_model.npz"


def model_path():
    return resources.files("isnad.claims").joinpath(MODEL_FILE)


@lru_cache(maxsize=1)
def stance_model() -> LinearModel | None:
    path = model_path()
    if not path.is_file():
        logging.getLogger("isnad").warning("stance model not found (%s); the rule stance is kept", MODEL_FILE)
        return None
    with resources.as_file(path) as p:
        return LinearModel.load(p)


def apply_stance(article: Article, model: LinearModel | None = None) -> None:
    """Set the stance of every claim of ``article`` from the classifier."""
    model = model or stance_model()
    if model is None or not article.claims:
        return
    text = article.text
    for claim, label in zip(article.claims, model.predict([claim_features(c, text) for c in article.claims])):
        claim.stance = label


def predict_stance(claim, article: Article) -> str:
    """The classifier's stance of one claim (the claim's own stance when no model is shipped)."""
    model = stance_model()
    return model.predict([claim_features(claim, article.text)])[0] if model is not None else claim.stance
