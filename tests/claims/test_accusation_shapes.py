"""Accusations (اتهم X Y بـ…) in the shapes agency text prints them: a time between the subject and the object, an
aside on the subject closed by commas, an indefinite subject with an adjective or a member's عن-phrase, and a denial
of the accusation ("، وهو ما نفاه Z") that denies the charge, not the one charged."""
from __future__ import annotations


def _by_cue(claims):
    return {c.cue.text: c for c in claims}


def test_a_time_between_the_subject_and_the_object(claims_of):
    (c,) = claims_of("واتهم المتمردون الحوثيون الثلاثاء التحالف العسكري بمنع دخول سفن الوقود إلى الميناء.")
    assert (c.speaker.text, c.stance) == ("المتمردون الحوثيون", "accuse")
    assert c.content.text == "التحالف العسكري بمنع دخول سفن الوقود إلى الميناء"


def test_a_denial_of_an_accusation_denies_the_charge(claims_of):
    claims = _by_cue(claims_of("واتهمت الشرطة المحتجين بإحراق السيارات في الساحة، وهو ما نفاه ناشطون في الحراك."))
    assert claims["واتهمت"].content.text == "المحتجين بإحراق السيارات في الساحة"
    denial = claims["نفاه"]
    assert (denial.speaker.text, denial.stance) == ("ناشطون في الحراك", "deny")
    assert denial.content.text == "إحراق السيارات في الساحة"
    # the letter written apart, a quoted charge
    claims = _by_cue(claims_of('واتهم السكان البلدية بـ"إهمال شبكة الصرف"، وهو ما نفاه رئيس البلدية.'))
    assert claims["نفاه"].content.text == '"إهمال شبكة الصرف"'
    # a denial of a statement that accuses no one keeps the whole statement
    claims = _by_cue(claims_of("وقالت الشرطة إن المحتجين أحرقوا السيارات، وهو ما نفاه ناشطون في الحراك."))
    assert claims["نفاه"].content.text == "المحتجين أحرقوا السيارات"


def test_an_aside_on_the_subject_stands_between_it_and_the_object(claims_of):
    claims = _by_cue(claims_of('واتهم نازحون من المدينة، لجأوا إلى مدرسة تحولت إلى مأوى، القوات الحكومية بـ"قصف '
                               'الأحياء السكنية دون تمييز".'))
    c = claims["واتهم"]
    assert c.speaker.text == "نازحون من المدينة"
    assert c.content.text == 'القوات الحكومية بـ"قصف الأحياء السكنية دون تمييز"'


def test_an_indefinite_subject_with_an_adjective_ends_before_the_object(claims_of):
    (c,) = claims_of("واتهم نائب سابق الحكومة بالتقصير في حماية المدنيين.")
    assert (c.speaker.text, c.content.text) == ("نائب سابق", "الحكومة بالتقصير في حماية المدنيين")
    (c,) = claims_of("وقال مسؤول سابق في الوزارة إن الخطة فشلت.")
    assert c.speaker.text == "مسؤول سابق في الوزارة"


def test_a_member_for_a_party_or_a_place(claims_of):
    (c,) = claims_of("وقال النائب عن حزب المحافظين إن القانون الحالي فاشل.")
    assert (c.speaker.text, c.content.text) == ("النائب عن حزب المحافظين", "القانون الحالي فاشل")
    (c,) = claims_of('واتهم نائب سابق عن المدينة، في حديث تلفزيوني، "جهات حزبية" بـ"محاولة ركوب موجة الحراك".')
    assert c.speaker.text == "نائب سابق عن المدينة"
    assert c.content.text == '"جهات حزبية" بـ"محاولة ركوب موجة الحراك"'


def test_a_quoted_name_inside_the_adjunct_before_the_complementiser(claims_of):
    (c,) = claims_of('وأكدت النائبة عن الحركة في مداخلة لها في الجوهرة "اف ام" أن الولاية تلقت مساعدات.')
    assert (c.speaker.text, c.content.text) == ("النائبة عن الحركة", "الولاية تلقت مساعدات")


