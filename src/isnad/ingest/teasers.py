"""Teasers of other articles printed on a page: the related items of a block opened by a related heading
("اقرأ أيضاً", "مواضيع ذات صلة") and where an article starts again inside such a block; lists of headlines with no
heading before an article's headline or after its body; teasers glued into a line of text."""
from __future__ import annotations

import re
from functools import lru_cache

from ..arabic.normalize import norm_key
from ..lexicon import load_tsv
from ..model import RelatedItem
from . import lines as L
from .dates import strip_stamp
from .pagelines import Classified, Shape

SKIPPED_IN_TEASERS = ("widget", "nav", "date", "reltime", "credit", "dup", "inline")
MIN_UNHEADED_TEASERS = 2     # a list of teasers with no heading has at least this many headlines
MIN_TEASER_TITLE_WORDS = 4
MAX_SUMMARY_WORDS = 40       # a teaser's summary is one short paragraph
MIN_LIST_RUN = 3             # consecutive headlines before an article's own headline are a list of teasers


def article_start(items: list[Classified], shape: Shape) -> int | None:
    """Inside a related block, where an article starts again: the header of the first run of two body
    paragraphs (a teaser has at most one summary), going back over headlines, captions and widgets to the
    previous teaser's last line (its summary or its ``NAME (CITY)`` line)."""
    prev_body = None
    for k, c in enumerate(items):
        if shape.is_body(c):
            if prev_body is not None:
                j = prev_body
                while j > 0 and items[j - 1].kind not in ("author",) and not shape.is_body(items[j - 1]):
                    j -= 1
                return j
            prev_body = k
        elif shape.is_headline(c) or c.kind == "author":
            prev_body = None
    return None


def teasers(items: list[Classified], shape: Shape) -> list[RelatedItem]:
    """Teasers of a related block: a title, with a section+caption line, a summary and a ``NAME (CITY)`` line
    around it in any order; a new title, a second caption or a closing ``NAME (CITY)`` line ends a teaser."""
    out: list[RelatedItem] = []
    cur: RelatedItem | None = None  # the teaser being read; its title is "" until one is seen
    seen_titles: set[str] = set()

    def close() -> None:
        nonlocal cur
        if cur is not None and cur.title:
            cur.title = strip_stamp(L.strip_title_label(cur.title))
            out.append(cur)
        cur = None

    for c in items:
        text = c.line.text
        if c.kind == "author":
            cur = cur or RelatedItem(title="")
            cur.author, cur.city = c.author
            close()
        elif c.kind == "caption":
            section, caption = L.split_section(text)
            if cur is not None and cur.caption is not None and norm_key(cur.caption) == norm_key(caption):
                continue  # a caption printed twice
            if cur is None or cur.caption is not None or cur.summary is not None:
                close()
                cur = RelatedItem(title="")
            cur.section, cur.caption = cur.section or section, caption
        elif c.kind in SKIPPED_IN_TEASERS or c.kind not in ("text", "headline"):
            continue
        elif shape.is_body(c) or (cur is not None and cur.title and cur.summary is None
                                  and (c.line.words > L.MAX_TEASER_TITLE_WORDS
                                       or (c.line.punctuated and c.line.words >= 3))):
            cur = cur or RelatedItem(title="")
            cur.summary = cur.summary or text
        elif shape.is_headline(c):
            if c.line.key in seen_titles and cur is not None:
                continue  # the teaser's title printed again
            if cur is None or cur.title:
                close()
                cur = RelatedItem(title="")
            cur.title = text
            seen_titles.add(c.line.key)
    close()
    return out


def _teaser_headline(c: Classified, shape: Shape, title_key: str | None) -> bool:
    return (shape.is_headline(c) and not shape.is_body(c) and c.line.words >= MIN_TEASER_TITLE_WORDS
            and c.line.key != title_key and not L.is_section(c.line.text))


