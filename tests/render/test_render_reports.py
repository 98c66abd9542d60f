"""The text view lists reports (kind ``report``) apart from the claims, each labelled, as the JSON does."""
from __future__ import annotations

from isnad.model import REPORT, Article, Claim, Contradiction, Cue, Document, Span, Speaker
from isnad.render import format_claims, format_document, format_reports

TEXT = "ظهرت شائعات بأن الوزير استقال، لكن الوزارة نفت هذه الشائعات."


def _span(word: str) -> tuple[str, int, int]:
    start = TEXT.index(word)
    return word, start, start + len(word)


def _document() -> Document:
    art = Article(id="a1", paragraphs=[TEXT])
    rumour = Claim("c1", Speaker(*_span("شائعات"), type="anonymous"), Cue(*_span("شائعات"), lemma="شائعات"),
                   "assert", Span(*_span("الوزير استقال")), kind=REPORT)
    denial = Claim("c2", Speaker(*_span("الوزارة"), type="organization"), Cue(*_span("نفت"), lemma="نفى"),
                   "deny", Span(*_span("هذه الشائعات")))
    art.claims = [rumour, denial]
    return Document(source="t", articles=[art], contradictions=[Contradiction("c2", "c1", "negation", "denial")])


def test_reports_are_listed_apart_and_labelled():
    doc = _document()
    art = doc.articles[0]
    assert [ln.split("]")[0].strip() for ln in format_claims(art)] == ["[c2"]
    [report] = format_reports(art)
    assert report.startswith("  [c1] شائعات ← شائعات ← الوزير استقال") and "[report]" in report
    lines = format_document(doc).splitlines()
    claims_at = next(i for i, ln in enumerate(lines) if "[claims] (1)" in ln)
    reports_at = next(i for i, ln in enumerate(lines) if "[reports] (1)" in ln)
    assert "[c2]" in lines[claims_at + 1] and "[report]" not in lines[claims_at + 1]
    assert "[c1]" in lines[reports_at + 1] and "[report]" in lines[reports_at + 1]
    assert any("c2 ⟷ c1" in ln for ln in lines)


def test_an_article_without_reports_has_no_reports_section():
    doc = _document()
    doc.articles[0].claims = doc.articles[0].claims[1:]
    assert format_reports(doc.articles[0]) == []
    assert "[reports]" not in format_document(doc)
