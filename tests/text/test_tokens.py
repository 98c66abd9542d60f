from isnad.arabic import tokenize


def pieces(word):
    (tok,) = [t for t in tokenize(word) if t.kind == "word"]
    return [(w.text, w.kind) for w in tok.words]


def test_conjunction_and_article_split():
    assert pieces("والمقاتلون") == [("و", "conj"), ("ال", "article"), ("مقاتلون", "stem")]


def test_preposition_with_elided_article():
    assert pieces("للصحافيين") == [("ل", "prep"), ("ل", "article"), ("صحافيين", "stem")]
    assert pieces("وللجيش")[:3] == [("و", "conj"), ("ل", "prep"), ("ل", "article")]


def test_preposition_before_article():
    assert pieces("بالعراق") == [("ب", "prep"), ("ال", "article"), ("عراق", "stem")]
    assert pieces("كالعادة")[0] == ("ك", "prep")


def test_conjunction_before_verb_and_name():
    assert pieces("وقال") == [("و", "conj"), ("قال", "stem")]
    assert pieces("فأكد")[0] == ("ف", "conj")
    assert pieces("وسوريا") == [("و", "conj"), ("سوريا", "stem")]


def test_letters_that_belong_to_the_word_stay():
    for w in ("وزير", "واشنطن", "فلسطين", "لبنان", "بغداد", "كما", "لكن", "وكالة", "فرنسا"):
        assert pieces(w) == [(w, "stem")], w


def test_tatweel_clitic_before_quotation():
    toks = tokenize("لـ«الشرق الأوسط»")
    assert toks[0].text == "لـ" and toks[0].words[0].kind == "prep"
    assert toks[1].text == "«"
    assert [w.kind for w in toks[2].words] == ["article", "stem"]


def test_offsets_are_exact():
    s = "وقال مسؤولون للصحافيين، إن 2,5 مليون «شخص» وصلوا."
    for t in tokenize(s):
        assert s[t.start:t.end] == t.text
        assert "".join(w.text for w in t.words) == t.text
        for w in t.words:
            assert s[w.start:w.end] == w.text


def test_numbers_punctuation_and_latin():
    toks = tokenize("نحو 2,500 شخص (AFP) ٣٠٠")
    kinds = [(t.text, t.kind) for t in toks]
    assert ("2,500", "number") in kinds
    assert ("AFP", "latin") in kinds
    assert ("(", "punct") in kinds
    assert ("٣٠٠", "number") in kinds


def test_diacritised_word_splits_with_offsets():
    s = "وَالْمُقَاتِلُونَ"
    (tok,) = tokenize(s)
    assert tok.words[0].text == "وَ"
    assert "".join(w.text for w in tok.words) == s


def test_words_that_take_prefixes_themselves_are_stems():
    # ولي (as in ولي العهد), وحدة and وصف are seen with the article or a conjunction before them
    for w in ("ولي", "وحدة", "وصف"):
        assert pieces(w) == [(w, "stem")], w
    assert pieces("ووصف") == [("و", "conj"), ("وصف", "stem")]


def test_a_far_commoner_remainder_splits_despite_stray_evidence():
    # بوروسيا (a club) and بوبيت are no evidence against و + روسيا، و + بيت
    assert pieces("وروسيا") == [("و", "conj"), ("روسيا", "stem")]
    assert pieces("وبيت") == [("و", "conj"), ("بيت", "stem")]


def test_lam_lam_is_article_or_name():
    assert [k for _, k in pieces("للجيش")] == ["prep", "article", "stem"]
    assert pieces("للبنان") == [("ل", "prep"), ("لبنان", "stem")]
    assert pieces("لصحيفة") == [("ل", "prep"), ("صحيفة", "stem")]


def test_conjunction_before_preposition_and_article():
    assert [k for _, k in pieces("وبالرقة")] == ["conj", "prep", "article", "stem"]
