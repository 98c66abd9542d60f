"""Constructions met in unseen news (calls with لـ, document speakers, trailing and relayed attributions,
relative and appositive speakers, "وهو ما تنفيه"), each on small sentences written for these tests."""
from __future__ import annotations

import pytest
from test_claims_constructions import claims_of, one  # the shared helpers: spans are exact slices of the text


# --- calls ---------------------------------------------------------------------------------------------------
def test_call_with_the_lam_of_the_cue_after_an_organisation_with_its_own_lam():
    c = one("دعت المديرية العامة للدفاع المدني لتوخي الحذر على الطرقات.")
    assert c.speaker.text == "المديرية العامة للدفاع المدني"
    assert c.stance == "call" and c.content.text == "لتوخي الحذر على الطرقات"


@pytest.mark.parametrize("second", ["ودعت السائقين إلى تخفيف السرعة.", "ودعت السائقين تخفيف السرعة.",
                                    "ودعت لتخفيف السرعة."])
def test_call_with_an_elided_subject_is_active(second):
    out = claims_of("أعلنت البلدية إغلاق الجسر.", second)
    assert len(out) == 2
    assert out[1].speaker.text == "البلدية" and out[1].stance == "call"
    assert "السرعة" in out[1].content.text



def test_akkada_ala_darura_is_a_call():
    c = one("أكد المحافظ على ضرورة إخلاء المباني القديمة.")
    assert c.stance == "call" and c.content.text.startswith("ضرورة")


# --- document speakers and attributions ----------------------------------------------------------------------
@pytest.mark.parametrize("sentence,speaker,content", [
    ("وجاء في التقرير أن المخزون تراجع.", "التقرير", "المخزون تراجع"),
    ("وجاء في بيان للنقابة: الإضراب مستمر.", "بيان للنقابة", "الإضراب مستمر"),
    ("وارتفعت الصادرات بشكل طفيف، حسب ما جاء في التقرير.", "التقرير", "وارتفعت الصادرات بشكل طفيف"),
])
def test_ja_a_fi_names_a_document_speaker(sentence, speaker, content):
    c = one(sentence)
    assert (c.speaker.text, c.speaker.type, c.content.text) == (speaker, "document", content)


def test_ma_ja_a_fi_is_an_object_not_an_attribution():
    c = one("ونفت الوزارة ما جاء في الصحيفة عن إغلاق المعبر.")
    assert c.speaker.text == "الوزارة" and c.stance == "deny" and c.via == []
    assert c.content.text.startswith("ما جاء في الصحيفة")


@pytest.mark.parametrize("sentence,speaker,content,via", [
    # a trailing "حسب ما نقلت X" is the relay of the claim before it
    ("وذكر بيان للشركة أن الأرباح تضاعفت، حسب ما نقلت رويترز.", "بيان للشركة", "الأرباح تضاعفت", "رويترز"),
    # "وفق تصريحات نقلتها X": the agency relayed the statements
    ("ووصفت الحكومة القرار بأنه مرفوض، وفق تصريحات نقلتها وكالة الأنباء الرسمية.", "الحكومة", "القرار بأنه مرفوض",
     "وكالة الأنباء الرسمية"),
    # "في بيان أوردته X" between the verb and the words
    ("وأعلنت الوزارة في بيان أوردته وكالة الأنباء الرسمية أنها أرسلت مساعدات.", "الوزارة", "أرسلت مساعدات",
     "وكالة الأنباء الرسمية"),
])
def test_relaying_outlets_are_vias(sentence, speaker, content, via):
    c = one(sentence)
    assert (c.speaker.text, c.content.text, [v.text for v in c.via]) == (speaker, content, [via])


def test_trailing_hasabama_qala_with_the_same_speaker_ends_the_words():
    c = one("نفى مسؤول في الشركة علمه بالصفقة، حسبما قال في حوار مع قناة محلية.")
    assert c.speaker.text == "مسؤول في الشركة" and c.stance == "deny"
    assert c.content.text == "علمه بالصفقة"


def test_wifqan_lima_afadat_bihi():
    c = one("وانقطعت الكهرباء عن الحي، وفقا لما أفادت به مراسلة الإذاعة.")
    assert c.speaker.text == "مراسلة الإذاعة" and c.content.text == "وانقطعت الكهرباء عن الحي"