def test_an_unlisted_adjective_between_a_title_and_a_name(claims_of):
    (c,) = claims_of("اتهم المحامي البريطاني البارز بيتر غولدسميث الحكومة بانتهاك الاتفاقية.")
    assert c.speaker.text == "المحامي البريطاني البارز بيتر غولدسميث"
    assert c.content.text == "الحكومة بانتهاك الاتفاقية"


def test_a_relative_clause_on_the_speaker_before_a_noun_phrase(claims_of):
    (c,) = claims_of("وأعرب الرئيس، الذي تصدر نتائج الجولة الأولى، عن قلقه من تراجع المشاركة.")
    assert (c.speaker.text, c.content.text) == ("الرئيس", "قلقه من تراجع المشاركة")
    (c,) = claims_of("وقالت الفتاة، التي تعمل في قطاع التكنولوجيا، لبي بي سي إن العنصرية تراجعت.")
    assert c.recipient is not None and c.recipient.text.endswith("بي بي سي")


def test_a_meeting_the_words_were_said_at_is_no_part_of_the_speaker(claims_of):
    (c,) = claims_of('وقال مادورو في اجتماع مع قادة الجيش: "الحكومة تقوم بإثارة الأحداث".')
    assert c.speaker.text == "مادورو"


def test_a_long_quotation_that_ends_the_sentence_is_words_not_a_name(claims_of):
    (c,) = claims_of('وقال وزير الخارجية الأمريكي "ما زال لدينا عمل".')
    assert (c.speaker.text, c.content.text) == ("وزير الخارجية الأمريكي", '"ما زال لدينا عمل"')
    (c,) = claims_of('وقالت شركة "آر بي سي كابيتال ماركتس" إن الأسهم تراجعت.')
    assert c.speaker.text == 'شركة "آر بي سي كابيتال ماركتس"'


def test_an_aside_with_a_quoted_name_and_a_verb_of_speech(claims_of):
    (c,) = [c for c in claims_of('واتهم عمال في الحقل، تحدثوا إلى "نافذة كركوك" شرط عدم الكشف عن أسمائهم، إدارة '
                                 'الشركة بـ"إهمال صيانة الصمامات منذ أشهر".') if c.cue.text == "واتهم"]
    assert (c.speaker.text, c.content.text) == ("عمال في الحقل", 'إدارة الشركة بـ"إهمال صيانة الصمامات منذ أشهر"')


def test_an_aside_before_the_object_of_a_call(claims_of):
    (c,) = claims_of("ودعا المجلس البلدي، في بيان صدر في المدينة، المانحين إلى تحرك عاجل.")
    assert (c.speaker.text, c.content.text) == ("المجلس البلدي", "المانحين إلى تحرك عاجل")


def test_a_quoted_object_then_its_charge(claims_of):
    out = claims_of('وقال الوزير إن القطع إجراء مؤقت، متهماً "جهات أجنبية" بـ"التحريض على الفوضى".')
    assert out[-1].content.text == '"جهات أجنبية" بـ"التحريض على الفوضى"'


def test_a_second_clause_of_the_same_words_after_a_quotation(claims_of):
    (c,) = claims_of('وقال مصدر أمني إن الأعوان "لم يستعملوا الغاز المسيل للدموع"، وإن الطريق أعيد فتحها ليلا.')
    assert c.content.text.endswith("وإن الطريق أعيد فتحها ليلا")


def test_words_quoted_right_after_a_definite_recipient(claims_of):
    (c,) = claims_of('وقال الوزير للصحافيين "نجري مناقشات جيدة للغاية"، وذلك لدى مغادرته الفندق.')
    assert (c.speaker.text, c.content.text) == ("الوزير", '"نجري مناقشات جيدة للغاية"')
    assert c.recipient is not None and c.recipient.text == "للصحافيين"


def test_a_time_between_commas_before_a_noun_phrase_object(claims_of):
    (c,) = claims_of("وأكد النظام، في وقت سابق، إخراج كافة المقاتلين من المنطقة.")
    assert (c.speaker.text, c.content.text) == ("النظام", "إخراج كافة المقاتلين من المنطقة")
    (c,) = claims_of("وأعلنت البحرية الليبية، الاثنين، توقيف سفينة شحن قبالة الساحل.")
    assert (c.speaker.text, c.content.text) == ("البحرية الليبية", "توقيف سفينة شحن قبالة الساحل")
