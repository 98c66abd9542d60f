"""The compare stage through the real pipeline (text, claims, facts, compare) on small articles written for these
tests: each rule fires on a conflict between two sources and stays silent when the claims can both be true."""
from __future__ import annotations

import pytest

from isnad.model import Article, Document
from isnad.pipeline import Context, Pipeline
from isnad.render import format_document


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(disable=["ner"], context=Context(published="2024-07-10"))


def run(pipeline, *paragraphs):
    doc = Document(source="test", articles=[Article(id="a1", paragraphs=list(paragraphs), published="2024-07-10")])
    return pipeline(doc)


def pairs(doc, kind=None):
    return {frozenset((c.a, c.b)) for c in doc.contradictions if kind is None or c.kind == kind}


def claim_id(doc, speaker_word):
    return next(c.id for c in doc.claims() if speaker_word in c.speaker.text)


# --- negation --------------------------------------------------------------------------------------------------

def test_a_denial_that_points_back_answers_the_claim_before_it(pipeline):
    doc = run(pipeline, "قال مصدر محلي إن مسلحين اقتحموا مستشفى المدينة فجر اليوم.",
              "لكن الجيش نفى ذلك، مؤكدا أن الوضع هادئ.")
    deny = next(c for c in doc.claims() if c.stance == "deny")
    assert pairs(doc, "negation") == {frozenset((deny.id, claim_id(doc, "مصدر")))}
    note = next(c.note for c in doc.contradictions)
    assert note.startswith("denial:") and "الجيش" in note and "مصدر محلي" in note


def test_a_denial_pointing_back_answers_the_claim_before_it_not_the_previous_denials_target(pipeline):
    # the first denial is tied surely to the accusation; the second points back (ذلك) at the claim just before it
    doc = run(pipeline, "واتهمت أسرة المريض الأطباء بإيقاف أجهزة الإعاشة عن المريض بعد نفاد المال.",
              "ونفى مدير المستشفى أن يكون الأطباء أوقفوا أجهزة الإعاشة عن المريض.",
              "وقال المستشفى إن المريض توفي بسبب سكتة قلبية. لكن محامي الأسرة نفى ذلك.")
    cause = next(c.id for c in doc.claims() if "سكتة" in c.content.text)
    last = [c for c in doc.claims() if c.stance == "deny"][-1]
    assert "محامي" in last.speaker.text
    assert frozenset((last.id, cause)) in pairs(doc, "negation")
    assert frozenset((last.id, claim_id(doc, "أسرة المريض"))) not in pairs(doc)


def test_a_denial_answered_in_the_same_sentence_by_the_other_side(pipeline):
    doc = run(pipeline, "نفت الشركة التسبب في تلوث النهر، فيما يتهم السكان مصنعها بإلقاء النفايات فيه.")
    assert pairs(doc, "negation") == {frozenset((claim_id(doc, "الشركة"), claim_id(doc, "السكان")))}


def test_a_denial_and_a_claim_in_the_next_sentence_are_not_paired_by_position_alone(pipeline):
    doc = run(pipeline, "نفت الشركة التسبب في تلوث النهر. وقال السكان إن موسم الصيد بدأ مبكرا هذا العام.")
    assert pairs(doc, "negation") == set()


def test_a_denial_naming_the_outlet_in_latin_script_answers_that_outlet(pipeline):
    doc = run(pipeline, "ذكرت صحيفة الغارديان البريطانية أن الحكومة باعت أسلحة للجيش.",
              "ونفت الحكومة بشدة ما نشرته صحيفة Guardian.")
    deny = next(c for c in doc.claims() if c.stance == "deny")
    assert pairs(doc) == {frozenset((deny.id, claim_id(doc, "الغارديان")))}


def test_a_denial_reported_inside_another_claim_is_not_paired_with_it(pipeline):
    doc = run(pipeline, "قال الوزير إن مصادر محلية نفت وصول القافلة إلى الحدود.")
    assert any(c.stance == "deny" and c.parent for c in doc.claims())
    assert doc.contradictions == []


def test_a_denial_with_nothing_to_answer_stays_unpaired(pipeline):
    doc = run(pipeline, "قال المحافظ إن الطريق إلى الميناء سيفتح الأسبوع المقبل.",
              "ونفت الشركة المشغلة وجود أي تسرب نفطي في الخليج.")
    assert any(c.stance == "deny" for c in doc.claims())
    assert doc.contradictions == []


