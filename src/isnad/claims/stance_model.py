"""The learned stance of claims: a linear classifier (:mod:`isnad.learn`) over :mod:`.stance_features`, averaged
with a character n-gram classifier (:mod:`.stance_chars`), trained by ``isnad train stance`` and shipped as
``data/stance_model.npz`` and ``data/stance_chars.npz`` (without the second file, the linear model alone).

The claims stage gives every claim the engine's stance first (the cue's default corrected by content rules); the
classifier then overrides an ``assert`` when it finds another stance with probability at least the model's
``min_prob`` (chosen by cross-validation on the annotated development claims, stored in the model file): the
rules keep what they decide (a denial verb, a call), and the classifier catches what the verb hides (قال +
«هذه الأنباء لا أساس لها»). Measured on the held-out annotated claims, the classifier alone did not beat the rules
on the claims the engine finds, hence this combination (see ``docs/benchmarks.md``). Without the model file the
rule stance stays."""
from __future__ import annotations

import logging
from functools import lru_cache
from importlib import resources

from ..learn import LinearModel
from ..model import Article
from .stance_chars import CharModel, StanceEnsemble
from .stance_features import claim_features

MODEL_FILE = "data/stance_model.npz"
CHARS_FILE = "data/stance_chars.npz"


def model_path():
    return resources.files("isnad.claims").joinpath(MODEL_FILE)


def chars_path():
    return resources.files("isnad.claims").joinpath(CHARS_FILE)


@lru_cache(maxsize=1)
def stance_model() -> StanceEnsemble | None:
    path = model_path()
    if not path.is_file():
        logging.getLogger("isnad").warning("stance model not found (%s); the rule stance is kept", MODEL_FILE)
        return None
    with resources.as_file(path) as p:
        linear = LinearModel.load(p)
    chars = None
    if chars_path().is_file() and linear.meta.get("chars"):
        with resources.as_file(chars_path()) as p:
            chars = CharModel.load(p)
    return StanceEnsemble(linear, chars, float(linear.meta.get("chars") or 0.0))


DEFAULT_MIN_PROB = 0.5


def combine(rule: str, probs, classes: list[str], min_prob: float) -> str:
    """The stance of a claim from the rules' stance and the classifier's probabilities (see module doc)."""
    k = int(probs.argmax())
    if rule == "assert" and classes[k] != "assert" and probs[k] >= min_prob:
        return classes[k]
    return rule


def apply_stance(article: Article, model: StanceEnsemble | None = None) -> None:
    """Correct the rule stance of the claims of ``article`` with the classifier (see module doc)."""
    model = model or stance_model()
    if model is None or not article.claims:
        return
    text = article.text
    min_prob = float(model.meta.get("min_prob", DEFAULT_MIN_PROB))
    probs = model.predict_proba([claim_features(c, text) for c in article.claims])
    for claim, p in zip(article.claims, probs):
        claim.stance = combine(claim.stance, p, model.classes, min_prob)


def predict_stance(claim, article: Article) -> str:
    """The stance of one claim whose rule stance is ``claim.stance`` (unchanged when no model is shipped)."""
    model = stance_model()
    if model is None:
        return claim.stance
    p = model.predict_proba([claim_features(claim, article.text)])[0]
    return combine(claim.stance, p, model.classes, float(model.meta.get("min_prob", DEFAULT_MIN_PROB)))