def continues_narration(text: str) -> bool:
    """Whether a line opens with a conjunction that carries the article's narration on ("وقال …", "وحددت …",
    "ويشترط …"): the paragraph under a crosshead, not a teaser's summary, which stands alone."""
    return bool(text.strip()) and norm_key(text.split(None, 1)[0]) in _openers()


def teaser_tail(items: list[Classified], shape: Shape, start: int, title_key: str | None) -> int | None:
    """Where a list of teasers with no heading closes an article: from the end back, headlines of other stories,
    each followed by at most one short summary, with dates, widgets and captions between — at least
    :data:`MIN_UNHEADED_TEASERS` headlines after the body's first paragraph ``start``. On a page whose body has
    crossheads, headlines with short paragraphs under them are its own last sections unless dates mark them as
    teasers. None when the article ends with its own text."""
    first = None
    headlines = summaries = stamps = 0
    pending = False  # a summary seen, waiting for its headline above it
    for k in range(len(items) - 1, start, -1):
        c = items[k]
        if c.kind in ("date", "reltime"):
            stamps += 1
            continue
        if c.kind in SKIPPED_IN_TEASERS or c.kind in ("caption", "author", "footer") or c.line.key == title_key:
            continue
        if _teaser_headline(c, shape, title_key):
            headlines, summaries, pending, first = headlines + 1, summaries + pending, False, k
        elif (c.kind == "text" and c.line.punctuated and c.line.words <= MAX_SUMMARY_WORDS and not pending
              and not continues_narration(c.line.text)):
            pending = True
        else:
            break
    if headlines < MIN_UNHEADED_TEASERS or first is None:
        return None
    # crossheads in the body, or no sentence punctuation to tell a headline from a short paragraph: only dates
    # beside the headlines mark them as teasers
    crossheads = any(_teaser_headline(c, shape, title_key) for c in items[start:first])
    if (crossheads and summaries or not shape.punctuation_matters) and not stamps:
        return None
    return first


def teaser_run_before(items: list[Classified], shape: Shape, title_index: int) -> list[Classified]:
    """A list of teaser headlines (at least :data:`MIN_LIST_RUN`, one after the other) printed before the
    article's own headline at ``title_index``: the lines of the last such run, or []."""
    run: list[Classified] = []
    best: list[Classified] = []
    for c in items[:title_index]:
        if _teaser_headline(c, shape, None):
            run.append(c)
        elif c.kind not in ("widget", "reltime", "date"):  # (a menu ends a run: a masthead's motto is above it)
            if len(run) >= MIN_LIST_RUN:
                best = run
            run = []
    return run if len(run) >= MIN_LIST_RUN else best


# ---- a teaser glued into a line of text: "… لمهنتهم. اقرأ أيضاً: TITLE وعلى الجانب الآخر …" ----------------------

MAX_MARKER_WORDS = 4
_TOKEN = re.compile(r"\S+")
_ENDS_SENTENCE = re.compile(r"(?<!\.)[.!?؟…][»”\"')\]]*$")  # ".." separates a headline's parts: no end
_MARKER_COLON = re.compile(r"[:：]$")
_DASHES = frozenset(":：-–—")


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    return frozenset(r[0] for r in load_tsv("isnad.ingest", "data/sentence_openers.tsv"))


def _marker_at(tokens: list[re.Match], i: int) -> int | None:
    """The index of the first title token when a related heading ending with a colon (or followed by one, or by
    a dash) starts at token ``i``."""
    for n in range(1, MAX_MARKER_WORDS + 1):
        if i + n > len(tokens):
            return None
        words = [t.group() for t in tokens[i:i + n]]
        last = words[-1]
        if _MARKER_COLON.search(last) and L.is_related_marker(" ".join(words).rstrip(":：")):
            return i + n
        if i + n < len(tokens) and tokens[i + n].group() in _DASHES and L.is_related_marker(" ".join(words)):
            return i + n + 1
    return None


