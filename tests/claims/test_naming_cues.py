"""Cues of naming (وصف X بأنه …), appositions before an object, statement nouns with their issuer, participles in a
subject, and blame (ألقى باللوم على)."""
from __future__ import annotations

import pytest

from isnad.claims.lexicon import lexicon


def one(claims, cue):
    found = [c for c in claims if cue in c.cue.text]
    assert len(found) == 1, [(c.cue.text, c.content.text) for c in claims]
    return found[0]


def test_vasf_is_a_cue_of_naming_in_the_lexicon():
    forms = [f for fs in lexicon().cues.values() for f in fs if f.lemma == "وصف"]
    assert forms and all("d" in f.obj for f in forms)
    assert not any("d" in f.obj for fs in lexicon().cues.values() for f in fs if f.lemma == "اتهم")


@pytest.mark.parametrize("sentence, words", [
    ("ووصفت الوزارة الهجوم على المدرسة بأنه عمل جبان.", "عمل جبان"),
    ('ووصفت الوزارة الهجوم بـ"الفعل الجبان" في بيانها.', '"الفعل الجبان"'),
    ("وهاجمت الوزارة الحكومة واصفة إياها بأنها عاجزة عن حماية المواطنين.", "عاجزة عن حماية المواطنين"),
])
def test_the_words_of_a_cue_of_naming_are_what_it_is_called(claims_of, sentence, words):
    c = one(claims_of(sentence), "صف")
    assert c.content.text == words


def test_a_comma_before_the_b_phrase_passes_one_inside_the_object(claims_of):
    c = one(claims_of('ووصف الرئيس الاتفاق الذي يجمع بلاده بإيران، بـ"الفظيع" و"السخيف".'), "ووصف")
    assert c.content.text.startswith('"الفظيع"')


def test_a_colon_after_the_complementiser_is_not_the_words(claims_of):
    c = one(claims_of('ووصف المتحدث التفتيش بأنه: "إجراء روتيني لحماية البلاد".'), "ووصف")
    assert c.content.text.startswith('"إجراء روتيني')


def test_one_word_keeps_what_it_describes(claims_of):
    c = one(claims_of("ووصفت الحركة خبر اغتيال زعيمها بالكاذب."), "ووصفت")
    assert c.content.text == "خبر اغتيال زعيمها بالكاذب"


def test_no_b_phrase_keeps_the_object(claims_of):
    c = one(claims_of("ووصف النائب نفسه وكأنه خرج من الناسوت ودخل الملكوت."), "ووصف")
    assert c.content.text.startswith("نفسه")


def test_the_object_of_a_cue_of_naming_is_no_report(claims_of):
    claims = claims_of('ووصف الكرملين هذه الاتهامات بأنها "غير مقبولة".')
    assert [c.cue.text for c in claims] == ["ووصف"]
    assert claims[0].speaker.text == "الكرملين"


def test_with_no_subject_the_phrase_before_the_description_is_the_object(claims_of):
    claims = claims_of("وقالت الشركة إن الأرباح ارتفعت. ووصفت الصفقة بأنها رابحة للجميع.")
    c = one(claims, "ووصفت")
    assert c.speaker.text == "الشركة" and c.content.text == "رابحة للجميع"


def test_a_statement_noun_with_its_issuer_heads_an_asyndetic_relative(claims_of):
    c = one(claims_of('وصدر بيان عن مكتب رئيس الوزراء وصف تقرير الصحيفة بأنه "إساءة للشعب".'), "وصف")
    assert c.speaker.text == "بيان عن مكتب رئيس الوزراء"
    assert c.content.text == '"إساءة للشعب"'


def test_an_issuer_also_serves_a_plain_cue(claims_of):
    c = one(claims_of("وصدر بيان عن الوزارة قال إن الهجوم فشل."), "قال")
    assert c.speaker.text == "بيان عن الوزارة"


def test_without_a_statement_noun_there_is_no_issuer(claims_of):
    claims = claims_of("وصدر قرار عن الوزارة قال إن الهجوم فشل.")
    assert all(c.speaker.text != "قرار عن الوزارة" for c in claims)


def test_an_apposition_with_a_relative_clause_is_the_speakers(claims_of):
    c = one(claims_of("ورفض وزير الداخلية ماتيو سالفيني، زعيم حزب الرابطة الذي يشغل منصب نائب رئيس الحكومة، "
                      "رسو المركب في الموانئ."), "ورفض")
    assert c.content.text.startswith("رسو المركب")
    assert "سالفيني" in c.speaker.text


@pytest.mark.parametrize("sentence, speaker", [
    ("وأعلنت الجبهة المنشقة عن الحركة أن زعيمها قتل.", "الجبهة المنشقة عن الحركة"),
    ("وأكد الجيش المسيطر على العاصمة أن الهدنة انهارت.", "الجيش المسيطر على العاصمة"),
])
def test_a_participle_takes_its_phrase_into_the_subject(claims_of, sentence, speaker):
    (c,) = claims_of(sentence)
    assert c.speaker.text == speaker
    assert not c.content.text.startswith("المن") and not c.content.text.startswith("المس")


def test_a_noun_before_its_own_preposition_does_not_join_the_subject(claims_of):
    (c,) = claims_of("وأكد الجيش في المدينة على أن الهدنة انهارت.")
    assert c.content.text == "الهدنة انهارت"


