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
    ner_batch([doc], ctx)


def ner_batch(docs, ctx=None) -> None:
    """The same for several documents, their sentences tagged as one batch (the pipeline's batched call)."""
    from isnad.model import Entity

    from . import default_model_path, get_model

    if not default_model_path().exists():
        _warn_missing()
        return
    arts = [art for doc in docs for art in doc.articles]
    for art, found in zip(arts, get_model().find_entities_many([(a.text, a.tokens) for a in arts])):
        art.entities = [Entity(text=e["text"], start=e["start"], end=e["end"], label=e["label"]) for e in found]
