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


def _toll_report(analyse, source, town, speaker_says):
    return analyse(source, f"قصفت طائرات حربية سوق {town} صباح الأربعاء وسط حالة من الذعر بين السكان.", speaker_says)


def test_tolls_without_a_place_in_two_reports_set_in_one_town(analyse):
    # the claims name no place of their own: the two ledes say the event is one
    a = "قال الدفاع المدني إن 40 شخصا قتلوا جراء الغارات وإن فرق الإنقاذ ما زالت تبحث تحت الأنقاض."
    b = "وقال مسعفون إن حصيلة الغارات ارتفعت إلى 25 شخصا."
    docs = [_toll_report(analyse, "وكالة أ", "مدينة إدلب", a), _toll_report(analyse, "صحيفة ب", "مدينة إدلب", b)]
    found = [c for g in compare_documents(docs) for c in g.contradictions]
    assert [(c.kind, "40" in c.note and "25" in c.note) for c in found] == [("number", True)]
    docs[1] = _toll_report(analyse, "صحيفة ب", "مدينة حلب", b)  # two strikes in two towns: both tolls may hold
    assert [c for g in compare_documents(docs) for c in g.contradictions] == []


def test_a_denial_tied_in_its_own_article_carries_to_another_outlets_report(analyse):
    claim = "أعلنت حركة الجهاد الإسلامي التوصل برعاية مصر إلى اتفاق لوقف إطلاق النار في قطاع غزة."
    docs = [analyse("وكالة أ", claim, "إلا أن الجيش الإسرائيلي نفى ذلك."), analyse("صحيفة ب", claim)]
    found = [(c.a, c.b, c.kind) for g in compare_documents(docs) for c in g.contradictions]
    assert found == [("0:c2", "1:c1", "negation")]
    docs[1] = analyse("صحيفة ب", "أعلنت حركة الجهاد الإسلامي أنها أطلقت صواريخ على مدينة عسقلان.")
    assert [c for g in compare_documents(docs) for c in g.contradictions] == []  # nothing restates the claim denied
