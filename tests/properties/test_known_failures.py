"""Failures the property-based tests found in code another branch is fixing (issue 13, branch claims10), pinned by
their smallest inputs as strict expected failures: each of these tests fails as soon as the fix lands (XPASS), and
then its xfail mark comes off here and the matching tolerance in ``test_properties.py`` goes."""
from __future__ import annotations

import pytest

import isnad
from test_properties import KNOWN_EMPTY_RECIPIENT, KNOWN_INDEX_ERROR


def analysed(*paragraphs: str) -> dict:
    doc = isnad.Document(source="<known>", articles=[isnad.Article(id="a1", paragraphs=list(paragraphs))])
    return isnad.Pipeline(disable=["ner"])(doc).to_json()


@pytest.mark.xfail(strict=True, raises=IndexError, reason=KNOWN_INDEX_ERROR)
@pytest.mark.parametrize("paragraph", [
    "آكد مصر ء ،",  # the smallest input
    "أوضحت : غرد إنV اعتبر؛",  # found by the articles property, shrunk
])
def test_a_last_paragraph_cut_at_a_comma_keeps_the_document(paragraph):
    doc = analysed("قال المتحدث إن الوضع هادئ في المدينة منذ الصباح.", paragraph)
    assert isnad.check_output(doc) == []


@pytest.mark.xfail(strict=True, raises=AssertionError, reason=KNOWN_EMPTY_RECIPIENT)
@pytest.mark.parametrize("paragraph", [
    "قال الوزير لـ«» إن الاجتماع كان مثمرا",  # the input
    'تقولان مسؤولون لـ « هآرتس " إن!',  # found by the text property, shrunk
])
def test_a_recipient_after_an_empty_or_unbalanced_quotation_keeps_its_offsets(paragraph):
    doc = analysed(paragraph)
    assert isnad.check_output(doc) == []
    assert all(c["recipient"] is None or c["recipient"]["text"] for c in doc["articles"][0]["claims"])
