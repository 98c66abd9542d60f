"""Hard-wrapped text joined back into paragraphs (issue 10): agency copy broken inside sentences at a fixed
width, with blank lines between paragraphs; scraped page text left as it is."""
from __future__ import annotations

import textwrap

from isnad.ingest.page import parse_page
from isnad.ingest.teasers import cut_glued_teasers
from isnad.ingest.wrap import unwrap, wrap_width

from ingest_samples import ARTICLE, PARA1, PARA2

LEDE = ("الميناء (رويترز) - أعلنت السلطات يوم الأحد إعادة فتح الرصيف الشمالي أمام سفن الحبوب بعد إغلاق استمر "
        "عشرة أيام بسبب أعمال ترميم، مؤكدة أن الحركة ستعود إلى طبيعتها تدريجاً.")
PARAS = [LEDE, PARA1, PARA2, "وكان الميناء قد استقبل في الشهر الماضي أكثر من أربعين سفينة محملة بالقمح والذرة "
                             "والشعير، بحسب أرقام رسمية نشرتها الهيئة."]


def _wrapped(paras, width, sep="\n\n"):
    return sep.join("\n".join(textwrap.wrap(p, width)) for p in paras) + "\n"


def test_wrapped_agency_text_without_a_title():
    for width in (58, 66, 75):
        (art,) = parse_page(_wrapped(PARAS, width)).articles
        assert art.title is None and art.paragraphs == PARAS
        assert art.dateline == "الميناء"


def test_wrapped_text_with_its_headline_on_the_first_line():
    title = "السلطات تعيد فتح الرصيف الشمالي للميناء أمام سفن الحبوب بعد عشرة أيام من الإغلاق"
    (art,) = parse_page(title + "\n\n" + _wrapped(PARAS, 64)).articles
    assert art.title == title and art.paragraphs == PARAS


def test_text_starting_mid_sentence_gets_no_title():
    cut = LEDE.split("الشمالي ", 1)[1]  # the copy starts in the middle of the lede
    (art,) = parse_page(_wrapped([cut] + PARAS[1:], 60)).articles
    assert art.title is None and art.paragraphs[0] == cut and len(art.paragraphs) == 4


def test_wrapped_paragraphs_without_blank_lines_end_at_a_short_line():
    text = _wrapped(PARAS, 70, sep="\n")  # each paragraph's last line is short, or the next word would fit on it
    assert unwrap(text).rstrip("\n").split("\n\n") == PARAS
    # where a paragraph's last line is as long as a wrapped one, nothing tells it apart: joined, nothing lost
    text = _wrapped(PARAS, 60, sep="\n")
    assert " ".join(unwrap(text).split()) == " ".join(PARAS)


def test_scraped_text_and_one_sentence_lines_are_not_unwrapped():
    assert wrap_width(ARTICLE) is None and unwrap(ARTICLE) == ARTICLE
    short = "\n".join(["قال المتحدث إن الاجتماع انتهى.", "وأضاف أن الجولة المقبلة ستعقد غداً.",
                       "وأشار إلى أن الوسطاء سيحضرون.", "وختم بأن الأجواء كانت إيجابية."])
    assert unwrap(short) == short
    headlines = "\n".join(["ارتفاع أسعار الذهب في السوق المحلية لليوم الثالث على التوالي",
                           "منتخب الشباب يتأهل إلى نهائي البطولة العربية بعد فوز صعب",
                           "البلدية تبدأ صيانة الطرق الرئيسية في المدينة الأسبوع المقبل",
                           "وزارة الصحة تطلق حملة تلقيح في القرى الجبلية"])
    assert unwrap(headlines) == headlines  # a list of headlines: no sentence ends closing its blocks


def test_teaser_glued_into_a_line_after_a_sentence():
    line = ("وقال المحافظ إن الأعمال ستنتهي قريباً. اقرأ أيضاً: البلدية تبدأ صيانة شبكة الصرف في الأحياء "
            "الشرقية وفي سياق متصل، أعلنت الشركة عن خطة جديدة.")
    rest, titles = cut_glued_teasers(line)
    assert titles == ["البلدية تبدأ صيانة شبكة الصرف في الأحياء الشرقية"]
    assert rest == "وقال المحافظ إن الأعمال ستنتهي قريباً. وفي سياق متصل، أعلنت الشركة عن خطة جديدة."
    # the heading alone on its line is read elsewhere; no end within a headline's length: left as it is
    assert cut_glued_teasers("اقرأ أيضاً: البلدية تبدأ صيانة شبكة الصرف")[1] == []
    endless = "انتهى الاجتماع. للمزيد: " + " ".join(["كلمة"] * 40)
    assert cut_glued_teasers(endless) == (endless, [])
