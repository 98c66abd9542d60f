"""A verbal noun whose genitive names a speaker and whose object is what was announced (إعلان X Y)."""
from __future__ import annotations


def test_a_verbal_noun_with_a_named_genitive_and_an_object_is_a_claim(claims_of):
    (c,) = claims_of("وجاء ذلك بعد إعلان الرئيس الأميركي دونالد ترامب انسحاب الولايات المتحدة من الاتفاق.")
    assert c.speaker.text == "الرئيس الأميركي دونالد ترامب"
    assert c.content.text == "انسحاب الولايات المتحدة من الاتفاق"


def test_the_pronoun_on_the_verbal_noun_is_the_last_speaker(claims_of):
    out = claims_of("وقالت إسرائيل إن الطائرة أسقطت. وجاء ذلك بعد إعلانها اعتراض طائرة من دون طيار، وفق البيان.")
    assert [c.speaker.text for c in out] == ["إسرائيل", "إسرائيل"]
    assert out[1].content.text == "اعتراض طائرة من دون طيار"  # the object ends at the comma


def test_no_claim_without_someone_named_in_the_genitive(claims_of):
    assert claims_of("وجاء ذلك بعد إعلان النتائج الرسمية للانتخابات.") == []
    assert claims_of("وقررت الحكومة إعلان حالة الطوارئ في البلاد.") == []
    assert claims_of("وفوجئ الجميع بإعلان مفاجئ يتعلق برئيس النادي.") == []


def test_a_verbal_noun_in_an_adjunct_of_the_verb_is_no_claim_of_its_own(claims_of):
    (c,) = claims_of("وقالت الوزارة، لدى إعلانها عن جولة الوزير، إنه سيدعو إلى الحوار.")
    assert c.content.text == "سيدعو إلى الحوار"


def test_a_participle_after_a_cue_noun_continues_the_clause_not_the_nouns_genitive(claims_of):
    out = claims_of("ووصف النائب الكاتب العام بالباندي. وجاء ذلك في تعليقه على مطالبة نقابة التعليم بإقالة الوزير، "
                    "مشددا بالقول إن الوزير باق.")
    said = {c.cue.text: c for c in out}
    assert said["مطالبة"].speaker.text == "نقابة التعليم" and said["مطالبة"].stance == "call"
    assert said["مشددا"].speaker.text == "النائب"


def test_ankara_is_a_denial_verb(claims_of):
    (c,) = claims_of("وأنكرت الوزارة أن تكون قواتها قد قصفت المدينة.")
    assert c.stance == "deny" and c.content.text == "تكون قواتها قد قصفت المدينة"
