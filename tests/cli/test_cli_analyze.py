"""``isnad analyze`` end to end on good and bad inputs: one line on stderr per bad input, naming it and the
reason; exit status 1 (3 when a document hit an internal error); the other inputs still processed; never a
traceback."""
from __future__ import annotations

import io
import json
import os

import pytest

from isnad.cli.main import main
from isnad.ingest import reader

TITLE = "الوزارة تعلن استئناف الحوار مع النقابات"
PARA1 = ("قال المتحدث باسم الوزارة إن الاجتماع عقد في ظروف صعبة، وأضاف أن الطرفين اتفقا على مواصلة الحوار "
         "خلال الأسبوع المقبل.")
PARA2 = "وأشار إلى أن الجولة المقبلة ستعقد في العاصمة بحضور ممثلين عن النقابات المهنية والوسطاء."
ARTICLE = f"{TITLE}\n\n{PARA1}\n\n{PARA2}\n"
HTML = (f'<!DOCTYPE html><html><head><meta charset="windows-1256"><title>{TITLE}</title></head><body>'
        f"<nav><a href='/'>الرئيسية</a></nav><article><h1>{TITLE}</h1><p>{PARA1}</p><p>{PARA2}</p></article>"
        "<footer>جميع الحقوق محفوظة</footer></body></html>")
FAST = ["--disable", "ner,claims,facts,compare"]
CONTRACT = {"source", "outlet", "articles", "related", "contradictions"}
ARTICLE_KEYS = {"id", "title", "subtitle", "byline", "dateline", "published", "url", "text", "paragraphs",
                "entities", "claims"}
RELATED_KEYS = {"title", "section", "caption", "summary", "author", "city"}


def run(capsys, *args):
    code = main(["analyze", *FAST, *map(str, args)])
    out, err = capsys.readouterr()
    docs = [json.loads(line) for line in out.splitlines() if line.strip()]
    return code, docs, [line for line in err.splitlines() if line.strip()]


def truncated_warc(path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=False)
    for i in range(2):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=windows-1256")],
                                   protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(f"https://example.org/{i}", "response",
                                            payload=io.BytesIO(HTML.encode("cp1256")), http_headers=headers))
    data = buf.getvalue()
    path.write_bytes(data[:int(len(data) * 0.75)])


def test_good_inputs_exit_zero_and_keep_the_contract(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.html").write_bytes(HTML.encode("cp1256"))
    code, docs, err = run(capsys, tmp_path / "a.txt", tmp_path / "b.html")
    assert code == 0 and err == []
    assert len(docs) == 2
    for doc in docs:
        assert set(doc) >= CONTRACT
        art = doc["articles"][0]
        assert set(art) >= ARTICLE_KEYS
        assert art["title"] == TITLE and art["paragraphs"] == [PARA1, PARA2]
        assert art["text"] == PARA1 + "\n\n" + PARA2


def test_every_bad_input_gets_one_line_and_the_rest_are_processed(tmp_path, capsys, monkeypatch):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    (tmp_path / "random.bin").write_bytes(os.urandom(5000))
    (tmp_path / "mystery.txt").write_bytes(bytes(range(0x80, 0x100)) * 30)
    with open(tmp_path / "huge.txt", "wb") as f:
        f.truncate(200 * 2**20)
    d = tmp_path / "dir"
    d.mkdir()
    (d / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "locked.txt").write_text(ARTICLE, encoding="utf-8")
    real_open = reader.open_input

    def deny(path):
        if path.endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", path)
        return real_open(path)

    monkeypatch.setattr(reader, "open_input", deny)
    (tmp_path / "menu.html").write_text("<html><body><nav><a href='/'>الرئيسية</a></nav></body></html>", "utf-8")
    (tmp_path / "recs.jsonl").write_text('{"text": "' + PARA1 + '"}\n{broken\n', encoding="utf-8")
    truncated_warc(tmp_path / "cut.warc")
    names = ["empty.txt", "image.png", "random.bin", "mystery.txt", "huge.txt", "dir", "menu.html", "recs.jsonl",
             "cut.warc", "missing.txt", "good.txt"]
    code, docs, err = run(capsys, *(tmp_path / n for n in names))
    assert code == 1
    expected = {
        "empty.txt": "empty file",
        "image.png": "looks like a PNG image",
        "random.bin": "looks like binary data",
        "mystery.txt": "unknown text encoding",
        "huge.txt": "too large for one page",
        "locked.txt": "permission denied",
        "menu.html": "no article text found in the HTML",
        "recs.jsonl:2": "invalid JSON",
        "cut.warc": "WARC archive truncated",
        "missing.txt": "no such file or directory",
    }
    assert len(err) == len(expected)
    for line, (name, reason) in zip(err, expected.items()):
        assert line.startswith("isnad: ") and f"{name}: " in line and reason in line, line
    assert not any("Traceback" in line for line in err)
    sources = [os.path.basename(doc["source"].split("#")[0]) for doc in docs]
    # the good file, the readable file of the directory, the good JSONL line, the WARC record before the cut
    assert sources.count("good.txt") == 1 and sources.count("ok.txt") == 1
    assert any(s.startswith("recs.jsonl") for s in sources) and "cut.warc" in sources
    assert all(doc["articles"][0]["paragraphs"][0] == PARA1 for doc in docs)


def test_internal_error_in_one_document_is_one_line(tmp_path, capsys, monkeypatch):
    from isnad.text import component

    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(ARTICLE, encoding="utf-8")
    second.write_text(ARTICLE.replace(TITLE, "عنوان آخر لخبر ثان عن الحوار"), encoding="utf-8")
    real_stage = component.text_component

    def failing(doc, ctx=None):
        if doc.source.endswith("first.txt"):
            raise RuntimeError("stage exploded\nwith a second line")
        return real_stage(doc, ctx)

    monkeypatch.setattr(component, "text_component", failing)
    code, docs, err = run(capsys, first, second)
    assert code == 3
    assert err == [f"isnad: {first}: internal error: RuntimeError: stage exploded with a second line"]
    assert [d["source"] for d in docs] == [str(second)]


def test_standard_input(capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode("utf-16"))))
    code, docs, err = run(capsys, "-")
    assert code == 0 and err == []
    assert docs[0]["source"] == "<stdin>" and docs[0]["articles"][0]["paragraphs"] == [PARA1, PARA2]


