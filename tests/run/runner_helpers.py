"""Pipelines of test documents for the runner tests, importable by the worker processes (they inherit sys.path).

A document whose text names a behaviour gets it in the ``text`` stage: ``SLEEP`` sleeps (Python, so the time
limit interrupts it), ``BLOCK`` blocks the time-limit signal first (as code stuck inside C would be: only the
pool's kill stops it), ``CRASH`` ends its process, ``FAIL`` raises."""
from __future__ import annotations

import os
import signal
import time


def _misbehave(doc, ctx=None) -> None:
    text = " ".join(p for a in doc.articles for p in a.paragraphs)
    if "FAIL" in text:
        raise RuntimeError("this document fails")
    if "CRASH" in text:
        os._exit(3)
    if "BLOCK" in text:
        signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGALRM])
        time.sleep(60)
    if "SLEEP" in text:
        time.sleep(60)


def misbehaving(options):
    """isnad's text stage alone, preceded by the misbehaving stage above."""
    from isnad.pipeline import Context, Pipeline, Stage

    pipeline = Pipeline(disable=("ner", "claims", "facts", "compare"), context=Context())
    pipeline._funcs.insert(0, (Stage("misbehave", "runner_helpers:_misbehave"), _misbehave))
    return pipeline


def text_only(options):
    from isnad.pipeline import Context, Pipeline

    return Pipeline(disable=("ner", "claims", "facts", "compare"), context=Context())


def cache_checked(options):
    """The text stage alone, in a worker that first checks that its parent wrote the text stage's cached form, and
    no other (the other stages are disabled): see isnad.run.RunOptions.warm_cache."""
    from isnad import cache

    names = sorted(m["name"] for _, m in cache.files())
    if names != ["vocabulary"]:
        raise RuntimeError(f"the cache holds {names} when the worker starts")
    return text_only(options)
