"""Hypothesis strategies for the property-based tests: Arabic-biased news-like text, HTML trees around it, and
encoded bytes cut anywhere.

The words come from isnad's own lexicons (every reporting cue form, attribution phrase, speaker noun, actor,
negator, month) plus a few function words, so that the text keeps reaching the claims, facts and comparison
stages; around them: quotation marks, brackets, punctuation, Western and Arabic-Indic digits, diacritics and
tatweel, bidi and zero-width marks, Arabic presentation forms, odd white space and any character at all.
"""
from __future__ import annotations

from functools import lru_cache

from hypothesis import strategies as st

from isnad.lexicon import load_list, load_tsv

FUNCTION_WORDS = ("إن", "أن", "بأن", "إنه", "لـ", "ل", "عن", "في", "على", "من", "إلى", "و", "ف", "ب", "قد", "لا",
                  "لم", "ما", "الذي", "التي", "هذا", "كان", "يوم", "أمس", "السبت", "الماضي", "المقبل", "نحو",
                  "أكثر من", "قتيلا", "شخصا", "جريحا", "بغداد", "دمشق", "غزة", "القاهرة", "الحكومة", "الجيش")
QUOTES = "«»\"“”„‘’'‹›"
BRACKETS = "()[]{}<>﴾﴿"
PUNCT = ("،", "؛", ",", ".", ":", "!", "؟", "?", "-", "—", "…", "/", "٪", "%", "*", "#", "|")
DIACRITICS = [chr(c) for c in range(0x064B, 0x0653)] + ["\u0670", "\u0640"]  # harakat, superscript alef, tatweel
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\u2060", "\ufeff",
             *map(chr, range(0x202A, 0x202F)), *map(chr, range(0x2066, 0x206A))]
# (zero-width space/non-joiner/joiner, LRM/RLM/ALM, word joiner, BOM, embeddings and overrides, isolates)
SPACES = (" ", " ", " ", "\n", "\n\n", "\n\n", "\t", "\u00a0", "\r\n", "  ", "\u2003")
DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"


@lru_cache(maxsize=None)
def lexicon(kind: str) -> tuple[str, ...]:
    """Words and phrases of isnad's lexicons, as printed (``_`` joins the words of a phrase): ``cues`` (every
    inflected form of every reporting cue), ``attributions``, ``speakers`` (speaker nouns and actors), ``outlets``,
    ``other`` (months, negators)."""
    rows = {name: load_tsv("isnad.claims", f"data/{name}.tsv") for name in ("cues", "attributions", "speakers", "actors")}
    words = {
        "cues": {f.split(":")[0] for row in rows["cues"] for f in row[-1].split()},
        "attributions": {row[0] for row in rows["attributions"]},
        "speakers": {row[0] for row in rows["speakers"] + rows["actors"]},
        "outlets": set(load_list("isnad.claims", "data/outlets.txt")),
        "other": {row[0] for row in load_tsv("isnad", "data/months.tsv")} | set(load_list("isnad.compare",
                                                                                           "data/negators.txt")),
    }[kind]
    return tuple(sorted(w.replace("_", " ") for w in words if w))


arabic_letters = st.characters(min_codepoint=0x0621, max_codepoint=0x064A)
presentation_forms = st.one_of(st.characters(min_codepoint=0xFB50, max_codepoint=0xFDFF),
                               st.characters(min_codepoint=0xFE70, max_codepoint=0xFEFC))


def _decorated(word: str, marks: list[tuple[int, str]]) -> str:
    for pos, mark in sorted(marks, reverse=True):
        word = word[:pos % (len(word) + 1)] + mark + word[pos % (len(word) + 1):]
    return word


def _from(kind: str):
    return st.deferred(lambda: st.sampled_from(lexicon(kind)))


words = st.one_of(
    st.sampled_from(FUNCTION_WORDS),
    *(_from(k) for k in ("cues", "attributions", "speakers", "outlets", "other")),
    st.text(arabic_letters, min_size=1, max_size=9),
)
marked_words = st.builds(_decorated, words,
                         st.lists(st.tuples(st.integers(0, 20), st.sampled_from(DIACRITICS + INVISIBLE)), max_size=3))
