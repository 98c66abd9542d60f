"""Inputs of every kind, and every bad input: one clear error each, the others still read."""
from __future__ import annotations

import io
import os
import zipfile

import pytest

from isnad.ingest import reader
from isnad.ingest.errors import InputError
from isnad.ingest.reader import kind_from_bytes, kind_from_name, read_paths, read_stream

from ingest_samples import ARTICLE, PARA1, PARA2, TITLE, article_html, html_page


def docs_and_errors(paths, **kw):
    docs, errors = [], []
    for item in read_paths([str(p) for p in paths], **kw):
        (errors if isinstance(item, InputError) else docs).append(item)
    return docs, [str(e) for e in errors]


def test_kind_from_name_and_bytes():
    assert kind_from_name("a.JSONL") == "jsonl" and kind_from_name("a.warc.gz") == "warc"
    assert kind_from_name("a.htm") == "html" and kind_from_name("a.rss") == "feed" and kind_from_name("a.txt") is None
    assert kind_from_bytes(b"WARC/1.0\r\n") == "warc"
    assert kind_from_bytes(b"\xef\xbb\xbf  <!DOCTYPE html>") == "html"
    assert kind_from_bytes(b'<?xml version="1.0"?><rss version="2.0">') == "feed"
    assert kind_from_bytes(b'{"text": "x"}') == "jsonl"
    assert kind_from_bytes(ARTICLE.encode("utf-16")) == "auto"


def test_plain_text_file(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    (doc,), errors = docs_and_errors([p])
    assert errors == [] and doc.source == str(p)
    assert doc.articles[0].title == TITLE and doc.articles[0].paragraphs == [PARA1, PARA2]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "cp1256", "utf-8-sig"])
def test_text_files_in_other_encodings(tmp_path, encoding):
    p = tmp_path / "a.txt"
    p.write_bytes(ARTICLE.encode(encoding))
    (doc,), errors = docs_and_errors([p])
    assert errors == [] and doc.articles[0].paragraphs == [PARA1, PARA2]


def test_html_file_in_utf16_without_a_telling_name(tmp_path):
    p = tmp_path / "page.dat"
    p.write_bytes(article_html().encode("utf-16"))
    (doc,), errors = docs_and_errors([p])
    assert errors == [] and doc.articles[0].paragraphs == [PARA1, PARA2]


def test_stdin(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode("cp1256"))))
    (doc,) = list(read_paths(["-"]))
    assert doc.source == "<stdin>" and doc.articles[0].title == TITLE


def test_stream_of_html():
    (doc,) = list(read_stream(io.BytesIO(article_html().encode()), "s"))
    assert doc.articles[0].paragraphs == [PARA1, PARA2]


def test_empty_whitespace_binary_and_missing_inputs(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\n\t")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(300))
    with zipfile.ZipFile(tmp_path / "pages.zip", "w") as z:
        z.writestr("a.txt", ARTICLE)
    (tmp_path / "noise.bin").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "page.txt.gz").write_bytes(b"\x1f\x8b\x08\x00" + bytes(40))
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    names = ["empty.txt", "blank.txt", "image.png", "pages.zip", "noise.bin", "page.txt.gz", "missing.txt",
             "good.txt"]
    docs, errors = docs_and_errors([tmp_path / n for n in names])
    assert len(docs) == 1 and docs[0].source.endswith("good.txt")
    assert errors == [
        f"{tmp_path}/empty.txt: empty file",
        f"{tmp_path}/blank.txt: empty (no text)",
        f"{tmp_path}/image.png: looks like a PNG image, not text or HTML",
        f"{tmp_path}/pages.zip: looks like a ZIP archive, not text or HTML",
        f"{tmp_path}/noise.bin: looks like binary data, not text or HTML",
        f"{tmp_path}/page.txt.gz: damaged or truncated gzip data (Error -3 while decompressing data: invalid stored "
        "block lengths)",
        f"{tmp_path}/missing.txt: no such file or directory",
    ]


