"""The scraped-page parser on pages of several layouts (tests/ingest/data/pages) and on small texts."""
from __future__ import annotations

import json

import pytest

from isnad.ingest.page import parse_page

from ingest_samples import ARTICLE, DATA, PARA1, PARA2, TITLE

PAGES = sorted(p.name.removesuffix(".expected.json") for p in (DATA / "pages").glob("*.expected.json"))
FIELDS = ("title", "subtitle", "byline", "dateline", "published")


def _parse(name: str):
    text = (DATA / "pages" / f"{name}.txt").read_text(encoding="utf-8")
    return parse_page(text, name), json.loads((DATA / "pages" / f"{name}.expected.json").read_text("utf-8"))


def test_there_are_several_layouts():
    assert len(PAGES) >= 5


@pytest.mark.parametrize("name", PAGES)
def test_page_articles_and_header_fields(name):
    doc, want = _parse(name)
    assert len(doc.articles) == len(want["articles"])
    for art, exp in zip(doc.articles, want["articles"]):
        assert {f: getattr(art, f) for f in FIELDS} == {f: exp[f] for f in FIELDS}


@pytest.mark.parametrize("name", PAGES)
def test_page_body_boundaries(name):
    doc, want = _parse(name)
    for art, exp in zip(doc.articles, want["articles"]):
        assert art.paragraphs[0].startswith(exp["first"])
        assert art.paragraphs[-1].endswith(exp["last"])
        assert len(art.paragraphs) == exp["n_paragraphs"]
        if "captions" in exp:
            assert art.captions == exp["captions"]
        # no furniture inside the body: captions, the headline, short widget lines
        for p in art.paragraphs:
            assert p not in art.captions and p != art.title and len(p.split()) >= 3


@pytest.mark.parametrize("name", PAGES)
def test_page_related_items(name):
    doc, want = _parse(name)
    assert [r.title for r in doc.related] == [r["title"] for r in want["related"]]
    for got, exp in zip(doc.related, want["related"]):
        for key, value in exp.items():
            assert getattr(got, key) == value


def test_plain_article_with_a_headline_line():
    doc = parse_page(ARTICLE)
    (art,) = doc.articles
    assert art.title == TITLE
    assert art.paragraphs == [PARA1, PARA2]
    assert art.text == PARA1 + "\n\n" + PARA2


@pytest.mark.parametrize("headline", ["إجراءات الحكومة الاقتصادية الصعبة..هل يتحملها المصريون؟", "عودة الملاعب أخيرا!"])
def test_a_headline_that_asks_or_exclaims_is_still_the_title(headline):
    (art,) = parse_page(f"{headline}\n\n{PARA1}\n\n{PARA2}").articles
    assert art.title == headline
    assert art.paragraphs == [PARA1, PARA2]


def test_a_question_after_the_body_opened_stays_a_paragraph():
    question = "فهل تنجح الخطة هذه المرة؟"
    (art,) = parse_page(f"{TITLE}\n\n{PARA1}\n\n{question}\n\n{PARA2}").articles
    assert art.title == TITLE and question in art.paragraphs


def test_plain_article_without_a_title_line():
    (art,) = parse_page(f"{PARA1}\n\n{PARA2}").articles
    assert art.title is None
    assert art.paragraphs == [PARA1, PARA2]


def test_one_short_sentence_is_still_an_article():
    (art,) = parse_page("قال المتحدث إن الاجتماع انتهى.").articles
    assert art.paragraphs == ["قال المتحدث إن الاجتماع انتهى."]


def test_english_article_is_processed():
    text = ("Ministry says talks with unions will resume\n\n"
            "The ministry spokesman said on Monday that the meeting was held in difficult conditions, adding "
            "that both sides had agreed to continue.\n\n"
            "He said the next round would take place in the capital next week, with mediators present.\n")
    (art,) = parse_page(text).articles
    assert art.title == "Ministry says talks with unions will resume"
    assert len(art.paragraphs) == 2 and art.paragraphs[1].startswith("He said the next round")


