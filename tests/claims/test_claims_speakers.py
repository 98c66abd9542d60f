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



# --- a new attributed clause after ، لكن ----------------------------------------------------------------------
def test_lakin_then_an_appositive_subject_ends_the_previous_content():
    out = claims_of("قال المستشفى إن المريض توفي بسبب سكتة، لكن الطبيبة، نيكولا رايت، نفت ذلك، "
                    "وأكدت أن المستشفى أوقف العلاج.")
    assert [(c.speaker.text, c.cue.text) for c in out] == [
        ("المستشفى", "قال"), ("الطبيبة، نيكولا رايت", "نفت"), ("نيكولا رايت", "وأكدت")]
    assert out[0].content.text == "المريض توفي بسبب سكتة"
    assert out[1].stance == "deny"


def test_lakin_then_a_noun_phrase_and_a_full_name_is_the_subject():
    out = claims_of("قالت الشركة إن الحادث سببه عطل فني، لكن شقيقه الذي كان يرافقه، سامي حداد، نفى ذلك.")
    assert [(c.speaker.text, c.cue.text) for c in out] == [
        ("الشركة", "قالت"), ("شقيقه الذي كان يرافقه، سامي حداد", "نفى")]
    assert out[0].content.text == "الحادث سببه عطل فني"


# --- words that are no speaker phrase -----------------------------------------------------------------------
def test_a_time_word_with_a_pronoun_after_the_verb_is_no_speaker():
    out = claims_of("قال الوزير إن الإصلاح سيبدأ عام 2016. وتوقع حينها أن تصل قيمة الشركة إلى تريليوني دولار.")
    assert [c.speaker.text for c in out] == ["الوزير", "الوزير"]


def test_a_circumstantial_participle_after_a_comma_is_no_apposition():
    out = claims_of("وقال المسؤول، مشترطا عدم الكشف عن هويته، إن الحكومة ترفض تسييس الحج. وأضاف أن الحجاج وصلوا.")
    assert out[0].speaker.text == "المسؤول"
    assert by_cue(out, "وأضاف").speaker.text == "المسؤول"


def test_a_full_name_after_a_comma_is_still_an_apposition():
    out = claims_of("وقال المتحدث، جون كيربي، إن القوات انسحبت.")
    assert out[0].speaker.text == "المتحدث، جون كيربي"


# --- honorific pronouns -------------------------------------------------------------------------------------
def test_an_honorific_pronoun_speaker_is_the_person_named_before():
    out = claims_of("التقى نائب وزير الصحة، الدكتور فضل باعباد، وفدا من المنظمة. وأكد معاليه أن الوزارة سترسل فرقا طبية.")
    assert [(c.speaker.text, c.cue.text) for c in out] == [("فضل باعباد", "وأكد")]


def test_a_feminine_honorific_pronoun_takes_a_woman():
    out = claims_of("قال المدير، سامي حداد، إن الوضع صعب. وتحدثت الوزيرة، هالة زايد، مع الصحفيين. "
                    "وأكدت معاليها أن الأزمة ستنتهي.")
    assert by_cue(out, "وأكدت").speaker.text == "هالة زايد"


# --- agreement when no subject agrees -----------------------------------------------------------------------
def test_a_plural_cue_takes_an_agreeing_object_mention_rather_than_a_feminine_speaker():
    out = claims_of("أعلنت الشرطة إنقاذ 40 شخصا. والتقت الصحيفة عددا من سكان القرية، وقالوا إن فرق الإنقاذ لم تصل.")
    assert by_cue(out, "وقالوا").speaker.text == "سكان القرية"
