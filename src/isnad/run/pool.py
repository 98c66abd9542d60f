"""The process pool: N worker processes on this machine, each with its own pipeline, one BLAS thread each.

The parent first writes the start-up cache's missing forms (:meth:`isnad.run.RunOptions.warm_cache`), so that
the workers read them instead of each building them. It reads the input, cuts it into groups
(:func:`isnad.run.groups`) and hands one group at a time to an idle worker over its own pipe; results come back
out of order and are put back in input order. At most ``WINDOW_PER_WORKER`` groups per worker are read ahead and
not yet written, so memory stays bounded whatever the input's size.

Time limits: inside a worker each document has ``timeout`` seconds (:mod:`isnad.run.limits`). A worker that
does not answer within the group's limits plus a grace period (stuck inside C code, or killed by the system)
is killed and replaced; the documents of its group are then run again one by one, so that only the document
that stalls (or crashes) its worker is reported and skipped.
"""
from __future__ import annotations

import multiprocessing as mp
import time
from collections import deque
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from typing import Iterable, Iterator

from . import Group, Outcome, RunError, RunOptions, analyse_group, fill, groups, timeout_message

WINDOW_PER_WORKER = 3  # groups read ahead per worker
GRACE = 30.0  # seconds a worker may overrun its group's limits before it is killed
START_TIMEOUT = 300.0  # seconds a new worker may take to load the pipeline


def _worker_main(conn, options: RunOptions) -> None:
    import logging
    import signal

    from .limits import one_blas_thread

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    logging.basicConfig(format="isnad: %(message)s", level=logging.WARNING)
    one_blas_thread()
    try:
        pipeline = options.pipeline()
    except Exception as e:  # noqa: BLE001 - reported by the parent as one line
        conn.send(("fatal", f"the pipeline cannot start in a worker process: {e}"))
        return
    conn.send(("ready", None))
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        tid, docs = task
        conn.send((tid, analyse_group(pipeline, docs, options)))


@dataclass
class _Task:
    tid: int
    seq: int
    slots: list[int]  # positions of its documents inside the group
    docs: list
    deadline: float = 0.0


@dataclass
class _Pending:
    group: Group
    results: dict[int, Outcome] = field(default_factory=dict)
    expected: int = 0


class _Worker:
    def __init__(self, ctx, options: RunOptions):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, options), daemon=True, name="isnad-worker")
        self.proc.start()
        child.close()
        self.ready = False
        self.started = time.monotonic()
        self.task: _Task | None = None

    def stop(self, kill: bool = False) -> None:
        try:
            if kill:
                self.proc.kill()
            else:
                self.conn.send(None)
        except (OSError, ValueError):
            pass
        self.proc.join(timeout=1 if not kill else 5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join(timeout=5)
        self.conn.close()


def run_pool(items: Iterable, options: RunOptions) -> Iterator[Outcome]:
    """Outcomes in input order (see the module doc)."""
    ctx = mp.get_context("spawn")
    n = max(1, options.workers)
    options.warm_cache()  # once here, not once in every worker
    workers = [_Worker(ctx, options) for _ in range(n)]
    source = groups(items, options.batch_size)
    exhausted = False
    pending: dict[int, _Pending] = {}  # groups read and not yet written, by seq
    queue: deque[_Task] = deque()
    next_out = 0
    tids = iter(range(1 << 62))
    limit = options.timeout or None

    def deadline(task: _Task) -> float:
        return time.monotonic() + (limit * len(task.docs) + GRACE if limit else float("inf"))

    def finish(task: _Task, outcomes: list[Outcome]) -> None:
        p = pending[task.seq]
        for slot, o in zip(task.slots, outcomes):
            p.results[slot] = o

    def give_up(worker: _Worker, why: str) -> _Worker:
        """The worker stalled or died: replace it; its documents again one by one, or the one reported."""
        task = worker.task
        worker.stop(kill=True)
        if task is not None:
            if len(task.docs) > 1:
                for slot, doc in reversed(list(zip(task.slots, task.docs))):
                    queue.appendleft(_Task(next(tids), task.seq, [slot], [doc]))
            else:
                src = task.docs[0].source
                msg = timeout_message(src, limit) if why == "stalled" else f"{src}: internal error: the worker " \
                      "process analysing it died (out of memory, or a crash in native code)"
                finish(task, [Outcome(src, error=msg, timeout=why == "stalled", internal=why != "stalled")])
        return _Worker(ctx, options)

    try:
        while True:
            while not exhausted and len(pending) < WINDOW_PER_WORKER * n:
                group = next(source, None)
                if group is None:
                    exhausted = True
                    break
                docs = group.docs
                pending[group.seq] = _Pending(group, expected=len(docs))
                if docs:
                    queue.append(_Task(next(tids), group.seq, [k for k, _ in docs], [d for _, d in docs]))
            while next_out in pending and len(pending[next_out].results) == pending[next_out].expected:
                p = pending.pop(next_out)
                yield from fill(p.group, [p.results[k] for k, _ in p.group.docs])
                next_out += 1
            if exhausted and not pending:
                return
            for w in workers:
                if w.ready and w.task is None and queue:
                    w.task = queue.popleft()
                    w.task.deadline = deadline(w.task)
                    w.conn.send((w.task.tid, w.task.docs))
            if not any(w.task for w in workers) and not queue and not exhausted:
                continue
            now = time.monotonic()
            next_deadline = min([w.task.deadline for w in workers if w.task] +
                                [w.started + START_TIMEOUT for w in workers if not w.ready] + [now + 1.0])
            ready = wait([w.conn for w in workers], timeout=max(0.0, next_deadline - now))
            for i, w in enumerate(workers):
                if w.conn in ready:
                    try:
                        tag, payload = w.conn.recv()
                    except (EOFError, OSError):
                        if not w.ready:
                            raise RunError("a worker process died while loading the pipeline") from None
                        workers[i] = give_up(w, "died")
                        continue
                    if tag == "fatal":
                        raise RunError(payload)
                    if tag == "ready":
                        w.ready = True
                    elif w.task is not None and tag == w.task.tid:
                        finish(w.task, payload)
                        w.task = None
                elif w.task is not None and time.monotonic() > w.task.deadline:
                    workers[i] = give_up(w, "stalled")
                elif not w.ready and time.monotonic() > w.started + START_TIMEOUT:
                    raise RunError(f"a worker process did not start within {START_TIMEOUT:g} s")
    finally:
        for w in workers:
            w.stop(kill=w.task is not None)
