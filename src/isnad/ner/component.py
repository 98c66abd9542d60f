"""Pipeline stage ``ner``: ``article.entities`` from the shipped tagger, on the text layer's tokens."""
from __future__ import annotations


def _entity(d: dict):
    try:
        from isnad.model import Entity
    except ImportError:  # data model not available: plain dicts
        return d
    return Entity(text=d["text"], start=d["start"], end=d["end"], label=d["label"])


_WARNED = []


def _warn_missing() -> None:
    """A checkout without the model file (before ``isnad train ner``): say so once, leave entities empty."""
    if not _WARNED:
        import sys

        _WARNED.append(True)
        print("isnad: NER model file not found; entities are left empty (build it with `isnad train ner`)",
              file=sys.stderr)


def ner_component(doc, ctx=None) -> None:
    """Set ``article.entities`` for every article of ``doc`` (reusing the text layer's tokens when present)."""
    from . import default_model_path, get_model
    from .decode import entities_from_tags, sentences_of, text_tokens

    if not default_model_path().exists():
        _warn_missing()
        return
    model = get_model()
    for art in doc.articles:
        text = art.text
        tokens = None
        layers = getattr(art, "layers", None)
        if isinstance(layers, dict):
            tokens = layers.get("tokens")
        if tokens is None:
            tokens = text_tokens(text)
        sents = sentences_of(text, tokens)
        tags = model.tag_sentences([[t.text for t in s] for s in sents])
        ents = []
        for toks, tg in zip(sents, tags):
            ents.extend(entities_from_tags(text, toks, tg))
        art.entities = [_entity(e) for e in ents]
