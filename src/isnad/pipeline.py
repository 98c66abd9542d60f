"""The ordered stages of isnad, registered in one place, with a contract checked when a pipeline is built.

Each stage is a function ``(doc: Document, ctx: Context) -> None`` that adds to the document in place. A stage
declares the model attributes it ``requires`` (it cannot run without them), those it ``uses`` when present, and
those it ``provides`` (as Stanza's processors declare what they need and provide). :class:`Pipeline` checks,
once, after ``disable``/``stop_after`` are applied, that every required attribute is provided by ingestion or by
an earlier stage, and that every stage's module imports; it then runs the stages document by document.

A stage may also name a ``batch`` function ``(docs: list[Document], ctx) -> None`` that does the same work over
several documents at once (the tagger runs the sentences of many articles as one batch of matrix products).
:meth:`Pipeline.run_many` uses it, with a time limit per document; the process pool and the Dask engine
(:mod:`isnad.run`) call :meth:`Pipeline.run_many` on small groups of documents.
"""
from __future__ import annotations

import importlib
import logging
import os
import time
from dataclasses import dataclass, field, fields
from typing import Any, Callable, Iterable, Iterator

from . import model
from .model import Document

log = logging.getLogger("isnad")


@dataclass(frozen=True)
class Stage:
    name: str
    target: str  # "module:function"
    requires: tuple[str, ...] = ()  # model attributes, "Class.attribute"
    provides: tuple[str, ...] = ()
    uses: tuple[str, ...] = ()  # read when present, not required
    description: str = ""
    batch: str = ""  # "module:function" doing the same over a list of documents at once (optional)
    cached: tuple[str, ...] = ()  # "module:function" loading a structure kept in isnad.cache (see isnad.cache.warm)

    def load(self) -> Callable[[Document, "Context"], None]:
        return _resolve(self.target)

    def load_batch(self) -> Callable[[list[Document], "Context"], None] | None:
        return _resolve(self.batch) if self.batch else None


def _resolve(target: str):
    module, _, func = target.partition(":")
    return getattr(importlib.import_module(module), func)


# What ingestion (isnad.ingest) puts on the model before any stage runs.
INGESTED = ("Document.articles", "Document.related", "Article.text", "Article.paragraphs", "Article.title",
            "Article.published")
TEXT_LAYER = ("Article.tokens", "Article.sentences", "Article.quotes")

# The registry: every stage of the analysis, in the order they run.
STAGES: tuple[Stage, ...] = (
    Stage("text", "isnad.text.component:text_component", ("Article.text",), TEXT_LAYER,
          description="clitic-aware tokens, quotation-aware sentences, quotations",
          cached=("isnad.arabic.tokens:vocabulary",)),
    Stage("ner", "isnad.ner.component:ner_component", ("Article.tokens",), ("Article.entities",),
          description="persons, organisations, places, other names", batch="isnad.ner.component:ner_batch",
          cached=("isnad.ner:shipped_places", "isnad.ner:shipped_arrays", "isnad.vectors:packaged_arrays")),
    Stage("claims", "isnad.claims.component:claims_component", TEXT_LAYER, ("Article.claims",),
          uses=("Article.entities",), description="who said what, to whom, according to whom",
          cached=("isnad.claims.stance_lexicon:weights", "isnad.vectors:packaged_arrays")),
    Stage("facts", "isnad.facts.component:facts_component", ("Article.tokens",),
          ("Article.places", "Article.numbers", "Article.times", "Speaker.country"),
          uses=("Article.entities", "Article.claims"),
          description="places geocoded, numbers read, dates resolved",
          cached=("isnad.facts.geo.gazetteer:gazetteer",)),
    Stage("compare", "isnad.compare.component:compare_component", ("Article.claims",),
          ("Document.contradictions", "Document.groups"),
          uses=("Article.places", "Article.numbers", "Article.times", "Speaker.country"),
          description="claims that cannot all be true"),
)

STAGE_NAMES = tuple(s.name for s in STAGES)


DEBUG_ENV = "ISNAD_DEBUG"  # set to print the traceback of a document's failure (for developers)


def _debug_traceback() -> None:
    if os.environ.get(DEBUG_ENV):
        import traceback

        traceback.print_exc()


def _check_names(stage: Stage) -> None:
    """Every declared attribute names a field or property of a model class (a typo is a bug, caught here)."""
    for ref in stage.requires + stage.provides + stage.uses:
        cls_name, _, attr = ref.partition(".")
        cls = getattr(model, cls_name, None)
        names = {f.name for f in fields(cls)} | set(vars(cls)) if cls is not None else set()
        if attr not in names:
            raise PipelineError(f"stage {stage.name!r} declares {ref!r}, which is not an attribute of the model")


@dataclass
class Context:
    """Run-wide settings shared by the stages (publication date fallback, outlet, options)."""

    published: str | None = None
    outlet: str | None = None
    options: dict[str, Any] = field(default_factory=dict)


class PipelineError(ValueError):
    pass


