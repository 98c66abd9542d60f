"""Fixtures of the claims tests."""
from __future__ import annotations

import pytest

from isnad.claims import extract_claims
from isnad.model import Article
from isnad.text import annotate


def _claims_of(*paragraphs: str):
    """The claims of an article made of ``paragraphs`` (text layer, then the claims stage alone); every span is
    checked to be an exact slice of the article text."""
    art = Article(id="a1", paragraphs=list(paragraphs))
    annotate(art)
    out = extract_claims(art)
    for c in out:
        for span in [c.speaker, c.cue, c.content] + ([c.recipient] if c.recipient else []):
            assert art.text[span.start:span.end] == span.text
    return out


@pytest.fixture
def claims_of():
    return _claims_of