def test_blame_is_an_accusation_of_whom_it_falls_on(claims_of):
    claims = claims_of("وقالت قطر إن الحج أصبح مستحيلا ملقية باللوم على قرار الدول الأربع قطع العلاقات.")
    c = one(claims, "ملقية باللوم على")
    assert c.stance == "accuse" and c.content.text.startswith("قرار الدول الأربع")
    said = one(claims, "وقالت")
    assert said.content.text == "الحج أصبح مستحيلا"


def test_a_speaker_is_never_its_own_via(claims_of):
    claims = claims_of("ووفق معلومات متباينة من شهود عيان، فقد استطاع الانتحاري الدخول، مؤكدين استحالة اقتحامه الأسوار.")
    c = one(claims, "مؤكدين")
    assert c.speaker.text == "معلومات متباينة من شهود عيان" and c.via == []


def test_same_party_reads_words_not_spans():
    from isnad.claims.engine import same_party
    from isnad.model import Speaker
    sp = Speaker("شهود عيان", 0, 9, "anonymous", None)
    assert same_party(sp, "معلومات متباينة من شهود عيان")
    assert same_party(Speaker("القرضاوي", 0, 8, "person", "يوسف القرضاوي"), "يوسف القرضاوي")
    assert not same_party(Speaker("السعودية", 0, 8, "organization", None), "وكالة الأنباء السعودية")
    assert not same_party(sp, "وكالة رويترز")


@pytest.mark.parametrize("sentence", [
    "وأعلن وزير الصحة تسجيل 30 إصابة مؤكدة بالكوليرا في الولاية.",
    "وتبث الإذاعة مواد منددة بالحكومة وحلفائها كل مساء.",
    "وقررت المحكمة إحالة 21 متهما في قضية التعذيب إلى الدائرة الجنائية.",
])
def test_a_participle_describing_the_noun_before_it_is_no_cue(claims_of, sentence):
    claims = claims_of(sentence)
    assert all(not c.cue.text.startswith(("مؤكدة", "منددة", "متهما")) for c in claims), \
        [(c.cue.text, c.content.text) for c in claims]


def test_a_participle_after_its_clause_is_still_a_cue(claims_of):
    claims = claims_of("وأشادت المديرة بالبرنامج مؤكدة حرصها على استمراره.")
    c = one(claims, "مؤكدة")
    assert c.content.text == "حرصها على استمراره"


def test_a_leading_attribution_continued_by_a_participle_is_a_claim(claims_of):
    claims = claims_of("وبحسب الوزارة، فإن الهجوم أسفر عن مقتل خمسة أشخاص، مشيرة إلى أن التحقيق جار.")
    lead = one(claims, "وبحسب")
    assert lead.speaker.text == "الوزارة" and lead.content.text == "الهجوم أسفر عن مقتل خمسة أشخاص"
    part = one(claims, "مشيرة")
    assert part.speaker.text == "الوزارة" and part.content.text == "التحقيق جار"


def test_an_elided_cue_after_a_relayed_claim_continues_the_source(claims_of):
    claims = claims_of('ونقلت الصحيفة عن رايت قولها: "لم يقولوا قط إنه عانى من سكتة قلبية." '
                       'وأضافت: "لقد توفي بعدما أوقفوا الغسيل."')
    assert one(claims, "وأضافت").speaker.text == "رايت"


def test_an_estimate_before_a_clause_is_a_claim(claims_of):
    c = one(claims_of("وتعتبر الشركة الأكبر في مجالها، وتقدر مجلة فوربس الأمريكية أنها تحقق إيرادا يوميا كبيرا."), "وتقدر")
    assert c.speaker.text == "مجلة فوربس الأمريكية" and c.content.text == "تحقق إيرادا يوميا كبيرا"


def test_an_estimate_with_no_subject_is_impersonal(claims_of):
    claims = claims_of("وقال الوزير إن الوضع صعب. ويقدر أن عدد القتلى بلغ خمسين شخصا.")
    assert [c.cue.text for c in claims] == ["وقال"]


def test_mutaliba_after_a_comma_is_the_participle(claims_of):
    claims = claims_of("ونفت اللاعبة أنها تواصلت مع مدربها، مطالبة باعتذار من الحكم.")
    c = one(claims, "مطالبة")
    assert c.speaker.text == "اللاعبة" and c.stance == "call" and c.content.text.startswith("باعتذار")


def test_mutaliba_elsewhere_stays_the_noun(claims_of):
    claims = claims_of("وتحدث الوزير عن مطالبة النقابة برفع الأجور.")
    c = one(claims, "مطالبة")
    assert c.speaker.text == "النقابة"


@pytest.mark.parametrize("sentence, speaker, words", [
    ("واستهدفت الغارات المواقع التي قال الجيش إنها تابعة للمسلحين.", "الجيش", "تابعة للمسلحين"),
    ("وأطلق سراح السائق الذي قالت الشرطة إنه قتل نفسه.", "الشرطة", "قتل نفسه"),
])
def test_a_verb_disagreeing_with_the_relative_pronoun_has_its_own_subject(claims_of, sentence, speaker, words):
    (c,) = claims_of(sentence)
    assert c.speaker.text == speaker and c.content.text == words


def test_a_verb_agreeing_with_the_relative_pronoun_speaks_for_the_antecedent(claims_of):
    (c,) = claims_of("وتحدث الوزير الذي قال إن الوضع صعب.")
    assert c.speaker.text == "الوزير"
