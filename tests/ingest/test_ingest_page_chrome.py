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
