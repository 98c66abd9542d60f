""""Some people" speak (ويرى البعض أن، يقول بعضهم إن), while بعض without the article quantifies the noun after it."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence,speaker", [
    ("وقال البعض إن الخطة فشلت.", "البعض"),
    ("ويرى البعض أن الخطة فشلت.", "البعض"),
    ("ويقول بعضهم إن الخطة فشلت.", "بعضهم"),
    ("وقال بعض المحللين إن الخطة فشلت.", "بعض المحللين"),
])
def test_some_people_say(claims_of, sentence, speaker):
    (c,) = claims_of(sentence)
    assert (c.speaker.text, c.content.text) == (speaker, "الخطة فشلت")


def test_the_quantifier_before_its_noun_is_no_speaker_alone(claims_of):
    (c,) = claims_of("وقال الوزير إن البعض المحللين أخطأوا.")
    assert c.speaker.text == "الوزير"
