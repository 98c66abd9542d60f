"""Related items read from HTML pages (issue 10): blocks under a related heading with each teaser's printed
fields, unheaded teaser cards, "most read" lists left out; the headline's info line; copyright years that are no
publication date. The pages are written for these tests (our own sentences)."""
from __future__ import annotations

from isnad.ingest import htmldom, htmlrelated
from isnad.ingest.html import parse_html

from ingest_samples import PARA1, PARA2, TITLE, html_page

BODY = f"<h1>{TITLE}</h1><div class='text'><p>{PARA1}</p><p>{PARA2}</p></div>"
T1 = "البلدية تبدأ صيانة شبكة الصرف في الأحياء الشرقية"
T2 = "ارتفاع أسعار الخضار في الأسواق الشعبية قبل العيد"
T3 = "افتتاح معرض الكتاب بمشاركة مئة دار نشر عربية"
NAV = "".join(f"<li><a href='/s{i}'>{t}</a></li>" for i, t in enumerate(
    ["أخبار المحافظات والمدن الكبرى", "اقتصاد وأعمال وأسواق المال", "رياضة محلية وعربية ودولية"]))


def _related(page: str):
    tree = htmldom.parse_tree(page, "x")
    return htmlrelated.related_blocks(tree)[0]


def test_fields_of_each_teaser_by_class_words_and_tags():
    items = (f"<div class='rel__item'><figure><img src='/a.jpg'><figcaption>عمال يحفرون في أحد الشوارع</figcaption>"
             f"</figure><span class='rel__cat'>محليات</span><h3><a href='/n/1'>{T1}</a></h3>"
             f"<span class='rel__by'>سامية فرح</span><time>12/03/2024</time></div>"
             f"<div class='rel__item'><span class='city'>المدينة القديمة</span><h3><a href='/n/2'>{T2}</a></h3>"
             f"<p class='excerpt'>قال تجار إن الطلب زاد مع اقتراب العيد</p></div>")
    page = html_page(f"{BODY}<section><h2>أخبار ذات صلة</h2>{items}</section>")
    a, b = _related(page)
    assert (a.title, a.section, a.author, a.caption, a.city) == (T1, "محليات", "سامية فرح",
                                                                 "عمال يحفرون في أحد الشوارع", None)
    assert (b.title, b.city, b.summary, b.section) == (T2, "المدينة القديمة", "قال تجار إن الطلب زاد مع اقتراب العيد",
                                                       None)


def test_fields_without_class_hints_come_from_the_text():
    items = (f"<li><a href='/n/1'>{T1}</a> <span>محليات</span></li>"
             f"<li><a href='/n/2'>{T2}</a> <span>رنا خوري (بيروت)</span></li>"
             f"<li><a href='/n/3'>{T3}</a> <p>تستمر الدورة عشرة أيام وتستضيف ندوات يومية.</p></li>")
    a, b, c = _related(html_page(f"{BODY}<div><h3>اقرأ أيضاً</h3><ul>{items}</ul></div>"))
    assert a.section == "محليات" and (b.author, b.city) == ("رنا خوري", "بيروت")
    assert c.summary == "تستمر الدورة عشرة أيام وتستضيف ندوات يومية."


def test_headings_by_prefix_and_dates_after_the_titles():
    more = "".join(f"<li><a href='/n/{i}'>{t}</a> <span class='d'>(0{i + 1}/05/2019)</span></li>"
                   for i, t in enumerate([T1, T2]))
    page = html_page(f"{BODY}<div><h3>المزيد من أخبار المدينة</h3><ul>{more}</ul></div>"
                     f"<div><h3>متعلقات</h3><ul><li><a href='/n/9'>{T3} (03/05/2019)</a></li></ul></div>")
    assert [r.title for r in _related(page)] == [T1, T2, T3]


def test_unheaded_teaser_cards_are_related_and_most_read_or_menus_are_not():
    cards = "".join(f"<div class='card'><img src='/c{i}.jpg'><h4><a href='/story/{i}'>{t}</a></h4>"
                    f"<p>ملخص قصير من جملة واحدة عن هذا الخبر.</p></div>" for i, t in enumerate([T1, T2]))
    most_read = f"<aside><h3>الأكثر قراءة</h3><ul><li><a href='/m/1'>{T3}</a></li>" \
                f"<li><a href='/m/2'>منتخب الناشئين يفوز في المباراة الافتتاحية</a></li></ul></aside>"
    page = html_page(f"<nav><ul>{NAV}</ul></nav>{BODY}<div class='cards'>{cards}</div>{most_read}")
    doc = parse_html(page, "p.html")
    assert [(r.title, r.summary) for r in doc.related] == [(T1, "ملخص قصير من جملة واحدة عن هذا الخبر."),
                                                          (T2, "ملخص قصير من جملة واحدة عن هذا الخبر.")]
    assert doc.articles[0].paragraphs == [PARA1, PARA2]