numbers = st.one_of(st.integers(0, 10**7).map(str), st.text(st.sampled_from(DIGITS), min_size=1, max_size=7),
                    st.builds(lambda a, s, b: f"{a}{s}{b}", st.integers(0, 999), st.sampled_from(".,٫٬/"),
                              st.integers(0, 999)))
pieces = st.one_of(
    marked_words, marked_words, marked_words, marked_words, marked_words,
    numbers,
    st.sampled_from(QUOTES), st.sampled_from(BRACKETS), st.sampled_from(PUNCT),
    st.text(presentation_forms, min_size=1, max_size=4),
    st.sampled_from(INVISIBLE),
    st.text(st.characters(codec="utf-8"), min_size=1, max_size=3),  # anything at all, now and then
    st.from_regex(r"[A-Za-z]{1,8}", fullmatch=True),
)


LINE_SPACES = tuple(x for x in SPACES if "\n" not in x)
BREAKS = ("\n", "\n\n", "\n\n", "\r\n", "\n \n", "\n\n\n")
ENDINGS = (".", ".", "،", "؛", ":", "", "»", "…", "!", "؟", ",", " إن", " لـ")  # a cut-off claim, now and then


COMPLEMENTS = ("إن", "أن", "بأن", ":", "إنه", "أنه", "")
OPENERS = ("«", "\"", "“", "(", "")
CLOSERS = ("»", "\"", "”", ")", "")
# The shapes of reporting, in slots: cue, speaker, complement, content, outlet, attribution, quotation marks
SHAPES = (
    ("cue", "speaker", "comp", "content"),
    ("speaker", "cue", "comp", "content"),
    ("cue", "speaker", ":", "open", "content", "close"),
    ("open", "content", "close", "cue", "speaker"),
    ("attribution", "speaker", "،", "content"),
    ("content", "،", "attribution", "speaker"),
    ("نقلت", "outlet", "عن", "speaker", "قوله", "comp", "content"),
    ("cue", "speaker", "لـ", "open", "outlet", "close", "comp", "content"),
    ("و", "cue", "comp", "content"),
    ("cue", "comp", "cue", "comp", "cue", "comp", "content"),
)
SLOTS = {"cue": _from("cues"), "speaker": _from("speakers"), "outlet": _from("outlets"),
         "attribution": _from("attributions"), "comp": st.sampled_from(COMPLEMENTS),
         "open": st.sampled_from(OPENERS), "close": st.sampled_from(CLOSERS)}


@st.composite
def reported(draw) -> list[str]:
    """One act of reporting in one of :data:`SHAPES`, its content a few random pieces, with noise spliced in
    and, now and then, cut short (unclosed quotations, a cue with nothing after it)."""
    out: list[str] = []
    for slot in draw(st.sampled_from(SHAPES)):
        if slot == "content":
            out += draw(st.lists(pieces, min_size=0, max_size=12))
        else:
            out.append(draw(SLOTS[slot]) if slot in SLOTS else slot)
        if draw(st.integers(0, 9)) == 0:
            out.append(draw(pieces))
    cut = draw(st.one_of(st.none(), st.none(), st.integers(0, len(out))))
    return out[:cut] if cut is not None else out