def test_trailing_bihasab_followed_by_fa_inna_opens_the_words_after_it():
    c = one("وفاز الفريق بالكأس، لكن بحسب رئيس النادي فإن المدرب يتبع نصائح ابنه.")
    assert c.speaker.text == "رئيس النادي" and c.content.text == "المدرب يتبع نصائح ابنه"


# --- relays --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence,speaker,relay", [
    ("ونسبت وكالة رويترز لمصادر أمنية القول إن التحقيق مستمر.", "مصادر أمنية", "وكالة رويترز"),
    ("ونسبت الصحيفة إلى مسؤول عسكري قوله إن القوات انسحبت.", "مسؤول عسكري", "الصحيفة"),
    ("ونسبت وكالة رويترز للأنباء لمصادر أمنية القول إن التحقيق مستمر.", "مصادر أمنية", "وكالة رويترز للأنباء"),
])
def test_nasabat_x_li_y_relays(sentence, speaker, relay):
    c = one(sentence)
    assert c.speaker.text == speaker and [v.text for v in c.via] == [relay]
    assert c.content.text in ("التحقيق مستمر", "القوات انسحبت")


# --- speakers ------------------------------------------------------------------------------------------------
def test_a_full_name_after_a_title_with_a_prepositional_phrase():
    out = claims_of("قال الخبير في شؤون المياه، عادل السالمي، في تصريح للإذاعة، إن السدود ممتلئة.",
                    "وأكد السالمي، على هامش ندوة عقدت اليوم في العاصمة، أن الموسم واعد.")
    assert out[0].speaker.text == "الخبير في شؤون المياه، عادل السالمي" and out[0].speaker.name == "عادل السالمي"
    assert out[1].speaker.name == "عادل السالمي" and out[1].content.text == "الموسم واعد"


def test_lam_organisation_after_a_title_belongs_to_the_speaker():
    c = one("أكد سامي الحداد، الأمين العام لهيئة الإغاثة، أن الشحنة وصلت.")
    assert c.speaker.text == "سامي الحداد، الأمين العام لهيئة الإغاثة" and c.recipient is None
    assert c.content.text == "الشحنة وصلت"


def test_an_acronym_in_brackets_after_an_agency_name():
    c = one("وحسب ما ذكرت وكالة الأنباء الوطنية (ونا)، وصلت السفينة إلى الميناء.")
    assert c.speaker.text == "وكالة الأنباء الوطنية (ونا)" and c.speaker.type == "outlet"
    assert c.content.text == "وصلت السفينة إلى الميناء"


def test_a_second_title_after_title_and_name_is_the_object_of_ittaham():
    c = one("اتهم رئيس الحزب، سامي الحداد، وزير المالية، نبيل الكاتب، بإهدار المال العام.")
    assert c.speaker.text == "رئيس الحزب، سامي الحداد" and c.stance == "accuse"
    assert c.content.text.startswith("وزير المالية")


def test_wasafa_with_a_name_then_the_object_then_bi():
    out = claims_of("قال الرئيس سامي الحداد إن الوضع مستقر.", "ووصف الحداد التقرير مرة أخرى بأنه «مضلل».")
    assert out[1].speaker.text == "الحداد" and out[1].content.text == "التقرير مرة أخرى بأنه «مضلل»"


def test_wasafa_object_before_bi_anna_is_content_not_subject():
    c = one("ووصفت الوزارة الحادث بأنه مؤسف.")
    assert c.speaker.text == "الوزارة" and c.content.text == "الحادث بأنه مؤسف"


def test_a_bi_phrase_right_after_ittaham_is_a_passive():
    out = claims_of("وكان النائب سامي الحداد قد اتهم الشهر الماضي بالرشوة.", "ولكنه نفى ارتكاب أي مخالفة.")
    assert len(out) == 1
    assert out[0].speaker.text == "سامي الحداد" and out[0].stance == "deny"
    assert out[0].content.text == "ارتكاب أي مخالفة"


def test_noun_with_attached_pronoun_is_not_a_name():
    c = one("نفى مدير في المصنع علمه بالحادث.")
    assert c.speaker.text == "مدير في المصنع" and c.content.text == "علمه بالحادث"