def test_a_refusal_to_comment_is_not_a_denial(pipeline):
    doc = run(pipeline, "قال مسؤول محلي إن القوات اقتحمت القرية فجرا.", "ورفض الجيش التعليق على ذلك.")
    assert any(c.stance == "deny" for c in doc.claims())
    assert doc.contradictions == []


# --- location --------------------------------------------------------------------------------------------------

def test_arrived_in_one_country_versus_still_stuck_in_another(pipeline):
    doc = run(pipeline, "قال مسؤول محلي إن المقاتلين وصلوا إلى العراق عبر الصحراء.",
              "لكن التحالف قال إن المقاتلين ما زالوا عالقين في سوريا.")
    assert pairs(doc, "location") == {frozenset((claim_id(doc, "مسؤول"), claim_id(doc, "التحالف")))}
    note = doc.contradictions[0].note
    assert "العراق" in note and "سوريا" in note and note.startswith("places differ")


@pytest.mark.parametrize("first,second", ids=["towns-of-one-country", "fighters-vs-families", "part-of-convoy",
                                              "two-arrivals"], argvalues=[
    # two towns of one country: both may be right
    ("قال مسؤول محلي إن المقاتلين وصلوا إلى حلب.", "وقال التحالف إن المقاتلين ما زالوا عالقين في دمشق."),
    # fighters moved, families stayed: different things
    ("قال مسؤول محلي إن المقاتلين وصلوا إلى العراق.", "وقال التحالف إن العائلات ما زالت عالقة في سوريا."),
    # a part of the convoy may be elsewhere than the rest
    ("قال مسؤول محلي إن المقاتلين وصلوا إلى العراق.", "وقال التحالف إن 5 حافلات من أصل 12 ما زالت عالقة في سوريا."),
    # two arrivals: two legs of one journey
    ("قال مسؤول محلي إن المقاتلين وصلوا إلى تركيا.", "وقال التحالف إن المقاتلين وصلوا إلى سوريا."),
])
def test_places_that_can_both_hold_are_not_flagged(pipeline, first, second):
    assert run(pipeline, first, second).contradictions == []


def test_one_source_repeating_itself_is_not_a_contradiction(pipeline):
    doc = run(pipeline, "قال الجيش إن المقاتلين وصلوا إلى العراق.", "وأضاف الجيش أن المقاتلين لا يزالون في سوريا.")
    assert doc.contradictions == []


# --- number, time, existence ------------------------------------------------------------------------------------

CONFLICTS = {
    "death-toll": ("number", "الدفاع", "الجيش", ("40", "12"),
                   ("قال الدفاع المدني إن 40 شخصا قتلوا في الغارة على السوق الشعبي.",
                    "لكن الجيش قال إن 12 شخصا قتلوا في الغارة على السوق الشعبي.")),
    "arrest-month": ("time", "محامي", "وزارة", ("مارس", "يونيو"),
                     ("قال محامي الناشط إن الشرطة اعتقلته في مارس الماضي.",
                      "لكن وزارة الداخلية قالت إنه اعتقل في يونيو الماضي.")),
}


@pytest.mark.parametrize("case", sorted(CONFLICTS))
def test_different_figures_or_dates_for_the_same_event(pipeline, case):
    kind, first, second, words, paragraphs = CONFLICTS[case]
    doc = run(pipeline, *paragraphs)
    assert pairs(doc, kind) == {frozenset((claim_id(doc, first), claim_id(doc, second)))}
    assert all(w in doc.contradictions[0].note for w in words)


