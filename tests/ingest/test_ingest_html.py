"""HTML pages: the extractor rule on pages we wrote (nav, share widgets, captions, related blocks, footers),
related items read from the tree, and hostile markup."""
from __future__ import annotations

import pytest

from isnad.ingest import htmldom, htmlrelated
from isnad.ingest.decode import decode_bytes
from isnad.ingest.errors import InputError
from isnad.ingest.html import parse_html

from ingest_samples import DATA, PARA1, PARA2, TITLE, article_html, html_page


def _page(name: str):
    data = (DATA / "html" / name).read_bytes()
    text, _ = decode_bytes(data, name)
    return parse_html(text, name)


def test_portal_page_body_metadata_and_related():
    doc = _page("portal-related.html")
    (art,) = doc.articles
    assert art.title == "مجلس النواب يقر قانون حماية البيانات الشخصية بعد جدل طويل"
    assert art.subtitle == "القانون يفرض غرامات على الشركات التي تنقل بيانات المستخدمين دون موافقتهم"
    assert art.byline == "رنا القاسم"
    assert art.published == "2024-05-14"
    assert doc.outlet == "بوابة الخبر اليوم"
    assert len(art.paragraphs) == 5
    assert art.paragraphs[0].startswith("أقر مجلس النواب، في جلسته العامة")
    assert art.paragraphs[-1].endswith("لرقابة قضائية مسبقة.")
    body = art.text
    for furniture in ("فيسبوك", "نسخ الرابط", "تصوير: فادي حداد", "غرامات مشددة", "الأكثر قراءة",
                      "جميع الحقوق محفوظة", "هيئة الاتصالات تحذر"):
        assert furniture not in body
    assert [r.title for r in doc.related] == [
        "الحكومة تطلق منصة موحدة للخدمات الرقمية",
        "هيئة الاتصالات تحذر من تطبيقات تجمع بيانات الأطفال",
        "خبراء: التشريعات الرقمية في المنطقة ما زالت متأخرة",
        "تسريب بيانات آلاف العملاء من شركة اتصالات خاصة",
    ]


def test_legacy_windows_1256_table_page():
    doc = _page("legacy-table-cp1256.html")
    (art,) = doc.articles
    assert art.title == "افتتاح أول محطة لتحلية مياه البحر بالطاقة الشمسية في الساحل"
    assert art.published == "2023-02-22"
    assert doc.outlet == "صحيفة الوادي"
    assert len(art.paragraphs) == 4
    assert art.paragraphs[-1].endswith("بتمويل من صندوق تنموي إقليمي.")
    assert "أخبار ذات صلة" not in art.text  # the related table is not glued to the body
    assert [r.title for r in doc.related] == ["وزارة البيئة تطلق حملة لتنظيف الشواطئ قبل موسم الصيف",
                                              "انخفاض منسوب المياه الجوفية في السهول الشرقية"]


def test_page_with_two_articles():
    doc = _page("two-articles.html")
    assert [a.title for a in doc.articles] == ["الأرصاد تتوقع موجة حر تستمر حتى نهاية الأسبوع",
                                               "وزارة التربية تعلن مواعيد التسجيل للعام الدراسي الجديد"]
    assert [len(a.paragraphs) for a in doc.articles] == [3, 4]
    assert [a.id for a in doc.articles] == ["a1", "a2"]
    assert all(a.published == "2024-07-08" for a in doc.articles)
    assert "شارك" not in doc.articles[0].text


def test_related_block_found_by_its_heading_not_by_classes():
    related = "".join(f"<li><a href='/{i}'>{t}</a></li>" for i, t in enumerate(
        ["عنوان أول لخبر مرتبط بالموضوع", "عنوان ثان لخبر مرتبط آخر", "عنوان ثالث لخبر مرتبط كذلك"]))
    for wrapper in (f"<div><h3>اقرأ أيضا</h3><ul>{related}</ul></div>",
                    f"<div><div><span>إقرأ أيضاً</span></div><div><ul>{related}</ul></div></div>",
                    f"<section><h4>مواضيع ذات صلة:</h4>{related}</section>"):
        tree = htmldom.parse_tree(html_page(f"<p>{PARA1}</p>{wrapper}"), "x")
        items, holders = htmlrelated.related_blocks(tree)
        assert [r.title for r in items] == ["عنوان أول لخبر مرتبط بالموضوع", "عنوان ثان لخبر مرتبط آخر",
                                            "عنوان ثالث لخبر مرتبط كذلك"]
        assert holders


