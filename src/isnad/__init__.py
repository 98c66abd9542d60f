"""isnad: who said what, to whom, according to whom — source-attributed claims from Arabic news.

The public interface for programs (documented in the README, "Python API")::

    import isnad
    doc = isnad.analyze("قال المتحدث إن ...", published="2024-03-05")   # text, bytes or a path
    doc.to_json()                                                       # the JSON of `isnad analyze`

``analyze``, ``analyze_many``, ``Pipeline``, ``Context``, ``PipelineError``, ``InputError``, ``STAGE_NAMES``,
``json_schema``, ``check_output`` and the data objects of :mod:`isnad.model` are loaded on first use, so that
``import isnad`` stays light (no numpy, lxml or extractor is imported until a name is used).
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS = {
    "analyze": "isnad.api", "analyze_many": "isnad.api",
    "Pipeline": "isnad.pipeline", "Context": "isnad.pipeline", "PipelineError": "isnad.pipeline",
    "STAGE_NAMES": "isnad.pipeline",
    "InputError": "isnad.ingest.errors",
    "json_schema": "isnad.schema", "check_output": "isnad.schema",
    **{name: "isnad.model" for name in ("Document", "Article", "Claim", "Span", "Entity", "Speaker", "Cue", "Via",
                                         "Place", "Number", "TimeExpr", "Contradiction", "EventGroup",
                                         "RelatedItem")},
}
__all__ = ["__version__", *_EXPORTS]

if TYPE_CHECKING:  # for type checkers and editors; at run time the names load lazily (below)
    from .api import analyze, analyze_many
    from .ingest.errors import InputError
    from .model import (Article, Claim, Contradiction, Cue, Document, Entity, EventGroup, Number, Place,
                        RelatedItem, Span, Speaker, TimeExpr, Via)
    from .pipeline import STAGE_NAMES, Context, Pipeline, PipelineError
    from .schema import check_output, json_schema


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'isnad' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value  # once loaded, a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
