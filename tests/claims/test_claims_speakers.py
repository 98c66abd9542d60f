"""Speakers on constructions met in unseen outlets (issue 10): antecedents never taken from inside a quotation
the cue is outside of, adversative openers before a pre-verbal subject, gender agreement of elided cues, and
words that are no speaker phrase. Each on small sentences written for these tests."""
from __future__ import annotations

from test_claims_constructions import claims_of  # the shared helper: spans are exact slices of the text


def by_cue(out, cue):
    found = [c for c in out if c.cue.text == cue]
    assert len(found) == 1, [(c.speaker.text, c.cue.text, c.content.text) for c in out]
    return found[0]


# --- antecedents and quotations ------------------------------------------------------------------------------
def test_a_noun_inside_an_earlier_quotation_is_no_antecedent():
    out = claims_of('وقالت الطبيبة: "عالجنا المريض وأرسلناه إلى إحدى العيادات في مدينة أخرى." '
                    'وتابعت: "اتصلنا بأسرته، لكنها قالت إنها لا تملك المال."')
    nested = by_cue(out, "قالت")
    assert nested.speaker.text != "إحدى العيادات في مدينة أخرى"


def test_a_noun_inside_the_same_quotation_stays_an_antecedent():
    out = claims_of('وقال المدير: "الشركة رفضت الدفع، لكنها قالت إنها ستراجع الملف."')
    assert by_cue(out, "قالت").speaker.text == "الشركة"


# --- adversative openers ------------------------------------------------------------------------------------
def test_illa_anna_opens_a_pre_verbal_subject():
    out = claims_of("قال الجيش، الجمعة، إن التحقيق يظهر أن الغاز كان السبب في الوفاة، "
                    "إلا أن هيئة الأسرى أكدت أن الضحية قتل برصاصة.")
    assert [(c.speaker.text, c.cue.text) for c in out] == [("الجيش", "قال"), ("هيئة الأسرى", "أكدت")]
    assert out[0].content.text == "التحقيق يظهر أن الغاز كان السبب في الوفاة"

