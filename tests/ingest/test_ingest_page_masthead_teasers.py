"""Ingestion of layouts of the sixth batch of written pages, on small inputs written for these tests: a print
masthead whose motto sits over the headline, a breadcrumb trail ending with the headline, a pipe-separated menu
of eight items, teasers stamped with a relative time before the headline, and teasers printed one a line as
"HEADLINE - summary." after the page's footer."""
from __future__ import annotations

from isnad.ingest import lines as L
from isnad.ingest.dates import strip_stamp
from isnad.ingest.page import parse_page

from ingest_samples import PARA1, PARA2, TITLE

MOTTO = "يومية سياسية مستقلة"
MENU = "الرئيسية | لبنان | صيدا والجوار | اقتصاد | بيئة | رياضة | اتصل بنا"
TEASERS = ["بلدية المدينة تغلق ثلاثين محلاً مخالفاً - منذ ساعتين", "سكان الحي الشرقي يشكون انقطاع المياه - منذ 5 ساعات",
           "الأمانة تطلق حملة لإزالة السيارات التالفة"]
SUMMARIES = ["جبل النفايات القديم يتحول إلى حديقة عامة – قال مسؤول في البلدية إن الأعمال ستنجز قبل نهاية العام.",
             "أسعار السمك ترتفع في السوق مع تراجع الصيد - قال صيادون إن الغلة انخفضت إلى النصف منذ بداية الصيف."]


def test_the_headline_over_the_body_wins_over_a_masthead_motto():
    text = "\n".join(["الأفق التونسي", MOTTO, "الصفحة 1", "جهات", TITLE, "بقلم: سنية الحامدي", PARA1, PARA2]) + "\n"
    (art,) = parse_page(text).articles
    assert art.title == TITLE
    assert art.paragraphs == [PARA1, PARA2]


def test_a_breadcrumb_ending_with_the_headline_is_not_the_title():
    assert L.trail_end("الرئيسية » وهران » " + TITLE) == TITLE
    assert L.trail_end(TITLE) is None and L.trail_end("فيديو | " + TITLE) is None
    text = "\n".join(["صدى الباهية", MOTTO, "الرئيسية » وهران » " + TITLE, TITLE, PARA1, PARA2]) + "\n"
    (art,) = parse_page(text).articles
    assert art.title == TITLE


def test_a_menu_is_measured_by_its_items_not_its_separators():
    assert L.is_nav(MENU)
    assert not L.is_nav("فيديو | " + TITLE)  # a label before a headline is no menu


def test_a_relative_time_after_a_listed_headline_is_no_part_of_its_title():
    assert strip_stamp(TEASERS[1]) == "سكان الحي الشرقي يشكون انقطاع المياه"
    assert strip_stamp("مجلس الوزراء يبحث خطة النفايات - منذ يومين") == "مجلس الوزراء يبحث خطة النفايات"
    assert strip_stamp("اجتماع منذ سنوات - خاص") == "اجتماع منذ سنوات - خاص"


def test_teasers_before_a_menu_free_header_and_after_the_footer_are_related_items():
    text = "\n".join(["شمس الجنوب", "موقع إخباري لبناني مستقل", MENU] + TEASERS + ["بيئة", TITLE, "كتبت: ريم حمود",
                     PARA1, PARA2, "الوسوم: صيدا | النفايات", "شارك: فيسبوك | تويتر | واتساب"] + SUMMARIES) + "\n"
    doc = parse_page(text)
    (art,) = doc.articles
    assert art.title == TITLE and art.paragraphs == [PARA1, PARA2]
    titles = [r.title for r in doc.related]
    assert titles[:3] == [strip_stamp(t) for t in TEASERS]  # the motto above the menu is not one of them
    assert [(r.title, r.summary) for r in doc.related[3:]] == [tuple(L.DASH_SEPARATOR.split(s, 1)) for s in SUMMARIES]


def test_agency_paragraphs_with_a_dateline_dash_stay_body():
    paras = ["عمان - قال وزير الداخلية إن الحكومة ستعيد فتح المعبر الحدودي خلال الأسبوع المقبل بعد انتهاء الصيانة.",
             "إربد - أكد محافظ المدينة أن الطرق الرئيسية فتحت أمام حركة المرور بعد إزالة الثلوج المتراكمة."]
    text = "\n".join([TITLE, PARA1, PARA2, "جميع الحقوق محفوظة © 2018"] + paras) + "\n"
    doc = parse_page(text)
    assert not any(r.summary for r in doc.related)
