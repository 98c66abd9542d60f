"""Label consistency across nearby sentences (no model needed: the tags are given)."""
from isnad.ner.consistency import propagate


def test_untagged_recurrence_takes_the_label_found_nearby():
    sents = [["وقال", "سامي", "الحداد", "إن", "الاجتماع", "انتهى"],
             ["وغادر", "سامي", "الحداد", "القاعة", "بعد", "ذلك"]]
    tags = [["O", "B-PERS", "I-PERS", "O", "O", "O"], ["O"] * 6]
    out = propagate(sents, tags)
    assert out[0] == tags[0]
    assert out[1] == ["O", "B-PERS", "I-PERS", "O", "O", "O"]
    assert tags[1] == ["O"] * 6  # the input is not changed


def test_article_and_preposition_do_not_hide_a_recurrence():
    sents = [["زار", "الوفد", "الخرطوم", "أمس"], ["وعاد", "من", "بالخرطوم", "مساء"]]
    out = propagate(sents, [["O", "O", "B-LOC", "O"], ["O"] * 4])
    assert out[1] == ["O", "O", "B-LOC", "O"]


def test_found_entities_are_never_changed_and_majority_wins():
    sents = [["نهر", "الأردن"], ["الأردن", "بلد"], ["الأردن", "جار"], ["الأردن", "هنا"]]
    tags = [["O", "B-LOC"], ["B-LOC", "O"], ["B-ORG", "O"], ["O", "O"]]
    out = propagate(sents, tags)
    assert out[:3] == tags[:3]
    assert out[3] == ["B-LOC", "O"]


def test_distant_and_short_names_do_not_spread():
    far = [["كريم", "وصل"]] + [["جملة", "أخرى"]] * 20 + [["كريم", "غادر"]]
    tags = [["B-PERS", "O"]] + [["O", "O"]] * 20 + [["O", "O"]]
    assert propagate(far, tags, window=10)[-1] == ["O", "O"]
    assert propagate(far, tags, window=30)[-1] == ["B-PERS", "O"]
    short = [["نا", "قال"], ["نا", "ذهب"]]
    assert propagate(short, [["B-PERS", "O"], ["O", "O"]])[1] == ["O", "O"]
