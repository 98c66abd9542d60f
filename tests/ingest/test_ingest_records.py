"""Streams of records: JSON Lines, WARC archives, RSS/Atom feeds."""
from __future__ import annotations

import io
import json

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from isnad.ingest import jsonl
from isnad.ingest.errors import InputError
from isnad.ingest.reader import read_paths, read_stream

from ingest_samples import ARTICLE, PARA1, PARA2, TITLE, article_html


def split(items):
    docs = [i for i in items if not isinstance(i, InputError)]
    return docs, [str(i) for i in items if isinstance(i, InputError)]


# ---- JSON Lines -------------------------------------------------------------------------------------------

def test_jsonl_records_with_text_or_html_and_metadata(tmp_path):
    p = tmp_path / "recs.jsonl"
    records = [
        {"id": "r1", "text": ARTICLE, "url": "https://example.org/1", "published": "2024-03-05T10:00:00Z",
         "outlet": "موقع الأنباء"},
        {"html": article_html(), "title": "عنوان السجل"},
        {"text": f"{PARA1}\n\n{PARA2}", "title": TITLE, "published": "5 مارس 2024"},
    ]
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    docs, errors = split(list(read_paths([str(p)])))
    assert errors == [] and len(docs) == 3
    a, b, c = docs
    assert a.source == "r1" and a.outlet == "موقع الأنباء"
    assert a.articles[0].url == "https://example.org/1" and a.articles[0].published == "2024-03-05"
    assert b.source == "https://example.org/1" or b.source.endswith(":2")
    assert b.articles[0].title == "عنوان السجل" and b.articles[0].paragraphs == [PARA1, PARA2]
    assert c.articles[0].title == TITLE and c.articles[0].paragraphs == [PARA1, PARA2]
    assert c.articles[0].published == "2024-03-05"


def test_jsonl_bad_lines_are_reported_one_by_one_and_the_rest_read(tmp_path):
    p = tmp_path / "mixed.jsonl"
    p.write_text("\n".join([
        '{"text": "' + PARA1 + '"}',
        '{not json',
        '["a", "list"]',
        '{"url": "https://example.org/x"}',
        '{"html": "<nav>الرئيسية</nav>"}',
        '',
        '{"text": "' + PARA2 + '"}',
    ]) + "\n", encoding="utf-8")
    docs, errors = split(list(read_paths([str(p)])))
    assert len(docs) == 2
    assert errors == [
        f"{p}:2: invalid JSON (Expecting property name enclosed in double quotes at column 2)",
        f"{p}:3: a record must be a JSON object, not list",
        f"{p}:4: record has neither 'text' nor 'html'",
        f"{p}:5: no article text found in the HTML",
    ]


def test_jsonl_every_bad_line_is_reported_with_its_number():
    # issue 13: only the first 20 bad lines used to be named; a coder must find every one
    good = ('{"text": "' + PARA1 + '"}\n').encode()
    data = good + b"oops\n" * 30 + good
    docs, errors = split(list(read_stream(io.BytesIO(data), "s.jsonl", kind="jsonl")))
    assert len(docs) == 2
    assert errors == [f"s.jsonl:{n}: invalid JSON (Expecting value at column 1)" for n in range(2, 32)]


@pytest.mark.parametrize("record, reason", [
    ('{"text": 12345}', "'text' must be a string, not a number"),
    ('{"html": ["<p>x</p>"]}', "'html' must be a string, not a list"),
    ('{"text": true}', "'text' must be a string, not true or false"),
    ('{"text": "   "}', "'text' is empty"),
    ('{"url": "https://example.org/x"}', "record has neither 'text' nor 'html'"),
])
def test_jsonl_payload_of_the_wrong_type_gets_an_accurate_reason(record, reason):
    # issue 13: {"text": 12345} was told it had "neither 'text' nor 'html'"
    (err,) = list(read_stream(io.BytesIO(record.encode() + b"\n"), "r.jsonl", kind="jsonl"))
    assert isinstance(err, InputError) and str(err) == f"r.jsonl:1: {reason}"


def test_jsonl_record_with_one_good_payload_is_read_despite_a_bad_other_field():
    rec = json.dumps({"text": 12345, "html": f"<p>{PARA1}</p><p>{PARA2}</p>"}, ensure_ascii=False)
    (doc,) = list(read_stream(io.BytesIO(rec.encode() + b"\n"), "r.jsonl", kind="jsonl"))
    assert not isinstance(doc, InputError) and doc.articles[0].paragraphs == [PARA1, PARA2]


def test_jsonl_overlong_line_is_skipped_without_reading_it_whole(monkeypatch):
    monkeypatch.setattr(jsonl, "MAX_RECORD_BYTES", 2**20 // 4)
    data = b'{"text": "' + b"a" * 2**20 + b'"}\n' + ('{"text": "' + PARA1 + '"}\n').encode()
    lines = list(jsonl.bounded_lines(io.BytesIO(data)))
    assert lines[0] is None and lines[1].startswith(b'{"text"')
    docs, errors = split(list(read_stream(io.BytesIO(data), "s.jsonl", kind="jsonl")))
    assert len(docs) == 1 and errors == ["s.jsonl:1: record larger than 0.25 MB, skipped"]


def test_jsonl_in_utf16_is_read():
    data = ('{"text": "' + PARA1 + '"}\n').encode("utf-16")
    (doc,) = list(read_stream(io.BytesIO(data), "s"))
    assert doc.articles[0].paragraphs == [PARA1]


def test_binary_file_named_jsonl(tmp_path):
    p = tmp_path / "x.jsonl"
    p.write_bytes(b"\x00\x01\x02\x03" * 1000)
    docs, errors = split(list(read_paths([str(p)])))
    assert docs == [] and errors == [f"{p}: looks like binary data, not JSON Lines"]


# ---- WARC -------------------------------------------------------------------------------------------------

def make_warc(pages: list[tuple[str, bytes, str]], gzip: bool) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "isnad tests"}))
    for url, payload, ctype in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                                      http_headers=headers))
    return buf.getvalue()


