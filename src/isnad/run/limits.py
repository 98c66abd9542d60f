"""A time limit on a stretch of Python code, and one thread for numpy's BLAS.

:func:`time_limit` raises :class:`DocumentTimeout` inside the code it wraps once ``seconds`` have passed (wall
clock). In the main thread of a POSIX process it uses ``SIGALRM`` (``setitimer``); in any other thread (a Dask
worker's task threads) a watchdog timer raises the exception asynchronously in the wrapped thread
(``PyThreadState_SetAsyncExc``). Both interrupt Python code between two bytecodes; a call that stays inside C
for longer (one huge regular expression) is only interrupted when it returns, which is why the process pool
also kills a worker that overruns by far (:mod:`isnad.run.pool`).

:class:`DocumentTimeout` derives from ``BaseException`` so that a stage's ``except Exception`` cannot swallow it.
"""
from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
from contextlib import contextmanager
from typing import Iterator

BLAS_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS",
                  "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS")


class DocumentTimeout(BaseException):
    """The time limit of one document ran out."""


def one_blas_thread() -> None:
    """Keep numpy's BLAS (and any OpenMP pool) on one thread in this process: a worker is one core, and BLAS
    threads fighting the other workers for the cores slow everything down. The variables cover libraries not
    loaded yet; threadpoolctl limits those already loaded (a BLAS comes with numpy: none before it is imported)."""
    for v in BLAS_VARIABLES:
        os.environ.setdefault(v, "1")
    if "numpy" not in sys.modules:
        return
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - a dependency; without it the variables still act before numpy loads
        return
    threadpool_limits(1)


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`DocumentTimeout` in the wrapped code after ``seconds`` (None or <= 0: no limit)."""
    if not seconds or seconds <= 0:
        yield
        return
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        with _alarm(seconds):
            yield
    else:
        with _watchdog(seconds):
            yield


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    def fire(signum, frame):
        raise DocumentTimeout()

    previous = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, seconds, REPEAT)  # again and again: see _watchdog
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


REPEAT = 0.25  # seconds between two deliveries of an asynchronous timeout (one can be swallowed, see below)


def _raise_in(thread_id: int, exc: type[BaseException] | None) -> None:
    """Have ``exc`` raised in another thread at its next bytecode (None: take back one not raised yet)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id),
                                               ctypes.py_object(exc) if exc is not None else None)


@contextmanager
def _watchdog(seconds: float) -> Iterator[None]:
    """An exception raised in a garbage-collector callback or a ``__del__`` is printed and lost; so after the
    deadline the exception is delivered again every :data:`REPEAT` seconds until the block is left."""
    target = threading.get_ident()
    lock = threading.Lock()
    done = threading.Event()
    state = {"fired": False}

    def watch() -> None:
        wait = seconds
        while not done.wait(wait):
            with lock:
                if done.is_set():
                    return
                state["fired"] = True
                _raise_in(target, DocumentTimeout)
            wait = REPEAT

    watcher = threading.Thread(target=watch, daemon=True, name="isnad-time-limit")
    watcher.start()
    try:
        yield
    finally:
        with lock:
            done.set()
            if state["fired"]:
                _raise_in(target, None)