def test_non_arabic_article_and_text_format(tmp_path, capsys):
    p = tmp_path / "en.txt"
    p.write_text("Talks with unions to resume next week\n\nThe ministry spokesman said on Monday that the meeting "
                 "was held in difficult conditions, and that both sides had agreed to continue.\n", "utf-8")
    code = main(["analyze", *FAST, "--format", "text", str(p)])
    out, err = capsys.readouterr()
    assert code == 0 and err == ""
    assert "Talks with unions to resume next week" in out


def test_options_are_checked(tmp_path, capsys):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    assert main(["analyze", "--published", "05/03/2024", str(p)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.strip().splitlines() == [
        "isnad: analyze: argument --published: expected a date as YYYY-MM-DD, got '05/03/2024' "
        "(see isnad analyze --help)"]
    code, docs, err = run(capsys, "--published", "2024-03-05", "--outlet", "موقع الأنباء", p)
    assert code == 0 and docs[0]["outlet"] == "موقع الأنباء" and docs[0]["articles"][0]["published"] == "2024-03-05"


@pytest.mark.parametrize("kind", ["text", "html"])
def test_kind_can_be_forced(tmp_path, capsys, kind):
    p = tmp_path / "page.dat"
    p.write_text(HTML if kind == "html" else ARTICLE, encoding="utf-8")
    code, docs, err = run(capsys, "--kind", kind, p)
    assert code == 0 and docs[0]["articles"][0]["paragraphs"] == [PARA1, PARA2]


def test_text_format_marks_a_denied_report(tmp_path, capsys):
    path = tmp_path / "rumour.txt"
    path.write_text("ظهرت شائعات بأن الوزير استقال، لكن الوزارة نفت هذه الشائعات.\n", encoding="utf-8")
    assert main(["analyze", str(path)]) == 0
    doc = json.loads(capsys.readouterr().out)
    art = doc["articles"][0]
    assert [(c["id"], c["kind"]) for c in art["reports"]] == [("c1", "report")]
    assert [c["id"] for c in art["claims"]] == ["c2"]
    assert [(c["a"], c["b"]) for c in doc["contradictions"]] == [("c2", "c1")]
    assert main(["analyze", "--format", "text", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    [report] = [ln for ln in lines if "[c1]" in ln]
    assert "نبأ [report]" in report and "الوزير استقال" in report
    assert any("[reports] (1)" in ln for ln in lines) and any("[claims] (1)" in ln for ln in lines)
