"""Pipeline stage ``text``: the text layer of every article (``Article.tokens``, ``.sentences``, ``.quotes``),
computed once with the Arabic library :mod:`isnad.arabic` and read by every later stage."""
from .component import annotate, text_component

__all__ = ["annotate", "text_component"]
