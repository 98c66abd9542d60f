"""Where a content ends: an occasion adjunct after a noun-phrase object, a because-clause, a claim after لكنه."""
from __future__ import annotations


def test_an_occasion_adjunct_closing_the_sentence_ends_a_noun_phrase_content(claims_of):
    (c,) = claims_of("وندد الأزهر بالقانون في بيان أصدره الجمعة.")
    assert c.content.text.endswith("القانون") and len(c.content.text) <= len("بالقانون")
    assert c.speaker.text == "الأزهر"


def test_a_statement_that_is_the_object_stays_in_the_content(claims_of):
    (c,) = claims_of("ونفت الوزارة ما جاء في بيان النقابة.")
    assert "بيان النقابة" in c.content.text


def test_an_adjunct_before_the_object_leaves_the_object_whole(claims_of):
    (c,) = claims_of("ونفت الجمعية في بيان، السبت، اتهامات الاستغلال.")
    assert c.content.text.endswith("اتهامات الاستغلال")


def test_a_because_clause_after_a_comma_stays_in_the_words(claims_of):
    (c,) = claims_of("وتقول المنظمة إن بيع الجوازات يقوض الجهود الدولية، لأن المجرمين يستغلون هذه الخطط.")
    assert c.content.text.endswith("لأن المجرمين يستغلون هذه الخطط")


def test_a_claim_after_lakinnahu_is_the_first_speakers_own(claims_of):
    out = claims_of('وحذر الوزير قائلا: ستواجه "غضب العالم" إذا فعلت ذلك لكنه عبر عن أمله في حل سلمي.')
    assert len(out) == 2
    first, second = out
    assert first.content.text.endswith("إذا فعلت ذلك")
    assert "الوزير" in second.speaker.text


def test_an_object_opened_by_all_then_the_cues_preposition_keeps_an_elided_verb_active(claims_of):
    out = claims_of("وأشار المجلس إلى ضرورة تقديم المسؤولين إلى العدالة. وحث جميع الدول على التعاون مع الحكومة.")
    assert len(out) == 2
    assert out[1].speaker.text == "المجلس" and out[1].content.text.startswith("جميع الدول على التعاون")


def test_the_cues_preposition_after_an_occasion_adjunct_keeps_an_elided_verb_active(claims_of):
    out = claims_of("وأدان المجلس الهجوم. كما أعرب في بيان عن تضامنه مع الحكومة.")
    assert len(out) == 2
    assert out[1].speaker.text == "المجلس" and out[1].content.text == "تضامنه مع الحكومة"


def test_a_time_adjunct_before_the_preposition_leaves_the_passive_reading(claims_of):
    out = claims_of("ورحب الوزير بالقرار. وقد أعلن في 26 مارس 1996 عن اختطاف الرهبان.")
    assert all("اختطاف" not in c.content.text for c in out)