def cut_glued_teasers(line: str) -> tuple[str, list[str]]:
    """``line`` without the teasers glued into it after a sentence ("اقرأ أيضاً: TITLE", "للمزيد: TITLE"), and
    their titles. A title runs to a sentence end, or to the word where the text resumes: one that mostly opens a
    sentence in the unlabeled news (``data/sentence_openers.tsv``: وقال، وفي، وعلى …). A teaser whose end cannot
    be found within :data:`isnad.ingest.lines.MAX_TEASER_TITLE_WORDS` words, and a line that is nothing but the
    teaser, are left as they are."""
    tokens = list(_TOKEN.finditer(line))
    titles: list[str] = []
    out, pos, i = [], 0, 0
    while i < len(tokens):
        first = _marker_at(tokens, i) if i == 0 or _ENDS_SENTENCE.search(tokens[i - 1].group()) else None
        if first is None:
            i += 1
            continue
        end = None
        for j in range(first, min(len(tokens), first + L.MAX_TEASER_TITLE_WORDS)):
            if j - first >= 2 and norm_key(tokens[j].group()) in _openers():
                end = j
                break
            if _ENDS_SENTENCE.search(tokens[j].group()):
                end = j + 1
                break
        else:
            if len(tokens) - first <= L.MAX_TEASER_TITLE_WORDS:
                end = len(tokens)
        if end is None or end <= first or (i == 0 and end == len(tokens)):
            i += 1
            continue
        titles.append(line[tokens[first].start():tokens[end - 1].end()])
        out.append(line[pos:tokens[i].start()])
        pos = tokens[end].start() if end < len(tokens) else len(line)
        i = end
    if not titles:
        return line, []
    out.append(line[pos:])
    return " ".join(x.strip() for x in out if x.strip()), titles


# ---- ledes of other stories appended after a body: "… . أعلن وزير الخارجية، الإثنين، أن … . نفى العقيد …" ------

MIN_LEDE_TEASERS = 2          # at least this many teasers close the body
MIN_LEDE_TEASER_WORDS = 8     # a teaser is a whole lede sentence
MIN_KEPT_SENTENCES = 2        # the body keeps at least this many sentences
MAX_LEDE_LIKE_BODY_SHARE = 0.2  # a body whose own sentences often open like a lede (no conjunction) is left as is
_WEEKDAY_TAIL = re.compile(r"[،,]\s*\S+\s*$")  # a last word after a comma
_SENTENCE_GAP = re.compile(r"(?<=[.!?؟])[»”\"')\]]*\s+")


@lru_cache(maxsize=1)
def _lede_openers() -> frozenset[str]:
    return frozenset(r[0] for r in load_tsv("isnad.ingest", "data/lede_openers.tsv"))


def opens_lede(sentence: str) -> bool:
    """Whether a sentence opens like a story's lede: its first word is a lede opener of the unlabeled news
    (``data/lede_openers.tsv``), or the same verb with or without the feminine ending ت (أعلن/أعلنت)."""
    words = sentence.split(None, 1)
    if not words:
        return False
    k = norm_key(words[0])
    known = _lede_openers()
    return k in known or k + "ت" in known or (k.endswith("ت") and k[:-1] in known)


@lru_cache(maxsize=1)
def _weekday_names() -> tuple[str, ...]:
    """The weekday names as printed, longest first (the facts stage's data file: a stage reads another's data,
    never its code)."""
    return tuple(sorted({name for name, _ in load_tsv("isnad.facts", "data/weekdays.tsv")}, key=len, reverse=True))


@lru_cache(maxsize=1)
def _weekday_close() -> re.Pattern:
    """A teaser closed by its day after a comma and no full stop ("… الإيراني، الأربعاء أعلن …"): the gap after
    the weekday."""
    return re.compile(r"(?<=[،,]\s)(?:" + "|".join(map(re.escape, _weekday_names())) + r")(?=\s+\S)")


@lru_cache(maxsize=1)
def _weekday_keys() -> frozenset[str]:
    return frozenset(norm_key(name) for name in _weekday_names())


