"""Property-based tests of the whole pipeline through the public API (hypothesis): random Arabic-biased text with
cues, quotations, brackets, digits, diacritics, bidi and zero-width marks and presentation forms; random HTML
trees; encoded bytes cut inside multi-byte sequences.

For every input: no exception but a one-line :class:`isnad.InputError` naming no internal error; otherwise the
document's JSON serialises (as UTF-8), is valid against the shipped schema, and keeps the promises of
:func:`isnad.check_output` (spans inside the text with ``text[start:end]`` equal to their text, paragraphs joined
equal to the text, claim ids unique, every ``via``/``parent``/contradiction/group id resolving).

CI runs each property on a fixed, derandomised budget (:data:`CI_EXAMPLES`); the long run by hand is
``test_properties_long.py`` (``ISNAD_FUZZ_EXAMPLES=100000 python -m pytest -m slow tests/properties``).
"""
from __future__ import annotations

import json
from functools import lru_cache

from hypothesis import HealthCheck, given, settings
from jsonschema import Draft202012Validator

import fuzz_strategies as fs
import isnad

# Examples per property in CI (300 in all): a whole-pipeline example costs about 60 ms of CPU (text, bytes),
# 150 ms (articles: every paragraph reaches the stages) or 300 ms (HTML: both extractors run), so each test takes
# about 10 s. Derandomised and without a database, so that every run checks the same examples.
CI_EXAMPLES = {"text": 100, "articles": 60, "html": 40, "bytes": 100}
PUBLISHED = "2018-06-01"


def ci(name: str) -> settings:
    return settings(max_examples=CI_EXAMPLES[name], derandomize=True, database=None, deadline=None, print_blob=True,
                    suppress_health_check=list(HealthCheck))


@lru_cache(maxsize=1)
def pipeline() -> isnad.Pipeline:
    return isnad.Pipeline()


@lru_cache(maxsize=1)
def validator() -> Draft202012Validator:
    return Draft202012Validator(isnad.json_schema())


def holds_promises(source, kind: str = "auto") -> None:
    """The invariants, on one input given to :func:`isnad.analyze`."""
    try:
        doc = isnad.analyze(source, kind=kind, published=PUBLISHED, pipeline=pipeline())
    except isnad.InputError as e:
        message = str(e)
        assert message and "\n" not in message, message
        assert not e.internal and "internal error" not in message, message
        return
    assert_valid(doc)


def assert_valid(doc: isnad.Document) -> None:
    out = json.loads(json.dumps(doc.to_json(), ensure_ascii=False).encode("utf-8"))  # UTF-8: no lone surrogate
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator().iter_errors(out)]
    assert not errors, errors[:5]
    problems = isnad.check_output(out)
    assert not problems, problems[:5]


def text_property(text: str) -> None:
    holds_promises(text, kind="text")


def articles_property(paragraphs: list[list[str]]) -> None:
    """Articles built directly (as a program may build them), so that every paragraph reaches the stages."""
    doc = isnad.Document(source="<articles>", articles=[
        isnad.Article(id=f"a{k + 1}", paragraphs=paras, published=PUBLISHED) for k, paras in enumerate(paragraphs)])
    assert_valid(pipeline()(doc))


def html_property(html: str) -> None:
    holds_promises(html)


def bytes_property(data: bytes) -> None:
    holds_promises(data)


PROPERTIES = {"text": (fs.news_text(), text_property), "articles": (fs.articles(), articles_property), "html": (fs.html_pages(), html_property),
              "bytes": (fs.cut_bytes(), bytes_property)}


def property_test(name: str, budget: settings):
    strategy, check = PROPERTIES[name]
    return budget(given(strategy)(check))


test_text_holds_the_promises = property_test("text", ci("text"))
test_articles_hold_the_promises = property_test("articles", ci("articles"))
test_html_holds_the_promises = property_test("html", ci("html"))
test_truncated_bytes_hold_the_promises = property_test("bytes", ci("bytes"))
