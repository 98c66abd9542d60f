"""A form of كان between a subject and its reporting verb (السفير كان قد اتهم …): the phrase before كان is the
subject, whatever the verb's object (a noun phrase, or a clause after أن)."""
from __future__ import annotations


def test_a_noun_phrase_object_verb_after_kana_qad_has_the_phrase_before_kana_as_subject(claims_of):
    (c,) = claims_of("يذكر أن السفير الروسي السابق كان قد اتهم الداعية بتقديم طلب للحكومة.")
    assert c.speaker.text == "السفير الروسي السابق"
    assert c.stance == "accuse"
    assert c.content.text.startswith("الداعية بتقديم طلب")


def test_a_denial_after_kana_qad(claims_of):
    (c,) = claims_of("يذكر أن الوزير كان قد نفى هذه الاتهامات.")
    assert c.speaker.text == "الوزير"
    assert c.stance == "deny"
    assert c.content.text == "هذه الاتهامات"


def test_kana_without_qad(claims_of):
    claims = claims_of("وأوضح المراسل أن الوزير كان أعلن أن الاتفاق سيء.")
    (c,) = [c for c in claims if c.cue.text == "أعلن"]
    assert c.speaker.text == "الوزير"
    assert c.content.text.startswith("الاتفاق")


def test_kana_with_waw_opens_its_own_clause(claims_of):
    # وكان X قد قال: the subject follows كان, not the phrase of the clause before
    claims = claims_of("وصل الوفد إلى المدينة، وكان الوزير قد نفى هذه الاتهامات.")
    assert [c.speaker.text for c in claims] == ["الوزير"]
