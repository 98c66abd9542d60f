"""Failures the property-based tests found in the claims stage (issue 13), kept as regression tests by their
smallest inputs: a last paragraph cut at a comma lost the document (IndexError), and an empty or unbalanced
quotation after لـ gave a recipient with start = end + 1."""
from __future__ import annotations

import pytest

import isnad


def analysed(*paragraphs: str) -> dict:
    doc = isnad.Document(source="<known>", articles=[isnad.Article(id="a1", paragraphs=list(paragraphs))])
    return isnad.Pipeline(disable=["ner"])(doc).to_json()


@pytest.mark.parametrize("paragraph", [
    "آكد مصر ء ،",  # the smallest input
    "أوضحت : غرد إنV اعتبر؛",  # found by the articles property, shrunk
])
def test_a_last_paragraph_cut_at_a_comma_keeps_the_document(paragraph):
    doc = analysed("قال المتحدث إن الوضع هادئ في المدينة منذ الصباح.", paragraph)
    assert isnad.check_output(doc) == []


@pytest.mark.parametrize("paragraph", [
    "قال الوزير لـ«» إن الاجتماع كان مثمرا",  # the input
    'تقولان مسؤولون لـ « هآرتس " إن!',  # found by the text property, shrunk
])
def test_a_recipient_after_an_empty_or_unbalanced_quotation_keeps_its_offsets(paragraph):
    doc = analysed(paragraph)
    assert isnad.check_output(doc) == []
    assert all(c["recipient"] is None or c["recipient"]["text"] for c in doc["articles"][0]["claims"])
