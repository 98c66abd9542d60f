"""The long run of the property-based tests, by hand (hours):

    ISNAD_FUZZ_EXAMPLES=100000 .venv/bin/python -m pytest -m slow tests/properties --hypothesis-show-statistics

runs the properties of ``test_properties.py`` on that many random (not derandomised) examples in all, shared among
them as the CI budget is (a third each to text and bytes, a fifth to articles, the rest to HTML); ``-k text`` and
the like run one property alone, so that several processes can share the work. A failure is kept in
``.hypothesis/`` and replayed first by the next run. Without ``ISNAD_FUZZ_EXAMPLES`` (as in CI, which runs the
fixed share in ``test_properties.py``) these tests are skipped."""
from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

from test_properties import CI_EXAMPLES, property_test

TOTAL = int(os.environ.get("ISNAD_FUZZ_EXAMPLES") or 0)
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not TOTAL, reason="the long run is by hand: ISNAD_FUZZ_EXAMPLES=100000 "
                                                   "python -m pytest -m slow tests/properties")]


def long(name: str) -> settings:
    share = round(TOTAL * CI_EXAMPLES[name] / sum(CI_EXAMPLES.values()))
    return settings(max_examples=max(share, 1), deadline=None, print_blob=True,
                    suppress_health_check=list(HealthCheck))


test_text_long = property_test("text", long("text"))
test_articles_long = property_test("articles", long("articles"))
test_html_long = property_test("html", long("html"))
test_truncated_bytes_long = property_test("bytes", long("bytes"))
