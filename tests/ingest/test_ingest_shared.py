"""Ingestion on the reference page (needs ../shared). The cleaning figures on the dev set (titles, body edges,
paragraph counts, related items) are held by the accuracy gate (tests/gate)."""
from __future__ import annotations

import pytest

from isnad.ingest import InputError, read_paths
from isnad.arabic.normalize import norm_key

pytestmark = pytest.mark.shared


def _read(page):
    (doc,) = [d for d in read_paths([str(page)])]
    assert not isinstance(doc, InputError), doc
    return doc.to_json()


def test_reference_page_keeps_furniture_out_of_the_body(reference_page):
    doc = _read(reference_page)
    for art in doc["articles"]:
        for p in art["paragraphs"]:
            assert p != "TT" and not p.endswith(("(رويترز)", "(تلغرام)", "(إ.ب.أ)", "(إعلام تركي)"))
            assert norm_key(p) != norm_key(art["title"])
