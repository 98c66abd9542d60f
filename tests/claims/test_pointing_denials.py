"""A denial that points back with a bare demonstrative to a claim of its own sentence denies that claim's words; across
a sentence boundary, or with a noun after the demonstrative, the words it points with stay its content."""
from __future__ import annotations


def test_a_bare_demonstrative_in_the_same_sentence_takes_the_words_denied(claims_of):
    out = claims_of("وقال المستشفى إن المريض توفي بسبب سكتة قلبية، لكن شقيقه سامي نفى ذلك، وأكد أن العلاج توقف.")
    said, denied = out[0], out[1]
    assert (said.speaker.text, said.content.text) == ("المستشفى", "المريض توفي بسبب سكتة قلبية")
    assert (denied.cue.text, denied.stance) == ("نفى", "deny")
    assert (denied.content.start, denied.content.end) == (said.content.start, said.content.end)


def test_across_a_sentence_boundary_the_demonstrative_stays(claims_of):
    out = claims_of("وقالت الشرطة إن المحتجين أحرقوا السيارات. ونفى المتحدث باسم المحتجين ذلك.")
    assert [c.content.text for c in out] == ["المحتجين أحرقوا السيارات", "ذلك"]


def test_a_demonstrative_with_its_noun_names_what_is_denied(claims_of):
    out = claims_of("وقال الوزير إن الخطة نجحت، لكن المعارضة نفت هذه التصريحات.")
    assert out[-1].content.text == "هذه التصريحات"
