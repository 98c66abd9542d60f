"""Loading lexicons kept as data files inside the package (one concern: read them, cached).

Lists are ``.txt`` files with one entry per line; ``.tsv`` files have tab-separated columns. Lines starting with
``#`` and blank lines are comments. Use :func:`load_list` / :func:`load_tsv` from any stage::

    CREDITS = load_list("isnad.ingest", "data/credits.txt")
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from .arabic.normalize import norm, norm_key

# Suffixes of a nisba stem (normalised, so ة is ه): masculine/feminine, dual, plural.
NISBA_SUFFIXES = ("", "ه", "ون", "ين", "ان", "تان", "تين", "ات")


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


# --- shared lexicons (``isnad/data``), read by several stages -------------------------------------------------

@lru_cache(maxsize=1)
def months() -> dict[tuple[str, ...], tuple[int, str]]:
    """Month name as normalised words -> (number, calendar), from ``isnad/data/months.tsv``."""
    return {tuple(norm(w) for w in name.split()): (int(number), cal)
            for name, number, cal in load_tsv("isnad", "data/months.tsv")}


@lru_cache(maxsize=1)
def nisba_forms() -> dict[str, str]:
    """Normalised country adjective without the article (سوريه، عراقيتين) -> country code, from
    ``isnad/data/nisba.tsv`` with every suffix of :data:`NISBA_SUFFIXES`."""
    out: dict[str, str] = {}
    for stem, cc in load_tsv("isnad", "data/nisba.tsv"):
        s = norm(stem)
        for suf in NISBA_SUFFIXES:
            out.setdefault(s + suf, cc)
    return out


@lru_cache(maxsize=None)
def sentence_openers(min_share: float) -> frozenset[str]:
    """Words (matching keys, with their و/ف) that open a sentence at least ``min_share`` of the times they occur in
    the unlabeled news: ``isnad/ingest/data/sentence_openers.tsv``, counted by ``isnad.ingest.build_openers``. The
    ingest stage reads them to find where a body resumes after glued headlines, the claims stage to end a
    noun-phrase content where a new clause opens."""
    return frozenset(row[0] for row in load_tsv("isnad.ingest", "data/sentence_openers.tsv")
                     if int(row[1]) >= min_share * int(row[2]))
