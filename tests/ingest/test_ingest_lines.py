"""Line classification: the structural tests the page parser builds on."""
from __future__ import annotations

import pytest

from isnad.ingest import lines as L
from isnad.ingest.pagelines import byline_prefix, classify, credit_line, make_lines


def kinds(text: str) -> list[str]:
    return [c.kind for c in classify(make_lines(text))]


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
    assert credit_line(line) == expected


def test_byline_prefix_needs_a_short_name():
    assert byline_prefix("By Jane Smith") == "Jane Smith"
    assert byline_prefix("كتب الوزير رسالة طويلة إلى رئيس الحكومة يشرح فيها أسباب الاستقالة") is None


def test_a_line_repeating_the_start_of_the_lede_is_dropped():
    lede = ("أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين المتضررين من موجة الجفاف الأخيرة في المناطق "
            "الجنوبية من البلاد.")
    assert kinds(f"{lede[:60]}\n{lede}") == ["dup", "text"]


def test_classification_of_a_header():
    text = ("الرئيسية » سياسة\nالحكومة تعلن خطة لدعم المزارعين\nكتب: سامر الحلبي\n"
            "الثلاثاء، 12 مارس 2024 10:35 ص\nشارك\nحقول قمح في السهل الجنوبي (تصوير: مروان سعيد)\n")
    assert kinds(text) == ["nav", "text", "credit", "date", "widget", "caption"]


# ---- page furniture of issue 10: mastheads, promotions, agency notes, time stamps, info lines --------------------

def test_masthead_staff_lines_are_furniture_in_a_cluster_or_repeated():
    text = ("المشرف العام: سليم راشد العبدلي\nرئيسة التحرير: هالة يوسف الزين\n"
            "رئيس التحرير: نبيل القدسي | مدير التحرير: أروى الصلوي\n")
    assert kinds(text) == ["widget", "widget", "widget"]
    assert L.staff_pairs("رئيس التحرير: نبيل القدسي | مدير التحرير: أروى الصلوي") == 2
    # a headline quoting a manager is not a staff line, nor is a lone role-and-name line among text
    assert L.staff_pairs("المدير العام: لن نرفع الأسعار هذا العام.") == 0
    assert L.staff_pairs("وزير الفلاحة: برنامج لتحلية مياه البحر") == 0


@pytest.mark.parametrize("line, promo", [
    ("اشترك في النشرة البريدية ليصلك كل جديد الموقع", True),
    ("أدخل بريدك الإلكتروني", True),
    ("حمّل تطبيق الموقع على هاتفك واحصل على الأخبار العاجلة", True),
    ("اشترك 500 شخص في المسيرة التي جابت شوارع المدينة.", False),   # a sentence, no promo object
    ("تابع الوزير جولته في المحافظات الجنوبية", False),
])
def test_promotion_boxes(line, promo):
    assert L.is_promo(line) is promo


@pytest.mark.parametrize("line, note", [
    ("ع ز/م ح/ب ق", True),
    ("(إعداد سلمى محمد للنشرة العربية - تحرير أحمد علي)", True),
    ("(تغطية صحفية كريم عادل - تحرير سلوى حمدي)", True),
    ("أ ف ب", False),
    ("(رويترز)", False),
    ("(وقد أكد المسؤول ذلك في وقت لاحق)", False),
])
def test_agency_desk_notes(line, note):
    assert L.is_desk_note(line) is note


@pytest.mark.parametrize("line, stamp", [
    ("منذ 3 ساعات", True), ("منذ يومين", True), ("قبل ساعة", True), ("منذ سنوات طويلة", False),
])
def test_relative_time_stamps(line, stamp):
    assert L.is_relative_time(line) is stamp


@pytest.mark.parametrize("line, expected", [
    ("الجزائر العاصمة - نسيمة بلقاسم · 05 أبريل 2019", ("الجزائر العاصمة", "نسيمة بلقاسم", "2019-04-05")),
    ("المنامة - أخبار اليوم | السبت 20 أبريل 2013 | لا توجد تعليقات", ("المنامة", "أخبار اليوم", "2013-04-20")),
    ("محليات | نشر في: السبت 06/10/2012 - 11:20 ص | التعليقات (3) | طباعة", (None, None, "2012-10-06")),
    ("بقلم: ريما ضاهر | الثلاثاء 05 آب 2014 - 18:40 | عدد القراءات: 1843", (None, "ريما ضاهر", "2014-08-05")),
    ("ليلى عيسى | الاثنين 4 نوفمبر 2019 | 3 تعليقات", (None, "ليلى عيسى", "2019-11-04")),
    ("السياسة | الاقتصاد | الرياضة", None),
    ("عاجل | الرئيس يصل إلى العاصمة في زيارة رسمية", None),
])
def test_info_lines_under_a_headline(line, expected):
    from isnad.ingest.pagelines import meta_line

    assert meta_line(line) == expected


def test_related_heading_by_prefix():
    assert L.is_related_marker("المزيد من أخبار الجزائر") and L.is_related_marker("متعلقات")
    assert not L.is_related_marker("المزيد من التفاصيل عن الحادث جاءت في بيان مطول للوزارة")
    assert L.is_list_marker("الأكثر قراءة") and not L.is_related_marker("الأكثر قراءة")
