"""The facts stage on articles and claims (isnad.facts.component)."""
from __future__ import annotations

from isnad.facts.component import facts_component
from isnad.model import Article, Claim, Cue, Document, Span, Speaker
from isnad.pipeline import Context, Pipeline
from isnad.text.component import text_component

PARAS = ["قال مصدر محلي إن نحو 300 مقاتل وصلوا إلى مدينة الرقة يوم الجمعة.",
         "وأضاف أن القصف على دير الزور استمر يومين."]


def _doc(claims=True, published="2017-09-05"):
    art = Article(id="a1", paragraphs=list(PARAS), published=published)
    if claims:
        text = art.text
        start = text.index("نحو 300")
        end = text.index("الجمعة") + len("الجمعة")
        art.claims = [Claim(id="c1", speaker=Speaker("مصدر محلي", 4, 13), cue=Cue("قال", 0, 3),
                            stance="assert", content=Span(text[start:end], start, end))]
    return Document(source="test", articles=[art])


def test_article_level_places_numbers_and_times():
    doc = _doc()
    text_component(doc)
    facts_component(doc, Context())
    art = doc.articles[0]
    assert [p.id for p in art.places] == ["gn:172955", "gn:170794"]
    assert [(n.value, n.unit) for n in art.numbers] == [(300, "مقاتل"), (2, "يوم")]
    assert [(t.text, t.value) for t in art.times] == [("يوم الجمعة", "2017-09-01")]
    for span in art.places + art.numbers + art.times:
        assert art.text[span.start:span.end] == span.text


def test_each_claim_gets_the_spans_inside_its_content():
    doc = _doc()
    text_component(doc)
    facts_component(doc, Context())
    claim = doc.articles[0].claims[0]
    assert [p.text for p in claim.places] == ["الرقة"]
    assert [n.value for n in claim.numbers] == [300]
    assert [t.value for t in claim.times] == ["2017-09-01"]
    js = claim.to_json()
    assert js["places"][0]["id"] == "gn:172955" and js["numbers"][0]["unit"] == "مقاتل"


def test_works_without_claims_and_without_the_text_stage():
    doc = _doc(claims=False)
    facts_component(doc, None)
    assert len(doc.articles[0].places) == 2


def test_publication_date_from_the_run_context():
    run = Pipeline(disable=["ner", "claims"], stop_after="facts", context=Context(published="2017-09-05"))
    doc = run(_doc(claims=False, published=None))
    assert doc.articles[0].times[0].value == "2017-09-01"
    doc = Pipeline(disable=["ner", "claims"], stop_after="facts")(_doc(claims=False, published=None))
    assert doc.articles[0].times[0].value is None


def test_empty_article():
    doc = Document(source="x", articles=[Article(id="e", paragraphs=[])])
    text_component(doc)
    facts_component(doc, Context())
    assert doc.articles[0].places == [] and doc.articles[0].numbers == [] and doc.articles[0].times == []
