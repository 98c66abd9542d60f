"""Outcomes of two families: talks (agreement vs failure) and captives (freed vs still held), and a denial cue
that turns the outcome it denies around."""
from __future__ import annotations

import pytest

from isnad.model import Article, Document
from isnad.pipeline import Context, Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(disable=["ner"], context=Context(published="2024-07-10"))


def kinds(pipeline, *paragraphs):
    doc = pipeline(Document(source="t", articles=[Article(id="a1", paragraphs=list(paragraphs))]))
    return [c.kind for c in doc.contradictions], doc


def test_captives_freed_versus_still_held(pipeline):
    found, doc = kinds(pipeline, "وأعلنت وزارة الداخلية الإفراج عن المهندسين الثلاثة المختطفين في عملية أمنية.",
                       "لكن مدير الشركة قال إن المهندسين الثلاثة ما زالوا محتجزين لدى الخاطفين.")
    assert found == ["outcome"]
    assert "freed" in doc.contradictions[0].note and "still held" in doc.contradictions[0].note


def test_a_release_and_a_failed_deal_are_not_one_outcome(pipeline):
    found, _ = kinds(pipeline, "وأعلنت وزارة الداخلية الإفراج عن المهندسين الثلاثة المختطفين في عملية أمنية.",
                     "وقال مدير الشركة إن المفاوضات مع النقابة فشلت في التوصل إلى اتفاق على الأجور.")
    assert "outcome" not in found


def test_liberation_of_a_town_is_no_release_of_captives(pipeline):
    found, _ = kinds(pipeline, "وأعلن الجيش تحرير المدينة من قبضة المسلحين بعد معارك عنيفة.",
                     "لكن مصدرا محليا قال إن السكان ما زالوا محتجزين في منازلهم بسبب القصف.")
    assert "outcome" not in found  # no captives named in the first claim


def test_a_denial_cue_turns_the_outcome_it_denies_around():
    from isnad.compare.keys import view
    from isnad.compare.outcome import outcomes
    pipeline = Pipeline(disable=["ner"])
    doc = pipeline(Document(source="t", articles=[Article(id="a1", paragraphs=[
        "ونفى المتحدث باسم الحركة التوصل إلى أي اتفاق مع الحكومة على الترتيبات الأمنية."])]))
    (c,) = doc.claims()
    assert outcomes(view(c, 0)) == {"fail"}
