"""The pipeline stage (ids over the whole document) and the text view of claims."""
from __future__ import annotations

from isnad.claims.component import claims_component
from isnad.render import format_claims
from isnad.model import Article, Document
from isnad.text.component import text_component


def _doc() -> Document:
    return Document(source="test", articles=[
        Article(id="a1", paragraphs=["قال مسؤول محلي إن المعبر أغلق.", "وأضاف أن القرار مؤقت."]),
        Article(id="a2", paragraphs=["قالت الناشطة ليلى سعيد إن شهودا قالوا لها إن الجسر انهار."]),
    ])


def test_claim_ids_run_over_the_whole_document():
    doc = _doc()
    text_component(doc)
    claims_component(doc)
    ids = [c.id for c in doc.claims()]
    assert ids == [f"c{k}" for k in range(1, len(ids) + 1)]
    assert len(doc.articles[0].claims) == 2 and len(doc.articles[1].claims) == 2
    nested = doc.articles[1].claims[1]
    assert nested.parent == doc.articles[1].claims[0].id == "c3"


def test_claims_json_keys_are_the_contract():
    doc = _doc()
    text_component(doc)
    claims_component(doc)
    js = doc.to_json()["articles"][1]["claims"][1]
    for key in ("id", "speaker", "cue", "stance", "content", "direct", "recipient", "via", "parent"):
        assert key in js
    assert set(js["speaker"]) >= {"text", "start", "end", "type", "name"}
    assert set(js["cue"]) >= {"text", "start", "end", "lemma"}
    assert js["via"][0]["claim"] == "c3" and js["recipient"]["text"] == "ليلى سعيد"


def test_format_claims_nests_and_reads_speaker_cue_content():
    doc = _doc()
    text_component(doc)
    claims_component(doc)
    lines = format_claims(doc.articles[1])
    assert len(lines) == 2
    assert lines[0].startswith("  [c3] ") and "← قالت ←" in lines[0]
    assert lines[1].startswith("      ↲ [c4] ")  # indented under its parent
    assert "عبر [via]: ليلى سعيد" in lines[1] and "[group]" in lines[1]
    first = format_claims(doc.articles[0])
    assert "مسؤول محلي ← قال ← المعبر أغلق" in first[0]


def test_empty_article_has_no_claims():
    doc = Document(source="t", articles=[Article(id="a1", paragraphs=[])])
    text_component(doc)
    claims_component(doc)
    assert doc.articles[0].claims == [] and format_claims(doc.articles[0]) == []
