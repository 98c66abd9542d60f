"""Page chrome of layouts the written pages did not have, on small inputs written for these tests: a row of share
buttons under the headline, a print page's running header (paper, issue number, date) printed over each page, a
channel's breaking-news label with an emoji before the headline, a «مواضيع مشابهة» list, and a comment form
after it."""
from __future__ import annotations

from isnad.ingest import lines as L
from isnad.ingest.page import parse_page

from ingest_samples import PARA1, PARA2, TITLE

HEADER = "صحيفة الخبر اليومية — العدد 4521 — الجمعة 7 أغسطس 2015"
TEASERS = ["بلدية المدينة تغلق ثلاثين محلاً مخالفاً", "سكان الحي الشرقي يشكون انقطاع المياه",
           "الأمانة تطلق حملة لإزالة السيارات التالفة"]


def test_a_row_of_share_buttons_is_a_widget_not_a_subtitle():
    assert L.is_widget("شارك: فيسبوك تويتر واتساب")
    assert not L.is_widget("فيسبوك تحظر حسابات مرتبطة بالحملة")
    (art,) = parse_page("\n".join([TITLE, "شارك: فيسبوك تويتر واتساب", "", PARA1, "", PARA2]) + "\n").articles
    assert art.title == TITLE and art.subtitle is None
    assert art.paragraphs == [PARA1, PARA2]


def test_a_print_running_header_is_never_the_title():
    assert L.is_issue_header(HEADER)
    assert L.is_issue_header("الأهرام - السنة 140 - العدد 48000")
    assert not L.is_issue_header("قتل خمسة أشخاص - العدد 5")  # no year, no second issue number
    text = "\n".join([HEADER, "", TITLE, "", PARA1, "", "صفحة 12", HEADER, "", PARA2]) + "\n"
    (art,) = parse_page(text).articles  # the header is printed twice: still not the headline
    assert art.title == TITLE
    assert art.paragraphs == [PARA1, PARA2]


def test_an_emoji_before_a_headline_label_is_dropped_with_the_label():
    assert L.strip_title_label("🔴 عاجل | " + TITLE) == TITLE
    assert L.strip_title_label("⚡️ خاص: " + TITLE) == TITLE
    (art,) = parse_page("\n".join(["🔴 عاجل | " + TITLE, "", PARA1, "", PARA2]) + "\n").articles
    assert art.title == TITLE


def test_a_similar_topics_list_is_related_and_the_comment_form_is_footer():
    text = "\n".join([TITLE, "", PARA1, "", PARA2, "", "مواضيع مشابهة:", *TEASERS, "", "اترك تعليقاً", "الاسم *",
                      "البريد الإلكتروني *", "إرسال"]) + "\n"
    doc = parse_page(text)
    (art,) = doc.articles
    assert art.paragraphs == [PARA1, PARA2]
    assert [r.title for r in doc.related] == TEASERS


def test_a_read_also_box_inside_an_html_body_does_not_cut_the_article():
    # the extractor drops the box's link but keeps its heading «اقرأ أيضا:» on a line of its own, which opened a
    # teaser block that took the rest of the body for a second, untitled article
    from isnad.ingest.html import parse_html

    p1 = PARA1 + (" وأوضح المتحدث أن الوزارة قدمت مقترحات جديدة تتعلق بالأجور وظروف العمل في القطاع العام، وأن"
                  " النقابات وعدت بدراستها خلال الأيام المقبلة قبل الرد عليها رسمياً.")
    p2 = PARA2 + (" وأضاف أن اللجنة المشتركة ستجتمع مرة كل أسبوع حتى التوصل إلى اتفاق نهائي يرضي جميع الأطراف،"
                  " مؤكداً أن باب الحوار سيبقى مفتوحاً أمام الجميع دون شروط مسبقة.")
    p3 = ("وكانت النقابات قد أعلنت الأسبوع الماضي إضراباً مفتوحاً في عدد من القطاعات الحيوية احتجاجاً على تأخر"
          " صرف العلاوات، قبل أن تقرر تعليقه إثر دعوة الوزارة إلى الحوار في العاصمة.")
    teaser = "النقابات تعلن تعليق الإضراب حتى نهاية الشهر"
    page = (f'<html><head><meta charset="utf-8"></head><body><article><h1>{TITLE}</h1>'
            f'<span class="author">كتب: سامي يوسف</span><p><strong>{p1}</strong></p>'
            f'<div class="read-also"><span>اقرأ أيضا:</span><a href="/x">{teaser}</a></div><p>{p2}</p>'
            f'<aside class="inline-related"><a href="/y">الوزارة تنشر جدول الجولة المقبلة من الحوار</a></aside>'
            f"<p>{p3}</p></article></body></html>")
    doc = parse_html(page, "t.html")
    (art,) = doc.articles
    assert art.title == TITLE
    assert art.paragraphs == [p1, p2, p3]
    assert [r.title for r in doc.related] == [teaser]


def test_a_next_article_preview_is_a_related_item():
    teaser = "الحكومة تقر خطة لدعم صغار المزارعين في الجنوب"
    text = "\n".join([TITLE, "", PARA1, "", PARA2, "", "المقال التالي", teaser]) + "\n"
    doc = parse_page(text)
    (art,) = doc.articles
    assert art.paragraphs == [PARA1, PARA2]
    assert [r.title for r in doc.related] == [teaser]



def test_site_chrome_then_a_related_block_before_the_title():
    # the headline printed right before its byline is the title, not the site's name above the related block
    text = "\n".join(["صدى المدينة نت", "الرئيسية | أخبار | رياضة | اقتصاد", "", "آخر الأخبار", *TEASERS, "", TITLE,
                      "كتب: محمد علي", "الأحد 21 مارس 2018", "", PARA1, "", PARA2]) + "\n"
    (art,) = parse_page(text).articles
    assert art.title == TITLE and art.paragraphs == [PARA1, PARA2]