def test_a_relative_clause_speaker_is_not_the_one_a_participle_continues():
    out = claims_of("رد اللاعب الدولي كريم بن زيد على الاتهامات التي وجهتها له شركة، والتي ادعت أنه خالف العقد، "
                    "نافياً صحة هذه الادعاءات.")
    part = [c for c in out if c.cue.lemma == "نفى"]
    assert len(part) == 1 and part[0].speaker.text == "اللاعب الدولي كريم بن زيد" and part[0].stance == "deny"


def test_speaker_noun_after_the_verb_wins_over_a_run_in_headline():
    c = one("مخاوف على مستقبل اللاعب سامي الحداد أفادت تقارير صحفية بأن عقده سيلغى.")
    assert c.speaker.text == "تقارير صحفية" and c.content.text == "عقده سيلغى"


def test_quantifier_over_a_non_speaker_heads_no_relative_claim():
    assert claims_of("وكان أحد الأسباب التي دعت الإدارة إلى إقالة المدرب تراجع النتائج.") == []


def test_first_person_words_without_a_colon_are_not_a_speaker():
    out = claims_of("قالت الوزيرة سلمى الحداد إن الدعم مستمر.", "وقالت نحن نقدر أنهم التزموا بوعدهم.")
    assert out[1].speaker.text == "سلمى الحداد" and out[1].content.text == "نحن نقدر أنهم التزموا بوعدهم"


def test_rawa_is_a_cue_and_a_title_in_quotes_is_not_the_words():
    out = claims_of("وروى سامر الذي حضر الحفل «كنا في القاعة عندما انطفأت الأنوار».",
                    "وأضاف في ندوة عقدت تحت عنوان «ماذا بعد الحريق؟» أن الإسعاف تأخر.")
    assert out[0].cue.lemma == "روى" and out[0].direct
    assert out[1].content.text == "الإسعاف تأخر"


def test_participles_mutaabi_and_mulawwih():
    out = claims_of("وشدد الرئيس على أن «الإصلاح مستمر»، متابعا «لن نتراجع».",
                    "وردت الحكومة ملوحة بفرض رسوم على الواردات.")
    assert [c.cue.lemma for c in out] == ["شدد", "تابع", "لوح"]
    assert out[2].stance == "warn" and out[2].speaker.text == "الحكومة"


# --- "وهو ما" ------------------------------------------------------------------------------------------------
def test_wa_huwa_ma_ends_the_words_before_it():
    c = one("قال الأطباء إن المريض سيتعافى، وهو ما لم يحدث من قبل.")
    assert c.content.text == "المريض سيتعافى"


def test_wa_huwa_ma_tanfihi_denies_the_claim_before():
    out = claims_of("اتهمت المنظمة الشرطة بتعذيب المعتقلين، وهو ما تنفيه السلطات.")
    assert len(out) == 2
    assert out[1].speaker.text == "السلطات" and out[1].stance == "deny"
    # what is denied is the charge (the shared and the written gold annotate it so: وهو ما تنفيه الرياض → بمنع …)
    assert out[0].content.text == "الشرطة بتعذيب المعتقلين"
    assert out[1].content.text == "تعذيب المعتقلين"


def test_wa_huwa_ma_tanfihi_denies_the_clause_before():
    c = one("تعرض المعتقلون للتعذيب في السجن، وهو ما تنفيه السلطات.")
    assert c.speaker.text == "السلطات" and c.stance == "deny"
    assert c.content.text == "تعرض المعتقلون للتعذيب في السجن"


def test_wa_huwa_ma_yushir_has_no_speaker():
    assert claims_of("وعلقت اللافتات في شوارع البلدة، وهو ما يشير إلى أن الحملة منظمة.") == []


def test_a_cue_word_after_bin_is_part_of_a_name():
    out = claims_of("يؤكد مدير مكتب التأجير خالد بن طالب أن الإقبال كبير.", "ويضيف بن طالب أن الأسعار مستقرة.")
    assert [c.cue.lemma for c in out] == ["أكد", "أضاف"]
    assert out[0].speaker.text.endswith("خالد بن طالب") and out[1].speaker.text == "بن طالب"


