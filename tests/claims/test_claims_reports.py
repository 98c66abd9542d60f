"""Reports as claims (issue 9, item 2): impersonal passives (أفيد بأن، قيل إن، أُعلن أن), verbs whose subject is a
report noun (ترددت أنباء عن), report nouns with no verb (أنباء عن …، تقارير بأن …) as claims of kind ``report``
whose source is the report itself, denials that point at them, and the reports that must not be read twice. All
sentences are written for the tests."""
from __future__ import annotations

import pytest

import isnad
from isnad.claims import extract_claims
from isnad.model import CLAIM, REPORT, Article
from isnad.text import annotate


def claims(text: str):
    art = Article(id="a1", paragraphs=[text])
    annotate(art)
    return extract_claims(art)


def rows(text: str):
    return [(c.kind, c.speaker.text, c.speaker.type, c.cue.text, c.content.text, c.stance) for c in claims(text)]


@pytest.mark.parametrize("text,source,cue", [
    ("وأفيد بأن الجيش انسحب من المدينة.", "أفيد", "وأفيد"),
    ("وقيل إن الجيش انسحب من المدينة.", "قيل", "وقيل"),
    ("ويُقال إن الجيش انسحب من المدينة.", "يُقال", "ويُقال"),
    ("وتردد أن الجيش انسحب من المدينة.", "تردد", "وتردد"),
    ("وأُعلن أن الجيش انسحب من المدينة.", "أُعلن", "وأُعلن"),  # past tense, a damma on its first letter
])
def test_impersonal_passive_is_a_claim_of_an_anonymous_source(text, source, cue):
    assert rows(text) == [(CLAIM, source, "anonymous", cue, "الجيش انسحب من المدينة", "assert")]


@pytest.mark.parametrize("text", [
    "ولم يبق المريض في المستشفى كما قيل.",  # no words follow: no report
    "وأعلن أن الجيش انسحب من المدينة.",  # unvocalised: the active verb, whose subject is not found here
])
def test_no_passive_report(text):
    assert [c for c in rows(text) if c[2] == "anonymous" and c[1] == c[3]] == []


@pytest.mark.parametrize("text,speaker,content", [
    ("وترددت أنباء عن استقالة وزير المالية.", "أنباء", "استقالة وزير المالية"),
    ("وانتشرت شائعات بأن الجيش انسحب من المدينة.", "شائعات", "الجيش انسحب من المدينة"),
])
def test_a_verb_with_a_report_noun_subject_is_an_ordinary_claim(text, speaker, content):
    assert [(c[0], c[1], c[2], c[4]) for c in rows(text)] == [(CLAIM, speaker, "anonymous", content)]


@pytest.mark.parametrize("text,speaker,cue,content,stance", [
    ("وسط أنباء عن سقوط قتلى في الهجوم.", "أنباء", "أنباء", "سقوط قتلى في الهجوم", "assert"),
    ("وجاء القرار بعد تقارير إعلامية بأن الوزير قدم استقالته.", "تقارير إعلامية", "تقارير",
     "الوزير قدم استقالته", "assert"),
    ("ويأتي ذلك وسط مزاعم بأن الجيش قصف المستشفى.", "مزاعم", "مزاعم", "الجيش قصف المستشفى", "assert"),
    ("وتجري الشرطة تحقيقا في شائعات حول اختفاء الطفل، في حين تواصل البحث.", "شائعات", "شائعات", "اختفاء الطفل",
     "assert"),
])
def test_noun_report_is_a_report_whose_source_is_the_noun(text, speaker, cue, content, stance):
    assert rows(text) == [(REPORT, speaker, "anonymous", cue, content, stance)]


@pytest.mark.parametrize("text", [
    "دون ورود أنباء عن وقوع ضحايا.",  # the existence of a report is negated
    "ولم ترد تقارير حول الخسائر البشرية.",
    "ولا أنباء عن وقوع ضحايا حتى الآن.",
    "وأشار المحلل إلى أن نشرة الأخبار عن الحادث تأخرت.",  # inside another claim's words
])
def test_no_report_when_negated_or_inside_other_words(text):
    assert [c for c in rows(text) if c[0] == REPORT] == []


@pytest.mark.parametrize("text,cue", [
    ("ونفت الوزارة الأنباء عن انسحاب الجيش من المدينة.", "ونفت"),  # the object of a denial: its words
    ("ونفى المتحدث صحة التقارير عن انسحاب الجيش من المدينة.", "ونفى"),
    ("وأكد المتحدث الأنباء عن انسحاب الجيش من المدينة.", "وأكد"),  # the object of a confirmation
    ("وقال المتحدث إن الأنباء عن وقف إطلاق النار غير صحيحة.", "وقال"),  # inside the words of another claim
    ("وأفادت تقارير إعلامية بأن الجيش انسحب من المدينة.", "وأفادت"),  # the subject of a verb
    ("تقارير تفيد بأن الجيش انسحب من المدينة.", "تفيد"),
    ("ونقلت وكالة الأنباء المحلية عن مصدر أمني قوله إن الحريق أخمد.", "ونقلت"),  # an outlet's name
])
def test_a_report_is_not_read_twice(text, cue):
    assert [c[3] for c in rows(text)] == [cue]


def test_a_denial_points_at_an_earlier_noun_report():
    doc = isnad.analyze("ظهرت شائعات بأن وزير الخارجية استقال من منصبه. لكن الوزارة نفت هذه الشائعات.")
    out = doc.to_json()
    art = out["articles"][0]
    assert [(c["kind"], c["speaker"]["text"], c["content"]["text"]) for c in art["reports"]] == [
        (REPORT, "شائعات", "وزير الخارجية استقال من منصبه")]
    assert [(c["kind"], c["stance"], c["content"]["text"]) for c in art["claims"]] == [
        (CLAIM, "deny", "هذه الشائعات")]
    report, denial = art["reports"][0]["id"], art["claims"][0]["id"]
    assert {frozenset((c["a"], c["b"])) for c in out["contradictions"]} == {frozenset((report, denial))}
    assert isnad.check_output(out) == []


def test_reports_are_listed_apart_in_json_with_ids_of_the_same_sequence():
    art = Article(id="a1", paragraphs=["وسط أنباء عن سقوط قتلى في الهجوم. وقال المتحدث إن التحقيق مستمر."])
    annotate(art)
    art.claims = extract_claims(art)
    out = art.to_json()
    assert [c["id"] for c in out["reports"]] == ["c1"] and [c["id"] for c in out["claims"]] == ["c2"]
    assert out["claims"][0]["kind"] == CLAIM
