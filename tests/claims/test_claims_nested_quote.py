"""A claim reported inside someone's quotation ends with its sentence: the quotation goes on in the quoted
speaker's own words."""
from __future__ import annotations

from test_claims_constructions import claims_of  # the shared helper: spans are exact slices of the text


def test_a_clause_reported_inside_a_quotation_ends_at_its_full_stop():
    out = claims_of('وقال المدير: "اتصلنا بالسفارة، لكنها قالت إنها ليست جهة سداد فواتير. ورغم ذلك، واصلنا العلاج".')
    outer = next(c for c in out if c.cue.text == "وقال")
    inner = next(c for c in out if c.cue.text == "قالت")
    assert inner.content.text.endswith("ليست جهة سداد فواتير")
    assert outer.content.text.rstrip('"').endswith("واصلنا العلاج")  # the quotation itself stays whole


def test_an_attribution_after_a_closed_quotation_relays_the_quotation():
    out = claims_of('وقال الأب: "وقف رجل في الغرفة وقال لي: ادفع الآن أو أوقف الأجهزة،" حسب ما نشرته صحيفة "صن" البريطانية.')
    outer = next(c for c in out if c.cue.text == "وقال")
    assert outer.content.text.endswith('أوقف الأجهزة،"')
    assert [v.text for v in outer.via] == ['صحيفة "صن" البريطانية']
