from isnad.arabic import norm, norm_key, normalize, to_ascii_digits


def test_letters_fold_for_matching():
    assert norm("أإآٱ") == "اااا"
    assert norm("مستشفى") == "مستشفي"
    assert norm("مدرسة") == "مدرسه"
    assert norm("مؤتمر") == "موتمر"
    assert norm("هيئة") == "هييه"


def test_diacritics_tatweel_and_invisible_marks_are_dropped():
    assert norm("مُحَمَّدٌ") == "محمد"
    assert norm("لـ") == "ل"
    assert norm("عما\u200fن\u200d") == "عمان"
    assert norm("\u202bسوريا\u202c") == "سوريا"


def test_digits_become_ascii():
    assert norm("٢٠١٤") == "2014"
    assert norm("۱۹۹۸") == "1998"
    assert to_ascii_digits("في ٧ أكتوبر") == "في 7 أكتوبر"


def test_nfkc_ligatures_expand():
    assert norm("\ufefb") == "لا"  # lam-alef ligature


def test_offsets_map_back_to_the_original():
    s = "قالَ المُتَحدِّثُ: «لا»"
    n = normalize(s)
    i = n.text.index("المتحدث")
    a, b = n.to_original(i, i + len("المتحدث"))
    assert s[a:b] == "المُتَحدِّث"
    assert norm(s[a:b]) == "المتحدث"


def test_offsets_with_expanding_characters():
    s = "x\ufefby"
    n = normalize(s)
    assert n.text == "xلاy"
    assert n.to_original(1, 3) == (1, 2)
    assert n.to_original(3, 4) == (2, 3)


def test_norm_key_drops_punctuation():
    assert norm_key("«الشرق الأوسط»،") == "الشرق الاوسط"
    assert norm_key("  أ.ف.ب ") == "ا ف ب"


def test_translate_table_agrees_with_each_characters_mapping():
    """norm/normalize read a table filled as characters are met: the same as mapping each character on its own,
    for characters that are dropped (harakat, bidi), expanded by NFKC (ﻻ, ﷲ), mapped or lower-cased."""
    from isnad.arabic.normalize import _map_char, norm, normalize

    samples = ["وَقالَ الرئيسُ «إنّ»", "ﻻ ﷲ ﻼ", "Ａｂｃ ١٢٣ ۴", "\u200fأحمد\u200e ـــ", "x\u0301y", "ﺑﺴﻢ", "", "ÀÉ"]
    for s in samples:
        for lc in (True, False):
            chars = [(c, i) for i, ch in enumerate(s) for c in _map_char(ch, lc)]
            assert norm(s, lowercase=lc) == "".join(c for c, _ in chars)
            got = normalize(s, lowercase=lc)
            assert (got.text, got.offsets, got.source_length) == ("".join(c for c, _ in chars),
                                                                   tuple(i for _, i in chars), len(s))
