"""What a source circulated, denied by someone (ونفى X ما تداولته صفحات ناشطين عن احتجاز القافلة): the report is a
claim of its own, whose speaker is the source (with whose pages they are and where) and whose words follow
عن/حول/بشأن, so that the denial has something to point at."""
from __future__ import annotations


def _by_cue(claims):
    return {c.cue.text: c for c in claims}


def test_pages_of_a_group_circulated_a_report_that_is_denied(claims_of):
    claims = _by_cue(claims_of("ونفى مصدر في اللجنة ما تداولته صفحات ناشطين على مواقع التواصل الاجتماعي عن "
                               "احتجاز القافلة قرب المدينة."))
    assert claims["ونفى"].stance == "deny"
    report = claims["تداولته"]
    assert report.speaker.text == "صفحات ناشطين على مواقع التواصل الاجتماعي"
    assert report.content.text == "احتجاز القافلة قرب المدينة"


def test_media_circulated_a_report_about_something(claims_of):
    claims = _by_cue(claims_of("ونفى المتحدث صحة ما تناقلته بعض وسائل الإعلام بشأن استهداف عربتي نقل."))
    report = claims["تناقلته"]
    assert (report.speaker.text, report.content.text) == ("بعض وسائل الإعلام", "استهداف عربتي نقل")


def test_a_report_named_before_its_verb_is_no_second_claim(claims_of):
    # the relative stands for a report named before it, and nothing after the source says what it said
    out = claims_of("وقال الوزير إن الأنباء التي تداولتها وسائل الإعلام غير صحيحة.")
    assert [c.cue.text for c in out] == ["وقال"]