@pytest.mark.parametrize("first,second", ids=["hedged-close-figure", "lower-bound", "unrelated-months",
                                              "two-strikes-two-towns", "so-far", "preliminary-toll"], argvalues=[
    ("قال الدفاع المدني إن نحو 40 شخصا قتلوا في الغارة على السوق الشعبي.",
     "وقال الجيش إن 42 شخصا قتلوا في الغارة على السوق الشعبي."),
    ("قال مسعفون إن 9 أشخاص على الأقل قتلوا في القصف على الحي الشرقي.",
     "وقال المرصد إن 25 شخصا قتلوا في القصف على الحي الشرقي."),
    ("قال محامي الناشط إن الشرطة اعتقلته في مارس الماضي.",
     "وقالت وزارة الداخلية إن المحكمة ستنظر في القضية في يونيو المقبل."),
    ("قال مصدر أمني إن 19 مسلحا قتلوا في غارة جوية على مدينة الميادين.",
     "وقال شهود إن 33 مسلحا قتلوا في غارة جوية على مدينة الرقة."),
    ("قال مسؤول في الدفاع المدني: \"حتى الآن، تم نقل 20 مصابا من السوق الشعبي في مدينة إدلب إلى المستشفى\".",
     "وقال متحدث باسم الشرطة إن 23 مصابا نقلوا من السوق الشعبي في مدينة إدلب إلى المستشفى."),
    ("أفاد متحدث باسم الوزارة في حصيلة أولية عن مقتل ثمانية عناصر أمن في الكمين قرب مدينة القصرين.",
     "وقالت مصادر رسمية إن تسعة عناصر أمن قتلوا في الكمين قرب مدينة القصرين."),
])
def test_figures_and_dates_that_can_both_hold_are_not_flagged(pipeline, first, second):
    assert run(pipeline, first, second).contradictions == []


def test_there_is_evidence_versus_there_is_no_evidence(pipeline):
    doc = run(pipeline, "قال المحقق إن هناك أدلة على تورط الشركة.", "لكن الشركة قالت إنه لا توجد أدلة على ذلك.")
    assert pairs(doc) == {frozenset((claim_id(doc, "المحقق"), claim_id(doc, "الشركة")))}
    assert doc.contradictions[0].note.startswith("existence differs")


# --- output ----------------------------------------------------------------------------------------------------

def test_contradictions_reach_the_json_and_the_text_view(pipeline):
    doc = run(pipeline, "قال مسؤول محلي إن المقاتلين وصلوا إلى العراق عبر الصحراء.",
              "لكن التحالف قال إن المقاتلين ما زالوا عالقين في سوريا.")
    js = doc.to_json()["contradictions"]
    assert len(js) == 1 and js[0]["kind"] == "location" and 0 < js[0]["score"] <= 1
    assert {js[0]["a"], js[0]["b"]} <= {c.id for c in doc.claims()}
    assert "[location]" in format_document(doc)


def test_disabling_the_stage_leaves_no_contradictions():
    doc = Document(source="t", articles=[Article(id="a1", paragraphs=[
        "قال مسؤول محلي إن المقاتلين وصلوا إلى العراق.", "لكن التحالف قال إن المقاتلين ما زالوا عالقين في سوريا."])])
    Pipeline(disable=["ner", "compare"])(doc)
    assert doc.contradictions == []


def test_the_preposition_bayna_is_no_inclusion_marker():
    """بين البلدين (between the two countries) in the sentence does not make a count a part of a total (بينهم)."""
    from isnad.compare.keys import keys_of
    from isnad.compare.quantity import _inclusions
    text = "هجوم قرب الحدود بين البلدين، وقال إن مقاتليه قتلوا 12 عنصرا."
    assert _inclusions(keys_of(text), text, 0) == []
    text = "قتل 12 شخصا بينهم طفلان، ومن بينهم امرأة."
    assert len(_inclusions(keys_of(text), text, 0)) == 2


def test_a_dual_of_persons_is_a_count_of_two_for_the_comparison():
    from isnad.compare.quantity import _person_duals
    duals = _person_duals()
    assert duals["شخصين"] == "شخص" and duals["جنديان"] == "جندي"
    assert "مدنيين" not in duals  # a sound plural reads the same


def test_two_arrested_against_three_arrested(pipeline):
    doc = run(pipeline, "قالت الشرطة إن القوى الأمنية أوقفت شخصين في مرفأ طرابلس على صلة بشحنة الكبتاغون المضبوطة.",
              "لكن مصدر أمني قال إن القوى الأمنية أوقفت ثلاثة أشخاص في مرفأ طرابلس على صلة بشحنة الكبتاغون المضبوطة.")
    assert pairs(doc, "number") == {frozenset((claim_id(doc, "الشرطة"), claim_id(doc, "مصدر")))}
