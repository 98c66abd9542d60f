"""Plural speakers: a quantifier before a speaker noun (بعض المحللين), the oblique plural after a verb (its object,
not its subject), and a noun-object cue whose object is described with بأن."""
from __future__ import annotations

import pytest
from test_claims_constructions import claims_of, one  # the shared helpers: spans are exact slices of the text


@pytest.mark.parametrize("sentence, speaker", [
    ("ويرى بعض المحللين في العاصمة أن الاتفاق سينهار قريباً.", "بعض المحللين في العاصمة"),
    ("وقال بعض الشهود إن الانفجار وقع في ساعة متأخرة من الليل.", "بعض الشهود"),
    ("وأوضح بعض السكان أن المياه انقطعت عن الحي منذ ثلاثة أيام.", "بعض السكان"),
])
def test_a_quantifier_before_a_plural_speaker_noun_opens_the_speaker(sentence, speaker):
    c = one(sentence)
    assert c.speaker.text == speaker


def test_a_quantifier_before_a_noun_that_does_not_speak_is_no_speaker():
    out = claims_of("قال الوزير إن الحكومة أقرت الخطة.", "وكشف بعض التفاصيل عن الخطة الجديدة.")
    assert all("التفاصيل" not in c.speaker.text for c in out)


@pytest.mark.parametrize("noun", ["مراقبون", "باحثون", "محامون"])
def test_human_plurals_counted_in_the_news_speak(noun):
    assert one(f"وقال {noun} إن القرار سيؤثر على آلاف الأسر.").speaker.text == noun


def test_an_oblique_plural_after_the_verb_is_its_object():
    out = claims_of("قال المحافظ إن الوضع صعب.", "ودعا المواطنين إلى الصبر.")
    assert out[1].speaker.text == "المحافظ" and out[1].content.text == "المواطنين إلى الصبر"


def test_the_nominative_plural_after_the_verb_is_its_subject():
    out = claims_of("قال المحافظ إن الوضع صعب.", "ودعا المواطنون إلى الصبر.")
    assert out[1].speaker.text == "المواطنون"


def test_a_noun_object_described_with_bi_anna_is_the_content_not_the_speaker():
    c = one("وانتقد المراقبون تقييم الشركة للأصول بأنه غير واقعي على الإطلاق.")
    assert c.speaker.text == "المراقبون"
    assert c.content.text == "تقييم الشركة للأصول بأنه غير واقعي على الإطلاق"


def test_a_quoted_short_name_after_an_organisation_belongs_to_the_speaker():
    out = claims_of('نفت الشركة الوطنية لتوزيع المياه "الصوناد"، اليوم الاثنين، ما تم تداوله بشأن تلوث مياه الشرب.')
    assert out[0].speaker.text == 'الشركة الوطنية لتوزيع المياه "الصوناد"'
    assert out[0].content.text.startswith("ما تم تداوله")


def test_a_quoted_word_after_an_organisation_that_goes_on_is_the_object():
    c = one('وأعلنت وزارة الصحة "كورونا" وباءً عالمياً.')
    assert c.speaker.text == "وزارة الصحة"


def test_others_speak():
    out = claims_of("وأكد شهود أن الانفجار وقع قرب السوق.", "وقال آخرون إن الانفجار وقع قرب المسجد.")
    assert out[1].speaker.text == "آخرون" and out[1].content.text == "الانفجار وقع قرب المسجد"


def test_a_predicate_with_ghayr_is_never_a_speaker():
    out = claims_of("وأوضحت المديرية أن ما ذكر غير صحيح لعدد من الأسباب، إلى جانب أن جميع الأطباء كانوا طبيبات.")
    assert all(not c.speaker.text.startswith("غير") for c in out)
    assert one("وقالت منظمة غير حكومية إن الوضع سيئ.").speaker.text == "منظمة غير حكومية"


def test_a_relative_verb_before_a_definite_prepositional_phrase_is_a_passive():
    out = claims_of("وأوضحت الوزارة أن جميع الأطباء المناوبين أثناء الفترة التي ذكرت بالشكوى كانوا طبيبات، "
                    "مؤكدة أنه لم تصل أي شكوى.")
    assert [c.speaker.text for c in out] == ["الوزارة", "الوزارة"]


