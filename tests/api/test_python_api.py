"""The public Python interface (``isnad.analyze``, ``isnad.analyze_many``, ``isnad.Pipeline``): text, bytes and
paths give the document ``isnad analyze`` gives; options apply; bad inputs raise one-line errors; ``import isnad``
loads nothing heavy."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import isnad
from isnad.cli.main import main

TITLE = "الوزارة تعلن استئناف الحوار مع النقابات"
PARA1 = "قال المتحدث باسم الوزارة إن الاجتماع عقد السبت الماضي في بغداد، وأضاف أن 25 نقابيا شاركوا فيه."
PARA2 = "ونفى الاتحاد العام للنقابات ما نشرته الصحف عن انسحاب ممثليه من الحوار."
ARTICLE = f"{TITLE}\n\n{PARA1}\n\n{PARA2}\n"
FAST = ("ner", "facts", "compare")


def cli_json(capsys, *args) -> list[dict]:
    assert main(["analyze", *map(str, args)]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]


def test_import_is_light_and_names_load_on_first_use():
    code = ("import sys, isnad\n"
            "heavy = ('numpy', 'lxml', 'trafilatura', 'newspaper', 'sqlalchemy', 'tqdm', 'isnad.ingest', 'isnad.ner')\n"
            "assert not [m for m in heavy if m in sys.modules], [m for m in heavy if m in sys.modules]\n"
            "isnad.Pipeline, isnad.Context, isnad.Document\n"
            "assert 'numpy' not in sys.modules and 'lxml' not in sys.modules\n"
            "assert callable(isnad.analyze) and isnad.json_schema()['title']\n"
            "print(sorted(set(isnad.__all__) - set(dir(isnad))))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        isnad.nope  # noqa: B018


def test_text_bytes_and_paths_give_what_the_command_gives(tmp_path, capsys):
    page = tmp_path / "page.txt"
    page.write_text(ARTICLE, encoding="utf-8")
    (expected,) = cli_json(capsys, page, "--published", "2024-03-05")
    for source in (page, str(page)):
        assert isnad.analyze(source, published="2024-03-05").to_json() == expected
    from_text = isnad.analyze(ARTICLE, published="2024-03-05").to_json()
    from_bytes = isnad.analyze(ARTICLE.encode("cp1256"), published="2024-03-05").to_json()
    assert from_text["source"] == "<text>" and from_bytes["source"] == "<bytes>"
    for doc in (from_text, from_bytes):
        assert {k: v for k, v in doc.items() if k != "source"} == {k: v for k, v in expected.items() if k != "source"}
    doc = isnad.analyze(ARTICLE, published="2024-03-05")
    (claim,) = [c for c in doc.claims() if c.cue.text == "قال"]
    assert claim.speaker.text == "المتحدث باسم الوزارة" and doc.articles[0].title == TITLE
    assert any(t.value == "2024-03-02" for t in doc.articles[0].times)  # السبت الماضي, resolved


def test_options(tmp_path):
    doc = isnad.analyze(ARTICLE, outlet="موقع الأنباء", name="https://example.org/a", disable=FAST)
    assert doc.outlet == "موقع الأنباء" and doc.source == "https://example.org/a"
    art = doc.articles[0]
    assert art.claims and not art.entities and not art.places and not doc.contradictions
    as_text = isnad.analyze("<p>" + PARA1 + "</p>", kind="text", disable=FAST)
    assert as_text.articles[0].paragraphs[0].startswith("<p>")
    assert isnad.analyze(ARTICLE, disable="ner,facts,compare").to_json() == doc.to_json() | {
        "source": "<text>", "outlet": None}


def test_a_pipeline_is_reused_with_this_calls_options():
    pipe = isnad.Pipeline(disable=FAST, context=isnad.Context(outlet="الأولى"))
    first = isnad.analyze(ARTICLE, pipeline=pipe)
    second = isnad.analyze(ARTICLE, pipeline=pipe, outlet="الثانية", published="2020-01-31")
    assert first.outlet == "الأولى" and second.outlet == "الثانية"
    assert first.articles[0].published is None and second.articles[0].published == "2020-01-31"
    assert pipe.context.outlet == "الأولى" and pipe.context.published is None  # the pipeline is unchanged
    assert [c.to_json() for c in first.claims()] == [c.to_json() for c in second.claims()]
    with pytest.raises(ValueError, match="not both"):
        isnad.analyze(ARTICLE, pipeline=pipe, disable=["ner"])


def test_errors_are_one_line_exceptions(tmp_path):
    cases = [("", "empty"), (b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG image"),
             (tmp_path / "missing.txt", "no such file")]
    for source, reason in cases:
        with pytest.raises(isnad.InputError, match=reason) as e:
            isnad.analyze(source)
        assert "\n" not in str(e.value)
    feed = tmp_path / "two.jsonl"
    feed.write_text("\n".join(json.dumps({"text": ARTICLE, "url": f"https://x.org/{i}"}) for i in range(2)) + "\n")
    with pytest.raises(isnad.InputError, match="analyze_many"):
        isnad.analyze(feed)
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        isnad.analyze(ARTICLE, published="05/03/2024")
    with pytest.raises(ValueError, match="kind"):
        isnad.analyze(ARTICLE, kind="pdf")
    with pytest.raises(isnad.PipelineError, match="unknown stage"):
        isnad.analyze(ARTICLE, disable=["nre"])
    with pytest.raises(TypeError):
        isnad.analyze(12345)
    # a one-line string that names no file is read as text (a missing Path is "no such file", above)
    with pytest.raises(isnad.InputError, match="^<text>: no article text found$"):
        isnad.analyze(str(tmp_path / "missing.txt"))


def test_analyze_many_yields_documents_and_errors_in_order(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": ARTICLE}) + "\n{broken\n", encoding="utf-8")
    (tmp_path / "d.txt").write_text(ARTICLE.replace(TITLE, "عنوان آخر"), encoding="utf-8")
    items = list(isnad.analyze_many(tmp_path, disable=FAST))
    kinds = [(type(i).__name__, getattr(i, "internal", None)) for i in items]
    assert kinds == [("Document", None), ("InputError", False), ("Document", None), ("InputError", False),
                     ("Document", None)]
    assert "empty" in str(items[1]) and "c.jsonl:2" in str(items[3])
    from isnad import pipeline

    real = pipeline.Pipeline.__call__

    def failing(self, doc):
        if doc.source.endswith("a.txt"):
            raise RuntimeError("boom")
        return real(self, doc)

    monkeypatch.setattr(pipeline.Pipeline, "__call__", failing)
    first, second = isnad.analyze_many([tmp_path / "a.txt", str(tmp_path / "d.txt")], disable=FAST)
    assert isinstance(first, isnad.InputError) and first.internal and "RuntimeError: boom" in str(first)
    assert isinstance(second, isnad.Document)
    with pytest.raises(RuntimeError, match="boom"):  # one document: the exception itself, for the caller to see
        isnad.analyze(tmp_path / "a.txt", disable=FAST)


def test_public_names_are_documented_in_the_readme():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Python API", 1)[1].split("\n## ", 1)[0]
    missing = [n for n in isnad.__all__ if n != "__version__" and n not in section]
    assert not missing, missing
