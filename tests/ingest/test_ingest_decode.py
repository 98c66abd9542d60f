"""Bytes → text: encodings detected, never assumed; binary and undecodable input refused with a reason."""
from __future__ import annotations

import codecs
import random

import pytest

from isnad.ingest.decode import binary_kind, decode_bytes, declared_charset, plausible
from isnad.ingest.errors import InputError

from ingest_samples import ARTICLE, PARA1

HTML = f'<html><head><meta charset="{{}}"></head><body><p>{PARA1}</p></body></html>'


@pytest.mark.parametrize("label, data, encoding", [
    ("utf-8", ARTICLE.encode("utf-8"), "utf-8"),
    ("utf-8 with BOM", codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "utf-8-sig"),
    ("utf-16 LE with BOM", codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), "utf-16"),
    ("utf-16 BE with BOM", codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "utf-16"),
    ("utf-16 LE without BOM", ARTICLE.encode("utf-16-le"), "utf-16-le"),
    ("utf-16 BE without BOM", ARTICLE.encode("utf-16-be"), "utf-16-be"),
    ("windows-1256 without declaration", ARTICLE.encode("cp1256"), "cp1256"),
    ("ISO-8859-6 without declaration", ARTICLE.replace("،", ",").encode("iso8859_6"), "iso8859-6"),
])
def test_encodings_are_detected(label, data, encoding):
    text, used = decode_bytes(data, label)
    assert used == encoding
    assert PARA1.replace("،", ",") in text.replace("،", ",")


@pytest.mark.parametrize("declared, actual, expected", [
    ("windows-1256", "cp1256", "cp1256"),      # a true declaration
    ("windows-1256", "utf-8", "utf-8"),         # a lie: valid UTF-8 wins
    ("utf-8", "cp1256", "cp1256"),              # a lie: the bytes are not UTF-8
    ("windows-1256", "iso8859_6", "iso8859-6"),  # a lie between the Arabic code pages: mojibake is rejected
    ("iso-8859-6", "cp1256", "cp1256"),
    ("x-no-such-charset", "cp1256", "cp1256"),  # an unknown declaration is ignored
])
def test_meta_charset_declarations_and_lies(declared, actual, expected):
    page = HTML.format(declared)
    data = page.replace("،", ",").encode(actual) if actual == "iso8859_6" else page.encode(actual)
    text, used = decode_bytes(data, "page.html")
    assert used == expected
    assert "الاجتماع عقد في ظروف صعبة" in text


def test_declared_charset_is_read_from_meta_and_xml():
    assert declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">') == "cp1256"
    assert declared_charset(b'<?xml version="1.0" encoding="ISO-8859-6"?><rss/>') == "iso8859-6"
    assert declared_charset(b"<p>no declaration</p>") is None


def test_charset_from_outside_the_bytes_is_used():
    data = ARTICLE.encode("cp1256")
    assert decode_bytes(data, "x", declared="windows-1256")[1] == "cp1256"


def test_utf8_with_a_broken_sequence_keeps_the_text():
    data = ARTICLE.encode("utf-8") * 3
    data = data[:40] + b"\xff" + data[41:]
    text, used = decode_bytes(data, "x")
    assert used == "utf-8" and PARA1 in text


def test_english_legacy_text_is_read():
    text, _ = decode_bytes("The minister said “we will not accept it” – officials agreed.".encode("cp1252"), "x")
    assert "“we will not accept it”" in text


@pytest.mark.parametrize("data, what", [
    (b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG image"),
    (b"PK\x03\x04" + bytes(200), "ZIP archive"),
    (b"%PDF-1.7\n" + bytes(200), "PDF document"),
    (b"\x7fELF\x02\x01\x01" + bytes(200), "executable"),
])
def test_binary_formats_are_refused(data, what):
    with pytest.raises(InputError, match=f"x.bin: looks like an? {what}"):
        decode_bytes(data, "x.bin")


def test_random_bytes_are_refused():
    rng = random.Random(7)
    data = bytes(rng.randrange(256) for _ in range(4000))
    assert binary_kind(data) == "binary data"
    with pytest.raises(InputError, match="looks like binary data"):
        decode_bytes(data, "noise")


def test_unknown_encoding_is_a_clear_error():
    rng = random.Random(3)  # high bytes and spaces: no control bytes, yet readable in no encoding
    data = bytes(rng.choice(list(range(0x80, 0x100)) + [0x20] * 6) for _ in range(3000))
    with pytest.raises(InputError, match=r"^mystery.txt: unknown text encoding"):
        decode_bytes(data, "mystery.txt")


def test_empty_input_is_refused():
    with pytest.raises(InputError, match="empty"):
        decode_bytes(b"  \n\t ", "blank.txt")


def test_plausibility_rejects_mojibake():
    assert plausible(ARTICLE)
    assert not plausible(ARTICLE.replace("،", ",").encode("iso8859_6").decode("cp1256"))
    assert not plausible("abc\x00\x01\x02\x03" * 10)
