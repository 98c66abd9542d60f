from isnad.arabic import split_sentences


def texts(s):
    return [x.text for x in split_sentences(s)]


def test_plain_sentences_split_on_arabic_and_latin_marks():
    assert texts("وصل الوفد. هل انتهى الاجتماع؟ نعم!") == ["وصل الوفد.", "هل انتهى الاجتماع؟", "نعم!"]


def test_arabic_comma_and_semicolon_do_not_split():
    assert len(texts("قال المتحدث، إن الوفد وصل؛ ثم غادر.")) == 1


def test_quotation_spanning_sentences_stays_whole():
    s = "وقال: «لن ننسحب. سنبقى هنا حتى النهاية». ثم غادر القاعة."
    assert texts(s) == ["وقال: «لن ننسحب. سنبقى هنا حتى النهاية».", "ثم غادر القاعة."]


def test_ascii_quotes_and_brackets():
    s = 'وأضاف "الوضع صعب. لكننا صامدون" في بيان. وأشار إلى الخطة (المرحلة الأولى. الثانية).'
    assert texts(s) == ['وأضاف "الوضع صعب. لكننا صامدون" في بيان.', "وأشار إلى الخطة (المرحلة الأولى. الثانية)."]


def test_unclosed_quote_does_not_swallow_the_paragraph():
    s = "قال «هذا خطأ. ثم ذهب إلى البيت. وعاد."
    assert len(texts(s)) == 3


def test_abbreviations_and_decimals():
    s = "نقلت وكالة أ.ف.ب الخبر. وبلغت النسبة 2.5 في المئة."
    assert texts(s) == ["نقلت وكالة أ.ف.ب الخبر.", "وبلغت النسبة 2.5 في المئة."]


def test_line_breaks_end_sentences_and_offsets_hold():
    s = "عنوان بلا نقطة\n\nفقرة أولى. فقرة ثانية"
    spans = split_sentences(s)
    assert [x.text for x in spans] == ["عنوان بلا نقطة", "فقرة أولى.", "فقرة ثانية"]
    for x in spans:
        assert s[x.start:x.end] == x.text


def test_ellipsis_inside_quote_is_kept():
    s = "وقال إن «الدعم (...) مستمر». وانتهى اللقاء."
    assert len(texts(s)) == 2


def test_a_quotation_that_ends_its_own_sentence_ends_the_sentence():
    # «… أكثر أمناً.» then a new sentence: the period inside the quotation ends both
    s = 'وقالت الشرطة: "ندعو المواطنين إلى الانتقال." وكانت الوكالة أكدت أن الجهود تتواصل.'
    assert texts(s) == ['وقالت الشرطة: "ندعو المواطنين إلى الانتقال."', "وكانت الوكالة أكدت أن الجهود تتواصل."]
    s = "وقال: «لن ننسحب. سنبقى هنا.» وغادر القاعة."
    assert texts(s) == ["وقال: «لن ننسحب. سنبقى هنا.»", "وغادر القاعة."]


def test_a_quotation_followed_by_a_comma_or_ending_without_a_mark_goes_on():
    assert len(texts("قال: «نحن مستعدون.»، وأضاف أن الجهود تتواصل.")) == 1
    assert len(texts("وقال «الوضع صعب» ثم غادر القاعة.")) == 1
    assert len(texts("وأشار إلى كتاب (ص. 12) في بيانه.")) == 1
