"""A noun-phrase content ends where a word that mostly opens sentences in the unlabeled news opens a clause."""
from __future__ import annotations

from isnad.claims import extract_claims
from isnad.claims.bounds import clause_openers
from isnad.arabic.normalize import norm_key
from isnad.model import Article
from isnad.text import annotate


def claims_of(*paragraphs: str):
    art = Article(id="a1", paragraphs=list(paragraphs))
    annotate(art)
    return extract_claims(art)


def test_the_openers_are_counted_words_with_a_conjunction():
    openers = clause_openers()
    assert norm_key("ونشرت") in openers
    assert norm_key("الحكومة") not in openers and norm_key("وزارة") not in openers


def test_a_second_verb_of_the_speaker_ends_the_object():
    (c,) = claims_of("ووصفت الحركة خبر اغتيال زعيمها بالكاذب، ونشرت بيانا له قبل يومين هنأ فيه الشعب بالعيد.")
    assert c.content.text.endswith("بالكاذب")


def test_an_opener_inside_a_quotation_does_not_end_it():
    (c,) = claims_of('ونفت الوزارة "وجود أي اتفاق ونشرت الصحف عكس ذلك" في بيان.')
    assert "ونشرت" in c.content.text
