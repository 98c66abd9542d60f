"""Speakers that are documents (a toll, "the latest report" and its issuer), colour adjectives inside names, and a
platform's name in an adjunct between the cue and its object."""
from __future__ import annotations

import pytest
from test_claims_constructions import claims_of, one  # the shared helpers: spans are exact slices of the text


@pytest.mark.parametrize("sentence, speaker, content", [
    ("وأفادت حصيلة للمرصد السوري لحقوق الإنسان بمقتل 20 شخصا في القصف.", "حصيلة للمرصد السوري لحقوق الإنسان",
     "بمقتل 20 شخصا في القصف"),
    ("وصد الجيش الهجوم، فيما أفادت آخر حصيلة للمرصد السوري لحقوق الإنسان عن مقتل 52 شخصا بينهم 13 مدنيا.",
     "آخر حصيلة للمرصد السوري لحقوق الإنسان", "مقتل 52 شخصا بينهم 13 مدنيا"),
    ("وأكد أحدث تقرير للأمم المتحدة أن المجاعة تتسع في الإقليم.", "أحدث تقرير للأمم المتحدة", "المجاعة تتسع في الإقليم"),
])
def test_a_toll_or_the_latest_report_with_its_issuer_speaks(sentence, speaker, content):
    c = one(sentence)
    assert (c.speaker.text, c.content.text) == (speaker, content)


def test_another_after_a_speaker_noun_stays_an_adjective():
    assert one("وقال مسؤول آخر إن الوضع هادئ في المدينة.").speaker.text == "مسؤول آخر"


def test_a_colour_adjective_belongs_to_the_name():
    c = one("وأدانت اللجنة الدولية للصليب الأحمر الهجمات على المدنيين.")
    assert (c.speaker.text, c.content.text) == ("اللجنة الدولية للصليب الأحمر", "الهجمات على المدنيين")


@pytest.mark.parametrize("adjunct", ["عبر حسابها على تويتر", "على حسابها عبر تويتر", "في منشور على فيسبوك"])
def test_a_platform_name_in_an_adjunct_is_not_in_construct_with_the_object(adjunct):
    c = one(f"وأدانت الوزارة {adjunct} الهجمات على المدنيين.")
    assert (c.speaker.text, c.content.text) == ("الوزارة", "الهجمات على المدنيين")


@pytest.mark.parametrize("sentence, speaker, content", [
    ("ولاحظ الوزير أن عدد المؤسسات الجامعية ارتفع بشكل كبير.", "الوزير", "عدد المؤسسات الجامعية ارتفع بشكل كبير"),
    ("واعترف المتهم بسرقة السيارة من أمام المنزل.", "المتهم", "بسرقة السيارة من أمام المنزل"),
    ("وتوقع الصندوق نموا بنسبة 1.0 في المئة العام المقبل.", "الصندوق", "نموا بنسبة 1.0 في المئة العام المقبل"),
])
def test_cues_decided_from_the_corpus_counts(sentence, speaker, content):
    # لاحظ + clause, اعترف + what is admitted with ب, توقع + a verbal noun (mining/decisions.tsv)
    c = one(sentence)
    assert (c.speaker.text, c.content.text) == (speaker, content)


def test_the_general_staff_is_a_noun_in_construct_not_a_name():
    c = one("ونفت قيادة أركان الجيش الموريتاني، الاثنين، ما تداولته بعض المواقع الإخبارية عن توغل قوات مالية.")
    assert (c.speaker.text, c.content.text) == ("قيادة أركان الجيش الموريتاني",
                                                "ما تداولته بعض المواقع الإخبارية عن توغل قوات مالية")
