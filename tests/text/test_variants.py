"""Look-up variants of a word (isnad.arabic.variants): the one function every lexicon look-up uses."""
from __future__ import annotations

from isnad.arabic import variants


def test_proclitics_come_off_one_by_one_outermost_first():
    assert variants("والتعذيب") == ("والتعذيب", "التعذيب", "تعذيب")
    assert variants("وبالرقه") == ("وبالرقه", "بالرقه", "الرقه", "رقه")
    assert variants("والتعذيب", conj=False) == ("والتعذيب",)
    assert variants("بالرقه", article=False) == ("بالرقه", "الرقه")


def test_short_words_stay_whole():
    assert variants("ولد") == ("ولد",)
    assert variants("بلد") == ("بلد",)


def test_ll_is_the_elided_article_unless_asked_otherwise():
    assert variants("للصحافيين") == ("للصحافيين", "الصحافيين", "صحافيين")
    assert variants("للبنان", article=False, elide=False) == ("للبنان", "لبنان")
    assert variants("وللجيش", elide=False) == ("وللجيش", "للجيش", "لجيش")


def test_only_the_prepositions_asked_for():
    assert variants("كميات", article=False) == ("كميات", "ميات")
    assert variants("كميات", article=False, preps="بل") == ("كميات",)
    assert variants("وكميات", article=False, preps="بل") == ("وكميات", "كميات")
