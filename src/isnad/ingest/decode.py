"""Bytes → text, by evidence, never by assumption.

Order: a byte-order mark; UTF-16 without a mark (zero bytes beside ASCII, 0x06 beside Arabic letters); strict
UTF-8 (valid multi-byte UTF-8 is practically never a legacy code page, so it wins over a ``<meta charset>`` that
lies); then the declared charset and the Arabic code pages windows-1256 and ISO-8859-6, the first whose text
looks like real text (no mojibake); then UTF-8 with a few broken sequences replaced; then charset-normalizer's
detection. Arabic pages are often windows-1256,
sometimes ISO-8859-6 or UTF-16. Binary data (images, archives, executables) is refused with a clear reason
rather than decoded into noise, and text that decodes plausibly in nothing gets "unknown text encoding".
Valid Unicode with a few stray control characters (fewer than :data:`MAX_CONTROL_SHARE` of the bytes, or it is
binary) is text: the control characters are dropped, not taken for a wrong encoding.
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
    b"PK\x03\x04": "a ZIP archive", b"PK\x05\x06": "a ZIP archive", b"\x7fELF": "an executable",
    b"\x1f\x8b": "gzip-compressed data", b"BZh": "bzip2-compressed data",
    b"\xfd7zXZ": "xz-compressed data", b"7z\xbc\xaf": "a 7z archive", b"Rar!": "a RAR archive",
    b"RIFF": "a RIFF media file", b"OggS": "an Ogg media file", b"ID3": "an MP3 file",
    b"\xd0\xcf\x11\xe0": "an MS Office document", b"SQLite format 3": "an SQLite database",
    b"\x00\x00\x00\x18ftyp": "an MP4 video", b"\x00\x00\x00\x20ftyp": "an MP4 video",
}
ARABIC_CODEPAGES = ("cp1256", "iso8859-6")
SAMPLE = 8192                 # bytes looked at to tell binary from text
MAX_CONTROL_SHARE = 0.05      # more control bytes than this: binary
UTF16_ZERO_SHARE = 0.6        # UTF-16 text: this share of one byte column is 0x00 (ASCII) or 0x06 (Arabic)
MAX_BAD_CHAR_SHARE = 0.01     # replacement/control characters tolerated in decoded text
MAX_MOJIBAKE_SHARE = 0.02     # words mixing Arabic with Latin letters tolerated (a wrong code page makes many)
MIN_COMMON_ARABIC_SHARE = 0.45  # of Arabic letters, the share of the ten most frequent ones in real text
COMMON_ARABIC = frozenset("الميونهربت")  # the ten most frequent Arabic letters
PLAUSIBLE_SAMPLE = 20000      # characters of decoded text checked for plausibility
DETECTOR_BYTES = 200_000
MAX_DETECTOR_CHAOS = 0.2

DECLARED = re.compile(rb"""(?:<meta[^>]+charset\s*=\s*["']?\s*|<\?xml[^>]+encoding\s*=\s*["'])([A-Za-z0-9_\-:.]+)""",
                      re.I)
ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
MARKUP = re.compile(r"<[^<>]{0,300}>|&#?\w{1,10};|https?://\S+|\\(?:u[0-9a-fA-F]{4}|[nrt\"\\/])")
LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
# C0 controls other than tab, newlines, form feed and escape, and DEL: never text, dropped from decoded Unicode
STRAY_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")


def binary_kind(data: bytes) -> str | None:
    """What binary format ``data`` looks like, or None when it may be text."""
    for magic, what in MAGIC.items():
        if data.startswith(magic):
            return what
    head = data[:SAMPLE]
    if any(head.startswith(b) for b, _ in BOMS):
        return None
    if b"\x00" in head:
        if _utf16_guess(head):
            return None
        return "binary data"
    ctrl = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return "binary data" if head and ctrl / len(head) > MAX_CONTROL_SHARE else None


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in ``<meta>`` or an XML declaration (a Python codec name), or None."""
    m = DECLARED.search(data[:SAMPLE])
    if not m:
        return None
    return _codec(m.group(1).decode("ascii", "ignore"))


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None


def _utf16_guess(data: bytes) -> str | None:
    """UTF-16 without a BOM: in one byte column nearly every byte is 0x00 (ASCII) or 0x06 (Arabic block)."""
    head = data[:SAMPLE]
    if b"\x00" not in head or len(head) < 2:
        return None
    even, odd = head[0::2], head[1::2]
    high_odd = (odd.count(0) + odd.count(6)) / max(1, len(odd))
    high_even = (even.count(0) + even.count(6)) / max(1, len(even))
    if high_odd >= UTF16_ZERO_SHARE and high_odd > high_even:
        return "utf-16-le"
    if high_even >= UTF16_ZERO_SHARE and high_even > high_odd:
        return "utf-16-be"
    return None


def plausible(text: str, code_page: bool = True) -> bool:
    """Whether decoded text looks like text: few replacement/control characters and, for a text read through a
    single-byte code page (which decodes any bytes), few words mixing Arabic and Latin letters (the mark of a
    wrong code page) and Arabic letters in a natural distribution."""
    if not text:
        return False
    sample = text[:PLAUSIBLE_SAMPLE]
    bad = sum(1 for ch in sample if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\t\n\r\f\x1b"))
    if bad / len(sample) >= MAX_BAD_CHAR_SHARE:
        return False
    if not code_page:
        return True
    words = MARKUP.sub(" ", sample).split()
    if words:
        mixed = sum(1 for w in words if ARABIC_LETTER.search(w) and LATIN_LETTER.search(w))
        if mixed / len(words) > MAX_MOJIBAKE_SHARE:
            return False
    letters = ARABIC_LETTER.findall(sample)
    if len(letters) >= 50:
        common = sum(1 for ch in letters if ch in COMMON_ARABIC)
        if common / len(letters) < MIN_COMMON_ARABIC_SHARE:
            return False
    return True


def _try(data: bytes, enc: str | None) -> str | None:
    if not enc:
        return None
    try:
        text = data.decode(enc)
    except (UnicodeDecodeError, LookupError):
        return None
    unicode = enc.replace("_", "-").startswith(("utf-8", "utf-16", "utf-32"))
    if unicode:  # a valid Unicode decoding: stray control characters are noise, not a sign of a wrong encoding
        text = without_controls(text)
    return text if plausible(text, code_page=not unicode) else None


def without_controls(text: str) -> str:
    """``text`` without stray control characters (tabs, newlines, form feeds and escapes are kept)."""
    return STRAY_CONTROL.sub("", text) if STRAY_CONTROL.search(text) else text


def _detected(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:DETECTOR_BYTES]).best()
    except Exception:  # detection is best-effort
        return None
    if best is None or best.chaos > MAX_DETECTOR_CHAOS:
        return None
    return best.encoding


def decode_bytes(data: bytes, source: str, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data``; returns (text, encoding used). ``declared`` is a charset from outside the bytes (an HTTP
    header). Raises :class:`InputError` naming ``source`` and the reason."""
    if not data.strip():
        raise InputError(f"{source}: empty (no text)")
    what = binary_kind(data)
    if what:
        raise InputError(f"{source}: looks like {what}, not text or HTML")
    for bom, enc in BOMS:
        if data.startswith(bom):
            try:
                return without_controls(data.decode(enc)), enc
            except UnicodeDecodeError as e:
                raise InputError(f"{source}: invalid {enc} after its byte-order mark ({e.reason})") from None
    guess16 = _utf16_guess(data)
    for enc in (guess16, "utf-8"):
        text = _try(data, enc)
        if text is not None:
            return text, enc
    candidates: list[str] = []
    for enc in (_codec(declared), declared_charset(data), *ARABIC_CODEPAGES):
        if enc and enc not in candidates and not enc.replace("_", "-").startswith(("utf-16", "utf-32", "utf-8")):
            candidates.append(enc)
    for enc in candidates:
        text = _try(data, enc)
        if text is not None:
            return text, enc
    # UTF-8 with a few broken sequences (a cut multi-byte character, one corrupted byte): keep the rest
    text = without_controls(data.decode("utf-8", errors="replace"))
    if plausible(text, code_page=False):
        return text, "utf-8"
    enc = _detected(data)
    text = _try(data, enc)
    if text is not None:
        return text, enc
    raise InputError(f"{source}: unknown text encoding (not UTF-8 or UTF-16, and no declared or Arabic code page "
                     f"gives readable text)")