def parse_stage_list(values: Iterable[str]) -> list[str]:
    """Stage names given as repeated and/or comma-separated options (``--disable ner,facts --disable compare``)."""
    return [x.strip() for v in values for x in str(v).split(",") if x.strip()]


def check_stages(stages: list[Stage]) -> None:
    """Raise :class:`PipelineError` (one line) naming, for each stage left out, the stages that need what it
    provides."""
    provided = set(INGESTED)
    missing: dict[str, tuple[list[str], list[str]]] = {}  # maker stage -> (needing stages, attributes)
    makers = {ref: s.name for s in STAGES for ref in s.provides}
    for s in stages:
        _check_names(s)
        for ref in s.requires:
            if ref not in provided:
                needers, refs = missing.setdefault(makers.get(ref, "?"), ([], []))
                needers.append(s.name) if s.name not in needers else None
                refs.append(ref) if ref not in refs else None
        provided.update(s.provides)
    if missing:
        parts = [f"{_and(needers)} need{'s' if len(needers) == 1 else ''} what the {maker} stage provides "
                 f"({', '.join(refs)}), and it is disabled" for maker, (needers, refs) in missing.items()]
        raise PipelineError("cannot run: " + "; ".join(parts))


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


class Pipeline:
    """The registered stages minus ``disable``, up to ``stop_after`` (inclusive), checked and loaded."""

    def __init__(self, disable: Iterable[str] = (), context: Context | None = None, stop_after: str | None = None):
        disable = set(disable)
        unknown = (disable | ({stop_after} if stop_after else set())) - set(STAGE_NAMES)
        if unknown:
            raise PipelineError(f"unknown stage(s): {', '.join(sorted(unknown))} (stages: {', '.join(STAGE_NAMES)})")
        stages = list(STAGES)
        if stop_after:
            stages = stages[:STAGE_NAMES.index(stop_after) + 1]
        self.stages = [s for s in stages if s.name not in disable]
        check_stages(self.stages)
        self.context = context or Context()
        self._funcs: list[tuple[Stage, Callable]] = []
        self._batch: dict[str, Callable] = {}
        for s in self.stages:
            try:
                self._funcs.append((s, s.load()))
                if s.batch:
                    self._batch[s.name] = s.load_batch()
            except (ImportError, AttributeError) as e:
                raise PipelineError(f"stage {s.name!r} cannot be loaded ({s.target}): {e}") from None

    def _prepare(self, doc: Document) -> None:
        ctx = self.context
        for art in doc.articles:
            if not art.published and ctx.published:
                art.published = ctx.published
            art.text  # noqa: B018 - fixes the text before any stage reads it
        if ctx.outlet and not doc.outlet:
            doc.outlet = ctx.outlet

    def __call__(self, doc: Document) -> Document:
        self._prepare(doc)
        for stage, func in self._funcs:
            log.debug("stage %s on %s", stage.name, doc.source)
            func(doc, self.context)
        return doc

    def run_many(self, docs: list[Document], limit: float | None = None) -> list[Document | BaseException]:
        """Run the stages over ``docs``, a batched stage once over all of them; each document gets ``limit``
        seconds (wall clock, all stages together; None: no limit). Returns, in order, each document analysed, or
        what stopped it: :class:`~isnad.run.limits.DocumentTimeout` or the exception its stage raised (the
        others go on). A batched stage's time is shared out by text length; when it fails or runs out of time,
        the documents go through that stage one by one instead."""
        from .run.limits import DocumentTimeout, time_limit

        failed: dict[int, BaseException] = {}
        for i, doc in enumerate(docs):
            try:
                self._prepare(doc)
            except Exception as e:  # noqa: BLE001 - one document's failure stops that document only
                failed[i] = e
        spent = [0.0] * len(docs)
        left = (lambda i: max(limit - spent[i], 1e-3)) if limit else (lambda i: None)  # noqa: E731
        for stage, func in self._funcs:
            live = [i for i in range(len(docs)) if i not in failed]
            batch = self._batch.get(stage.name)
            if batch is not None and len(live) > 1:
                sizes = [sum(len(a.text) for a in docs[i].articles) + 1 for i in live]
                t0 = time.monotonic()
                try:
                    with time_limit(sum(left(i) for i in live) if limit else None):
                        batch([docs[i] for i in live], self.context)
                except (DocumentTimeout, Exception):  # noqa: BLE001 - retried document by document below
                    _debug_traceback()
                else:
                    took = time.monotonic() - t0
                    for i, size in zip(live, sizes):
                        spent[i] += took * size / sum(sizes)
                        if limit and spent[i] > limit:
                            failed[i] = DocumentTimeout()
                    continue
            for i in live:
                t0 = time.monotonic()
                try:
                    with time_limit(left(i)):
                        func(docs[i], self.context)
                except (DocumentTimeout, Exception) as e:  # noqa: BLE001 - that document only
                    _debug_traceback()
                    failed[i] = e
                spent[i] += time.monotonic() - t0
        return [failed.get(i, doc) for i, doc in enumerate(docs)]

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            yield self(doc)
