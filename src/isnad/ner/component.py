"""Pipeline stage ``ner``: ``article.entities`` from the shipped tagger, on the text layer's tokens."""
from __future__ import annotations

_WARNED = []


def _warn_missing() -> None:
    """A checkout without the model file (before ``isnad train ner``): say so once, leave entities empty."""
    if not _WARNED:
        import logging

        _WARNED.append(True)
        logging.getLogger("isnad").warning(
            "NER model file not found; entities are left empty (build it with `isnad train ner`)")


def ner_component(doc, ctx=None) -> None:
    """Set ``article.entities`` for every article of ``doc``, on the text layer's (cached) tokens."""
    from isnad.model import Entity

    from . import default_model_path, get_model

    if not default_model_path().exists():
        _warn_missing()
        return
    model = get_model()
    for art in doc.articles:
        art.entities = [Entity(text=e["text"], start=e["start"], end=e["end"], label=e["label"])
                        for e in model.find_entities(art.text, art.tokens)]
