"""Page furniture met on the written pages w19-w26, on small inputs written for these tests: photo credit lines
with their captions inside the body, a byline printed after the body, times and dates printed around listed
headlines, and an inline «اقرأ أيضاً:» paragraph inside an HTML article."""
from __future__ import annotations

from isnad.ingest import lines as L
from isnad.ingest.dates import strip_stamp
from isnad.ingest.html import parse_html
from isnad.ingest.page import parse_page

from ingest_samples import PARA1, PARA2, TITLE, html_page

PARA3 = ("وأكد ممثل النقابات في تصريح للصحفيين أن المطالب المتعلقة بالأجور ستطرح مجدداً على طاولة الحوار، "
         "مشيراً إلى أن النقابات لن تدعو إلى الإضراب قبل انتهاء الجولة المقبلة.")
PARA4 = "ومن المنتظر أن تصدر الوزارة بياناً مفصلاً حول نتائج الاجتماع في وقت لاحق من مساء اليوم."
CAPTION = "أعضاء الوفد النقابي أمام مقر الوزارة صباح اليوم"


def test_photo_credit_line_is_recognised():
    assert L.is_photo_credit_line("تصوير: عمر الشامي")
    assert L.is_photo_credit_line("(الصورة: أرشيف)")
    assert L.is_photo_credit_line("عدسة - سامي الحلبي")
    assert not L.is_photo_credit_line("الصورة: الوزير يصافح المحتجين أمام المقر الرئيسي للوزارة في العاصمة")
    assert not L.is_photo_credit_line("تصوير المشهد كان صعباً.")
    assert not L.is_photo_credit_line("المصدر: وزارة الصحة")  # a source, not a photo credit
    assert not L.is_photo_credit_line(TITLE)


def test_caption_printed_twice_under_a_credit_line_inside_the_body():
    text = "\n".join([TITLE, PARA1, "تصوير: عمر الشامي", CAPTION, CAPTION, PARA2, PARA3]) + "\n"
    doc = parse_page(text)
    (art,) = doc.articles  # the repeated caption opens no second article
    assert art.title == TITLE
    assert art.paragraphs == [PARA1, PARA2, PARA3]
    assert art.captions == [CAPTION]


def test_caption_printed_over_and_under_the_credit_line():
    text = "\n".join([TITLE, PARA1, PARA2, CAPTION, "الصورة: خالد سعد الدين", CAPTION, PARA3, PARA4]) + "\n"
    (art,) = parse_page(text).articles
    assert art.paragraphs == [PARA1, PARA2, PARA3, PARA4]
    assert art.captions == [CAPTION]


def test_headline_next_to_a_credit_line_stays_the_title():
    text = "\n".join([TITLE, "تصوير: عمر الشامي", CAPTION, PARA1, PARA2]) + "\n"
    (art,) = parse_page(text).articles
    assert art.title == TITLE
    assert art.paragraphs == [PARA1, PARA2]


def test_byline_printed_after_the_body():
    text = "\n".join([TITLE, PARA1, PARA2, PARA3, "بقلم: سالم ولد أحمد", "نشر يوم الثلاثاء 25 يونيو 2019 على الساعة 14:30",
                      "© 2019 الموقع. جميع الحقوق محفوظة"]) + "\n"
    (art,) = parse_page(text).articles
    assert art.byline == "سالم ولد أحمد"
    assert art.published == "2019-06-25"
    assert art.paragraphs == [PARA1, PARA2, PARA3]


def test_byline_over_the_body_wins_over_one_after_it():
    text = "\n".join([TITLE, "كتب: مراد الهاشمي", PARA1, PARA2, "بقلم: سالم ولد أحمد"]) + "\n"
    (art,) = parse_page(text).articles
    assert art.byline == "مراد الهاشمي"


def test_strip_stamp():
    assert strip_stamp("14:05 | تمديد آجال التسجيل في المسابقة") == "تمديد آجال التسجيل في المسابقة"
    assert strip_stamp("03:20 م - افتتاح الجسر الجديد") == "افتتاح الجسر الجديد"
    assert strip_stamp("وقفة تضامنية أمام المحكمة (2017/05/27)") == "وقفة تضامنية أمام المحكمة"
    assert strip_stamp("وقفة تضامنية أمام المحكمة - 22/09/2012") == "وقفة تضامنية أمام المحكمة"
    # digits that are no stamp stay
    assert strip_stamp("حرب 1967 - دروس لم تُقرأ") == "حرب 1967 - دروس لم تُقرأ"
    assert strip_stamp("قمة المناخ (COP 28) تختتم أعمالها") == "قمة المناخ (COP 28) تختتم أعمالها"
    assert strip_stamp("سيدي بوزيد: قطع الطريق الرابطة بين المدينتين") == "سيدي بوزيد: قطع الطريق الرابطة بين المدينتين"


def test_times_before_listed_headlines_are_not_part_of_their_titles():
    text = "\n".join([TITLE, PARA1, PARA2, "آخر الأخبار", "14:05 | تمديد آجال التسجيل في مسابقة الوظيفة العمومية",
                      "13:40 | وصول بعثة المنتخب الوطني إلى القاهرة للمشاركة في البطولة",
                      "© 2019 الموقع"]) + "\n"
    doc = parse_page(text)
    assert [r.title for r in doc.related] == ["تمديد آجال التسجيل في مسابقة الوظيفة العمومية",
                                              "وصول بعثة المنتخب الوطني إلى القاهرة للمشاركة في البطولة"]
    assert doc.articles[0].paragraphs == [PARA1, PARA2]


def test_inline_read_also_paragraph_in_an_html_article_is_related():
    teaser = "الأرصاد تتوقع استمرار الأمطار على المدن الساحلية حتى السبت"
    body = (f"<main><article><h1>{TITLE}</h1><div class=\"body\"><p>{PARA1}</p><p>{PARA2}</p>"
            f"<p class=\"read-also\">اقرأ أيضاً: <a href=\"/n/1\">{teaser}</a></p><p>{PARA3}</p><p>{PARA4}</p>"
            "</div></article></main><footer>© 2011 الموقع</footer>")
    doc = parse_html(html_page(body), "inline.html")
    (art,) = doc.articles
    assert art.paragraphs == [PARA1, PARA2, PARA3, PARA4]
    assert teaser in [r.title for r in doc.related]
