"""Claims grouped across documents by event, and contradictions between the documents' sources."""
from __future__ import annotations

import pytest

from isnad.compare.documents import compare_documents
from isnad.model import Article, Document
from isnad.pipeline import Context, Pipeline


@pytest.fixture(scope="module")
def analyse():
    pipeline = Pipeline(disable=["ner"], context=Context(published="2024-07-10"))

    def run(source, *paragraphs):
        doc = Document(source=source, outlet=source, articles=[Article(id="a1", paragraphs=list(paragraphs))])
        return pipeline(doc)
    return run


def test_two_outlets_with_different_tolls_for_one_strike(analyse):
    docs = [analyse("وكالة أ", "قال الدفاع المدني إن 40 شخصا قتلوا في الغارة على السوق الشعبي في مدينة إدلب."),
            analyse("صحيفة ب", "قال الجيش إن 12 شخصا قتلوا في الغارة على السوق الشعبي في مدينة إدلب."),
            analyse("موقع ج", "قال وزير الزراعة إن محصول القمح سيرتفع هذا العام.")]
    groups = compare_documents(docs)
    assert len(groups) == 1
    g = groups[0]
    assert g.documents == [0, 1] and g.claims == ["0:c1", "1:c1"]
    assert [(c.a, c.b, c.kind) for c in g.contradictions] == [("0:c1", "1:c1", "number")]
    assert g.contradictions[0].note.startswith("وكالة أ vs صحيفة ب: numbers differ")


def test_a_denial_in_one_document_of_a_claim_in_another(analyse):
    docs = [analyse("وكالة أ", "قال الدفاع المدني إن 40 شخصا قتلوا في الغارة على السوق الشعبي في مدينة إدلب."),
            analyse("موقع د", "نفى الجيش قصف السوق الشعبي في مدينة إدلب.")]
    (g,) = compare_documents(docs)
    assert [(c.a, c.b, c.kind) for c in g.contradictions] == [("1:c1", "0:c1", "negation")]


def test_one_source_quoted_with_different_figures_by_two_outlets_is_flagged(analyse):
    # the convention of annotations/crossdoc: the two outlets' reports of one source's toll conflict
    docs = [analyse("وكالة أ", "قال الدفاع المدني إن 40 شخصا قتلوا في الغارة على السوق الشعبي في مدينة إدلب."),
            analyse("صحيفة ب", "قال الدفاع المدني إن 12 شخصا قتلوا في الغارة على السوق الشعبي في مدينة إدلب.")]
    groups = compare_documents(docs)
    assert len(groups) == 1 and [c.kind for c in groups[0].contradictions] == ["number"]
    assert "40" in groups[0].contradictions[0].note and "12" in groups[0].contradictions[0].note


def test_one_source_quoted_alike_by_two_outlets_is_not_a_contradiction(analyse):
    docs = [analyse("وكالة أ", "نفى الدفاع المدني أن يكون 40 شخصا قتلوا في الغارة على السوق الشعبي في مدينة إدلب."),
            analyse("صحيفة ب", "قال الدفاع المدني إن 40 شخصا قتلوا في الغارة على السوق الشعبي في مدينة إدلب.")]
    assert all(g.contradictions == [] for g in compare_documents(docs))


def test_claims_of_one_document_are_not_grouped_with_each_other(analyse):
    docs = [analyse("وكالة أ", "قال الدفاع المدني إن 40 شخصا قتلوا في الغارة على السوق الشعبي.",
                    "لكن الجيش قال إن 12 شخصا قتلوا في الغارة على السوق الشعبي.")]
    assert compare_documents(docs) == []
