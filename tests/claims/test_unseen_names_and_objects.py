"""Constructions met in news the rules were not written on: names the NER model never saw (its training news
predates them) read from the names mined from the unlabeled news (``claims/data/names.tsv``), and noun-phrase objects
(عدم، أبدى، after a time adjunct, before the writer's وذلك)."""
from __future__ import annotations

from collections import Counter

from isnad.claims.lexicon import lexicon
from isnad.lexicon import load_tsv
from isnad.training import name_mining


def test_the_mined_list_holds_the_frequent_names_and_no_preposition_phrases():
    names = {row[0] for row in load_tsv("isnad.claims", "data/names.tsv")}
    assert {"ترامب", "ماكرون", "بومبيو"} <= names
    # على غرار، على مدار: على is no given name, though it folds to علي
    assert not names & {"غرار", "مدار", "متن"}
    assert "ترامب" in lexicon().names


def test_the_miner_rejects_nouns_with_a_pronoun_and_verbs():
    m = name_mining
    total = Counter({"الحساب": 40, "حسابه": 30, "يناهز": 50, "ناهز": 20, "ترامب": 100})
    assert m.pronoun_noun("حسابه", total)
    assert not m.pronoun_noun("ترامب", total)
    assert m.verb("ناهز", total) and m.verb("يناهز", total)
    assert not m.verb("ترامب", total)


def test_a_mined_name_before_the_verb_is_its_subject(claims_of):
    (c,) = claims_of("وكان ترامب قد أعلن أن بلاده ستنسحب من الاتفاق النووي.")
    assert c.speaker.text == "ترامب"
    assert c.content.text.startswith("بلاده ستنسحب")


def test_a_mined_name_ends_before_a_common_noun_in_construct(claims_of):
    (c,) = claims_of("وأعلن ترامب انسحاب بلاده من الاتفاق النووي.")
    assert c.speaker.text == "ترامب"
    assert c.content.text.startswith("انسحاب بلاده")


def test_a_noun_phrase_object_may_open_with_the_negation_noun(claims_of):
    (c,) = claims_of("أكد الوزير عدم صحة الأنباء عن استقالته.")
    assert c.speaker.text == "الوزير"
    assert c.content.text.startswith("عدم صحة الأنباء")


def test_abda_takes_a_noun_phrase_object_like_aarab_an(claims_of):
    first, second = claims_of("وأبدى الوزير استعداده للحوار مع المعارضة، مبديا تفاؤله بنتائج المفاوضات.")
    assert (first.speaker.text, first.cue.lemma) == ("الوزير", "أبدى")
    assert first.content.text == "استعداده للحوار مع المعارضة"
    assert second.speaker.text == "الوزير" and second.content.text.startswith("تفاؤله")


def test_a_nominative_dual_title_is_the_subject_of_a_call(claims_of):
    (c,) = claims_of("دعا المندوبان الفلسطيني والسعودي في الأمم المتحدة، الاثنين، إلى جلسة طارئة لمجلس الأمن.")
    assert c.speaker.text.startswith("المندوبان الفلسطيني والسعودي")
    assert c.content.text.startswith("جلسة طارئة")


def test_a_comma_and_dhalika_end_a_noun_phrase_content(claims_of):
    (c,) = claims_of("نفى الرئيس علمه بدفع المبلغ قبل الانتخابات، وذلك في أول تعليق علني له على القضية.")
    assert c.content.text == "علمه بدفع المبلغ قبل الانتخابات"


def test_a_noun_phrase_object_may_follow_a_time_adjunct(claims_of):
    (c,) = claims_of("وأعلن الرئيس في مايو/أيار الماضي انسحاب بلاده من الاتفاق النووي.")
    assert c.speaker.text == "الرئيس"
    assert c.content.text == "انسحاب بلاده من الاتفاق النووي"
    (c,) = claims_of("وأعلن الوزير في مايو الماضي، أن الخطة جاهزة.")
    assert c.content.text == "الخطة جاهزة"


def test_a_verb_joined_to_the_opening_clause_shares_its_subject(claims_of):
    (c,) = claims_of("وكان الرئيس السابق عبد الله غول قد حسم الجدل وأعلن عدم نيته خوض الانتخابات الرئاسية.")
    assert c.speaker.text.endswith("عبد الله غول")
    assert c.content.text.startswith("عدم نيته خوض")


def test_the_joined_verb_keeps_the_speaker_of_an_earlier_cue(claims_of):
    claims = claims_of("لكن مدير المستشفى، مصطفى عبادي، نفى تلك المزاعم، وقال للصحفيين: \"هذا الكلام عار تماما من الصحة\".")
    assert len(claims) == 2 and all(c.speaker.text.endswith("مصطفى عبادي") for c in claims)


def test_no_shared_subject_for_a_thing_before_the_joined_verb(claims_of):
    # a crosshead glued to the sentence: the thing is no speaker
    assert all(c.speaker.text != "كعكة العرس" for c in claims_of("تفاصيل كعكة العرس وكشفت بعض التفاصيل عن الحفل."))
