"""The JSON keys of the output are a contract: these tests fail when one is renamed or dropped."""
import pytest

from isnad.model import (Article, Claim, Cue, Document, Entity, Number, Place, RelatedItem, Span, Speaker,
                         TimeExpr, Via)

ARTICLE_KEYS = {"id", "title", "subtitle", "byline", "dateline", "published", "url", "text", "paragraphs",
                "entities", "claims"}
CLAIM_KEYS = {"id", "speaker", "cue", "stance", "content", "direct", "recipient", "via", "parent"}


def make_doc():
    art = Article(id="a1", title="عنوان", paragraphs=["قال الوزير إن الوفد وصل.", "وأضاف أن الاجتماع انتهى."])
    t = art.text
    s = t.index("الوزير")
    c = t.index("الوفد")
    claim = Claim(id="c1", speaker=Speaker("الوزير", s, s + 6, "person", "الوزير"),
                  cue=Cue("قال", 0, 3, "قال"), stance="assert", content=art.span(c, t.index(".")),
                  via=[Via("رويترز")])
    art.claims.append(claim)
    art.entities.append(Entity("الوزير", s, s + 6, label="PERS"))
    art.places.append(Place("دمشق", 0, 4, id="gn:170654", country="SY"))
    art.numbers.append(Number("نحو 700", 0, 7, value=700, unit="مقاتل", approximate=True))
    art.times.append(TimeExpr("أمس", 0, 3, value="2020-01-01", precision="day"))
    return Document(source="x.txt", outlet="منفذ", articles=[art], related=[RelatedItem(title="خبر آخر")])


def test_document_json_keys():
    j = make_doc().to_json()
    assert {"source", "outlet", "articles", "related", "contradictions"} <= set(j)
    assert ARTICLE_KEYS <= set(j["articles"][0])
    assert {"title", "section", "caption", "summary", "author", "city"} <= set(j["related"][0])


def test_claim_json_keys_and_nested_spans():
    c = make_doc().to_json()["articles"][0]["claims"][0]
    assert CLAIM_KEYS <= set(c)
    assert {"text", "start", "end", "type", "name"} <= set(c["speaker"])
    assert {"text", "start", "end", "lemma"} <= set(c["cue"])
    assert {"text", "start", "end"} <= set(c["content"])
    assert {"text", "claim"} <= set(c["via"][0])


def test_fact_json_keys():
    a = make_doc().to_json()["articles"][0]
    assert {"text", "start", "end", "id", "name", "name_ar", "lat", "lon", "country", "feature",
            "confidence"} <= set(a["places"][0])
    assert {"text", "start", "end", "value", "unit", "approximate"} <= set(a["numbers"][0])
    assert {"text", "start", "end", "value", "precision"} <= set(a["times"][0])
    assert {"text", "label", "start", "end"} <= set(a["entities"][0])


def test_text_is_paragraphs_joined_by_a_blank_line_and_spans_point_into_it():
    doc = make_doc()
    art = doc.articles[0]
    assert art.text == art.paragraphs[0] + "\n\n" + art.paragraphs[1]
    for a, b in art.paragraph_spans():
        assert art.text[a:b] in art.paragraphs
    c = art.claims[0]
    for span in (c.speaker, c.cue, c.content):
        assert art.text[span.start:span.end] == span.text


def test_text_is_fixed_once_read():
    art = Article(id="a1", paragraphs=["أ ب."])
    art.paragraphs.append("ج د.")  # still being built: allowed
    assert art.text == "أ ب.\n\nج د."
    with pytest.raises(AttributeError):
        art.paragraphs.append("هـ و.")
    with pytest.raises(AttributeError):
        art.paragraphs = ["هـ و."]
    assert art.text == "أ ب.\n\nج د."


def test_span_helper():
    art = Article(id="a1", paragraphs=["قال فلان."])
    assert art.span(0, 3) == Span("قال", 0, 3)
