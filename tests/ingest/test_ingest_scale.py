"""Inputs as archives hold them at scale: gzip-compressed JSON Lines (and pages), directories of them, and web
crawls (WARC) in which only the Arabic HTML or text responses become documents."""
from __future__ import annotations

import gzip
import json

from isnad.ingest.errors import InputError
from isnad.ingest.reader import read_paths
from isnad.ingest.warc import mostly_arabic

from ingest_samples import ARTICLE, PARA1, PARA2, article_html
from test_ingest_records import make_warc, split


def records(n: int) -> bytes:
    rows = [json.dumps({"id": f"r{i}", "text": ARTICLE, "url": f"https://example.org/{i}"}, ensure_ascii=False)
            for i in range(n)]
    return ("\n".join(rows) + "\n").encode("utf-8")


def test_gzip_json_lines_stream_in_a_directory(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "dump.jsonl.gz").write_bytes(gzip.compress(records(3)))
    (tmp_path / "sub" / "notes.gz").write_bytes(gzip.compress(b"not an input of the directory"))
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(article_html().encode("utf-8")))
    docs, errors = split(list(read_paths([str(tmp_path)])))
    assert errors == []
    assert [d.source for d in docs] == ["r0", "r1", "r2"]  # the .html.gz is read when named, not from a folder
    assert docs[0].articles[0].paragraphs == [PARA1, PARA2]
    (page,) = read_paths([str(tmp_path / "page.html.gz")])
    assert page.articles[0].paragraphs == [PARA1, PARA2]


def test_damaged_gzip_keeps_what_was_read_and_names_the_input(tmp_path):
    data = gzip.compress(records(400), compresslevel=1)
    p = tmp_path / "cut.jsonl.gz"
    p.write_bytes(data[:len(data) // 2])
    items = list(read_paths([str(p)]))
    docs, errors = split(items)
    assert len(docs) > 50 and [d.source for d in docs] == [f"r{i}" for i in range(len(docs))]
    assert errors == [e for e in errors if e.startswith(f"{p}: damaged or truncated gzip data")] and len(errors) == 1
    assert isinstance(items[-1], InputError)


ENGLISH = ("<html><head><title>Talks resume</title></head><body><article><h1>Talks resume</h1><p>"
           + "The ministry said on Monday that the talks would resume next week in the capital. " * 5
           + "</p></article></body></html>")


def test_warc_keeps_only_arabic_html_and_text_responses(tmp_path):
    pages = [("https://example.org/robots.txt", b"User-agent: *\nDisallow: /admin\n", "text/plain"),
             ("https://example.org/en", ENGLISH.encode("utf-8"), "text/html; charset=utf-8"),
             ("https://example.org/ar", article_html().encode("utf-8"), "text/html; charset=utf-8"),
             ("https://example.org/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(100), "image/png"),
             ("https://example.org/ar.txt", ARTICLE.encode("utf-8"), "text/plain; charset=utf-8")]
    p = tmp_path / "crawl.warc.gz"
    p.write_bytes(make_warc(pages, True))
    docs, errors = split(list(read_paths([str(p)])))
    assert errors == []
    assert [d.articles[0].url for d in docs] == ["https://example.org/ar", "https://example.org/ar.txt"]
    assert all(d.meta["fetched"] for d in docs)
    q = tmp_path / "english.warc"
    q.write_bytes(make_warc(pages[:2], False))
    docs, errors = split(list(read_paths([str(q)])))
    assert docs == [] and errors == [f"{q}: WARC archive holds no Arabic HTML or text responses (3 record(s), "
                                     "2 of them not in Arabic)"]


def test_mostly_arabic_reads_the_visible_text():
    script = "<script>" + "var x = 'abc';" * 500 + "</script>"
    assert mostly_arabic(f"<html>{script}<p>{PARA1}</p></html>", html=True)
    assert not mostly_arabic(ENGLISH, html=True)
    assert not mostly_arabic("<p>قال</p>", html=True)  # too little text to tell
    assert mostly_arabic(PARA1 + " " + PARA2, html=False)
