"""The ordered stages of isnad, registered in one place.

Each stage is a function ``(doc: Document, ctx: Context) -> None`` that adds to the document in place. A stage
declares what it needs and what it provides (as Stanza's processors do); :class:`Pipeline` checks the order once
when it is built, imports each stage lazily, and runs them document by document.
"""
from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

from .model import Document


@dataclass(frozen=True)
class Stage:
    name: str
    target: str  # "module:function"
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ()
    description: str = ""

    def available(self) -> bool:
        """Whether the stage's module is present in this installation."""
        try:
            return importlib.util.find_spec(self.target.partition(":")[0]) is not None
        except ModuleNotFoundError:  # the stage's parent package is not there either
            return False

    def load(self) -> Callable[[Document, "Context"], None]:
        module, _, func = self.target.partition(":")
        return getattr(importlib.import_module(module), func)


# The registry: every stage of the analysis, in the order they run. Ingestion (isnad.ingest) produces the
# Documents that enter here.
STAGES: tuple[Stage, ...] = (
    Stage("text", "isnad.text.component:text_component", ("articles",), ("tokens", "sentences"),
          "clitic-aware tokens and quotation-aware sentences"),
    Stage("ner", "isnad.ner.component:ner_component", ("tokens",), ("entities",),
          "persons, organisations, places, other names"),
    Stage("claims", "isnad.claims.component:claims_component", ("tokens", "sentences", "entities"), ("claims",),
          "who said what, to whom, according to whom"),
    Stage("facts", "isnad.facts.component:facts_component", ("tokens", "claims"), ("places", "numbers", "times"),
          "places geocoded, numbers read, dates resolved"),
    Stage("compare", "isnad.compare.component:compare_component", ("claims", "places", "numbers", "times"),
          ("contradictions",), "claims that cannot all be true"),
)

STAGE_NAMES = tuple(s.name for s in STAGES)


@dataclass
class Context:
    """Run-wide settings shared by the stages (publication date fallback, outlet, options)."""

    published: str | None = None
    outlet: str | None = None
    options: dict[str, Any] = field(default_factory=dict)


class PipelineError(ValueError):
    pass


class Pipeline:
    def __init__(self, disable: Iterable[str] = (), context: Context | None = None):
        disable = set(disable)
        unknown = disable - set(STAGE_NAMES)
        if unknown:
            raise PipelineError(f"unknown stage(s): {', '.join(sorted(unknown))} (stages: {', '.join(STAGE_NAMES)})")
        # A disabled stage's products are simply absent; the stages after it see empty layers.
        self.stages = [s for s in STAGES if s.name not in disable and s.available()]
        self.context = context or Context()
        self._funcs: list[tuple[Stage, Callable]] | None = None

    def _loaded(self) -> list[tuple[Stage, Callable]]:
        if self._funcs is None:
            self._funcs = [(s, s.load()) for s in self.stages]
        return self._funcs

    def __call__(self, doc: Document) -> Document:
        ctx = self.context
        for art in doc.articles:
            if not art.published and ctx.published:
                art.published = ctx.published
        if ctx.outlet and not doc.outlet:
            doc.outlet = ctx.outlet
        for _, func in self._loaded():
            func(doc, ctx)
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            yield self(doc)
