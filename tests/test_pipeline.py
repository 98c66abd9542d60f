"""The stage registry and its checked contract."""
import pytest

from isnad.model import Article, Document
from isnad.pipeline import INGESTED, STAGE_NAMES, STAGES, Context, Pipeline, PipelineError, Stage, check_stages


def test_stages_are_ordered_by_what_they_need():
    provided = set(INGESTED)
    for stage in STAGES:
        missing = set(stage.requires) - provided
        assert not missing, f"{stage.name} needs {missing} before it runs"
        provided |= set(stage.provides)


def test_unknown_stage_is_refused():
    with pytest.raises(PipelineError):
        Pipeline(disable=["nope"])
    with pytest.raises(PipelineError):
        Pipeline(stop_after="nope")


def test_disabling_the_text_stage_names_every_stage_that_needs_tokens():
    with pytest.raises(PipelineError) as e:
        Pipeline(disable=["text"])
    msg = str(e.value)
    assert "\n" not in msg
    for name in ("ner", "claims", "facts"):
        assert name in msg
    assert "Article.tokens" in msg and "the text stage" in msg


def test_disabling_claims_breaks_compare_but_not_facts():
    with pytest.raises(PipelineError, match=r"compare needs what the claims stage provides \(Article.claims\)"):
        Pipeline(disable=["claims"])
    assert [s.name for s in Pipeline(disable=["claims", "compare"]).stages] == ["text", "ner", "facts"]


def test_declared_attributes_must_exist_on_the_model():
    with pytest.raises(PipelineError, match="not an attribute"):
        check_stages([Stage("x", "isnad.text.component:text_component", ("Article.nonsense",))])


def test_a_stage_whose_module_is_missing_is_an_error_not_a_skip(monkeypatch):
    import isnad.pipeline as pl

    broken = Stage("text", "isnad.no_such_module:run", ("Article.text",), pl.TEXT_LAYER)
    monkeypatch.setattr(pl, "STAGES", (broken,) + pl.STAGES[1:])
    with pytest.raises(PipelineError, match="cannot be loaded"):
        pl.Pipeline(stop_after="text")


def test_stop_after_keeps_the_stages_up_to_it():
    assert [s.name for s in Pipeline(stop_after="claims").stages] == ["text", "ner", "claims"]


def test_text_stage_adds_layers_and_publication_date_fallback():
    doc = Document(source="t", articles=[Article(id="a1", paragraphs=["قال الوزير: «نعم». وانتهى."])])
    Pipeline(stop_after="text", context=Context(published="2020-02-02"))(doc)
    art = doc.articles[0]
    assert [s.text for s in art.sentences] == ["قال الوزير: «نعم».", "وانتهى."]
    assert art.tokens[0].text == "قال" and art.tokens[0].sent == 0 and art.tokens[-2].sent == 1
    assert [(art.text[q.start:q.end], q.closed) for q in art.quotes] == [("«نعم»", True)]
    assert art.published == "2020-02-02"
    assert "tokens" not in art.to_json()