def test_lakinnahuma_is_a_dual_pronoun_subject():
    out = claims_of("قال الوزير سامي الحداد إن التحقيق انتهى.",
                    "وقال النائبان سليم ونبيل إن الملف مفتوح.", "ولكنهما نفيا أي علاقة بالصفقة.")
    assert out[2].stance == "deny" and out[2].content.text == "أي علاقة بالصفقة"
    # the two deputies (named by their names alone once the dual title is known, as a repeated title + name is)
    assert out[2].speaker.text.endswith("سليم ونبيل")


# --- trailing relays, relative clauses on the speaker --------------------------------------------------------
def test_trailing_naqlan_an_alone_names_the_source():
    c = one("ارتفع عدد المصابين إلى عشرين، نقلا عن مصادر طبية.")
    assert c.speaker.text == "مصادر طبية" and c.content.text == "ارتفع عدد المصابين إلى عشرين"


def test_trailing_naqlan_an_after_a_claim_makes_its_speaker_the_relay():
    c = one("وقالت الصحيفة إن المدير استقال، نقلا عن مصادر مطلعة.")
    assert c.speaker.text == "مصادر مطلعة" and [v.text for v in c.via] == ["الصحيفة"]
    assert c.content.text == "المدير استقال"


def test_a_verb_in_the_speakers_relative_clause_is_no_claim():
    c = one("قال الضابط الذي رفض الكشف عن اسمه إن القصف استمر ليلا.")
    assert c.cue.lemma == "قال" and c.speaker.text == "الضابط" and c.content.text == "القصف استمر ليلا"


def test_an_unnamed_official_takes_no_clause_as_an_apposition():
    c = one("وقال مسؤول، طلب عدم نشر اسمه، إن المحادثات متعثرة.")
    assert c.speaker.text == "مسؤول" and c.content.text == "المحادثات متعثرة"


def test_a_tweet_by_a_hashtag_name():
    c = one("وغرد #سامي_الحداد على حسابه في تويتر: «لن نتراجع».")
    assert c.cue.lemma == "غرد" and c.speaker.name == "سامي الحداد" and c.content.text == "«لن نتراجع»"


def test_a_quoted_name_after_yud_a_belongs_to_the_speaker():
    c = one("أعلن متجر صغير في المدينة يدعى «الواحة» عن تخفيضات كبيرة.")
    assert c.speaker.text == "متجر صغير في المدينة يدعى «الواحة»"
    assert c.content.text == "تخفيضات كبيرة"


def test_an_attribution_between_the_cue_and_its_words():
    out = claims_of("قال المهندس جميل الحداد إن الأزمة حادة.",
                    "وشدد الحداد، حسبما نقلت عنه صحيفة المدينة، على أهمية التخطيط.")
    assert out[1].speaker.text == "الحداد" and out[1].content.text == "أهمية التخطيط"
    assert [v.text for v in out[1].via] == ["صحيفة المدينة"]


def test_a_definite_subject_before_the_cues_own_preposition():
    assert one("وتشير الأرقام الرسمية إلى تراجع البطالة.").speaker.text == "الأرقام الرسمية"
    out = claims_of("قال الوزير إن الوضع صعب.", "ودعا المواطنين إلى الصبر.")
    assert out[1].speaker.text == "الوزير" and out[1].content.text == "المواطنين إلى الصبر"


# --- agreement and definiteness of a subject after the verb ---------------------------------------------------
def test_a_feminine_noun_after_a_masculine_verb_is_its_object():
    out = claims_of("قال الحزب إن الوضع صعب.", "وطالب الحكومة بالاستقالة.")
    assert out[1].speaker.text == "الحزب" and out[1].content.text == "الحكومة بالاستقالة"


def test_a_noun_in_construct_with_a_definite_genitive_is_a_subject():
    c = one("كما طالبت أسرة الضحية السلطات المحلية بتسهيل إعادة الجثمان.")
    assert c.speaker.text == "أسرة الضحية" and c.stance == "call"
    assert c.content.text == "السلطات المحلية بتسهيل إعادة الجثمان"


