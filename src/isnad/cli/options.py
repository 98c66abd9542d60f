"""Options and helpers shared by several commands: ``--disable``, building the pipeline, the page beside a gold
file."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from .errors import UsageError, UserError

PAGE_NAMES = ("raw.txt", "raw.html", "raw.htm")
PAGE_SUFFIXES = (".txt", ".html", ".htm")


def add_disable(p, note: str = "") -> None:
    from isnad.pipeline import STAGE_NAMES

    p.add_argument("--disable", metavar="STAGE", action="append", default=[],
                   help=f"skip a stage ({', '.join(STAGE_NAMES)}); repeatable or comma-separated{note}")


def add_data_folders(p, split: str | None = None, split_help: str = "which part of the annotated set") -> None:
    """``--shared`` and ``--annotations`` (and ``--split`` with its default when ``split`` is given), for the
    commands that read isnad's annotated sets beside ``../shared``."""
    p.add_argument("--shared", default="../shared", help="the shared data folder (default: ../shared)")
    p.add_argument("--annotations", default="annotations", help="isnad's annotation folder (default: ./annotations)")
    if split is not None:
        p.add_argument("--split", choices=("heldout", "dev", "all"), default=split,
                       help=f"{split_help} (default: {split})")


def iso_date(value: str) -> str:
    """argparse ``type`` of a date option: ``YYYY-MM-DD`` naming a real day (else a usage error)."""
    from isnad.api import is_iso_date

    if not is_iso_date(value):
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {value!r}")
    return value


def build_pipeline(args, stop_after: str | None = None, context=None):
    """The pipeline the command's ``--disable`` (and ``stop_after``) ask for; a bad choice is a one-line error."""
    from isnad.pipeline import Pipeline, PipelineError, parse_stage_list

    try:
        return Pipeline(disable=parse_stage_list(getattr(args, "disable", []) or []), context=context,
                        stop_after=stop_after)
    except PipelineError as e:
        raise UsageError(str(e)) from None


def page_for(gold: Path) -> Path:
    """The page a gold file annotates: ``raw.*`` in a dev folder, or ``NAME.txt``/``NAME.html`` beside
    ``NAME.gold.json``."""
    if gold.name == "gold.json":
        cands = [gold.with_name(n) for n in PAGE_NAMES]
    else:
        stem = gold.name[:-len(".gold.json")] if gold.name.endswith(".gold.json") else gold.stem
        cands = [gold.with_name(stem + s) for s in PAGE_SUFFIXES]
    for c in cands:
        if c.is_file():
            return c
    raise UserError(f"file {gold}: no page beside it (looked for {', '.join(c.name for c in cands)})")


def load_gold(path: Path) -> dict:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(f"file {path}: not found") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise UserError(f"file {path}: not a JSON gold file ({e})") from None
    if not isinstance(gold, dict) or not isinstance(gold.get("articles"), list):
        raise UserError(f"file {path}: no \"articles\" list (see shared/eval/SCHEMA.md)")
    return gold


def analyze_page(page: Path, pipeline) -> dict:
    """The pipeline's JSON for one page (its articles and related items), every document of the file merged."""
    from isnad.ingest import InputError, read_paths

    articles, related = [], []
    for item in read_paths([str(page)]):
        if isinstance(item, InputError):
            raise UserError(f"file {page}: {item}")
        js = pipeline(item).to_json()
        articles += js["articles"]
        related += js["related"]
    return {"articles": articles, "related": related}