def _sentences(paragraph: str, weekdays: bool = False) -> list[str]:
    """The sentences of ``paragraph``; with ``weekdays``, a weekday closing a clause after a comma with no full
    stop before the next word ends one too (teasers glued as "…، الأربعاء أعلن …")."""
    gaps = [(m.start(), m.end()) for m in _SENTENCE_GAP.finditer(paragraph)]
    if weekdays:
        gaps += [(m.end(), m.end() + len(paragraph[m.end():]) - len(paragraph[m.end():].lstrip()))
                 for m in _weekday_close().finditer(paragraph)]
    out, pos = [], 0
    for a, b in sorted(gaps):
        if a < pos:
            continue
        out.append(paragraph[pos:a])
        pos = b
    out.append(paragraph[pos:])
    return [s for s in out if s.strip()]


def _closed_by_weekday(sentence: str) -> bool:
    """Does the sentence end with a weekday after a comma ("…، الأربعاء")?"""
    return bool(_WEEKDAY_TAIL.search(sentence)) and norm_key(sentence.rsplit(None, 1)[-1]) in _weekday_keys()


def cut_lede_teasers(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """The body without the teasers of other stories that a site appends after its last sentence (CNN's
    "… . أعلن وزير الخارجية الروسية، الإثنين، أن … . نفى العقيد …"), and their texts. They are the last sentences
    of the last paragraph, at least :data:`MIN_LEDE_TEASERS`, each a lede opening with no conjunction (a lede
    opener). A body's own sentences mostly carry its narration on with a conjunction (وقال، وأضاف); on a page
    whose body sentences often open like a lede, nothing is cut."""
    if not paragraphs:
        return paragraphs, []
    sentences = _sentences(paragraphs[-1], weekdays=True)
    n = 0
    for s in reversed(sentences):
        if not ((opens_lede(s) or _closed_by_weekday(s)) and L.word_count(s) >= MIN_LEDE_TEASER_WORDS):
            break
        n += 1
    kept = sentences[:len(sentences) - n]
    before = [s for p in paragraphs[:-1] for s in _sentences(p)] + kept
    if n < MIN_LEDE_TEASERS or len(before) < MIN_KEPT_SENTENCES:
        return paragraphs, []
    if sum(map(opens_lede, before[1:])) > MAX_LEDE_LIKE_BODY_SHARE * max(1, len(before) - 1):
        return paragraphs, []
    last = " ".join(kept)
    return paragraphs[:-1] + ([last] if last else []), [s.strip() for s in sentences[len(kept):]]


MAX_GLUED_TITLE_WORDS = 15   # the headline before the dash of a "HEADLINE - summary." teaser line


def summary_teasers(items: list[Classified], shape: Shape) -> list[RelatedItem] | None:
    """Teasers printed one a line as "HEADLINE - summary sentence." (a list of other stories with their
    summaries, the markup between title and summary lost): the related items when every body line of
    ``items`` has that form and there are at least :data:`MIN_UNHEADED_TEASERS`, else None. A headline has no
    closing punctuation and at least :data:`MIN_TEASER_TITLE_WORDS` words; a dateline before a dash («عمان -
    قال …») is too short to be one."""
    out = []
    for c in items:
        if not shape.is_body(c):
            continue
        parts = L.DASH_SEPARATOR.split(c.line.text, maxsplit=1)
        if len(parts) < 2:
            return None
        head, rest = parts
        if not MIN_TEASER_TITLE_WORDS <= L.word_count(head) <= MAX_GLUED_TITLE_WORDS or L.TERMINAL_END.search(head) \
                or not L.TERMINAL_END.search(rest) or L.word_count(rest) > MAX_SUMMARY_WORDS:
            return None
        out.append(RelatedItem(title=head.strip(), summary=rest.strip()))
    return out if len(out) >= MIN_UNHEADED_TEASERS else None

