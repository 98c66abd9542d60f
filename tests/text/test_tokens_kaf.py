"""و + ك + the article is rare: a word commoner whole than without وك stays one word."""
from isnad.arabic import tokenize


def test_wakalat_is_one_word_but_wa_bi_article_splits():
    by_text = {t.text: t for t in tokenize("وكالات وبالرقة وللجيش")}
    assert not by_text["وكالات"].conj and by_text["وكالات"].prep is None
    assert by_text["وبالرقة"].conj and by_text["وبالرقة"].prep == "ب"
    assert by_text["وللجيش"].conj and by_text["وللجيش"].prep == "ل"
