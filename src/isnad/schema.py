"""The output contract: the JSON Schema of one document of ``isnad analyze --format json`` (shipped as
``isnad/data/document.schema.json``), and :func:`check_output` for the promises a schema cannot state.

Validate with any JSON Schema (2020-12) validator, e.g. ``jsonschema.validate(doc.to_json(), isnad.json_schema())``;
then ``isnad.check_output(doc.to_json())`` lists what breaks the invariants (an empty list when none does).
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any, Iterator

SCHEMA_FILE = "data/document.schema.json"
PARAGRAPH_SEPARATOR = "\n\n"
SPAN_LISTS = ("entities", "places", "numbers", "times")  # article keys holding spans; claims hold the last three


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one output document (a fresh copy each call)."""
    return json.loads(_schema_text())


@lru_cache(maxsize=1)
def _schema_text() -> str:
    return resources.files("isnad").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


def check_output(doc: dict[str, Any]) -> list[str]:
    """What in one output document (``Document.to_json()``) breaks the promises beyond its schema: every article's
    text is its paragraphs joined by a blank line; every span lies inside its article's text with
    ``text[start:end]`` equal to its own text; article ids and claim ids are unique, and every claim reference
    (``via[].claim``, ``parent``, a contradiction's ``a``/``b``, a group's claims) names a claim of the document.
    One line per problem, an empty list when there is none. Expects a document that the schema accepts."""
    problems: list[str] = []
    claim_ids: list[str] = []
    for art in doc["articles"]:
        aid, text = art["id"], art["text"]
        if text != PARAGRAPH_SEPARATOR.join(art["paragraphs"]):
            problems.append(f"article {aid}: text is not its paragraphs joined by a blank line")
        for where, span in _spans(art):
            problem = _span_problem(span, text)
            if problem:
                problems.append(f"article {aid}: {where}: {problem}")
        claim_ids += [c["id"] for c in _claims(art)]
    problems += _duplicates("article id", [a["id"] for a in doc["articles"]])
    problems += _duplicates("claim id", claim_ids)
    problems += _duplicates("group id", [g["id"] for g in doc.get("groups", [])])
    known = set(claim_ids)
    for where, ref in _claim_refs(doc):
        if ref not in known:
            problems.append(f"{where}: names claim {ref!r}, which the document does not hold")
    return problems


def _claims(art: dict[str, Any]) -> list[dict[str, Any]]:
    """The article's claims and its reports (claims whose source is a report noun, listed apart)."""
    return art["claims"] + art.get("reports", [])


def _spans(art: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for key in SPAN_LISTS:
        for k, span in enumerate(art[key]):
            yield f"{key}[{k}]", span
    for claim in _claims(art):
        cid = claim["id"]
        for key in ("speaker", "cue", "content", "recipient"):
            if claim[key] is not None:
                yield f"claim {cid} {key}", claim[key]
        for k, via in enumerate(claim["via"]):
            if via["start"] is not None or via["end"] is not None:
                yield f"claim {cid} via[{k}]", via
        for key in SPAN_LISTS[1:]:
            for k, span in enumerate(claim[key]):
                yield f"claim {cid} {key}[{k}]", span


def _span_problem(span: dict[str, Any], text: str) -> str | None:
    start, end = span["start"], span["end"]
    if not (isinstance(start, int) and isinstance(end, int)):
        return f"offsets {start!r}..{end!r} are not both integers"
    if not 0 <= start <= end <= len(text):
        return f"offsets {start}..{end} outside the text (0..{len(text)}) or reversed"
    if text[start:end] != span["text"]:
        return f"text[{start}:{end}] is {text[start:end]!r}, the span says {span['text']!r}"
    return None


def _duplicates(what: str, ids: list[str]) -> list[str]:
    seen: set[str] = set()
    dup = [i for i in ids if i in seen or seen.add(i)]
    return [f"{what} {i!r} is used more than once" for i in dict.fromkeys(dup)]


def _claim_refs(doc: dict[str, Any]) -> Iterator[tuple[str, str]]:
    for art in doc["articles"]:
        for claim in art["claims"]:
            if claim["parent"] is not None:
                yield f"claim {claim['id']} parent", claim["parent"]
            for k, via in enumerate(claim["via"]):
                if via["claim"] is not None:
                    yield f"claim {claim['id']} via[{k}]", via["claim"]
    for k, c in enumerate(doc["contradictions"]):
        yield f"contradictions[{k}]", c["a"]
        yield f"contradictions[{k}]", c["b"]
    for g in doc.get("groups", []):
        for ref in g["claims"]:
            yield f"group {g['id']}", ref
