"""Layouts met on the written pages w27-w34 (issue 10, branch ingest17), on small inputs written for these tests:
headlines of other stories glued into a body line with no marker, a menu printed with dashes, an interviewer's
credit, and photo captions printed twice with no credit line (inside the body and over it)."""
from __future__ import annotations

from collections import Counter

from isnad.ingest import lines as L
from isnad.ingest.build_openers import headline_openers
from isnad.ingest.glued import cut_glued_headlines
from isnad.ingest.page import parse_page

from ingest_samples import PARA1, PARA2, TITLE

SENT1 = "وقالت البلدية في بيان إن أشغال الصيانة ستنتهي قبل نهاية الشهر الجاري."
GLUED = "ارتفاع أسعار الخضار في الأسواق الشعبية"
SENT2 = "وأضاف البيان أن حركة المرور ستعود إلى طبيعتها بصفة تدريجية خلال الأيام المقبلة."
PARA3 = ("وأكد ممثل النقابات في تصريح للصحفيين أن المطالب المتعلقة بالأجور ستطرح مجدداً على طاولة الحوار، "
         "مشيراً إلى أن النقابات لن تدعو إلى الإضراب قبل انتهاء الجولة المقبلة.")
CAPTION = "أعضاء الوفد النقابي أمام مقر الوزارة صباح اليوم"


# ---- headlines glued into a body line --------------------------------------------------------------------------

def test_a_headline_glued_between_two_sentences_is_cut_out():
    rest, titles = cut_glued_headlines(f"{SENT1} {GLUED} {SENT2}")
    assert titles == [GLUED]
    assert rest == f"{SENT1} {SENT2}"


def test_glued_headlines_opening_with_the_same_word_are_told_apart():
    first = "ارتفاع أسعار الخضار في الأسواق الشعبية"
    second = "ارتفاع \"غير مسبوق\" في أسعار اللحوم قبل العيد"
    rest, titles = cut_glued_headlines(f"{SENT1} {first} {second} {SENT2}")
    assert titles == [first, second]
    assert rest == f"{SENT1} {SENT2}"


def test_a_run_of_headlines_opening_with_the_same_name_is_cut_out():
    # "مرفأ" opens no more headlines than sentences in the unlabeled news; coming back bare, it marks a run
    first = "مرفأ الحاويات يستقبل أكبر سفينة شحن في تاريخه"
    second = "مرفأ الحاويات يوسع أرصفته الجنوبية بتمويل خليجي"
    rest, titles = cut_glued_headlines(f"{SENT1} {first} {second} {SENT2}")
    assert titles == [first, second]
    assert rest == f"{SENT1} {SENT2}"
    # the same name once, with nothing to show a run: a sentence of the body, left where it is
    line = f"{SENT1} {first} {SENT2}"
    assert cut_glued_headlines(line) == (line, [])
    # a word that mostly opens sentences does not open such a run, repeated or not
    line = f"{SENT1} وأكد الوزير قرب افتتاح الرصيف وأكد المحافظ موعد الافتتاح {SENT2}"
    assert cut_glued_headlines(line) == (line, [])


def test_a_headline_label_opens_a_glued_headline():
    glued = "بالصور.. طوابير السيارات أمام محطات الوقود في العاصمة"
    assert cut_glued_headlines(f"{SENT1} {glued} {SENT2}")[1] == [glued]


def test_sentences_of_a_body_are_not_glued_headlines():
    # a clause word: the stretch is a sentence running on
    line = f"{SENT1} مقتل الشاب الذي أصيب أمس أثار غضب السكان {SENT2}"
    assert cut_glued_headlines(line) == (line, [])
    # a comma inside the stretch
    line = f"{SENT1} مقتل ثلاثة أشخاص في حادث سير، {SENT2}"
    assert cut_glued_headlines(line) == (line, [])
    # a first word that does not open headlines more than sentences, a quotation, a stretch too short
    for stretch in ("الوزير يزور الأسواق الشعبية صباح اليوم", '"الأسعار مرتفعة جداً في كل الأسواق"',
                    "ارتفاع الأسعار"):
        line = f"{SENT1} {stretch} {SENT2}"
        assert cut_glued_headlines(line) == (line, []), stretch
    # the line's first sentence is no glued headline (a headline printed over its lede is the page's business)
    assert cut_glued_headlines(f"{GLUED} {SENT2}")[1] == []
    # the body must resume with a sentence of its own
    assert cut_glued_headlines(f"{SENT1} {GLUED} وأضاف.")[1] == []


