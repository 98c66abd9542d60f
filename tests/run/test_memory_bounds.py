"""A long run's memory does not grow with its input (issue 12: a 1 GB JSON Lines file under 2 GB with two
workers). The runner streams (``test_run.py``: the input is read as it is needed); here, what a worker keeps
between documents: the memos of per-token answers are bounded (:mod:`isnad.arabic.memo`), and documents full of
words never seen before leave nothing behind once those memos are full."""
from __future__ import annotations

import functools
import gc
import random
import sys
import tracemalloc

import pytest

from isnad.arabic.memo import MEMO_SIZE, Memo, memos
from isnad.model import Article, Document

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
LRU = functools._lru_cache_wrapper  # (a name any object answers, as sqlalchemy's func does, is no test)
OPENERS = ("وقال المتحدث باسم الوزارة إن ", "وأكد الوزير في دمشق أن ", "")


def test_a_memo_keeps_at_most_its_size_and_the_frequent_entries():
    m = Memo("test", size=10)
    for i in range(1000):
        if m.get("hot") is None and m.recall("hot") is None:
            m.store("hot", "H")
        key = f"w{i}"
        assert m.get(key) is None and m.recall(key) is None
        m.store(key, i)
        assert m.entries() <= 10
    assert m.get("hot") == "H" or m.recall("hot") == "H"  # asked for all along: never dropped
    assert m.get("w0") is None and m.recall("w0") is None  # asked for once, long ago: dropped
    assert m.recall("w999") is None and m.get("w999") == 999
    m.clear()
    assert m.entries() == 0 and any(x is m for x in memos())


def _documents(rng: random.Random, n: int, words: int = 150) -> list[Document]:
    """Documents of words never seen before (random letters, some with proclitics), with reporting sentences."""
    out = []
    for _ in range(n):
        sents, count = [], 0
        while count < words:
            body = [rng.choice(("", "", "ال", "و", "وال", "ب", "لل")) + "".join(
                rng.choice(LETTERS) for _ in range(rng.randint(3, 7))) for _ in range(rng.randint(6, 14))]
            sents.append(rng.choice(OPENERS) + " ".join(body) + ".")
            count += len(body)
        paras = [" ".join(sents[k:k + 4]) for k in range(0, len(sents), 4)]
        out.append(Document(f"d{len(out)}", articles=[Article(id="a1", paragraphs=paras)]))
    return out


def _clear_token_lru_caches() -> None:
    """The ``functools.lru_cache`` memos of isnad (bounded by their ``maxsize``, too large to fill here)."""
    for name, module in list(sys.modules.items()):
        if name.startswith("isnad"):
            for v in list(vars(module).values()):
                if isinstance(v, LRU) and v.cache_parameters()["maxsize"] not in (None, 1):
                    v.cache_clear()


def _retained(pipeline, rng: random.Random, n: int) -> int:
    """The memory kept by the process after ``n`` new documents have been analysed (and are gone)."""
    pipeline.run_many(_documents(rng, n))
    _clear_token_lru_caches()
    gc.collect()
    return tracemalloc.get_traced_memory()[0]


def test_new_words_leave_nothing_behind_once_the_memos_are_full(monkeypatch):
    """The whole pipeline over documents of new words: with every memo held to 100 entries, the memory kept
    after a batch does not grow from one batch to the next (each batch brings about 2,000 new words; a memo of
    them without bound, or bounded far above what fits a worker's share of memory, keeps ~1 MB of them)."""
    from isnad.pipeline import Pipeline

    rng = random.Random(12)
    pipeline = Pipeline()
    pipeline.run_many(_documents(rng, 2))  # every stage loaded (and its memos made)
    made = {m.name for m in memos()}
    for part in ("arabic.tokens", "facts.geo.readings", "facts.geo.recognition", "ner.features", "ner.consistency",
                 "ner.gazetteer", "claims.lexicon"):
        assert any(n.startswith(part) for n in made), f"no memo of {part}"
    for m in memos():
        monkeypatch.setattr(m, "size", 100)
        m.clear()
    lru = [v for mod in list(sys.modules.values()) if getattr(mod, "__name__", "").startswith("isnad")
           for v in vars(mod).values() if isinstance(v, LRU)]
    assert all(v.cache_parameters()["maxsize"] is None or v.cache_parameters()["maxsize"] <= MEMO_SIZE for v in lru)
    tracemalloc.start()
    try:
        before = _retained(pipeline, rng, 8)  # the memos filled with traced entries
        after = _retained(pipeline, rng, 16)
    finally:
        tracemalloc.stop()
    assert all(m.entries() <= 100 for m in memos())
    assert after - before < 400_000, f"{(after - before) / 1e6:.2f} MB kept from words seen once"


@pytest.mark.parametrize("size", [2, 3, 4])
def test_a_tiny_memo_still_answers(size):
    m = Memo("tiny", size=size)
    for i in range(5):
        assert m.store(i, str(i)) == str(i)
        assert (m.get(i) or m.recall(i)) == str(i)
        assert m.entries() <= size
