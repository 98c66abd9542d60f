import pytest

from isnad.model import Article, Document
from isnad.pipeline import STAGE_NAMES, STAGES, Context, Pipeline, PipelineError


def test_stages_are_ordered_by_what_they_need():
    provided = {"articles"}
    for stage in STAGES:
        missing = set(stage.requires) - provided
        assert not missing, f"{stage.name} needs {missing} before it runs"
        provided |= set(stage.provides)


def test_unknown_stage_is_refused():
    with pytest.raises(PipelineError):
        Pipeline(disable=["nope"])


def test_text_stage_adds_layers_and_publication_date_fallback():
    doc = Document(source="t", articles=[Article(id="a1", paragraphs=["قال الوزير: «نعم». وانتهى."])])
    Pipeline(disable=[n for n in STAGE_NAMES if n != "text"], context=Context(published="2020-02-02"))(doc)
    art = doc.articles[0]
    assert len(art.layers["sentences"]) == 2
    assert art.layers["tokens"][0].text == "قال"
    assert art.published == "2020-02-02"