def test_a_glued_headline_becomes_a_related_item_and_leaves_the_body():
    text = "\n".join([TITLE, PARA1, f"{SENT1} {GLUED} {SENT2}", PARA2]) + "\n"
    doc = parse_page(text)
    (art,) = doc.articles
    assert art.paragraphs == [PARA1, f"{SENT1} {SENT2}", PARA2]
    assert [r.title for r in doc.related] == [GLUED]


def test_headline_openers_need_many_more_headlines_than_sentences():
    heads = Counter({"ترامب": 50, "مقتل": 9, "لكن": 40, "نادر": 2})
    opening = Counter({"ترامب": 20, "مقتل": 1, "لكن": 900})
    assert [k for k, _, _ in headline_openers(opening, heads)] == ["ترامب", "مقتل"]


# ---- a menu printed with dashes, an interviewer's credit --------------------------------------------------------

def test_a_menu_printed_with_dashes_is_a_menu():
    assert L.is_nav("الرئيسية - أخبار مصر - اقتصاد - حوادث - رياضة")
    assert L.is_nav("محليات – الرأي – رياضة")
    assert not L.is_nav("دبي - العربية.نت")                     # a credit
    assert not L.is_nav("النجف - كربلاء - بابل")                # places, no menu word
    assert not L.is_nav("اقتصاد - رياضة")                       # two items only
    assert not L.is_nav("الرئيسية - انطلاق أشغال تهيئة الطريق الرابط بين المدينتين - اقتصاد")


def test_menu_printed_with_dashes_is_never_the_title():
    text = "\n".join(["الرئيسية - محليات - اقتصاد - رياضة - فيديو", TITLE, PARA1, PARA2]) + "\n"
    (art,) = parse_page(text).articles
    assert art.title == TITLE


def test_interviewer_credit_is_the_byline():
    text = "\n".join([TITLE, "حاوره: محمد العمري", PARA1, PARA2]) + "\n"
    (art,) = parse_page(text).articles
    assert art.byline == "محمد العمري"
    assert art.paragraphs == [PARA1, PARA2]


# ---- captions printed twice with no credit line ----------------------------------------------------------------

def test_caption_printed_twice_without_credit_inside_the_body():
    text = "\n".join([TITLE, PARA1, CAPTION, CAPTION, PARA2, PARA3]) + "\n"
    (art,) = parse_page(text).articles  # the repeated caption opens no second article
    assert art.title == TITLE
    assert art.paragraphs == [PARA1, PARA2, PARA3]
    assert art.captions == [CAPTION]


def test_caption_printed_twice_without_credit_under_the_credit_line():
    text = "\n".join([TITLE, "تونس - سامي الحلبي", CAPTION, CAPTION, PARA1, PARA2, PARA3]) + "\n"
    (art,) = parse_page(text).articles
    assert art.title == TITLE  # not the repeated caption
    assert art.byline == "سامي الحلبي"
    assert art.captions == [CAPTION]
    assert art.paragraphs == [PARA1, PARA2, PARA3]


def test_a_headline_printed_twice_stays_a_headline():
    # at the top of the page, over its credit line
    text = "\n".join([TITLE, TITLE, "تونس - سامي الحلبي", PARA1, PARA2]) + "\n"
    (art,) = parse_page(text).articles
    assert art.title == TITLE
    # after a body, with its own credit line under it: a second article
    second = "انطلاق أشغال تهيئة الطريق الرابط بين المدينتين"
    lede = ("أعلنت المندوبية الجهوية للتجهيز انطلاق أشغال تهيئة الطريق الرابط بين المدينتين، على أن تتواصل "
            "الأشغال ثمانية أشهر.")
    text = "\n".join([TITLE, PARA1, PARA2, second, second, "كتب: مراد الهاشمي", lede, PARA3]) + "\n"
    assert [a.title for a in parse_page(text).articles] == [TITLE, second]
    # after a body, over a lede with no credit line: a second article too
    text = "\n".join([TITLE, PARA1, PARA2, second, second, lede, PARA3]) + "\n"
    assert [a.title for a in parse_page(text).articles] == [TITLE, second]
