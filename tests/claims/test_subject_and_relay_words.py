"""Words between a speaker and its verb or source: a form of كان between a preverbal subject and its reporting verb
(السفير كان قد اتهم …: the phrase before كان is the subject, whatever the verb's object), and على لسان after a relay
verb (نقلت الوكالة على لسان الوزير …: the source, as after عن)."""
from __future__ import annotations


def test_a_noun_phrase_object_verb_after_kana_qad_has_the_phrase_before_kana_as_subject(claims_of):
    (c,) = claims_of("يذكر أن السفير الروسي السابق كان قد اتهم الداعية بتقديم طلب للحكومة.")
    assert c.speaker.text == "السفير الروسي السابق"
    assert c.stance == "accuse"
    assert c.content.text.startswith("الداعية بتقديم طلب")


def test_a_denial_after_kana_qad(claims_of):
    (c,) = claims_of("يذكر أن الوزير كان قد نفى هذه الاتهامات.")
    assert c.speaker.text == "الوزير"
    assert c.stance == "deny"
    assert c.content.text == "هذه الاتهامات"


def test_kana_without_qad(claims_of):
    claims = claims_of("وأوضح المراسل أن الوزير كان أعلن أن الاتفاق سيء.")
    (c,) = [c for c in claims if c.cue.text == "أعلن"]
    assert c.speaker.text == "الوزير"
    assert c.content.text.startswith("الاتفاق")


def test_kana_with_waw_opens_its_own_clause(claims_of):
    # وكان X قد قال: the subject follows كان, not the phrase of the clause before
    claims = claims_of("وصل الوفد إلى المدينة، وكان الوزير قد نفى هذه الاتهامات.")
    assert [c.speaker.text for c in claims] == ["الوزير"]


def test_ala_lisan_after_a_relay_verb_names_the_speaker(claims_of):
    # نقلت X على لسان Y: as نقلت X عن Y, Y speaks and X relays (على لسان is not a via of its own here)
    (c,) = claims_of("ونقلت الوكالة الرسمية على لسان المتحدث باسم الوزارة قوله إن القوات تقدمت.")
    assert c.speaker.text == "المتحدث باسم الوزارة"
    assert [v.text for v in c.via] == ["الوكالة الرسمية"]
    assert c.content.text.startswith("القوات تقدمت")


def test_kama_with_the_cues_own_preposition_is_a_claim_not_an_attribution(claims_of):
    # كما دعا X إلى …: "X also called for …"; كما أعلنت X alone still attributes the clause before it
    claims = claims_of("وذكر البابا الأطفال في المناطق الفقيرة، كما دعا البابا إلى استمرار عمليات السلام في أوكرانيا.")
    (c,) = [c for c in claims if c.cue.text.endswith("دعا")]
    assert c.speaker.text == "البابا" and c.stance == "call"
    assert c.content.text == "استمرار عمليات السلام في أوكرانيا"
    (c,) = claims_of("وارتفع عدد القتلى إلى 20، كما أعلنت وزارة الصحة.")
    assert c.speaker.text == "وزارة الصحة"
    assert c.content.text.startswith("وارتفع عدد القتلى")


def test_a_trailing_attribution_after_a_contrast_scopes_over_the_contrasted_clause(claims_of):
    claims = claims_of("وقال المسعف إنهم نقلوا 18 جثة، غير أن عدد القتلى ارتفع إلى نحو 30 شخصا وفق مصادر طبية أخرى.")
    by = {c.speaker.text: c for c in claims}
    assert by["المسعف"].content.text == "نقلوا 18 جثة" and not by["المسعف"].via
    assert by["مصادر طبية أخرى"].content.text == "عدد القتلى ارتفع إلى نحو 30 شخصا"
    # without a contrast opener the attribution is the via of the claim before it
    (c,) = claims_of("وقال المسعف إنهم نقلوا 18 جثة، بحسب وكالة الأنباء.")
    assert [v.text for v in c.via] == ["وكالة الأنباء"]


def test_marran_after_a_cue_is_an_adverb_not_a_speaker(claims_of):
    (c,) = claims_of("ونفت روسيا مرارا أن تكون متورطة في الهجوم.")
    assert c.speaker.text == "روسيا"
    assert not claims_of("فقد أعلن مرارا وتكرارا عن وفاة الزعيم من قبل أكثر من مصدر.")  # a passive: no speaker


