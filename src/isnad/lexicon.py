"""Loading lexicons kept as data files inside the package (one concern: read them, cached).

Lists are ``.txt`` files with one entry per line; ``.tsv`` files have tab-separated columns. Lines starting with
``#`` and blank lines are comments. Use :func:`load_list` / :func:`load_tsv` from any stage::

    CREDITS = load_list("isnad.ingest", "data/credits.txt")
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from .arabic.normalize import norm_key


def _lines(package: str, name: str) -> list[str]:
    text = resources.files(package).joinpath(name).read_text(encoding="utf-8")
    return [ln.rstrip("\r\n") for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


@lru_cache(maxsize=None)
def load_list(package: str, name: str) -> tuple[str, ...]:
    """Entries of a one-per-line list, as written."""
    return tuple(ln.strip() for ln in _lines(package, name))


@lru_cache(maxsize=None)
def load_keys(package: str, name: str) -> frozenset[str]:
    """Entries of a list as matching keys (:func:`isnad.arabic.norm_key`)."""
    return frozenset(k for k in (norm_key(x) for x in load_list(package, name)) if k)


@lru_cache(maxsize=None)
def load_tsv(package: str, name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated file (comments and blank lines skipped)."""
    return tuple(tuple(c.strip() for c in ln.split("\t")) for ln in _lines(package, name))