def test_site_wide_author_and_name_from_the_title():
    head = ('<meta name="author" content="ACME DESIGNS"><meta name="copyright" content="ACME DESIGNS - acme.example">')
    page = html_page(f"<h1>{TITLE}</h1><p>{PARA1}</p><p>{PARA2}</p>", head, title=f"موقع الأنباء - {TITLE}")
    doc = parse_html(page, "p.html")
    assert doc.articles[0].byline is None  # the site's designer is no author
    assert doc.outlet == "موقع الأنباء"


def test_fragment_is_read_whole():
    doc = parse_html(f"<p>{PARA1}</p><p>{PARA2}</p>", "fragment", title=TITLE)
    (art,) = doc.articles
    assert art.title == TITLE and art.paragraphs == [PARA1, PARA2]


def test_record_title_wins_and_is_not_glued_into_the_body():
    doc = parse_html(article_html(), "x", title="عنوان من الخلاصة")
    assert doc.articles[0].title == "عنوان من الخلاصة"
    assert all("عنوان من الخلاصة" not in p for p in doc.articles[0].paragraphs)


def test_english_html_article_is_processed():
    body = ("<article><h1>Talks with unions to resume next week</h1>"
            "<p>The ministry spokesman said on Monday that the meeting was held in difficult conditions, and "
            "that both sides had agreed to continue the talks in the capital.</p>"
            "<p>He added that mediators from two neighbouring countries would attend the next round, which is "
            "expected to last three days.</p></article>")
    doc = parse_html(html_page(body, title="Talks with unions to resume next week"), "en.html")
    assert doc.articles[0].title == "Talks with unions to resume next week"
    assert len(doc.articles[0].paragraphs) == 2


@pytest.mark.parametrize("page, reason", [
    (html_page("<nav><a href='/'>الرئيسية</a><a href='/a'>سياسة</a></nav><footer>جميع الحقوق محفوظة</footer>"),
     "no article text found in the HTML"),
    ("<html><head><title>عنوان فقط</title></head></html>", "no article text found in the HTML"),
    ("لا وسوم هنا", "no HTML markup"),
])
def test_html_without_an_article(page, reason):
    with pytest.raises(InputError, match=reason):
        parse_html(page, "bad.html")


def _parse_or_error(page: str):
    try:
        return parse_html(page, "hostile.html")
    except InputError as e:
        return e


BODY = f"<p>{PARA1}</p><p>{PARA2}</p>"


@pytest.mark.parametrize("name, page", [
    ("deep nesting", "<html><body>" + "<div>" * 20000 + BODY + "</div>" * 20000 + "</body></html>"),
    ("deep unclosed nesting", "<html><body>" + "<div><b>" * 3000 + BODY),
    ("script flood", "<html><head>" + "<script>var a = 1;</script>" * 50000 + "</head><body>" + BODY),
    ("unclosed script", "<html><body>" + BODY + "<script>" + "x" * 100000),
    ("style flood", "<html><head><style>" + "a{color:red}" * 200000 + "</style></head><body>" + BODY),
    ("malformed", "<html><body><div><p>" + PARA1 + "<b><i></b></i><table><tr><td>" + "<p>" + PARA2 + "</div"),
    ("no body element", "<html><p>" + PARA1 + "</p><p>" + PARA2 + "</p></html>"),
    ("nul bytes", "<html><body>\x00" + BODY + "\x00</body></html>"),
])
def test_hostile_html_gives_a_sane_document(name, page):
    result = _parse_or_error(page)
    assert not isinstance(result, InputError), result
    assert result.articles[0].paragraphs == [PARA1, PARA2]


def test_too_many_elements_is_a_clear_error():
    result = _parse_or_error("<html><body>" + "<span>ا</span>" * 200000 + "</body></html>")
    assert isinstance(result, InputError)
    assert "more than a news page" in str(result)


def test_comments_in_article_elements_do_not_split_the_page():
    comment = ("<article class='comment'><footer>زائر</footer><p>هذا تعليق طويل من أحد القراء على الخبر يعبر فيه "
               "عن رأيه في القانون الجديد.</p><p>ويضيف القارئ أن الحكومة تأخرت كثيراً في إصدار هذا القانون المهم "
               "للجميع.</p></article>")
    page = html_page(f"<article><h1>{TITLE}</h1><p>{PARA1}</p><p>{PARA2}</p></article>"
                     f"<section><h3>التعليقات</h3>{comment * 3}</section>")
    doc = parse_html(page, "c.html")
    assert len(doc.articles) == 1 and doc.articles[0].title == TITLE
    assert doc.articles[0].paragraphs == [PARA1, PARA2]
