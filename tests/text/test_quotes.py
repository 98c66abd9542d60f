"""Where quotations open and close (isnad.arabic.quotes): straight marks show their side by their spacing."""
from isnad.arabic.quotes import find_quotes


def spans(text):
    return [(text[a:b], closed) for a, b, closed in find_quotes(text, [(0, len(text))])]


def test_a_straight_mark_after_a_space_and_before_a_full_stop_closes():
    text = 'وتابع: "واصلنا تقديم العلاج للمريض ". وقال آخر إن الوضع هادئ.'
    assert spans(text) == [('"واصلنا تقديم العلاج للمريض "', True)]


def test_a_straight_mark_before_a_word_opens():
    text = 'قال "نحن هنا" ثم غادر.'
    assert spans(text) == [('"نحن هنا"', True)]


def test_a_mark_left_open_before_another_opener_is_stray():
    text = 'قال "نحن ثم أضاف: "لن نغادر".'
    assert spans(text) == [('"لن نغادر"', True)]
