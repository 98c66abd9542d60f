"""Running the pipeline over many documents: in this process, on a pool of worker processes, or on a Dask cluster.

Every engine does the same thing with the same pieces, so that they give the same output:

- the input (documents, or the one-line errors of inputs that could not be read, in order) is cut into
  **groups** of consecutive documents (:func:`groups`: up to ``batch_size`` documents and ``MAX_GROUP_CHARS``
  characters), whatever the engine and the number of workers;
- each group is analysed by :func:`analyse_group` — :meth:`isnad.pipeline.Pipeline.run_many` with a time limit
  per document, then ``render`` applied to every analysed document where it was analysed (JSON text by default);
- the outcomes come back **in input order**, one per input item, with at most a bounded window of groups in
  flight, so memory does not grow with the corpus.

The API the CLI (``isnad analyze``) and the store can call::

    from isnad.run import RunOptions, run
    for outcome in run(read_paths(paths), RunOptions(workers=4, timeout=60)):
        if outcome.error: print(outcome.error)        # a one-line message: unreadable input, failure, time limit
        else: use(outcome.value)                        # what ``render`` made of the analysed document

``engine="pool"`` (the default with more than one worker) uses :mod:`isnad.run.pool`, ``engine="dask"`` uses
:mod:`isnad.run.dask_engine`; one worker runs in this process.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from ..model import Document

MAX_GROUP_CHARS = 400_000  # a group stops growing past this many characters of text
DEFAULT_TIMEOUT = 60.0  # seconds per document
DEFAULT_BATCH = 16  # documents per group
# analysed once by each worker before its first document: every stage loads what it needs
WARM_UP_TEXT = ("قال وزير الخارجية أحمد العلي في دمشق يوم الاثنين 5 مايو 2020 إن «نحو 30 شخصا قتلوا في الهجوم».\n\n"
                "ونفى المتحدث باسم الجيش ذلك، وأكد أن القوات لم تدخل مدينة حلب.")


@dataclass(frozen=True)
class RunOptions:
    """How to run: the pipeline's settings, the engine's, and what becomes of each analysed document."""

    disable: tuple[str, ...] = ()
    published: str | None = None
    outlet: str | None = None
    timeout: float | None = DEFAULT_TIMEOUT  # per document, seconds; None or 0: no limit
    batch_size: int = DEFAULT_BATCH
    workers: int = 1
    render: str = "isnad.run:json_text"  # "module:function" applied to each analysed document, where it ran
    factory: str = ""  # "module:function(options) -> pipeline" to run a pipeline of one's own (default: isnad's)

    def pipeline(self, warm: bool = True):
        """The pipeline, its models and lexicons loaded (by analysing a short text once, so that loading is not
        charged to the first document's time limit; the collector kept out of it, see :mod:`.collector`)."""
        from ..ingest import parse_page
        from ..pipeline import Context, Pipeline
        from .collector import loading

        with loading():
            if self.factory:
                pipeline = resolve(self.factory)(self)
            else:
                pipeline = Pipeline(disable=self.disable,
                                    context=Context(published=self.published, outlet=self.outlet))
            if warm:
                pipeline.run_many([parse_page(WARM_UP_TEXT, source="warm-up")])
        return pipeline

    def warm_cache(self) -> None:
        """Write the cached forms (:mod:`isnad.cache`) that the stages this run keeps read, where missing, in this
        process: before worker processes start, so that they read them instead of each building them (with a
        ``factory`` too: the forms of isnad's stages). Costs the forms' digests when they are there already."""
        from ..cache import warm
        from ..pipeline import STAGES

        warm(loader for s in STAGES if s.name not in self.disable for loader in s.cached)


@dataclass
class Outcome:
    """What became of one input item: ``value`` (the render of the analysed document) or ``error`` (one line)."""

    source: str
    value: Any = None
    error: str | None = None
    timeout: bool = False
    internal: bool = False  # the error is a failure inside isnad (exit status 3), not a rejected input


@dataclass
class Group:
    """Consecutive input items: documents to analyse and, in their places, errors of unreadable inputs."""

    seq: int
    items: list = field(default_factory=list)  # Document | InputError

    @property
    def docs(self) -> list[tuple[int, Document]]:
        return [(k, x) for k, x in enumerate(self.items) if isinstance(x, Document)]


class RunError(RuntimeError):
    """The run itself cannot go on (a worker cannot start, the scheduler cannot be reached): one line."""


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def json_text(doc: Document) -> str:
    """The document's JSON on one line (``isnad analyze --format json``)."""
    return json.dumps(doc.to_json(), ensure_ascii=False)


def json_pretty(doc: Document) -> str:
    return json.dumps(doc.to_json(), ensure_ascii=False, indent=2)


def plain_text(doc: Document) -> str:
    from ..render import format_document

    return format_document(doc)


def without_text_layer(doc: Document) -> Document:
    """The analysed document itself, minus the text layer (tokens are large and not part of the output)."""
    for art in doc.articles:
        art.tokens = art.sentences = art.quotes = None
    return doc


def resolve(target: str):
    import importlib

    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


def groups(items: Iterable, batch_size: int = DEFAULT_BATCH, max_chars: int = MAX_GROUP_CHARS) -> Iterator[Group]:
    """Cut the input into groups of consecutive items (see the module doc); an error never waits for a
    document to fill its group's place."""
    seq, cur, n_docs, chars = 0, [], 0, 0
    for item in items:
        cur.append(item)
        if isinstance(item, Document):
            n_docs += 1
            chars += sum(len(p) for a in item.articles for p in a.paragraphs)
        if n_docs >= max(1, batch_size) or chars >= max_chars:
            yield Group(seq, cur)
            seq, cur, n_docs, chars = seq + 1, [], 0, 0
    if cur:
        yield Group(seq, cur)


def timeout_message(source: str, seconds: float) -> str:
    return (f"{source}: skipped: its analysis ran over the time limit of {seconds:g} s per document "
            f"(--timeout)")


def analyse_group(pipeline, docs: list[Document], options: RunOptions) -> list[Outcome]:
    """Analyse ``docs`` together (see the module doc); one outcome per document, in order."""
    from ..ingest.errors import internal_error
    from .limits import DocumentTimeout

    render = resolve(options.render)
    out = []
    for doc, result in zip(docs, pipeline.run_many(docs, options.timeout or None)):
        if isinstance(result, DocumentTimeout):
            out.append(Outcome(doc.source, error=timeout_message(doc.source, options.timeout), timeout=True))
            continue
        if isinstance(result, BaseException):
            out.append(Outcome(doc.source, error=str(internal_error(doc.source, result)), internal=True))
            continue
        try:
            out.append(Outcome(doc.source, value=render(result)))
        except Exception as e:  # noqa: BLE001 - that document only
            out.append(Outcome(doc.source, error=str(internal_error(doc.source, e)), internal=True))
    return out


def fill(group: Group, outcomes: list[Outcome]) -> list[Outcome]:
    """The group's outcomes in input order: the analysed documents' and, in their places, the input errors."""
    it = iter(outcomes)
    return [next(it) if isinstance(x, Document)
            else Outcome(_source_of(x), error=str(x), internal=bool(getattr(x, "internal", False))) for x in group.items]


def _source_of(error) -> str:
    return str(error).split(": ", 1)[0]


def run_here(items: Iterable, options: RunOptions) -> Iterator[Outcome]:
    """One worker: this process, group by group (the time limit interrupts Python code; see :mod:`.limits`)."""
    from .limits import one_blas_thread

    one_blas_thread()
    pipeline = options.pipeline()
    for group in groups(items, options.batch_size):
        docs = [d for _, d in group.docs]
        yield from fill(group, analyse_group(pipeline, docs, options) if docs else [])


def run(items: Iterable, options: RunOptions, engine: str = "auto", scheduler: str | None = None) -> Iterator[Outcome]:
    """Outcomes of every input item, in order (see the module doc). ``engine``: ``auto`` (this process for one
    worker, else a process pool), ``local``, ``pool`` or ``dask`` (``scheduler``: the address of a running
    Dask scheduler; without it, a local cluster of ``options.workers`` processes)."""
    if engine == "dask":
        from .dask_engine import run_dask

        return run_dask(items, options, scheduler)
    if engine == "auto" and options.workers > 1:
        head, items = _peek(items, options.batch_size + 1)
        engine = "pool" if head > options.batch_size else "local"  # one group cannot be shared out
    if engine == "pool":
        from .pool import run_pool

        return run_pool(items, options)
    return run_here(items, options)


def _peek(items: Iterable, n: int) -> tuple[int, Iterator]:
    """How many documents (up to ``n``) the input starts with, and the input as it was."""
    import itertools

    it = iter(items)
    head, docs = [], 0
    for item in it:
        head.append(item)
        docs += isinstance(item, Document)
        if docs >= n:
            break
    return docs, itertools.chain(head, it)
