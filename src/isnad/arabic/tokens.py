"""Surface tokens and clitic-split words, kept as two layers (as Stanza keeps tokens and words).

A :class:`Token` is what the page shows between spaces and punctuation (``وللصحافيين``, ``«``, ``2,5``).
Its :attr:`Token.words` split Arabic proclitics off: conjunctions و ف, prepositions ب ك ل, the article ال
(``لل`` is ل + the article with its alef elided), and the tatweel form ``لـ`` written before a quotation mark.
Every token and word carries ``start``/``end`` offsets into the text it came from.

Whether a leading و/ف/ب/ك/ل is a clitic or part of the stem (وزير, فلسطين, لبنان, بغداد) is decided by a word
frequency lexicon built from unlabeled news (``isnad/arabic/data/vocab.tsv.gz``, see ``isnad build vocab``): the
letter is split off when the remainder is a word in its own right and is more common than the whole.
"""
from __future__ import annotations

import gzip
import re
from functools import lru_cache
from importlib import resources

from ..cache import cached
from ..model import Token, Word
from .memo import Memo
from .normalize import norm

ARABIC_LETTERS = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06fc"
ARABIC_MARKS = "\u064b-\u065f\u0670\u0640\u0610-\u061a\u06d6-\u06ed\u200c\u200d"
DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"

_TOKEN_RE = re.compile(
    rf"(?P<number>[{DIGITS}]+(?:[.,٫٬][{DIGITS}]+)*)"
    rf"|(?P<word>[{ARABIC_LETTERS}{ARABIC_MARKS}_]+)"
    rf"|(?P<latin>[A-Za-z\u00c0-\u024f]+(?:['’][A-Za-z]+)*)"
    r"|(?P<ellipsis>\.{2,}|…)"
    r"|(?P<punct>[^\s])"
)

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ك", "ل")
KAF = "ك"  # the preposition of likeness: before the article it is rare (كالرقة), so a word such as وكالات stays whole
ARTICLE = "ال"


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, int]:
    """Normalised word → frequency in the unlabeled news corpus (empty when the lexicon is not built)."""
    try:
        raw = resources.files("isnad.arabic").joinpath("data/vocab.tsv.gz").read_bytes()
    except (FileNotFoundError, OSError):
        return {}

    def build() -> dict[str, int]:
        text = gzip.decompress(raw).decode("utf-8")
        if "\r" in text:  # the line ends a text-mode reader accepts
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        out = {}
        for line in text.split("\n"):
            w, _, c = line.partition("\t")
            if c:
                out[w] = int(c)
        return out

    return cached("vocabulary", [raw], build)


@lru_cache(maxsize=1)
def unsplittable() -> frozenset[str]:
    """Normalised words whose first letter is not a clitic although it looks like one (a data file)."""
    ref = resources.files("isnad.arabic").joinpath("data/unsplittable.txt")
    lines = ref.read_text(encoding="utf-8").splitlines()
    return frozenset(norm(x.strip()) for x in lines if x.strip() and not x.startswith("#"))


# Minimum frequency of the remainder, and minimum ratio freq(remainder) / freq(whole word), for a leading
# letter to be split off: conjunctions attach to almost anything, so a rarer remainder is accepted for them.
SPLIT_MIN_FREQ = 20
SPLIT_MIN_RATIO = {"conj": 0.06, "prep": 0.5}
# Clitics that cannot stand before the hypothesised one (no و before و, no article or preposition before a
# preposition; ل is left out for prepositions because لل is also ل + the elided article): when the whole word is
# seen after them, it is a stem of its own.
STEM_EVIDENCE_PREFIXES = {"conj": ("ال", "و", "ف", "ب", "ل", "ك", "وال", "بال"),
                          "prep": ("ال", "وال", "بال", "ب", "ك")}
STEM_EVIDENCE_RATIO = 0.1
# ... unless the remainder is a longer word this many times commoner than the whole (روسيا 10,173 / وروسيا 1,063).
DOMINANT_REST_RATIO = 8
DOMINANT_REST_LEN = 3


def _stem_ok(rest: str, whole: str, kind: str) -> bool:
    """Is ``rest`` (normalised) a word of its own, so that the letter before it is a clitic?"""
    if len(rest) < 2 or whole in unsplittable():
        return False
    if rest.startswith(ARTICLE) and len(rest) >= 4:
        return True
    if kind == "conj" and len(rest) >= 5 and rest[0] in PREPOSITIONS and (rest[1:3] == ARTICLE or rest[:2] == "لل") \
            and not (rest[0] == KAF and vocabulary().get(whole, 0) >= vocabulary().get(rest[1:], 1)):
        return True  # و/ف + preposition + article: وبالرقة، وللجيش (but وكالات, commoner than الات, is one word)
    vocab = vocabulary()
    if not vocab:
        return len(rest) >= 4
    fr, fw = vocab.get(rest, 0), vocab.get(whole, 0)
    if fr < SPLIT_MIN_FREQ or fr < SPLIT_MIN_RATIO[kind] * fw:
        return False
    if len(rest) >= DOMINANT_REST_LEN and fr >= DOMINANT_REST_RATIO * fw:
        return True  # وروسيا: the remainder is far the commoner word (بوروسيا, a club's name, is no evidence)
    # A word that itself takes the article or a clitic (الوحدة، والوصف، وولي) is a stem, not clitic + stem.
    prefixed = sum(vocab.get(p + whole, 0) for p in STEM_EVIDENCE_PREFIXES[kind])
    return prefixed < STEM_EVIDENCE_RATIO * max(fw, 1)