def test_links_to_nowhere_and_article_lists_are_no_cards():
    fake = "".join(f"<div><h4><a href='#'>{t}</a></h4></div>" for t in (T1, T2))
    assert _related(html_page(f"{BODY}<div>{fake}</div>")) == []


def test_site_name_joined_to_the_title_is_dropped_and_the_info_line_read():
    page = html_page(f"<h2>{TITLE}</h2><div class='meta'><span>عمّان - مروان الشامي</span>"
                     f"<time datetime='2019-06-18'>18/06/2019 - 09:40 م</time><span>قراءة 3 دقائق</span></div>"
                     f"<div class='text'><p>{PARA1}</p><p>{PARA2}</p></div>", title=f"بوابة الشرق :: {TITLE}")
    (art,) = parse_html(page, "p.html").articles
    assert art.title == TITLE
    assert (art.byline, art.dateline, art.published, art.subtitle) == ("مروان الشامي", "عمّان", "2019-06-18", None)


def test_each_article_of_a_section_page_reads_its_own_info_line():
    arts = "".join(f"<article><h2><a href='/a{i}'>{t}</a></h2><div><span>{city} - {name}</span> · "
                   f"<time datetime='2019-04-0{i + 4}'>0{i + 4} أبريل 2019</time></div>"
                   + "".join(f"<p>{p}</p>" for p in (PARA1, PARA2, PARA1.replace("الوزارة", "الهيئة"))) + "</article>"
                   for i, (t, city, name) in enumerate([(T1, "وهران", "كمال بن علي"), (T2, "قسنطينة", "سارة منصوري")]))
    doc = parse_html(html_page(f"<h1>أخبار المدن</h1>{arts}"), "p.html")
    assert [(a.title, a.dateline, a.byline, a.published) for a in doc.articles] == [
        (T1, "وهران", "كمال بن علي", "2019-04-04"), (T2, "قسنطينة", "سارة منصوري", "2019-04-05")]
    assert all(a.subtitle is None for a in doc.articles)


def test_a_copyright_year_is_never_the_publication_date():
    for footer in ("© 2016 موقع الأخبار - جميع الحقوق محفوظة", "جميع الحقوق محفوظة © 2015-2024", "Copyright 2019"):
        page = html_page(f"{BODY}<p>{PARA1.replace('الوزارة', 'النقابة')}</p><footer><p>{footer}</p></footer>")
        assert parse_html(page, "p.html").articles[0].published is None, footer
    dated = html_page(BODY + "<footer>© 2016</footer>", head='<meta property="article:published_time" '
                                                           'content="2016-01-01T10:00:00">')
    assert parse_html(dated, "p.html").articles[0].published == "2016-01-01"  # printed in full: a real date


def test_teaser_cards_printed_after_the_body_with_no_list_around_them():
    cards = "".join(f"<div class='t'><h3><a href='/n/{i}'>{t}</a></h3><p>ملخص قصير للخبر عن الموضوع نفسه.</p></div>"
                    for i, t in enumerate([T1, T2, T3]))
    page = html_page(f"<article><h1>{TITLE}</h1><div class='text'><p>{PARA1}</p><p>{PARA2}</p></div>{cards}"
                     f"</article>")
    assert [r.title for r in _related(page)] == [T1, T2, T3]
    doc = parse_html(page, "x")
    assert doc.articles[0].paragraphs == [PARA1, PARA2]


def test_body_paragraphs_with_a_link_in_them_are_no_cards():
    link = "<a href='/n/9'>تقرير سابق عن الموضوع نفسه</a>"
    paras = "".join(f"<p>{PARA1[:120]} كما ورد في {link} الذي نشر أمس مع تفاصيل أخرى كثيرة عن الحادث.</p>"
                    for _ in range(2))
    page = html_page(f"<article><h1>{TITLE}</h1>{paras}</article>")
    assert _related(page) == []
