"""An estimate named by its issuer is a source (بحسب تقديرات الأمم المتحدة، وفقاً لتقديرات مسؤولين غربيين): the
word opens the speaker phrase before the issuer, as آخر does before a document; an estimate with no issuer
(وفقاً للتقديرات المعدلة، بحسب تقديرات أولية) is no one's claim."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("attribution,speaker", [
    ("بحسب تقديرات مسؤولين غربيين", "تقديرات مسؤولين غربيين"),
    ("وفق تقديرات هيئة الإحصاء", "تقديرات هيئة الإحصاء"),
    ("بحسب تقديرات الغرفة التجارية بالولاية", "تقديرات الغرفة التجارية بالولاية"),
])
def test_an_estimate_and_its_issuer_are_the_source(claims_of, attribution, speaker):
    (c,) = claims_of(f"ويتراوح عدد المقاتلين في المدينة بين 1500 وألفي مقاتل، {attribution}.")
    assert c.speaker.text == speaker
    assert c.content.text == "ويتراوح عدد المقاتلين في المدينة بين 1500 وألفي مقاتل"


def test_the_lam_of_wifqan_before_an_estimate(claims_of):
    (c,) = claims_of("وقتل أكثر من عشرة آلاف شخص، وفقاً لتقديرات مسؤولين غربيين.")
    assert c.speaker.text.endswith("تقديرات مسؤولين غربيين")


@pytest.mark.parametrize("attribution", ["وفقاً للتقديرات المعدلة", "بحسب تقديرات أولية"])
def test_an_estimate_with_no_issuer_is_no_source(claims_of, attribution):
    assert claims_of(f"ونما الاقتصاد بنسبة 3 في المئة، {attribution}.") == []


def test_a_chamber_is_an_organisation(claims_of):
    (c,) = claims_of("وقالت غرفة التجارة إن الصادرات تراجعت.")
    assert (c.speaker.text, c.speaker.type) == ("غرفة التجارة", "organization")
