"""Line classification: the structural tests the page parser builds on."""
from __future__ import annotations

import pytest

from isnad.ingest import lines as L
from isnad.ingest.page import _byline_prefix, _classify, _credit_line, _make_lines


def kinds(text: str) -> list[str]:
    return [c.kind for c in _classify(_make_lines(text))]


@pytest.mark.parametrize("line", [
    "محتجون يرفعون لافتات أمام مقر البرلمان في العاصمة (رويترز)",
    "جانب من الاجتماع الوزاري الذي عقد أمس (أ.ف.ب)",
    "عمال الإغاثة ينقلون المساعدات إلى المخيم (تصوير: أحمد سالم)",
    "الرئيس يستقبل الوفد في القصر الجمهوري (الصورة: الرئاسة)",
    "صورة عامة للميناء بعد توقف حركة السفن - رويترز",
    "دبابة على الحدود الشمالية للبلاد (رويترز/أرشيفية)",
])
def test_captions_with_credits(line):
    assert L.is_caption(line)
    assert kinds(line) == ["caption"]


@pytest.mark.parametrize("line", [
    "وقال الوزير إن الحكومة ستواصل دعم المزارعين (رويترز).",   # a sentence of the body
    "القاهرة (رويترز)",                                          # a dateline, not a caption
    "سيارات تعبر الجسر (المرحلة الأولى)",                       # parentheses without a credit
])
def test_not_captions(line):
    assert not L.is_caption(line)


def test_credit_of_names_the_credit():
    assert L.credit_of("لقطة من الجلسة (تصوير: منى خالد)") == "تصوير: منى خالد"
    assert L.credit_of("لقطة من الجلسة (جلسة مسائية)") is None


def test_author_and_city_line():
    assert L.author_city("علي بردى (واشنطن)") == ("علي بردى", "واشنطن")
    assert L.author_city("«الشرق الأوسط» (دمشق)") == ("«الشرق الأوسط»", "دمشق")
    assert L.author_city("مشهد عام من المدينة (رويترز)") is None  # a credit, not a city
    assert L.author_city("وصل الوزير إلى العاصمة في زيارة رسمية تستمر يومين (الخميس)") is None


def test_section_and_caption_share_a_line():
    assert L.split_section("المشرق العربي مقاتلون يتجمعون في الساحة") == ("المشرق العربي", "مقاتلون يتجمعون في الساحة")
    assert L.split_section("أخبار عربية وفد يصل إلى العاصمة") == ("أخبار عربية", "وفد يصل إلى العاصمة")
    assert L.split_section("وفد يصل إلى العاصمة") == (None, "وفد يصل إلى العاصمة")


@pytest.mark.parametrize("line", ["TT", "A A", "شارك", "نسخ الرابط", "0 تعليق", "1.2K مشاهدة", "3 دقائق للقراءة",
                                  "ha", "ADVERTISEMENT"])
def test_widgets(line):
    assert L.is_widget(line)


def test_counter_needs_a_counter_word():
    assert not L.is_widget("3 قتلى")


@pytest.mark.parametrize("line", ["الرئيسية » اقتصاد » طاقة", "الرئيسية / محليات", "أخبار | سياسة | دولية"])
def test_breadcrumbs(line):
    assert L.is_nav(line)


@pytest.mark.parametrize("line", [
    "«داعش» يعدم 54 عنصراً",                              # » closes a quotation
    "فيديو | القطار السريع يربط المدينتين في أقل من ساعة ابتداء من الشهر المقبل",
    "الحكومة ترفع أسعار الوقود للمرة الثانية هذا العام",
])
def test_not_breadcrumbs(line):
    assert not L.is_nav(line)


def test_related_markers_and_inline_related():
    assert L.is_related_marker("اقرأ أيضاً")
    assert L.is_related_marker("مقالات ذات صلة")
    assert not L.is_related_marker("الأكثر قراءة") and L.is_list_marker("الأكثر قراءة")
    assert L.inline_related("اقرأ أيضاً: توسعة الطريق الساحلي تدخل مرحلتها الثانية") == \
        "توسعة الطريق الساحلي تدخل مرحلتها الثانية"
    assert L.inline_related("قال إن المشروع اكتمل: الطريق مفتوح") is None


def test_footer_lines():
    assert L.is_footer("جميع الحقوق محفوظة © 2024")
    assert L.is_footer("© 2024 موقع الأنباء")
    assert L.is_footer("الكلمات المفتاحية")
    # a long body sentence that happens to start with a footer word is not a footer
    assert not L.is_footer("التعليقات التي نشرها الوزير على حسابه أثارت موجة واسعة من الانتقادات بين النواب "
                           "والناشطين في البلاد خلال اليومين الماضيين")


def test_title_labels_are_stripped():
    assert L.strip_title_label("عاجل| الحكومة تستقيل") == "الحكومة تستقيل"
    assert L.strip_title_label("فيديو | القطار السريع يصل") == "القطار السريع يصل"
    assert L.strip_title_label("مجدلاني: صفقة القرن دخلت بمأزق") == "مجدلاني: صفقة القرن دخلت بمأزق"


@pytest.mark.parametrize("line, expected", [
    ("كتب: حسام الدين عبد الرحيم", (None, "حسام الدين عبد الرحيم")),
    ("بقلم: ليلى منصور", (None, "ليلى منصور")),
    ("بواسطة: يوسف بنعلي", (None, "يوسف بنعلي")),
    ("دبي- العربية.نت", ("دبي", "العربية.نت")),
    ("طرابلس - سامي العلي", ("طرابلس", "سامي العلي")),
    ("نبأ الأردن -", (None, "نبأ الأردن")),
    ("القاهرة (رويترز)", ("القاهرة", "رويترز")),
])
def test_byline_and_dateline_lines(line, expected):
    assert _credit_line(line) == expected


def test_byline_prefix_needs_a_short_name():
    assert _byline_prefix("By Jane Smith") == "Jane Smith"
    assert _byline_prefix("كتب الوزير رسالة طويلة إلى رئيس الحكومة يشرح فيها أسباب الاستقالة") is None


def test_a_line_repeating_the_start_of_the_lede_is_dropped():
    lede = ("أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين المتضررين من موجة الجفاف الأخيرة في المناطق "
            "الجنوبية من البلاد.")
    assert kinds(f"{lede[:60]}\n{lede}") == ["dup", "text"]


def test_classification_of_a_header():
    text = ("الرئيسية » سياسة\nالحكومة تعلن خطة لدعم المزارعين\nكتب: سامر الحلبي\n"
            "الثلاثاء، 12 مارس 2024 10:35 ص\nشارك\nحقول قمح في السهل الجنوبي (تصوير: مروان سعيد)\n")
    assert kinds(text) == ["nav", "text", "credit", "date", "widget", "caption"]
