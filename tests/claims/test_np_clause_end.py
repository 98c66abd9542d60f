"""A noun-phrase content ends where a word that mostly opens sentences in the unlabeled news opens a clause."""
from __future__ import annotations

from isnad.claims.bounds import clause_openers
from isnad.arabic.normalize import norm_key


def test_the_openers_are_counted_words_with_a_conjunction():
    openers = clause_openers()
    assert norm_key("ونشرت") in openers
    assert norm_key("الحكومة") not in openers and norm_key("وزارة") not in openers


def test_a_second_verb_of_the_speaker_ends_the_object(claims_of):
    (c,) = claims_of("ووصفت الحركة خبر اغتيال زعيمها بالكاذب، ونشرت بيانا له قبل يومين هنأ فيه الشعب بالعيد.")
    assert c.content.text.endswith("بالكاذب")


def test_an_opener_inside_a_quotation_does_not_end_it(claims_of):
    (c,) = claims_of('ونفت الوزارة "وجود أي اتفاق ونشرت الصحف عكس ذلك" في بيان.')
    assert "ونشرت" in c.content.text


def test_a_denied_demonstrative_object_ends_with_its_noun(claims_of):
    (c,) = claims_of("ونفت الحركة هذه التصريحات التي صدرت منذ نحو شهرين قبل أول لقاء مباشر.")
    assert c.content.text == "هذه التصريحات"
    (c,) = claims_of("ونفت الوزارة تلك المعلومات على حسابها في تويتر.")
    assert c.content.text == "تلك المعلومات"


def test_an_announced_demonstrative_object_keeps_its_relative_clause(claims_of):
    (c,) = claims_of("وأعلنت الحكومة هذا القرار الذي يقضي بإغلاق المدارس.")
    assert c.content.text == "هذا القرار الذي يقضي بإغلاق المدارس"
