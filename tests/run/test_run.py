"""The runner (isnad.run): input order kept, errors in their places, the same output whatever the engine and
the number of workers, a time limit per document that skips only the document that runs over it."""
from __future__ import annotations

import json
import threading
import time

import pytest

from isnad.ingest import InputError, parse_page
from isnad.run import RunOptions, groups, run
from isnad.run.limits import DocumentTimeout, time_limit

TEXT = "قال المتحدث باسم الوزارة إن الاجتماع عقد في ظروف صعبة، وأضاف أن الطرفين اتفقا على مواصلة الحوار رقم {}."


def docs(n: int, special: dict[int, str] | None = None) -> list:
    """``n`` small documents; ``special`` puts a marker word (see runner_helpers) or an input error at an index."""
    out = []
    for i in range(n):
        word = (special or {}).get(i)
        if word == "ERROR":
            out.append(InputError(f"bad-{i}: unreadable"))
        else:
            out.append(parse_page(TEXT.format(i) + (f" {word}" if word else ""), source=f"doc-{i}"))
    return out


def test_groups_keep_order_and_size():
    items = docs(7, {2: "ERROR"})
    gs = list(groups(items, batch_size=3))
    assert [len(g.docs) for g in gs] == [3, 3]  # the error rides in its place without taking a document's
    assert [x for g in gs for x in g.items] == items


@pytest.mark.parametrize("workers", [1, 3])
def test_order_errors_and_failures_in_place(workers):
    items = docs(9, {1: "ERROR", 4: "FAIL", 7: "ERROR"})
    got = list(run(items, RunOptions(factory="runner_helpers:misbehaving", workers=workers, batch_size=2,
                                     timeout=30)))
    assert len(got) == 9
    assert [o.source for o in got] == ["doc-0", "bad-1", "doc-2", "doc-3", "doc-4", "doc-5", "doc-6", "bad-7", "doc-8"]
    assert got[1].error == "bad-1: unreadable"
    assert got[4].error.startswith("doc-4: internal error: RuntimeError: this document fails")
    ok = [json.loads(o.value) for o in got if not o.error]
    assert [d["source"] for d in ok] == ["doc-0", "doc-2", "doc-3", "doc-5", "doc-6", "doc-8"]
    assert all(o.error is None or "\n" not in o.error for o in got)


def test_one_worker_and_a_pool_give_the_same_output():
    items = docs(12)
    one = [o.value for o in run(items, RunOptions(factory="runner_helpers:text_only", workers=1, batch_size=4))]
    items = docs(12)
    two = [o.value for o in run(items, RunOptions(factory="runner_helpers:text_only", workers=2, batch_size=4))]
    assert one == two and len(one) == 12


@pytest.mark.parametrize("workers", [1, 2])
def test_a_document_over_its_time_limit_is_skipped_and_the_run_goes_on(workers):
    items = docs(6, {2: "SLEEP"})
    t0 = time.monotonic()
    got = list(run(items, RunOptions(factory="runner_helpers:misbehaving", workers=workers, batch_size=2,
                                     timeout=2)))
    assert time.monotonic() - t0 < 40
    assert [o.source for o in got] == [f"doc-{i}" for i in range(6)]
    assert got[2].timeout and "time limit of 2 s" in got[2].error
    assert all(o.value for i, o in enumerate(got) if i != 2)


def test_the_pool_kills_a_worker_stuck_out_of_reach_and_one_that_dies(monkeypatch):
    from isnad.run import pool

    monkeypatch.setattr(pool, "GRACE", 2.0)
    items = docs(7, {1: "BLOCK", 4: "CRASH"})
    got = list(run(items, RunOptions(factory="runner_helpers:misbehaving", workers=2, batch_size=3, timeout=1)))
    assert [o.source for o in got] == [f"doc-{i}" for i in range(7)]
    assert got[1].timeout and "time limit" in got[1].error
    assert "worker process analysing it died" in got[4].error
    assert all(o.value for i, o in enumerate(got) if i not in (1, 4))  # its group's others were run again


def test_time_limit_in_the_main_thread_and_in_another():
    with pytest.raises(DocumentTimeout):
        with time_limit(0.2):
            while True:
                pass
    caught = []

    def body():
        try:
            with time_limit(0.2):
                while True:
                    pass
        except DocumentTimeout:
            caught.append(True)
        time.sleep(0.6)  # nothing more is delivered once the block is left
        caught.append("after")

    t = threading.Thread(target=body)
    t.start()
    t.join(10)
    assert caught == [True, "after"]
    with time_limit(5):
        pass
    with time_limit(None):
        pass
    time.sleep(0.3)


def test_document_timeout_is_not_swallowed_by_except_exception():
    with pytest.raises(DocumentTimeout):
        with time_limit(0.2):
            try:
                time.sleep(5)
            except Exception:  # noqa: BLE001 - what a stage might do
                pass
            time.sleep(5)


@pytest.mark.parametrize("workers", [1, 2])
def test_the_input_is_read_as_it_is_needed(workers):
    """A long input: the first outcomes come back while only a bounded window of groups has been read (a runner
    that read the whole input first would have pulled all 3,000)."""
    from isnad.run.pool import WINDOW_PER_WORKER

    pulled = []

    def long_input():
        for i in range(3000):
            pulled.append(i)
            yield parse_page(TEXT.format(i), source=f"doc-{i}")

    batch = 2
    outcomes = run(long_input(), RunOptions(factory="runner_helpers:text_only", workers=workers, batch_size=batch))
    first = [next(outcomes) for _ in range(6)]
    assert [o.source for o in first] == [f"doc-{i}" for i in range(6)] and not any(o.error for o in first)
    assert len(pulled) <= batch * (WINDOW_PER_WORKER * workers + 4)
    outcomes.close()


def test_the_pool_warms_the_cache_before_its_workers_start(tmp_path, monkeypatch):
    monkeypatch.setenv("ISNAD_CACHE_DIR", str(tmp_path / "cache"))
    options = RunOptions(factory="runner_helpers:cache_checked", workers=2, batch_size=1,
                         disable=("ner", "claims", "facts", "compare"))
    got = list(run(docs(3), options, engine="pool"))  # a worker that finds the cache cold stops the run
    assert [json.loads(o.value)["source"] for o in got] == ["doc-0", "doc-1", "doc-2"]