def test_a_cue_verb_opening_the_content_after_anhu_gives_the_stance(claims_of):
    # نقل عن X أنه حث على …: X urged, so the claim calls; أنه رفض … is an act refused, not a denial
    (c,) = claims_of("ونقل الكرملين عن بوتين أنه حث على فتح تحقيق دقيق في تقارير الهجوم.")
    assert c.speaker.text == "بوتين" and c.stance == "call"
    (c,) = claims_of("وقال المتحدث إنه نفى أي علاقة بالهجوم.")
    assert c.stance == "deny"
    (c,) = claims_of("وقال الاتحاد إن رفض الحكومة تسجيل الاسم يعد تجاوزا.")
    assert c.stance != "deny"  # a masdar after إن, not the speaker's own verb


def _with_person(paragraph: str, name: str):
    """The claims of one paragraph whose person name ``name`` the NER stage tagged (set by hand here)."""
    from isnad.claims import extract_claims
    from isnad.model import Article, Entity
    from isnad.text import annotate

    art = Article(id="a1", paragraphs=[paragraph])
    annotate(art)
    at = art.text.index(name)
    art.entities = [Entity(name, at, at + len(name), label="PERS")]
    return extract_claims(art)


def test_a_tagged_person_name_is_not_cut_at_a_word_spelt_like_a_cue_or_preposition():
    # علي folds to على and إدان to أدان: inside a name the tagger read whole, neither ends the speaker
    (c,) = _with_person("وقال محمد علي، مسؤول الشرطة في عاصمة إقليم بيدوة، إن الانفجار الأول استهدف مطعما.",
                        "محمد علي")
    assert c.speaker.text.startswith("محمد علي")
    assert c.cue.text == "وقال"
    (c,) = _with_person("وقال مختار إدان، مسؤول الشرطة في عاصمة إقليم بيدوة، إن الانفجار الأول استهدف مطعما.",
                        "مختار إدان")
    assert c.speaker.text.startswith("مختار إدان") and c.cue.text == "وقال" and c.stance == "assert"


def test_a_relative_clause_may_stand_between_a_relay_and_its_source(claims_of):
    (c,) = claims_of("ونقلت وكالة \"سبأ\" بنسختها التي يديرها الحوثيون في صنعاء عن مسؤول في وزارة الصحة قوله إن "
                     "الوزارة سلمت الشحنات.")
    assert c.speaker.text == "مسؤول في وزارة الصحة"
    assert c.content.text == "الوزارة سلمت الشحنات"


def test_a_team_with_its_name_in_quotes_is_one_speaker(claims_of):
    (c,) = claims_of("من جهته، حذّر منسق فريق \"استجابة الشمال\" الإغاثي، سامر القدور، من أن عدد النازحين تجاوز "
                     "580 ألف شخص.")
    # (the name after the comma joins the phrase when the NER stage tags it; this fixture runs the claims stage alone)
    assert c.speaker.text.startswith("منسق فريق \"استجابة الشمال\" الإغاثي")
    assert c.stance == "warn"


def test_a_mouthpiece_between_cue_and_words_is_no_via_and_a_via_is_given_once(claims_of):
    (c,) = claims_of("إلا أن الهيئة أكدت، على لسان الطبيب الفلسطيني ريان العلي، أن الضحية قتل برصاصة.")
    assert c.speaker.text == "الهيئة" and c.via == []
    (c,) = claims_of("وشدد الوزير، حسبما نقلت عنه الوكالة، على ضرورة الحوار.")
    assert [v.text for v in c.via] == ["الوكالة"]
    claims = claims_of("وحسب وكالة الأنباء الرسمية، قال الوزير إن الإجراء فوري، مؤكدا أن التهديدات تؤثر على التجارة.")
    assert [[v.text for v in c.via] for c in claims] == [["وكالة الأنباء الرسمية"]] * 2


def test_a_video_or_a_study_that_showed_is_a_document_speaking(claims_of):
    (c,) = claims_of("وأظهر الفيديو سيارات إسعاف في مكان الحادث.")
    assert c.speaker.text == "الفيديو" and c.speaker.type == "document"
    assert c.content.text == "سيارات إسعاف في مكان الحادث"
    (c,) = claims_of("وأظهرت دراسة حديثة أن أغلب الناس لا يقرؤون شروط الاستخدام.")
    assert c.speaker.text == "دراسة حديثة"
    # a person who "showed" something is no speaker, and a headline's present tense (فيديو يظهر …) is no cue
    assert not claims_of("وأظهر الوزير اهتماما كبيرا بالمشروع.")
    assert not claims_of("فيديو يظهر لحظة سقوط الطائرة في البحر")
