"""Bytes → text: by BOM, by the charset the page declares, by strict UTF-8, then by detection.

Arabic pages are often windows-1256 (sometimes ISO-8859-6 or UTF-16); nothing here assumes UTF-8. Binary data
(images, archives, executables) is refused with a clear reason rather than decoded into noise.
"""
from __future__ import annotations

import codecs
import re

from .errors import InputError

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
MAGIC = {  # leading bytes of common binary formats
    b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image", b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive", b"\x7fELF": "an executable", b"\x1f\x8b": "gzip-compressed data",
    b"BZh": "bzip2-compressed data", b"\xfd7zXZ": "xz-compressed data", b"7z\xbc\xaf": "a 7z archive",
    b"RIFF": "a RIFF media file", b"OggS": "an Ogg media file", b"ID3": "an MP3 file",
}
DECLARED = re.compile(rb"""(?:<meta[^>]+charset\s*=\s*["']?\s*|<\?xml[^>]+encoding\s*=\s*["'])([A-Za-z0-9_\-:.]+)""", re.I)
ARABIC = re.compile(r"[\u0600-\u06ff]")


def binary_kind(data: bytes) -> str | None:
    """What binary format ``data`` looks like, or None when it may be text."""
    for magic, what in MAGIC.items():
        if data.startswith(magic):
            return what
    head = data[:8192]
    if any(head.startswith(b) for b, _ in BOMS):
        return None
    if b"\x00" in head:
        # UTF-16 without a BOM has a zero in every other byte for ASCII, or 0x06 beside Arabic letters
        even, odd = head[0::2], head[1::2]
        if odd.count(0) + odd.count(6) > 0.6 * len(odd) or even.count(0) + even.count(6) > 0.6 * len(even):
            return None
        return "binary data"
    ctrl = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return "binary data" if head and ctrl / len(head) > 0.05 else None


def declared_charset(data: bytes) -> str | None:
    m = DECLARED.search(data[:8192])
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _utf16_guess(data: bytes) -> str | None:
    if b"\x00" not in data[:4096]:
        return None
    even, odd = data[0:4096:2], data[1:4096:2]
    return "utf-16-le" if odd.count(0) + odd.count(6) >= even.count(0) + even.count(6) else "utf-16-be"


def _plausible(text: str) -> bool:
    if not text:
        return False
    bad = sum(1 for ch in text[:20000] if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\t\n\r\f"))
    return bad / min(len(text), 20000) < 0.01


def decode_bytes(data: bytes, source: str, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data``; returns (text, encoding used). Raises :class:`InputError` with the reason."""
    if not data.strip():
        raise InputError(f"{source}: empty input")
    what = binary_kind(data)
    if what:
        raise InputError(f"{source}: looks like {what}, not text or HTML")
    for bom, enc in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as e:
                raise InputError(f"{source}: invalid {enc} after its byte-order mark ({e.reason})") from None
    candidates = []
    for enc in (declared, declared_charset(data), _utf16_guess(data), "utf-8"):
        if enc and enc not in candidates:
            candidates.append(enc)
    for enc in candidates:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        if _plausible(text):
            return text, enc
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200000], cp_isolation=None).best()
        guesses = [best.encoding] if best else []
    except Exception:  # detection is best-effort; fall through to the Arabic code pages
        guesses = []
    for enc in guesses + ["cp1256", "iso8859_6"]:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        if _plausible(text) and (ARABIC.search(text) or enc == (guesses[0] if guesses else None)):
            return text, enc
    raise InputError(f"{source}: unknown text encoding (not UTF-8/UTF-16, no usable charset declaration)")
