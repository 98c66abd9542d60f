"""The Dask engine: the same groups, analysed by the same function, as tasks on a Dask cluster.

Each group (:func:`isnad.run.groups`) becomes one task (``distributed`` futures) that runs
:func:`isnad.run.analyse_group` with a pipeline kept by each worker process; results come back to this process
in input order, with at most ``WINDOW_PER_WORKER`` groups per worker thread submitted and not yet written.
Without a scheduler address a :class:`~distributed.LocalCluster` of ``workers`` processes (one thread each)
is started and stopped with the run (the start-up cache warmed first, as for the process pool). Time limits run
inside the workers' task threads (:mod:`isnad.run.limits`).

Needs the ``dask`` extra: ``pip install 'isnad[dask]'``.
"""
from __future__ import annotations

from collections import deque
from typing import Iterable, Iterator

from . import Outcome, RunError, RunOptions, analyse_group, fill, groups

WINDOW_PER_WORKER = 3
_PIPELINES: dict = {}  # in each worker process: options -> pipeline


def dask_group(docs: list, options: RunOptions) -> list[Outcome]:
    """The task: analyse one group on a worker (its pipeline built on first use and kept)."""
    pipeline = _PIPELINES.get(options)
    if pipeline is None:
        from .limits import one_blas_thread

        one_blas_thread()
        pipeline = _PIPELINES[options] = options.pipeline()
    return analyse_group(pipeline, docs, options)


def _client(scheduler: str | None, workers: int):
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise RunError("the Dask engine needs the dask extra: pip install 'isnad[dask]'") from None
    if scheduler:
        try:
            return Client(scheduler, timeout="20s"), None
        except (OSError, TimeoutError) as e:
            raise RunError(f"cannot reach the Dask scheduler at {scheduler} ({e})") from None
    import logging

    for name in ("distributed", "dask"):  # a local cluster's start and stop are not the user's business
        logging.getLogger(name).setLevel(logging.ERROR)
    cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=40)
    return Client(cluster), cluster


def _result(group, future) -> list[Outcome]:
    if future is None:
        return []
    try:
        return future.result()
    except Exception as e:  # noqa: BLE001 - a lost task (its worker died): its documents are reported, the run goes on
        reason = f"{type(e).__name__}: {e}".strip().splitlines()[0]
        return [Outcome(d.source, error=f"{d.source}: internal error: the Dask task analysing it failed ({reason})",
                        internal=True) for _, d in group.docs]


def run_dask(items: Iterable, options: RunOptions, scheduler: str | None = None) -> Iterator[Outcome]:
    """Outcomes in input order (see the module doc)."""
    client, cluster = _client(scheduler, options.workers)
    try:
        if cluster is not None:  # workers on this machine: they read the forms written here (isnad.cache.warm)
            options.warm_cache()
        threads = max(1, sum(client.nthreads().values()))
        window: deque = deque()  # (group, future or None), in input order
        source = groups(items, options.batch_size)
        exhausted = False
        while True:
            while not exhausted and len(window) < WINDOW_PER_WORKER * threads:
                group = next(source, None)
                if group is None:
                    exhausted = True
                    break
                docs = [d for _, d in group.docs]
                future = client.submit(dask_group, docs, options, pure=False) if docs else None
                window.append((group, future))
            if not window:
                return
            group, future = window.popleft()
            yield from fill(group, _result(group, future))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
