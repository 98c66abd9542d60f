"""Arabic named-entity recognition: PERS, LOC, ORG, MISC.

A BiLSTM-CRF tagger trained on ANERcorp (see ``data/README.md`` and ``isnad train ner``), with word vectors
learned from unlabeled news, a character CNN and place-name gazetteer features. It ships inside the package
and runs on numpy alone.

    >>> from isnad.ner import find_entities
    >>> find_entities("قال وزير الخارجية الفرنسي جان إيف لودريان في باريس ...")  # doctest: +SKIP
    [{"text": "جان إيف لودريان", "label": "PERS", "start": 26, "end": 41}, ...]

The model is loaded lazily, once (:func:`get_model`).
"""
from __future__ import annotations

import os
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .decode import entities_from_tags, sentences_of

__all__ = ["tag_tokens", "tag_sentences", "find_entities", "get_model", "NerModel", "LABELS", "default_model_path"]

LABELS = ("PERS", "LOC", "ORG", "MISC")
MODEL_FILE = "model.npz"
PLACES_FILE = "places.tsv.gz"


def default_model_path() -> Path:
    return Path(str(resources.files("isnad.ner").joinpath("data", MODEL_FILE)))


def shipped_arrays() -> dict:
    """The shipped model's arrays, kept uncompressed by :func:`isnad.cache.arrays`."""
    from isnad.cache import arrays

    return arrays("ner-model", default_model_path())


def shipped_places():
    """The shipped model's place list (its parsed form kept by :mod:`isnad.cache`)."""
    from .gazetteer import Gazetteer

    return Gazetteer.load(default_model_path().with_name(PLACES_FILE))


class NerModel:
    """A loaded tagger: tokens in, IOB2 tags out; text in, entities with character offsets out."""

    def __init__(self, path: str | os.PathLike | None = None, places: str | os.PathLike | None = None):
        from .gazetteer import Gazetteer
        from .infer import NumpyTagger

        path = Path(path) if path else default_model_path()
        if not path.exists():
            raise FileNotFoundError(f"NER model not found: {path}")
        places = Path(places) if places else path.with_name(PLACES_FILE)
        gaz = Gazetteer.load(places) if places.exists() else None
        self.path = path
        self.tagger = NumpyTagger.load(path, gaz)
        if self.tagger.cfg.get("use_gaz", True) and gaz is None:
            raise FileNotFoundError(f"the model needs its place list {places}")

    def tag_sentences(self, sentences: list[list[str]], consistent: bool = True) -> list[list[str]]:
        """IOB2 tags per sentence. ``consistent``: the sentences are running text (an article, a corpus in
        order), so a name tagged in one is also tagged where it recurs nearby (:mod:`isnad.ner.consistency`)."""
        sentences = [list(s) for s in sentences]
        tags = self.tagger.tag(sentences)
        if consistent:
            from .consistency import propagate

            tags = propagate(sentences, tags)
        return tags

    def tag_tokens(self, tokens: list[str]) -> list[str]:
        return self.tag_sentences([tokens], consistent=False)[0]

    def find_entities(self, text: str, tokens: list | None = None) -> list[dict]:
        """Entities of ``text``; ``tokens``: the text layer's tokens of it, when already computed."""
        return self.find_entities_many([(text, tokens)])[0]

    def find_entities_many(self, texts: list[tuple[str, list | None]]) -> list[list[dict]]:
        """Entities of several texts (each with its tokens, or None), the sentences of all of them tagged as
        one batch (faster than text by text); each text is its own running text for the consistency step."""
        from .consistency import propagate

        split = []
        for text, tokens in texts:
            if tokens is None:
                from isnad.arabic import tokenize

                tokens = tokenize(text)
            split.append(sentences_of(text, tokens))
        words = [[[t.text for t in s] for s in sents] for sents in split]
        tags = self.tagger.tag([w for ws in words for w in ws])
        out, k = [], 0
        for (text, _), sents, ws in zip(texts, split, words):
            found = []
            for toks, tg in zip(sents, propagate(ws, tags[k:k + len(ws)])):
                found.extend(entities_from_tags(text, toks, tg))
            k += len(ws)
            out.append(found)
        return out


@lru_cache(maxsize=1)
def _shipped() -> NerModel:
    return NerModel()


def get_model(path: str | os.PathLike | None = None) -> NerModel:
    """The shipped model, loaded on first use and cached (or a model file of your own, not cached)."""
    return NerModel(path) if path is not None else _shipped()


def tag_tokens(tokens: list[str]) -> list[str]:
    """IOB2 labels (``B-PERS``, ``I-LOC``, ``O`` …) for one sentence of surface tokens."""
    return get_model().tag_tokens(tokens)


def tag_sentences(sentences: list[list[str]], consistent: bool = True) -> list[list[str]]:
    """IOB2 labels for many sentences of running text at once (batched; faster than one by one)."""
    return get_model().tag_sentences(sentences, consistent=consistent)


def find_entities(text: str) -> list[dict]:
    """Entities of ``text`` as ``{"text", "label", "start", "end"}`` with ``text[start:end] == entity text``.

    A leading conjunction or preposition clitic is left out of the span (``وسوريا`` → ``سوريا``), the
    article is kept (``الأردن``).
    """
    return get_model().find_entities(text)