@pytest.mark.parametrize("sentence, speaker, content", [
    ("وعبرت المنظمة عن استغرابها من القرار الذي اتخذته الحكومة.", "المنظمة", "استغرابها من القرار الذي اتخذته الحكومة"),
    ("وعبرت ثماني دول أوروبية عن الاستعداد لاستقبال المهاجرين.", "ثماني دول أوروبية", "الاستعداد لاستقبال المهاجرين"),
])
def test_abbara_an_expresses(sentence, speaker, content):
    out = claims_of("وقال مسؤول إن الوضع هادئ في المدينة منذ الصباح الباكر.", sentence)
    assert (out[1].speaker.text, out[1].content.text) == (speaker, content)


def test_abara_as_via_is_no_cue():
    out = claims_of("ونقلت الشاحنات المساعدات عبر المعبر الحدودي إلى المدينة.")
    assert out == []


def test_the_participle_of_abbara_needs_an():
    out = claims_of("وقال الوزير إن الحكومة ستواصل دعم القطاع، معبرا عن ثقته في قدرة الشركات.")
    assert [c.cue.text for c in out] == ["وقال", "معبرا عن"]


def test_a_quotation_after_ma_and_a_cue_with_an_object_pronoun_is_the_content():
    out = claims_of('وقد تمسك فرع الرابطة، في بيان أصدره اليوم، بما اعتبره "حصول تجاوزات خطيرة" رافقت "الهجوم الأمني" '
                    'على المحتجين، مذكرا بأن الفرع قام بزيارة ميدانية للجزيرة.')
    assert [(c.speaker.text, c.cue.text) for c in out] == [("فرع الرابطة", "اعتبره"), ("فرع الرابطة", "مذكرا")]
    assert out[0].content.text == '"حصول تجاوزات خطيرة" رافقت "الهجوم الأمني" على المحتجين'
    assert out[1].content.text == "الفرع قام بزيارة ميدانية للجزيرة"


def test_a_quoted_short_name_after_a_cue_with_an_object_pronoun_still_speaks():
    c = claims_of('وتحدثت تقارير عن انسحاب القوات من المدينة، وهو ما نفته «جبهة الفدائيين» في بيان.')
    assert [(x.speaker.text, x.stance) for x in c] == [("تقارير", "assert"), ("«جبهة الفدائيين»", "deny")]


def test_coordinated_states_after_a_masculine_accusing_verb_are_its_object():
    out = claims_of("وقال الوزير القطري إن بلاده متمسكة بالحوار مع جيرانها.",
                    'واتهم السعودية والإمارات والبحرين بـ"خرق كل مواد ميثاق مجلس التعاون".')
    assert out[1].speaker.text == "الوزير القطري" and out[1].stance == "accuse"
    assert out[1].content.text.startswith("السعودية والإمارات والبحرين")


def test_a_feminine_plural_after_a_masculine_calling_verb_is_its_object():
    out = claims_of("وقال رئيس البلدية إن المدينة تحيي الذكرى كل عام.", "وحث دول العالم على التخلي عن الأسلحة النووية.")
    assert out[1].speaker.text == "رئيس البلدية"


def test_the_same_state_after_a_feminine_verb_speaks():
    assert one("وقالت روسيا إن الاتهامات باطلة.").speaker.text == "روسيا"


def test_lakinnahu_and_a_cue_after_a_comma_starts_a_new_claim_of_the_same_speaker():
    out = claims_of("وقال الوزير إن الوضع صعب، لكنه اتهم روسيا بالتسبب في الأزمة.")
    assert [(c.speaker.text, c.cue.text, c.content.text) for c in out] == [
        ("الوزير", "وقال", "الوضع صعب"), ("الوزير", "اتهم", "روسيا بالتسبب في الأزمة")]


def test_an_adverbial_the_tokenizer_leaves_whole_is_no_speaker():
    out = claims_of("وقالت الوزارة إن الوضع هادئ في المدينة منذ الصباح الباكر.",
                    "ونفت بصفة قطعية أن يكون هناك أي اتفاق سري.")
    assert (out[1].speaker.text, out[1].content.text) == ("الوزارة", "يكون هناك أي اتفاق سري")


def test_a_manner_adverbial_inside_an_organisation_name_stays_in_it():
    c = one("وقال مصدر في الجهاز المركزي لمعالجة أوضاع المقيمين بصورة غير قانونية إن الجهاز أصدر البطاقات.")
    assert c.speaker.text == "مصدر في الجهاز المركزي لمعالجة أوضاع المقيمين بصورة غير قانونية"


