"""Bounded memos for what is computed once per distinct token (its split, its readings, its features, its keys).

A long run meets hundreds of thousands of distinct token shapes (the 70,000 articles of the unlabeled shards hold
430,000), and every worker process keeps its own memos. Memos that keep every shape, or as many as 200,000-500,000,
grow with the input to about 640 MB a worker once full (issue 12: two workers on a 1 GB JSON Lines file reached
2 GB, the sum of their high-water marks, after 5 % of it, still rising; ``benchmarks/bench_stream.py``).
A :class:`Memo` holds at most ``size`` entries, in two generations. The current generation is the dict itself, so
that a hit there costs one dict look-up; when it reaches ``size // 2`` entries it becomes the previous generation
and the one before is dropped. An entry of the previous generation asked for again moves back into the current
one (:meth:`recall`), so frequent tokens stay, much as in an LRU cache::

    got = memo.get(key)
    if got is None:
        got = memo.recall(key)
        if got is None:
            got = memo.store(key, compute(key))

:func:`memos` lists the live memos (the tests check that they stay within their bounds).
"""
from __future__ import annotations

import weakref
from typing import Any

MEMO_SIZE = 100_000  # entries of one memo at most (with ``functools.lru_cache``: its ``maxsize``)

_LIVE: list[weakref.ref] = []


class Memo(dict):
    """A dict of at most ``size`` entries (``size`` >= 2) in two generations (see the module doc); values are never
    None."""

    __slots__ = ("name", "size", "previous", "__weakref__")

    def __init__(self, name: str, size: int = MEMO_SIZE):
        super().__init__()
        self.name, self.size, self.previous = name, size, {}
        _LIVE[:] = [r for r in _LIVE if r() is not None] + [weakref.ref(self)]

    def recall(self, key) -> Any:
        """The value kept for ``key`` in the previous generation (moved into the current one), or None."""
        got = self.previous.pop(key, None)
        if got is not None:
            self.store(key, got)
        return got

    def store(self, key, value):
        """Keep ``value`` for ``key`` (starting a new generation when the current one is full); returns it."""
        if len(self) >= max(1, self.size // 2):
            self.previous = dict(self)
            super().clear()
        self[key] = value
        return value

    def clear(self) -> None:
        super().clear()
        self.previous = {}

    def entries(self) -> int:
        """Entries kept, both generations (``len`` counts the current one only)."""
        return len(self) + len(self.previous)


def memos() -> list[Memo]:
    """The memos alive in this process."""
    return [m for m in (r() for r in _LIVE) if m is not None]
