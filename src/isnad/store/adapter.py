"""The one place where the store reaches into the analysis stages.

Everything ``isnad.store`` and ``isnad.web`` need from ingestion, the pipeline, the text layer and the compare
stage goes through these functions, so a stage can be rewritten behind them. In particular the cross-document
comparison is :func:`cross_document` alone: swap its body when the compare stage changes.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable, Iterator, Sequence

from isnad import __version__
from isnad.ingest import KINDS, InputError, read_paths
from isnad.ingest.errors import internal_error
from isnad.ingest.reader import expand_paths
from isnad.model import (CLAIM, REPORT, Article, Claim, Contradiction, Cue, Document, Entity, Number, Place, Span,
                         Speaker, TimeExpr, Via)
from isnad.pipeline import STAGE_NAMES, Context, Pipeline, PipelineError
from isnad.arabic import norm, norm_key, tokenize

__all__ = ["CLAIM", "REPORT", "KINDS", "InputError", "internal_error", "PipelineError", "STAGE_NAMES", "input_files",
           "read_inputs", "make_pipeline", "pipeline_version",
           "article_hash", "search_terms", "term_spans", "article_from_json", "cross_document", "CrossGroup",
           "speaker_key", "place_key", "normal_key", "claims_and_reports"]

# Packages and modules whose code or data decide what the pipeline derives; a change to any of them is a new
# pipeline version, and articles stored by an older one are analysed again on the next ingest.
FINGERPRINTED = ("ingest", "arabic", "text", "ner", "claims", "facts", "compare", "data", "model.py", "pipeline.py",
                 "lexicon.py", "vectors.py", "learn.py")


def input_files(paths: Iterable[str]) -> Iterator[str | InputError]:
    """The files that ``paths`` name (directories expanded as ``isnad analyze`` does), ``-``, or errors."""
    return expand_paths(paths)


def read_inputs(paths: Iterable[str], kind: str = "auto") -> Iterator[Document | InputError]:
    return read_paths(paths, kind=kind)


def make_pipeline(disable: Sequence[str] = (), published: str | None = None, outlet: str | None = None) -> Pipeline:
    return Pipeline(disable=disable, context=Context(published=published, outlet=outlet))


@lru_cache(maxsize=8)
def pipeline_version(disable: tuple[str, ...] = ()) -> str:
    """``<isnad version>+<digest>``: the digest covers the stages' code and data files and the disabled stages."""
    digest = hashlib.sha256(",".join(sorted(disable)).encode())
    root = resources.files("isnad")
    pending = [root.joinpath(name) for name in FINGERPRINTED]
    while pending:
        item = pending.pop()
        if item.is_dir():
            pending.extend(c for c in item.iterdir() if c.name != "__pycache__")
        elif item.is_file() and not item.name.endswith(".pyc"):
            digest.update(str(item).encode().removeprefix(str(root).encode()))
            digest.update(hashlib.sha256(item.read_bytes()).digest())
    return f"{__version__}+{digest.hexdigest()[:16]}"


def article_hash(article: Article) -> str:
    """Identity of an article's content: its title and paragraphs (whitespace-trimmed)."""
    payload = json.dumps([(article.title or "").strip(), [p.strip() for p in article.paragraphs]],
                         ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def normal_key(text: str | None) -> str:
    return norm_key(text)


def _term(tok) -> str | None:
    if tok.kind == "word":
        return tok.stem.strip("_") or None
    if tok.kind in ("number", "latin"):
        return norm(tok.text)
    return None


def search_terms(text: str | None) -> list[str]:
    """Normalised words with their proclitics (و ف ب ك ل ال) removed, in order: what is indexed and queried."""
    return [t for t in (_term(tok) for tok in tokenize(text or "")) if t]


def term_spans(text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
    """(start, end) of the tokens of ``text`` whose search term is one of ``terms`` (to highlight hits)."""
    wanted = set(terms)
    return [(tok.start, tok.end) for tok in tokenize(text or "") if _term(tok) in wanted]


def speaker_key(speaker: dict[str, Any]) -> str:
    return norm_key(speaker.get("name") or speaker.get("text")) or "?"


def place_key(place: dict[str, Any]) -> str:
    return place.get("id") or ("name:" + (norm_key(place.get("name_ar") or place.get("text")) or "?"))


# --- the JSON contract back into model objects (for the comparison stage) ---------------------------------------

def _span(d: dict | None) -> Span | None:
    return Span(d["text"], d["start"], d["end"]) if d else None


def _claim(d: dict) -> Claim:
    sp, cue = d["speaker"], d["cue"]
    return Claim(
        id=d["id"], stance=d["stance"], direct=d.get("direct", False), parent=d.get("parent"),
        speaker=Speaker(sp["text"], sp["start"], sp["end"], type=sp.get("type", "anonymous"), name=sp.get("name")),
        cue=Cue(cue["text"], cue["start"], cue["end"], lemma=cue.get("lemma", "")),
        content=_span(d["content"]), recipient=_span(d.get("recipient")),
        via=[Via(**v) for v in d.get("via", [])],
        places=[Place(**p) for p in d.get("places", [])],
        numbers=[Number(**n) for n in d.get("numbers", [])],
        times=[TimeExpr(**t) for t in d.get("times", [])], kind=d.get("kind", CLAIM),
    )


def _sequence(claim: dict) -> tuple[int, str]:
    digits = "".join(ch for ch in claim["id"] if ch.isdigit())
    return (int(digits) if digits else 0, claim["id"])


def claims_and_reports(article: dict) -> list[dict]:
    """An article JSON's ``claims`` and ``reports`` as one list in the order of their ids (one sequence), as the
    model's ``Article.claims`` holds them; a JSON written before reports existed has ``claims`` only."""
    both = list(article.get("claims", [])) + list(article.get("reports", []))
    return sorted(both, key=_sequence) if article.get("reports") else both


def article_from_json(d: dict) -> Article:
    art = Article(id=d["id"], title=d.get("title"), subtitle=d.get("subtitle"), byline=d.get("byline"),
                  dateline=d.get("dateline"), published=d.get("published"), url=d.get("url"),
                  paragraphs=list(d.get("paragraphs", [])))
    art.entities = [Entity(e["text"], e["start"], e["end"], label=e.get("label", "MISC")) for e in d.get("entities", [])]
    art.claims = [_claim(c) for c in claims_and_reports(d)]
    art.places = [Place(**p) for p in d.get("places", [])]
    art.numbers = [Number(**n) for n in d.get("numbers", [])]
    art.times = [TimeExpr(**t) for t in d.get("times", [])]
    return art


# --- cross-document comparison ----------------------------------------------------------------------------------

@dataclass
class CrossGroup:
    """Claims about one event in several stored articles; claims are (article id, claim id) pairs."""

    claims: list[tuple[int, str]]
    contradictions: list[tuple[tuple[int, str], tuple[int, str], Contradiction]] = field(default_factory=list)


def cross_document(stored: Sequence[tuple[int, str | None, str | None, dict]]) -> list[CrossGroup]:
    """Event groups and contradictions across stored articles, each given as (article id, outlet, source, JSON)."""
    from isnad.compare.documents import compare_documents

    docs = [Document(source=source or "", outlet=outlet, articles=[article_from_json(data)])
            for _, outlet, source, data in stored]
    ids = [aid for aid, *_ in stored]

    def ref(key: str) -> tuple[int, str]:
        index, _, claim = key.partition(":")
        return ids[int(index)], claim

    return [CrossGroup([ref(k) for k in g.claims], [(ref(c.a), ref(c.b), c) for c in g.contradictions])
            for g in compare_documents(docs)]
