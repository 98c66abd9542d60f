"""Headlines of other stories glued into a body line with no punctuation and no marker.

A scraper that flattens a page's inline teaser links (or its crossheads) into the text leaves them between two
sentences of the body: "… الملائمة. أرامكو تبحث مع غوغل إنشاء مركز للمعلومات وتعتبر أرامكو …". Such a stretch
is found by shape and by counts of the unlabeled news, never by one outlet's words:

- it follows a sentence end inside the line;
- its first word opens headlines far more often than sentences (``data/headline_openers.tsv``: ترامب، مقتل،
  ارتفاع، وزير) or is a headline label (``data/title_labels.txt``: بالصور، فيديو), and is no quotation; or it is
  a name of any kind that comes back bare further on, opening a run of headlines about one story ("أرامكو تثير
  جدلا … أرامكو تبحث …", :func:`_name_like`);
- it runs, with no comma, colon, bracket or sentence end and no word that joins a clause (``data/clause_words.txt``:
  الذي، أن، حيث، لكن), for at least :data:`MIN_GLUED_WORDS` words, up to a word that mostly opens a sentence in
  the unlabeled news (``data/sentence_openers.tsv`` with an opening share of at least :data:`MIN_OPENER_SHARE`:
  وقال، وأكد، وفي، وتعتبر), where the body resumes;
- the resumed sentence has at least :data:`MIN_RESUMED_WORDS` words.

Measured on the two ANT shards (40,135 articles, themselves scraped pages), the rule fires in 395 articles (0.98%);
of a random sample of 40 of its 427 stretches, 34 were headlines or crossheads glued into the text (or runs of them)
and 6 sentences of a body (a subject with a past-tense verb or a comment: "NAME تحدث لإذاعة …"). Several headlines glued one
after another are returned as one stretch, cut only before each repeat of its first word (headlines about one
story often open with the same name: "أرامكو تثير جدلا … أرامكو تبحث …").

The second way in (a repeated name that is no headline opener) fires on 10 stretches in 9 articles of the same
shards, all read: each is a run of glued headlines (a page's inline links: "ميلانيا ترامب … ميلانيا ترامب
«تغرد» …"); in one the last cut also took a verb-first sentence of the body whose verb ended the run before it.
Cutting a run before a number or a headline opener inside it was tried and not kept: of 30 such cuts sampled,
nearly all fell inside one headline (a country, a city, a figure).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..arabic.normalize import norm_key
from ..lexicon import load_tsv, sentence_openers
from . import lines as L

MIN_GLUED_WORDS = 4          # a glued headline has at least this many words ...
MAX_GLUED_WORDS = 45         # ... and a run of them at most this many (one headline: 30)
MIN_OPENER_SHARE = 0.5       # the word where the body resumes opens a sentence at least this often
MIN_RESUMED_WORDS = 4        # the resumed sentence has at least this many words
MIN_NAME_LETTERS = 4         # a name opening a run of headlines (no headline opener) has at least this many letters
OPENER_SHARE_FLOOR = 0.3     # ... and is no word that opens a sentence this often (the lowest share kept in the list)
_TOKEN = re.compile(r"\S+")
_ENDS_SENTENCE = re.compile(r"(?<!\.)[.!?؟…][»”\"')\]]*$")  # ".." separates a headline's parts: no end
_BREAKS = re.compile(r"[،,:：؛;()\[\]]|(?<!\.)[.!?؟…](?!\.)")
_DOTS = re.compile(r"\.\.+$")
_QUOTE_OPEN = re.compile(r"^[\"«“'‘]")


@lru_cache(maxsize=1)
def _headline_openers() -> frozenset[str]:
    return frozenset(r[0] for r in load_tsv("isnad.ingest", "data/headline_openers.tsv"))


def _opens_headline(token: str) -> bool:
    k = norm_key(token)
    if not k or _QUOTE_OPEN.search(token):
        return False
    return k in _headline_openers() or k in L.keys("title_labels")


def _breaks(token: str) -> bool:
    """A token that ends or splits a clause: punctuation (a ".." after a headline label is none) or a clause word."""
    return bool(_BREAKS.search(_DOTS.sub("", token))) or norm_key(token) in L.keys("clause_words")


def _stretch_end(tokens: list[re.Match], start: int) -> int | None:
    """The index of the word where the body resumes after a glued stretch opening at ``start``, or None."""
    resuming = sentence_openers(MIN_OPENER_SHARE)
    for j in range(start, min(len(tokens), start + MAX_GLUED_WORDS + 1)):
        tok = tokens[j].group()
        if j > start and norm_key(tok) in resuming:
            if j - start < MIN_GLUED_WORDS:
                return None
            rest = 0
            for t in tokens[j:]:
                rest += 1
                if _ENDS_SENTENCE.search(t.group()):
                    break
            return j if rest >= MIN_RESUMED_WORDS else None
        if _breaks(tok) and j > start or (j == start and _BREAKS.search(_DOTS.sub("", tok))):
            return None
    return None


def cut_glued_headlines(line: str) -> tuple[str, list[str]]:
    """``line`` without the headlines glued into it between two sentences, and the glued stretches."""
    tokens = list(_TOKEN.finditer(line))
    found: list[tuple[int, int]] = []
    i = 1
    while i < len(tokens):
        if _ENDS_SENTENCE.search(tokens[i - 1].group()):
            opener = _opens_headline(tokens[i].group())
            end = _stretch_end(tokens, i) if opener or _name_like(tokens[i].group()) else None
            if end is not None and (opener or len(_split_repeated_opener(tokens, i, end)) > 1):
                found.append((i, end))
                i = end
                continue
        i += 1
    if not found:
        return line, []
    out, titles, pos = [], [], 0
    for a, b in found:
        out.append(line[pos:tokens[a].start()])
        titles.extend(line[tokens[x].start():tokens[y - 1].end()] for x, y in _split_repeated_opener(tokens, a, b))
        pos = tokens[b].start()
    out.append(line[pos:])
    return " ".join(x.strip() for x in out if x.strip()), titles


def _name_like(token: str) -> bool:
    """Whether ``token`` may open a run of headlines about one story although it opens no more headlines than
    sentences ("أرامكو تثير جدلا … أرامكو تبحث …"): a content word of :data:`MIN_NAME_LETTERS` letters or more,
    no clause word, no word that mostly opens sentences, no quotation. Such a stretch is cut only when the word
    comes back bare further on (:func:`_split_repeated_opener`): a sentence of a body does not repeat its
    subject without a break."""
    k = norm_key(token)
    return len(k) >= MIN_NAME_LETTERS and not _QUOTE_OPEN.search(token) and k not in L.keys("clause_words") \
        and k not in sentence_openers(OPENER_SHARE_FLOOR)


def _split_repeated_opener(tokens: list[re.Match], a: int, b: int) -> list[tuple[int, int]]:
    """A run of glued headlines about one story often opens each with the same word ("ترامب يصف … ترامب «يستخدم
    …»"، "أرامكو تثير جدلا … أرامكو تبحث …"): the stretch [a, b) is cut before every later occurrence of its first
    word, as spelt, when each part keeps :data:`MIN_GLUED_WORDS` words."""
    first = norm_key(tokens[a].group())
    cuts = [a]
    for k in range(a + MIN_GLUED_WORDS, b - MIN_GLUED_WORDS + 1):
        if norm_key(tokens[k].group()) == first and k - cuts[-1] >= MIN_GLUED_WORDS \
                and not _QUOTE_OPEN.search(tokens[k].group()):
            cuts.append(k)
    return [(x, y) for x, y in zip(cuts, cuts[1:] + [b])]
