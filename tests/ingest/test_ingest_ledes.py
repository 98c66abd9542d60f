"""Teasers of other stories appended after a body as whole ledes (CNN's shard lines): cut into related items."""
from __future__ import annotations

from isnad.ingest.page import parse_page
from isnad.ingest.teasers import cut_lede_teasers

BODY = ("دمشق (CNN)-- قال مسؤول في وزارة الزراعة إن موسم القمح تأخر هذا العام بسبب قلة الأمطار في الشمال. "
        "وأضاف أن الوزارة ستوزع البذور على المزارعين في الأسابيع المقبلة دون مقابل. "
        "وأشار إلى أن الإنتاج المتوقع يقل عن إنتاج العام الماضي بنحو الربع.")
TEASERS = ["أعلنت وزارة الصحة المصرية، الإثنين، افتتاح مستشفى جديد في محافظة أسوان جنوب البلاد.",
           "نفى المتحدث باسم الحكومة الأردنية، الأحد، وجود أي خطة لرفع أسعار الخبز خلال العام الحالي.",
           "اقترحت لجنة برلمانية في الكويت تعديل قانون الإقامة للعمالة الوافدة، حسب صحيفة محلية."]


def test_ledes_after_the_body_are_related_items():
    paragraphs, ledes = cut_lede_teasers(["فقرة أولى من الخبر تنتهي هنا.", BODY + " " + " ".join(TEASERS)])
    assert ledes == TEASERS
    assert paragraphs == ["فقرة أولى من الخبر تنتهي هنا.", BODY]


def test_one_lede_like_sentence_closing_a_body_is_kept():
    text = BODY + " " + TEASERS[0]
    assert cut_lede_teasers([text]) == ([text], [])


def test_a_body_whose_sentences_open_without_conjunction_is_left_as_is():
    # some outlets open every sentence with the verb: their last sentences are not teasers
    body = ("قال رئيس الغرفة التجارية إن أسعار الطاقة عنصر أساسي في تكلفة الإنتاج الصناعي. "
            "أشار إلى أن الشركات لن ترفع أسعارها في الوقت الحالي رغم الزيادة الأخيرة. "
            "توقع أن تشهد الأسواق مزيدا من الركود خلال الفترة المقبلة مع ارتفاع الأسعار. ")
    text = body + " ".join(TEASERS[:2])
    assert cut_lede_teasers([text]) == ([text], [])


def test_page_with_appended_ledes():
    page = "وزارة الزراعة: موسم القمح تأخر بسبب قلة الأمطار\n\n" + BODY + " " + " ".join(TEASERS) + "\n"
    doc = parse_page(page)
    art = doc.articles[0]
    assert art.paragraphs[-1].endswith("بنحو الربع.")
    assert [r.title for r in doc.related] == TEASERS


def test_teasers_closed_by_their_weekday_with_no_full_stop_are_cut_too():
    # "… الإيراني، الأربعاء أعلن …": each teaser ends with its day after a comma, the next one follows at once;
    # the last of them need not open with a known lede word
    teasers = ["طالبت منظمة دولية الحكومة بتخفيف القيود المفروضة على استيراد الأدوية الأساسية للمستشفيات، الأربعاء",
               "أعلنت الشرطة القبض على مواطن مطلوب في قضايا احتيال مالي بعد ملاحقته في الخارج، الثلاثاء",
               "أطلع رئيس الوزراء مجلس الوزراء على نتائج زيارته الأخيرة إلى العاصمة الفرنسية، السبت"]
    paragraphs, ledes = cut_lede_teasers([BODY + " " + " ".join(teasers)])
    assert ledes == teasers
    assert paragraphs == [BODY]
    # a weekday followed by a comma is the body's own time phrase
    text = BODY + " وقال الوزير، الأربعاء، إن الحكومة ستعلن الخطة قريبا بعد موافقة البرلمان عليها."
    assert cut_lede_teasers([text]) == ([text], [])
