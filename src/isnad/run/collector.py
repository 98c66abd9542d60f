"""The garbage collector while a process loads the pipeline.

Loading the models and lexicons makes a few hundred thousand objects (the gazetteers' indexes, the lexicons'
tables) that live as long as the process. Each of the collections their creation sets off scans all of them
again: 0.1-0.15 CPU s of a start-up of about 1 s. :func:`loading` keeps the collector off while the pipeline
loads, then moves what exists to its permanent generation (:func:`gc.freeze`), so that no later collection scans
it either. It acts once per process (the models are loaded once); the few objects of the warm-up text that end
as cyclic garbage stay, once. :func:`paused` does the same for work done before that first loading (``isnad
analyze`` imports every stage to check ``--disable`` before it loads the pipeline).
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator

_done = False


@contextmanager
def loading() -> Iterator[None]:
    """Around the first loading of the pipeline in this process (see the module doc); later ones run as usual."""
    global _done
    if _done or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
        gc.freeze()
        _done = True
    finally:
        gc.enable()


@contextmanager
def paused() -> Iterator[None]:
    """The collector off for a while, what was made meanwhile frozen (until the first loading is done), then the
    collector as it was (see the module doc)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
        if not _done:
            gc.freeze()
    finally:
        if was:
            gc.enable()