PAGES = [
    ("https://example.org/a", article_html().encode("utf-8"), "text/html; charset=utf-8"),
    ("https://example.org/b", article_html().replace('charset="utf-8"', "").encode("cp1256"),
     "text/html; charset=windows-1256"),
    ("https://example.org/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(100), "image/png"),
    ("https://example.org/c.txt", ARTICLE.encode("utf-8"), "text/plain"),
]


@pytest.mark.parametrize("gzip", [False, True])
def test_warc_response_records(tmp_path, gzip):
    p = tmp_path / ("a.warc.gz" if gzip else "a.warc")
    p.write_bytes(make_warc(PAGES, gzip))
    docs, errors = split(list(read_paths([str(p)])))
    assert errors == []
    assert [d.articles[0].url for d in docs] == ["https://example.org/a", "https://example.org/b",
                                                 "https://example.org/c.txt"]
    assert all(d.articles[0].paragraphs == [PARA1, PARA2] for d in docs)
    assert docs[0].meta["fetched"]


@pytest.mark.parametrize("gzip", [False, True])
def test_truncated_warc_keeps_the_records_before_the_cut(tmp_path, gzip):
    data = make_warc(PAGES, gzip)
    p = tmp_path / ("cut.warc.gz" if gzip else "cut.warc")
    p.write_bytes(data[:int(len(data) * 0.55)])
    docs, errors = split(list(read_paths([str(p)])))
    assert 1 <= len(docs) <= 2
    assert len(errors) == 1 and errors[0].startswith(f"{p}: WARC archive truncated inside record")


def test_warc_cut_in_its_first_record(tmp_path):
    p = tmp_path / "stub.warc.gz"
    p.write_bytes(make_warc(PAGES, True)[:60])
    docs, errors = split(list(read_paths([str(p)])))
    assert docs == [] and len(errors) == 1 and errors[0].startswith(f"{p}: ")
    assert "WARC" in errors[0]


def test_not_a_warc(tmp_path):
    p = tmp_path / "fake.warc"
    p.write_text("this is not an archive\n", encoding="utf-8")
    docs, errors = split(list(read_paths([str(p)])))
    assert docs == [] and len(errors) == 1 and errors[0].startswith(f"{p}: ")


# ---- feeds ------------------------------------------------------------------------------------------------

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>موقع الأنباء</title><link>https://example.org</link><description>أخبار</description>
<item><title>{TITLE}</title><link>https://example.org/n/1</link>
<pubDate>Tue, 05 Mar 2024 10:00:00 +0300</pubDate>
<content:encoded><![CDATA[<p>{PARA1}</p><figure><figcaption>لقطة من الاجتماع (رويترز)</figcaption></figure>
<p>{PARA2}</p>]]></content:encoded>
</item>
<item><title>خبر قصير بلا محتوى</title><link>https://example.org/n/2</link><description>{PARA2}</description></item>
<item><title>خبر فارغ</title><link>https://example.org/n/3</link></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>موقع الأنباء</title><id>urn:x</id>
<updated>2024-03-05T10:00:00Z</updated>
<entry><title>{TITLE}</title><link href="https://example.org/n/9"/><id>urn:9</id>
<updated>2024-03-06T08:00:00Z</updated>
<content type="html">&lt;p&gt;{PARA1}&lt;/p&gt;&lt;p&gt;{PARA2}&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_feed_entries(tmp_path):
    p = tmp_path / "news.xml"
    p.write_text(RSS, encoding="utf-8")
    docs, errors = split(list(read_paths([str(p)])))
    assert errors == [f"{p}#https://example.org/n/3: feed entry has no content"]
    first, second = docs
    art = first.articles[0]
    assert first.outlet == "موقع الأنباء" and art.url == "https://example.org/n/1"
    assert art.title == TITLE and art.published == "2024-03-05"
    assert art.paragraphs == [PARA1, PARA2]  # the caption is left out; the title is not glued in
    assert second.articles[0].title == "خبر قصير بلا محتوى" and second.articles[0].paragraphs == [PARA2]


def test_atom_feed_entries(tmp_path):
    p = tmp_path / "news.atom"
    p.write_text(ATOM, encoding="utf-8")
    (doc,), errors = split(list(read_paths([str(p)])))
    assert errors == []
    assert doc.articles[0].title == TITLE and doc.articles[0].paragraphs == [PARA1, PARA2]
    assert doc.articles[0].published == "2024-03-06" and doc.articles[0].url == "https://example.org/n/9"


def test_feed_without_entries(tmp_path):
    p = tmp_path / "empty.rss"
    p.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>', "utf-8")
    docs, errors = split(list(read_paths([str(p)])))
    assert docs == [] and errors[0].startswith(f"{p}: feed has no entries")