class CountingFile(io.RawIOBase):
    """A file that counts the bytes read from it."""

    def __init__(self, path):
        self.fh = open(path, "rb")
        self.read_bytes = 0

    def readable(self):
        return True

    def readinto(self, b):
        n = self.fh.readinto(b)
        self.read_bytes += n or 0
        return n

    def close(self):
        self.fh.close()
        super().close()


def test_huge_file_is_refused_without_being_read(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(200 * 2**20)  # sparse: no time or disk spent
    opened = []

    def counting_open(path):
        raw = CountingFile(path)
        opened.append(raw)
        return io.BufferedReader(raw)

    monkeypatch.setattr(reader, "open_input", counting_open)
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    docs, errors = docs_and_errors([big, tmp_path / "good.txt"])
    assert errors == [f"{big}: too large for one page (200 MB, limit 20 MB; split it, or use JSON Lines or WARC "
                      f"for many articles)"]
    assert len(docs) == 1
    assert opened[0].read_bytes <= 64 * 1024  # at most a peek at the first bytes


def test_size_limit_on_a_stream_without_a_size(monkeypatch):
    monkeypatch.setattr(reader, "MAX_DOCUMENT_BYTES", 1000)
    (err,) = list(read_stream(io.BytesIO(ARTICLE.encode() * 20), "<stdin>"))
    assert isinstance(err, InputError) and "too large for one page (over" in str(err)


def test_directory_with_unreadable_files(tmp_path, monkeypatch):
    d = tmp_path / "pages"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "sub" / "c.html").write_text(article_html(), encoding="utf-8")
    (d / "notes.docx").write_bytes(b"ignored: not an input suffix")
    (d / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    locked = d / "b.txt"
    if os.geteuid() == 0:  # root reads anything: simulate the permission error
        real_open = reader.open_input

        def deny(path):
            if path == str(locked):
                raise PermissionError(13, "Permission denied", path)
            return real_open(path)

        monkeypatch.setattr(reader, "open_input", deny)
    else:
        locked.chmod(0)
    try:
        docs, errors = docs_and_errors([d])
    finally:
        locked.chmod(0o644)
    assert [os.path.basename(doc.source) for doc in docs] == ["a.txt", "c.html"]
    assert errors == [f"{locked}: permission denied"]


def test_unlistable_subdirectory_is_reported(tmp_path, monkeypatch):
    d = tmp_path / "pages"
    (d / "closed").mkdir(parents=True)
    (d / "a.txt").write_text(ARTICLE, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path="."):
        if str(path).endswith("closed"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    docs, errors = docs_and_errors([d])
    assert len(docs) == 1
    assert errors == [f"{d}/closed: cannot list directory (permission denied)"]


def test_directory_without_inputs(tmp_path):
    (tmp_path / "x.docx").write_bytes(b"x")
    docs, errors = docs_and_errors([tmp_path])
    assert docs == [] and errors[0].startswith(f"{tmp_path}: directory holds no input files")


def test_html_with_no_article_names_the_file(tmp_path):
    p = tmp_path / "nav.html"
    p.write_text(html_page("<nav><a href='/'>الرئيسية</a></nav><footer>جميع الحقوق محفوظة</footer>"), "utf-8")
    docs, errors = docs_and_errors([p])
    assert docs == [] and errors == [f"{p}: no article text found in the HTML"]


def test_text_with_no_article(tmp_path):
    p = tmp_path / "menu.txt"
    p.write_text("الرئيسية\nسياسة\nاقتصاد\nشارك\n", encoding="utf-8")
    docs, errors = docs_and_errors([p])
    assert docs == [] and errors == [f"{p}: no article text found"]


def test_unexpected_failure_inside_one_input_is_its_error(tmp_path, monkeypatch):
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    bad.write_text("يحتوي هذا الملف على علامة تسبب عطلاً.\n" + ARTICLE, encoding="utf-8")
    real = reader.parse_page

    def flaky(text, source="-"):
        if "علامة تسبب عطلاً" in text:
            raise ZeroDivisionError("division by zero\nsecond line")
        return real(text, source)

    monkeypatch.setattr(reader, "parse_page", flaky)
    docs, errors = docs_and_errors([bad, good])
    assert len(docs) == 1
    assert errors == [f"{bad}: internal error: ZeroDivisionError: division by zero second line"]


def test_non_arabic_article_is_processed(tmp_path):
    p = tmp_path / "en.txt"
    p.write_text("Talks with unions to resume next week\n\nThe ministry spokesman said on Monday that the meeting "
                 "was held in difficult conditions, and that both sides had agreed to continue the talks.\n",
                 encoding="utf-8")
    (doc,), errors = docs_and_errors([p])
    assert errors == [] and doc.articles[0].title == "Talks with unions to resume next week"


# ---- issue 13: inputs that are no regular files, closed standard input --------------------------------------

def test_fifo_in_a_directory_is_skipped_not_waited_for(tmp_path):
    d = tmp_path / "pages"
    d.mkdir()
    os.mkfifo(d / "a.txt")  # nobody writes to it: opening it would block for ever
    (d / "b.txt").write_text(ARTICLE, encoding="utf-8")
    docs, errors = docs_and_errors([d])
    assert [os.path.basename(doc.source) for doc in docs] == ["b.txt"]
    assert errors == [f"{d / 'a.txt'}: a named pipe (FIFO), not a regular file; skipped"]


def test_fifo_given_by_name_is_skipped(tmp_path):
    os.mkfifo(tmp_path / "feed.jsonl")
    docs, errors = docs_and_errors([tmp_path / "feed.jsonl"])
    assert docs == [] and errors == [f"{tmp_path / 'feed.jsonl'}: a named pipe (FIFO), not a regular file; skipped"]


def test_device_is_skipped():
    docs, errors = docs_and_errors(["/dev/null"])
    assert docs == [] and errors == ["/dev/null: a character device, not a regular file; skipped"]


def test_symlink_loop_is_named_as_such(tmp_path):
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    docs, errors = docs_and_errors([tmp_path / "a.txt", tmp_path / "gone.txt"])
    assert docs == []
    assert errors == [f"{tmp_path / 'a.txt'}: symbolic link loop (the link points back to itself through other "
                      f"links)", f"{tmp_path / 'gone.txt'}: broken symbolic link"]
    docs, errors = docs_and_errors([tmp_path])  # the same links met inside a directory
    assert docs == [] and len(errors) == 3 and "symbolic link loop" in errors[0]


def test_closed_standard_input_is_a_one_line_error(monkeypatch):
    monkeypatch.setattr("sys.stdin", None)  # what Python gives a program started with stdin closed (<&-)
    assert [str(e) for e in read_paths(["-"])] == [
        "<stdin>: standard input is closed (nothing to read; give a file, or pipe text in)"]
    closed = io.TextIOWrapper(io.BytesIO(b""))
    closed.close()
    monkeypatch.setattr("sys.stdin", closed)
    (err,) = list(read_paths(["-"]))
    assert isinstance(err, InputError) and str(err).startswith("<stdin>: standard input is closed")


def test_closed_standard_input_from_the_command_line():
    import subprocess
    import sys

    code = "import sys; from isnad.cli.main import main; sys.exit(main(sys.argv[1:]))"
    res = subprocess.run([sys.executable, "-c", code, "analyze", "-", "--disable", "ner,claims,facts,compare"],
                         capture_output=True, text=True, preexec_fn=lambda: os.close(0))
    assert "Traceback" not in res.stderr and res.returncode != 0
    assert res.stderr.strip().splitlines()[-1].endswith("standard input is closed (nothing to read; give a file, "
                                                        "or pipe text in)")


def test_utf8_with_a_few_control_characters_is_read(tmp_path):
    # issue 13: valid UTF-8 with a few stray control characters was refused as "not UTF-8"
    p = tmp_path / "ctrl.txt"
    p.write_bytes(("قال الوزير\x01 إن الاجتماع عقد في ظروف صعبة وأضاف أن الطرفين اتفقا على مواصلة الحوار خلال "
                   "الأسبوع.\x02\n").encode("utf-8"))
    (doc,), errors = docs_and_errors([p])
    assert errors == []
    assert doc.articles[0].paragraphs == ["قال الوزير إن الاجتماع عقد في ظروف صعبة وأضاف أن الطرفين اتفقا على "
                                          "مواصلة الحوار خلال الأسبوع."]