def _elided_article(word: str) -> bool:
    """``لل`` + X: ل + the article (للصحافيين) rather than ل + a word starting with ل (للبنان → ل + لبنان)?"""
    vocab = vocabulary()
    if not vocab:
        return True
    with_article, plain = vocab.get(ARTICLE + word[2:], 0), vocab.get(word[1:], 0)
    return with_article >= plain


def split_clitics(text: str, start: int = 0) -> list[Word]:
    """Split the proclitics of one Arabic token (see module doc). Offsets are absolute (``start`` + i)."""
    n = norm(text)
    if len(n) != len(text):
        # Diacritics or tatweel inside: map normalised positions back through a per-character walk.
        idx = [i for i, ch in enumerate(text) if norm(ch)]
        if len(idx) != len(n):
            return [Word(text, start, start + len(text), "stem")]
    else:
        idx = list(range(len(text)))
    words: list[Word] = []
    pos = 0  # position in the normalised string

    def cut(k: int, kind: str) -> None:
        nonlocal pos
        a = idx[pos]
        b = idx[pos + k] if pos + k < len(idx) else len(text)
        words.append(Word(text[a:b], start + a, start + b, kind))
        pos += k

    # Bare clitic tokens written with tatweel before a quotation mark: لـ«…», بـ«…», ولـ«…».
    if text.endswith("\u0640") and all(c in "وفبكل" for c in n) and 1 <= len(n) <= 3:
        for i, c in enumerate(n):
            cut(1, "conj" if (c in CONJUNCTIONS and i == 0 and len(n) > 1) else "prep")
        if words:
            last = words[-1]
            words[-1] = Word(text[last.start - start:], last.start, start + len(text), last.kind)
        return words

    rest = n
    has_article = False
    if len(rest) > 2 and rest[0] in CONJUNCTIONS and _stem_ok(rest[1:], rest, "conj"):
        cut(1, "conj")
        rest = n[pos:]
    if len(rest) > 2 and rest[0] in PREPOSITIONS:
        if rest.startswith("لل") and len(rest) >= 4 and _elided_article(rest):
            cut(1, "prep")
            cut(1, "article")
            has_article = True
        elif _stem_ok(rest[1:], rest, "prep"):
            cut(1, "prep")
        rest = n[pos:]
    if not has_article and rest.startswith(ARTICLE) and len(rest) >= 4:
        cut(2, "article")
    a = idx[pos] if pos < len(idx) else len(text)
    if words:
        # Tatweel and marks between the clitic and the stem stay with the stem.
        a = words[-1].end - start
    words.append(Word(text[a:], start + a, start + len(text), "stem"))
    return words


def make_token(i: int, text: str, start: int, end: int, kind: str, words: list[Word]) -> Token:
    """A token with the forms every stage matches on (see :class:`isnad.model.Token`)."""
    n = norm(text)
    conj = [w for w in words if w.kind == "conj"]
    preps = [w for w in words if w.kind == "prep"]
    bare = norm(text[conj[-1].end - start:]) if conj else n
    stem = norm(words[-1].text) if words else n
    return Token(i, text, start, end, kind, words, n, bare, stem, bool(conj),
                 norm(preps[0].text)[:1] if preps else None, any(w.kind == "article" for w in words))


# Distinct token shapes whose split and forms are kept (news repeats its words: most tokens are found here), a
# bounded number (see .memo); emptied whenever the vocabulary the split reads is loaded again.
_SHAPES = Memo("arabic.tokens: token shapes")
_SHAPES_VOCAB: list = [None]


def _check_vocabulary() -> None:
    vocab = vocabulary()
    if _SHAPES_VOCAB[0] is not vocab:
        _SHAPES.clear()
        _SHAPES_VOCAB[0] = vocab


def _shape(tok_text: str, kind: str) -> tuple:
    """A token's split and forms with offsets relative to its start: (kind, words as (text, start, end, kind),
    norm, bare, stem, conj, prep, art), computed once per distinct (text, kind)."""
    _check_vocabulary()
    key = (tok_text, kind)
    got = _SHAPES.get(key)
    if got is None:
        got = _SHAPES.recall(key)
    if got is None:
        if kind == "word":
            words = split_clitics(tok_text, 0)
        else:
            kind = "punct" if kind == "ellipsis" else kind
            words = [Word(tok_text, 0, len(tok_text), "stem")]
        t = make_token(0, tok_text, 0, len(tok_text), kind, words)
        got = _SHAPES.store(key, (t.kind, tuple((w.text, w.start, w.end, w.kind) for w in words), t.norm, t.bare,
                                  t.stem, t.conj, t.prep, t.art))
    return got


def tokenize(text: str) -> list[Token]:
    """Surface tokens of ``text`` with their clitic-split words and matching forms (no sentence or paragraph
    index: the text stage adds those for an article)."""
    out: list[Token] = []
    _check_vocabulary()  # (once per text, not per token)
    get = _SHAPES.get
    for m in _TOKEN_RE.finditer(text):
        s, e = m.span()
        tok_text = m.group()
        kind = m.lastgroup or "punct"
        got = get((tok_text, kind))  # most tokens: one look-up, without _shape's checks
        if got is None:
            got = _shape(tok_text, kind)
        kind, words, n, bare, stem, conj, prep, art = got
        out.append(Token(len(out), tok_text, s, e, kind, [Word(w, s + a, s + b, k) for w, a, b, k in words],
                         n, bare, stem, conj, prep, art))
    return out


def words(text: str) -> list[Word]:
    """The word layer alone."""
    return [w for t in tokenize(text) for w in t.words]