def test_a_title_with_lam_and_a_party_then_a_name():
    c = one("أعلن الأمين العام لحزب المسار سمير الطيب انسحاب حزبه.")
    assert c.speaker.text == "الأمين العام لحزب المسار سمير الطيب" and c.recipient is None
    assert c.content.text == "انسحاب حزبه"


def test_an_event_noun_and_its_genitive_stand_between_the_verb_and_the_words():
    out = claims_of("أعلن الأمين العام لحزب المسار سمير الطيب انسحاب حزبه.",
                    "وأكد في تصريحات على هامش لقاء مع رئيس الحكومة المكلف، أن حزبه يفضل شخصية مستقلة.")
    assert out[1].speaker.name == "سمير الطيب" and out[1].content.text == "حزبه يفضل شخصية مستقلة"


def test_a_trailing_source_with_no_words_before_it_is_no_claim():
    assert claims_of("قال الكاتب إن المنتخب سيفوز.", "*نقلا عن صحيفة الوطن") [1:] == []


def test_a_given_name_with_a_definite_family_name_is_an_antecedent():
    c = one("ردّ سمير الطيب على الانتقادات.",
            "وقال في تصريح إعلامي على هامش لقاء رئيس الحكومة مساء اليوم إن الخبراء موجودون في الإدارات.")
    assert c.speaker.text == "سمير الطيب" and c.content.text == "الخبراء موجودون في الإدارات"


def test_a_compound_given_name_with_the_article_continues():
    c = one("وأعلن المدرب الفرنسي زين الدين زيدان، الخميس، استقالته من تدريب الفريق.")
    assert c.speaker.name == "زين الدين زيدان" and c.content.text == "استقالته من تدريب الفريق"


def test_a_name_after_a_definite_spokesman_phrase():
    c = one("قال الناطق باسم الوزارة، بهرام قاسمي، إن الزيارة تأجلت.")
    assert c.speaker.text == "الناطق باسم الوزارة، بهرام قاسمي" and c.speaker.name == "بهرام قاسمي"


def test_announced_about_in_a_relative_clause_is_no_claim():
    assert claims_of("وسجل مشروع الميناء الذي أعلنت عنه الحكومة كشركة مستقلة.") == []


def test_a_relative_clause_between_commas_does_not_hide_the_complementiser():
    c = one("وأضاف المسؤول، الذي طلب عدم ذكر اسمه، أن الجسر أغلق منذ الصباح.")
    assert c.cue.lemma == "أضاف" and c.speaker.text == "المسؤول" and c.content.text == "الجسر أغلق منذ الصباح"


def test_a_negated_masdar_of_a_cue_is_no_claim():
    c = one("وقال موظف، طلب عدم ذكر اسمه، إن الرواتب تأخرت.")
    assert c.cue.lemma == "قال" and c.speaker.text == "موظف" and c.content.text == "الرواتب تأخرت"


def test_a_lam_genitive_in_the_subject_is_not_the_cue_preposition_when_ila_follows():
    c = one("ودعا رئيس الهيئة الوطنية لشؤون المياه السكان إلى ترشيد الاستهلاك.")
    assert c.stance == "call" and c.speaker.text.startswith("رئيس الهيئة الوطنية لشؤون المياه")
    assert c.content.text.endswith("ترشيد الاستهلاك")  # (the addressee السكان may be read into either side)


def test_the_masdar_of_qala_after_a_verb_gives_one_claim():
    c = one('وأكد الدكتور سامر علوان، طبيب الطوارئ بالمستشفى الأهلي، بقوله لوكالة الأنباء "الجثث كثيرة جدا".')
    assert c.cue.lemma == "أكد" and c.speaker.name == "سامر علوان" and c.content.text == '"الجثث كثيرة جدا"'


# --- a refusal of an act is no denial ----------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", ["رفضت البلدية منح التصاريح للتجار.", "ورفض النادي دفع المبلغ المطلوب.",
                                      "رفض مانشستر سيتي دفع المبلغ."])
def test_a_refused_act_is_no_claim(sentence):
    assert claims_of(sentence) == []


@pytest.mark.parametrize("sentence,content", [("ورفضت الوزارة هذه المزاعم.", "هذه المزاعم"),
                                              ("ورفض الوزير الاتهامات الموجهة إليه.", "الاتهامات الموجهة إليه")])