def test_a_lam_phrase_completes_a_title_in_construct_before_the_cues_own_preposition():
    out = claims_of("وقال مسؤول إن الوضع هادئ في المدينة منذ الصباح الباكر.",
                    "ودعا وزير الدولة للشؤون الخارجية الإماراتي، أنور قرقاش، إلى تحقيق دولي.")
    assert out[1].speaker.text == "وزير الدولة للشؤون الخارجية الإماراتي، أنور قرقاش"
    assert out[1].content.text == "تحقيق دولي"


def test_the_cues_own_lam_is_not_taken_into_the_title():
    c = one("ودعا رئيس الوزراء للحوار الوطني الشامل.")
    assert c.speaker.text == "رئيس الوزراء" and c.content.text == "للحوار الوطني الشامل"


@pytest.mark.parametrize("sentence, speaker", [
    ("وأكد بيان لوزارة الخارجية أن الوضع هادئ.", "بيان لوزارة الخارجية"),
    ("وأفاد تقرير للصحيفة بأن الوضع هادئ.", "تقرير للصحيفة"),
])
def test_lam_after_an_indefinite_document_names_its_issuer(sentence, speaker):
    assert one(sentence).speaker.text == speaker


def test_a_recipient_after_a_document_is_not_its_issuer():
    assert one("وأكد بيان للصحفيين أن الوضع هادئ.").speaker.text == "بيان"


def test_a_denial_verb_with_a_pronoun_after_its_final_alef():
    out = claims_of("واتهم ناشطون الجيش بقصف المدينة، وهو ما نفاه مصدر عسكري.")
    assert [(c.speaker.text, c.stance) for c in out] == [("ناشطون", "accuse"), ("مصدر عسكري", "deny")]


def test_a_town_spelt_like_a_verb_with_a_pronoun_is_no_cue():
    out = claims_of("وقالت عضو المجلس المحلي إن سكان رواه قالوا لها إن مئات المقاتلين وصلوا إلى البلدة.")
    assert [c.speaker.text for c in out] == ["عضو المجلس المحلي", "سكان رواه"]


def test_a_relay_clause_on_a_speaker_gives_its_claim_a_via():
    out = claims_of("واتهم ناشطون الجيش بقصف المدينة، وهو ما نفاه مصدر عسكري نقلت عنه وكالة الأنباء الرسمية، "
                    "مؤكداً أن الجيش يستهدف مواقع المسلحين فقط.")
    assert [(c.speaker.text, [v.text for v in c.via]) for c in out] == [
        ("ناشطون", []), ("مصدر عسكري", ["وكالة الأنباء الرسمية"]), ("مصدر عسكري", ["وكالة الأنباء الرسمية"])]


@pytest.mark.parametrize("attribution", ["وفقاً لما نقلته الوكالة الوطنية للإعلام", "بحسب ما أوردته الوكالة الوطنية للإعلام"])
def test_an_attribution_through_a_relaying_verb_with_a_pronoun_is_a_via(attribution):
    out = claims_of(f"وقالت الشرطة إن عدد المشاركين بلغ أربعين ألف شخص، {attribution}.")
    assert len(out) == 1
    assert out[0].content.text == "عدد المشاركين بلغ أربعين ألف شخص"
    assert [v.text for v in out[0].via] == ["الوكالة الوطنية للإعلام"]


def test_qaddarat_estimates():
    out = claims_of("وقال مسؤول إن الوضع هادئ في المدينة منذ الصباح الباكر.",
                    "وقدّرت قوى الأمن الداخلي عدد المشاركين في الساحة بنحو أربعين ألف شخص.",
                    "وتقدر قيمة الصفقة بنحو ثلاثة مليارات دولار.")
    assert [(c.speaker.text, c.content.text) for c in out[1:]] == [
        ("قوى الأمن الداخلي", "عدد المشاركين في الساحة بنحو أربعين ألف شخص")]


def test_atha_opens_an_adjunct_not_a_speaker():
    out = claims_of("وأثناء جلسة في مهرجان الكتاب أشارت الكاتبة إلى أن المقال أثار جدلاً واسعاً.")
    assert [c.speaker.text for c in out] == ["الكاتبة"]


@pytest.mark.parametrize("sentence, speaker, content", [
    ("واستنكرت الوزارة الهجوم على المستشفى.", "الوزارة", "الهجوم على المستشفى"),
    ("ونددت المنظمة بقصف المدنيين في المدينة.", "المنظمة", "بقصف المدنيين في المدينة"),
])
def test_condemnation_verbs_accuse(sentence, speaker, content):
    c = one(sentence)
    assert (c.speaker.text, c.content.text, c.stance) == (speaker, content, "accuse")
