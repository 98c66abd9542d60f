"""A cue spelt like a preposition: the bare masculine عبر (عبّر "expressed", or عبر "via"). It is a cue only with a
conjunction on it, a subject after it and its words after its own عن (وعبر الوزير عن قلقه: 46 sentences of this
shape in one shard of the unlabeled news); elsewhere it stays the preposition."""
from __future__ import annotations


def test_waw_abbara_subject_an_is_a_claim(claims_of):
    (c,) = claims_of("وعبر أحد مساعدي الصدر عن مخاوف من محاولة بعض الأطراف إفساد النصر.")
    assert c.speaker.text == "أحد مساعدي الصدر"
    assert c.content.text.startswith("مخاوف من محاولة")


def test_abr_via_inside_a_clause_is_a_preposition(claims_of):
    claims = claims_of('وقال ظريف إن "على المجتمع الدولي أن يواجه". كما أوضح بتغريدة له عبر حسابه على "تويتر" '
                       'إن محكمة العدل الدولية قد أمرت أمريكا أن تلتزم.')
    assert [c.cue.text for c in claims] == ["وقال", "أوضح"]
    assert claims[1].speaker.text == "ظريف"
    assert claims[1].content.text.startswith("محكمة العدل الدولية")


def test_waw_abr_without_its_an_is_no_claim(claims_of):
    assert claims_of("وتحدث الوزير عبر الهاتف مع نظيره. ونشرت الوزارة صورا وعبر الحدود شاحنات.") == []