def test_a_refused_report_stays_a_denial(sentence, content):
    c = one(sentence)
    assert c.stance == "deny" and c.content.text == content


def test_an_act_refused_inside_reported_words_does_not_end_them():
    c = one("وقالت الأسرة إن المستشفى أجرى له جلسات في البداية، لكنه رفض استكمال علاجه بعد أن رفضت شركة التأمين "
            "تغطية التكاليف.")
    assert c.speaker.text == "الأسرة" and c.content.text.endswith("تغطية التكاليف")


# --- a pronoun subject after a party named behind a preposition -------------------------------------------------
def test_a_pronoun_subject_is_the_party_just_contacted():
    out = claims_of('وتابع المدير: "اتصلنا بالسفارة البريطانية، لكنها قالت إنها ليست جهة سداد فواتير. '
                    'ورغم ذلك، واصلنا العلاج ".')
    nested = next(c for c in out if c.cue.text == "قالت")
    assert nested.speaker.text == "السفارة البريطانية"
    assert nested.content.text.endswith("جهة سداد فواتير")


def test_a_pronoun_subject_agreeing_with_the_sentence_subject_stays_with_it():
    out = claims_of("والتقى الوزير بالسفيرة الأمريكية، لكنه قال إن الحكومة لن تتراجع.")
    assert [c.speaker.text for c in out] == ["الوزير"]


# --- short quotations after the cue -------------------------------------------------------------------------------
@pytest.mark.parametrize("second", ["وقال «لن نسمح بالفوضى».", 'وقال "لن نسمح بالفوضى".'])
def test_a_short_quotation_ending_the_sentence_is_the_words_of_an_elided_speaker(second):
    out = claims_of("وقال الوزير إن الوضع هادئ.", second)
    assert len(out) == 2 and out[1].speaker.text == "الوزير" and "لن نسمح بالفوضى" in out[1].content.text


def test_a_short_quotation_before_a_complementiser_is_still_a_quoted_name():
    c = one('وقالت "هيومن رايتس ووتش" إن الوضع خطير.')
    assert c.speaker.text == '"هيومن رايتس ووتش"' and c.content.text == "الوضع خطير"


def test_a_company_name_of_five_words_in_quotation_marks_belongs_to_the_speaker():
    c = one('وقالت هيليما كروفت، كبيرة المحللين في شركة "آر بي سي كابيتال ماركتس" إن الأسعار سترتفع.')
    assert c.speaker.text.endswith('"آر بي سي كابيتال ماركتس"') and c.content.text == "الأسعار سترتفع"


# --- a common noun after a name or a title is the object ------------------------------------------------------------
@pytest.mark.parametrize("sentence,speaker,content", [
    ("وأكد المسؤول العسكري جاهزية الولايات المتحدة للتعامل مع التهديد.", "المسؤول العسكري",
     "جاهزية الولايات المتحدة للتعامل مع التهديد"),
    ("وأعلن غسان سلامة خطة جديدة لحلحة الأزمة.", "غسان سلامة", "خطة جديدة لحلحة الأزمة"),
])
def test_a_common_noun_after_a_title_or_a_name_starts_the_object(sentence, speaker, content):
    c = one(sentence)
    assert (c.speaker.text, c.content.text) == (speaker, content)


@pytest.mark.parametrize("name", ["الرئيس مرسي", "محمد جواد ظريف", "عبد الفتاح السيسي"])
def test_names_after_titles_and_three_word_names_stay_whole(name):
    assert one(f"وقال {name} إن الاتفاق قائم.").speaker.text == name


def test_an_envoy_title_takes_the_place_it_is_sent_to():
    c = one("وقال المبعوث الأممي إلى ليبيا، غسان سلامة، إن الخطة جاهزة.")
    assert c.speaker.text == "المبعوث الأممي إلى ليبيا، غسان سلامة" and c.content.text == "الخطة جاهزة"
    c = one("ودعا المبعوث الأممي إلى وقف القتال.")
    assert c.speaker.text == "المبعوث الأممي" and c.stance == "call"


def test_a_verb_with_wa_takes_its_subject_after_it_not_a_quotation_before_it():
    out = claims_of('ترامب مستعد لاستجواب المحقق إن كان "عادلا" وينفي ترامب أنه تآمر مع موسكو.')
    c = next(c for c in out if c.stance == "deny")
    assert c.speaker.text == "ترامب" and c.content.text == "تآمر مع موسكو"