def test_repeated_headline_opens_a_second_article():
    other_title = "البلدية تبدأ صيانة الطرق الرئيسية في المدينة"
    other = ("بدأت فرق البلدية صباح اليوم أعمال صيانة واسعة للطرق الرئيسية، على أن تستمر الأشغال أسبوعين "
             "وفق الجدول المعلن.")
    other2 = "ودعت البلدية السائقين إلى استخدام الطرق البديلة خلال ساعات العمل لتفادي الازدحام."
    text = f"{ARTICLE}\n{other_title}\nTT\n{other_title}\n{other}\n{other2}\n"
    doc = parse_page(text)
    assert [a.title for a in doc.articles] == [TITLE, other_title]
    assert doc.articles[1].paragraphs == [other, other2]
    assert [a.id for a in doc.articles] == ["a1", "a2"]


def test_teasers_with_section_caption_author_and_city():
    teaser = "المعارضة تطالب بتأجيل الانتخابات المحلية إلى الربيع"
    text = (f"{ARTICLE}\nمقالات ذات صلة\n{teaser}\n"
            "العالم العربي ناخبون يصطفون أمام مركز اقتراع في العاصمة (رويترز)\n"
            f"{teaser}\n"
            "قالت أحزاب المعارضة إن الظروف الحالية لا تسمح بإجراء انتخابات نزيهة في الموعد المحدد.\n"
            "سامر يوسف (عمّان)\n")
    doc = parse_page(text)
    assert len(doc.articles) == 1 and doc.articles[0].paragraphs == [PARA1, PARA2]
    (item,) = doc.related
    assert (item.title, item.section, item.author, item.city) == (teaser, "العالم العربي", "سامر يوسف", "عمّان")
    assert item.caption == "ناخبون يصطفون أمام مركز اقتراع في العاصمة (رويترز)"
    assert item.summary.startswith("قالت أحزاب المعارضة")


def test_most_read_list_is_not_related_and_not_body():
    text = (f"{ARTICLE}الأكثر قراءة\nارتفاع أسعار الذهب في السوق المحلية لليوم الثالث\n"
            "منتخب الشباب يتأهل إلى نهائي البطولة العربية\n")
    doc = parse_page(text)
    assert doc.related == []
    assert doc.articles[0].paragraphs == [PARA1, PARA2]


def test_dateline_from_the_first_paragraph():
    (art,) = parse_page(f"{TITLE}\n\nعمّان - {PARA1}\n\n{PARA2}").articles
    assert art.dateline == "عمّان"
    (art,) = parse_page(f"{TITLE}\n\nالقاهرة (رويترز) - {PARA1}\n\n{PARA2}").articles
    assert art.dateline == "القاهرة"


def test_outlet_name_before_a_colon_is_not_a_dateline():
    (art,) = parse_page(f"{TITLE}\n\nموقع الخبر: {PARA1}\n\n{PARA2}").articles
    assert art.dateline is None


def test_empty_and_furniture_only_text_gives_no_article():
    assert parse_page("").articles == []
    assert parse_page("شارك\nفيسبوك\nتويتر\nجميع الحقوق محفوظة 2024\n").articles == []


def test_every_span_of_text_is_consistent():
    for name in PAGES:
        doc, _ = _parse(name)
        for art in doc.articles:
            for (a, b), p in zip(art.paragraph_spans(), art.paragraphs):
                assert art.text[a:b] == p


def test_copyright_year_is_no_date_and_does_not_outrank_published():
    from isnad.pipeline import Context, Pipeline

    text = f"{ARTICLE}جميع الحقوق محفوظة © 2023\n© 2015-2023 موقع الأخبار\n"
    doc = parse_page(text)
    assert doc.articles[0].published is None
    done = Pipeline(disable=("ner", "claims", "facts", "compare"), context=Context(published="2021-05-04"))(doc)
    assert done.articles[0].published == "2021-05-04"