@st.composite
def paragraph(draw, max_pieces: int = 30) -> str:
    """One line: reporting sentences and loose pieces (mostly single spaces between them, sometimes glued),
    with an ending."""
    chunks = draw(st.lists(st.one_of(reported(), reported(), st.lists(pieces, min_size=1, max_size=4)),
                           min_size=1, max_size=max(1, max_pieces // 8)))
    flat = [p for chunk in chunks for p in chunk][:max_pieces] or [draw(pieces)]
    glue = draw(st.lists(st.sampled_from(LINE_SPACES + ("", " ", " ", " ")), min_size=len(flat), max_size=len(flat)))
    return "".join(p + g for p, g in zip(flat, glue)).strip() + draw(st.sampled_from(ENDINGS))


@st.composite
def news_text(draw, max_paragraphs: int = 4, max_pieces: int = 30) -> str:
    """A page of text: often a short title line, then paragraphs between line breaks of every kind."""
    paras = draw(st.lists(paragraph(max_pieces), min_size=1, max_size=max_paragraphs))
    if draw(st.booleans()):
        paras.insert(0, draw(paragraph(max_pieces=8)))
    return "".join(p + draw(st.sampled_from(BREAKS)) for p in paras)


@st.composite
def articles(draw) -> list[list[str]]:
    """The paragraphs of one to three articles, as ingestion gives them: non-empty lines, white space folded."""
    out = []
    for _ in range(draw(st.integers(1, 2))):
        paras = [" ".join(p.split()) for p in draw(st.lists(paragraph(), min_size=1, max_size=4))]
        out.append([p for p in paras if p] or ["قال الوزير إن الوضع هادئ."])
    return out


TAGS = ("p", "div", "span", "h1", "h2", "h3", "article", "section", "a", "b", "i", "strong", "em", "ul", "li",
        "table", "tr", "td", "blockquote", "figure", "figcaption", "header", "footer", "nav", "aside", "time", "q")
VOID = ("br", "img", "hr", "meta", "input")
ATTRS = ("class", "id", "dir", "href", "title", "lang", "itemprop", "data-x", "style")
RAW = ("script", "style", "noscript", "template")


def _element(tag: str, attrs: list[tuple[str, str]], children: list[str]) -> str:
    attr = "".join(f' {k}="{v}"' for k, v in attrs)
    return f"<{tag}{attr}>" + "".join(children) + f"</{tag}>"


attr_values = st.one_of(st.sampled_from(("rtl", "article-body", "story", "related", "caption", "/ar/news/1")),
                        st.text(st.characters(exclude_characters='"<>&'), max_size=12))
leaves = st.one_of(
    news_text(max_paragraphs=2, max_pieces=20),
    st.builds(lambda t, a: f"<{t}{''.join(f' {k}={v!r}' for k, v in a)}>", st.sampled_from(VOID),
              st.lists(st.tuples(st.sampled_from(ATTRS), attr_values), max_size=2)),
    st.builds(lambda t, body: f"<{t}>{body}</{t}>", st.sampled_from(RAW), st.text(max_size=30)),
    st.sampled_from(("&amp;", "&nbsp;", "&#1575;", "&quot;", "&laquo;", "<!-- تعليق -->", "&bogus;", "<", ">")),
)
html_nodes = st.recursive(
    leaves,
    lambda inner: st.builds(_element, st.sampled_from(TAGS),
                            st.lists(st.tuples(st.sampled_from(ATTRS), attr_values), max_size=3),
                            st.lists(inner, max_size=5)),
    max_leaves=30,
)


@st.composite
def html_pages(draw) -> str:
    """A page (doctype, head with a title and a charset, body) or a bare fragment, sometimes cut short."""
    body = "".join(draw(st.lists(html_nodes, min_size=1, max_size=6)))
    if draw(st.booleans()):
        title = draw(paragraph(max_pieces=8))
        charset = draw(st.sampled_from(("utf-8", "windows-1256", "iso-8859-6", "bogus", "")))
        body = (f'<!DOCTYPE html><html dir="rtl"><head><meta charset="{charset}"><title>{title}</title></head>'
                f"<body>{body}</body></html>")
    else:
        body = "<div>" + body
    cut = draw(st.one_of(st.none(), st.integers(1, max(1, len(body)))))
    return body[:cut] if cut else body


ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256", "iso8859-6", "utf-32")


@st.composite
def cut_bytes(draw) -> bytes:
    """Text or HTML encoded in one of the encodings isnad detects, cut at any byte (often inside a multi-byte
    sequence), with a few random bytes spliced in now and then."""
    text = draw(st.one_of(news_text(), html_pages()))
    encoding = draw(st.sampled_from(ENCODINGS))
    data = text.encode(encoding, errors="replace")
    cut = draw(st.integers(0, len(data)))
    data = data[:cut]
    for pos, junk in draw(st.lists(st.tuples(st.integers(0, 10**6), st.binary(min_size=1, max_size=3)),
                                   max_size=2)):
        pos %= len(data) + 1
        data = data[:pos] + junk + data[pos:]
    return data
