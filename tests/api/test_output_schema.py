"""The JSON Schema shipped in the package against real outputs (the sample, the reference page, every shared dev
page, unlabeled articles): every document valid, every key the output writes named by the schema, and the
promises beyond the schema (offsets, ids) kept, as :func:`isnad.check_output` states them."""
from __future__ import annotations

import copy
import gzip
import json
from importlib import resources

import pytest
from jsonschema import Draft202012Validator

import isnad
from isnad.cli.main import main

UNLABELED = (("ant-multisource-01.txt.gz", 12, 331), ("ant-jawharafm-01.txt.gz", 8, 127),
             ("saudinewsnet-01.txt.gz", 8, 419))  # (shard, articles, every n-th line)


def _strict(schema):
    """The schema with no key left undescribed: the test's own check that the schema names every key the output
    writes (the shipped schema lets objects carry more, since keys are added over time)."""
    schema = copy.deepcopy(schema)

    def close(node):
        if isinstance(node, dict):
            if node.get("type") == "object" and "properties" in node:
                node["additionalProperties"] = False
            for v in node.values():
                close(v)
        elif isinstance(node, list):
            for v in node:
                close(v)

    close(schema)
    return schema


STRICT = Draft202012Validator(_strict(isnad.json_schema()))


def assert_valid(doc: dict) -> None:
    doc = json.loads(json.dumps(doc, ensure_ascii=False))  # as a program reads it
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in STRICT.iter_errors(doc)]
    assert not errors, errors[:10]
    assert isnad.check_output(doc) == []


def test_the_schema_is_valid_and_shipped(capsys):
    schema = isnad.json_schema()
    Draft202012Validator.check_schema(schema)
    Draft202012Validator.check_schema(_strict(schema))
    shipped = resources.files("isnad").joinpath("data/document.schema.json")
    assert json.loads(shipped.read_text(encoding="utf-8")) == schema
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == schema


def test_the_sample_page(capsys):
    assert main(["analyze", "--sample"]) == 0
    (doc,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert doc["articles"] and any(a["claims"] for a in doc["articles"])
    assert_valid(doc)


@pytest.mark.shared
def test_the_reference_page_and_every_dev_page(dev_outputs):
    docs = [d for page in dev_outputs.values() for d in page]
    assert len(dev_outputs) >= 21 and sum(len(a["claims"]) for d in docs for a in d["articles"]) > 200
    for doc in docs:
        assert_valid(doc)
    assert any(d["contradictions"] for d in docs) and any(d["groups"] for d in docs)


@pytest.mark.shared
def test_unlabeled_articles(shared_dir):
    from isnad.ingest import parse_page

    pipe = isnad.Pipeline(context=isnad.Context(published="2018-06-01"))
    n = 0
    for shard, count, stride in UNLABELED:
        with gzip.open(shared_dir / "data" / "unlabeled" / shard, "rt", encoding="utf-8") as f:
            lines = [line.rstrip("\n") for i, line in enumerate(f) if i % stride == 0 and i // stride < count]
        for k, line in enumerate(lines):
            assert_valid(pipe(parse_page(line, source=f"{shard}:{k * stride}")).to_json())
            n += 1
    assert n == sum(c for _, c, _ in UNLABELED)


def test_the_schema_and_the_checks_catch_broken_outputs():
    doc = isnad.analyze("قال الوزير إن الاجتماع كان مثمرا.\n\nوأضاف أن الحوار سيستمر.", disable=["ner"])
    good = doc.to_json()
    assert_valid(good)
    claims = good["articles"][0]["claims"]
    assert len(claims) == 2

    def broken(change) -> dict:
        bad = copy.deepcopy(good)
        change(bad, bad["articles"][0], bad["articles"][0]["claims"])
        return bad

    invalid = [broken(lambda d, a, c: d.pop("groups")),
               broken(lambda d, a, c: c[0].update(stance="maybe")),
               broken(lambda d, a, c: c[0]["content"].update(start=-1)),
               broken(lambda d, a, c: c[0].update(extra_key=1))]  # a key the schema does not name
    for bad in invalid:
        assert list(STRICT.iter_errors(bad)), bad
    assert not list(Draft202012Validator(isnad.json_schema()).iter_errors(invalid[-1]))  # shipped: keys may be added
    checks = {
        "not its paragraphs": broken(lambda d, a, c: a["paragraphs"].append("x")),
        "the span says": broken(lambda d, a, c: c[0]["speaker"].update(start=c[0]["speaker"]["start"] + 1)),
        "outside the text": broken(lambda d, a, c: c[1]["content"].update(end=len(a["text"]) + 5)),
        "more than once": broken(lambda d, a, c: c[1].update(id=c[0]["id"])),
        "does not hold": broken(lambda d, a, c: c[1].update(parent="c99")),
    }
    for expected, bad in checks.items():
        problems = isnad.check_output(bad)
        assert problems and any(expected in p for p in problems), (expected, problems)
    contra = broken(lambda d, a, c: d["contradictions"].append({"a": c[0]["id"], "b": "c77", "kind": "negation",
                                                               "note": "", "note_ar": "", "score": 0.5}))
    assert isnad.check_output(contra) == ["contradictions[0]: names claim 'c77', which the document does not hold"]