def test_a_noun_standing_for_the_clause_before_is_what_is_denied():
    out = claims_of("اتهمت قطر السعودية بمنع القطريين من الحج هذا العام، وهو أمر تنفيه الرياض.")
    deny = next(c for c in out if c.stance == "deny")
    assert deny.speaker.text == "الرياض" and deny.content.text == "منع القطريين من الحج هذا العام"


@pytest.mark.parametrize("sentence,speaker", [
    ("أكد حاكم ولاية تكساس، غريغ أبوت، أن الوضع تحت السيطرة.", "حاكم ولاية تكساس، غريغ أبوت"),
    ("وقال الوالي إن الوضع مستقر.", "الوالي"),
])
def test_governors_are_titles(sentence, speaker):
    c = one(sentence)
    assert c.speaker.text == speaker and c.speaker.type == "person"


def test_a_quotation_of_words_said_is_never_a_quoted_name():
    out = claims_of('وقالت غريس مينغ "إنهم قساة. إنهم قذرون"، مضيفة "علي أن أواجه".')
    assert [(c.speaker.text, c.content.text) for c in out] == [
        ("غريس مينغ", '"إنهم قساة. إنهم قذرون"'), ("غريس مينغ", '"علي أن أواجه"')]


@pytest.mark.parametrize("name", ['"سي.إن.إن"', '"إن. تي. في"'])
def test_a_quoted_abbreviation_stays_a_name(name):
    c = one(f"وذكر تلفزيون {name} أن المباني يجري إجلاؤها.")
    assert c.speaker.text == f"تلفزيون {name}" and c.content.text == "المباني يجري إجلاؤها"


@pytest.mark.parametrize("second", ["ويتوقع أن يشارك 250 شخصا في الحفل.", "ويرجح أيضا أن يكون الطقس مشمسا."])
def test_an_expectation_with_no_subject_is_an_impersonal_passive(second):
    out = claims_of("وقال صاحب المخبز إن الطلبات كثيرة.", second)
    assert [c.cue.text for c in out] == ["وقال"]


def test_an_expectation_with_its_subject_is_a_claim():
    out = claims_of("وقال الوزير إن الطلبات كثيرة.", "ويتوقع الوزير أن ترتفع الأسعار.")
    assert [(c.speaker.text, c.content.text) for c in out][-1] == ("الوزير", "ترتفع الأسعار")


@pytest.mark.parametrize("sentence,cue,stance,content", [
    ("وأوصى الباحثون بتقليل التدخين لدى الأطفال.", "وأوصى", "call", "بتقليل التدخين لدى الأطفال"),
    ("لكن الوزير استبعد أن تكون الكرة مجهزة بميكروفون.", "استبعد", "assert", "تكون الكرة مجهزة بميكروفون"),
    ("وأقر الوزير بدوره بوجود قصور في مكافحة الإرهاب.", "وأقر", "confirm", "بوجود قصور في مكافحة الإرهاب"),
])
def test_recommend_rule_out_and_admit_are_cues(sentence, cue, stance, content):
    c = one(sentence)
    assert (c.cue.text, c.stance, c.content.text) == (cue, stance, content)


@pytest.mark.parametrize("sentence", ["وأقر البرلمان القانون بأغلبية 62 صوتا مقابل 41.", "واستبعد المدرب اللاعب من التشكيلة."])
def test_passing_a_law_and_dropping_a_player_are_no_claims(sentence):
    assert claims_of(sentence) == []


@pytest.mark.parametrize("opener", ["بينما", "في حين", "، في حين", "، فيما"])
def test_a_while_clause_with_its_own_speaker_ends_the_words_before_it(opener):
    out = claims_of(f"وقالت الشرطة إنها تلقت بلاغات {opener} أكد متحدث أن السلطات لم تتلق أي بلاغ.".replace(" ،", "،"))
    assert [(c.speaker.text, c.content.text) for c in out] == [
        ("الشرطة", "تلقت بلاغات"), ("متحدث", "السلطات لم تتلق أي بلاغ")]
