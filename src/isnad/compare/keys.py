"""Matching keys for comparing claims: light stems, content words, concepts, and who a source is.

A claim's content becomes a sequence of :class:`Key` (one per word: its light stem, its place in the text) and
a set of comparison keys: the light stems of its content words (function words left out) plus the concepts of
``data/concepts.tsv`` that its words or phrases name. Lexicons live in ``data/`` (see its README).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import load_list, load_tsv
from ..model import Claim
from ..arabic import light, norm, tokenize

PKG = "isnad.compare"
@dataclass(frozen=True, slots=True)
class Key:
    """One content word: its light stem and its offsets in the article text."""

    stem: str
    start: int
    end: int
    kind: str  # word | number | latin | punct
    conj: bool = False  # the token carried the conjunction و/ف


def keys_of(text: str, base: int = 0) -> list[Key]:
    """Light stems of the words of ``text`` (clitics and the article split off), offsets shifted by ``base``.
    Punctuation is kept (kind ``punct``) so that phrases do not match across it and clauses can be cut. The
    rules ask for the same texts (a content, its context, a speaker) several times: the keys are kept for the
    last :data:`KEYS_CACHE` texts."""
    return list(_keys_of(text, base))


KEYS_CACHE = 4096


@lru_cache(maxsize=KEYS_CACHE)
def _keys_of(text: str, base: int) -> tuple[Key, ...]:
    out = []
    for t in tokenize(text):
        if t.kind not in ("word", "number", "latin", "punct"):
            continue
        stem = t.stem_word
        out.append(Key(light(stem.text) if t.kind == "word" else norm(stem.text), base + t.start, base + t.end,
                       t.kind, any(w.kind == "conj" for w in t.words)))
    return tuple(out)


# --- lexicons --------------------------------------------------------------------------------------------------

def _phrase(entry: str) -> tuple[str, ...]:
    return tuple(k.stem for k in keys_of(entry.rstrip("*"))) + (("*",) if entry.endswith("*") else ())


@lru_cache(maxsize=None)
def word_set(name: str) -> frozenset[str]:
    """A one-per-line list as light stems (single words only)."""
    out = set()
    for x in load_list(PKG, f"data/{name}"):
        if " " in x.strip():
            continue
        out.add(light(x))
        out.update(k.stem for k in keys_of(x))
    return frozenset(out)


@lru_cache(maxsize=None)
def phrase_table(name: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """A ``form<TAB>value`` table (or a list, value = the form) as (light-stem phrase, value), longest first."""
    rows = load_tsv(PKG, f"data/{name}")
    out = [(_phrase(r[0]), r[1] if len(r) > 1 else r[0]) for r in rows if r and r[0]]
    return tuple(sorted(((p, v) for p, v in out if p and p != ("*",)), key=lambda x: -len(x[0])))


def _match_at(stems: list[str], i: int, phrase: tuple[str, ...]) -> int:
    """Length matched by ``phrase`` at ``stems[i]`` (0 when it does not match)."""
    prefix = phrase[-1] == "*"
    words = phrase[:-1] if prefix else phrase
    if i + len(words) > len(stems):
        return 0
    for k, w in enumerate(words):
        last = k == len(words) - 1
        s = stems[i + k]
        if not (s == w or (prefix and last and s.startswith(w))):
            return 0
    return len(words)


Entry = tuple[int, tuple[str, ...], str]  # (rank in the table, phrase, value)


@lru_cache(maxsize=None)
def phrase_index(table: str) -> tuple[dict[str, list[Entry]], dict[str, list[Entry]]]:
    """The table's phrases by their first word: (exact first word -> entries, one-word prefix -> entries), each
    list in table order (longest first), so that a position is tried only against the phrases that can start
    there."""
    exact: dict[str, list[Entry]] = {}
    prefix: dict[str, list[Entry]] = {}
    for rank, (phrase, value) in enumerate(phrase_table(table)):
        words = phrase[:-1] if phrase[-1] == "*" else phrase
        (prefix if phrase[-1] == "*" and len(words) == 1 else exact).setdefault(words[0], []).append(
            (rank, phrase, value))
    return exact, prefix


def find_phrases(stems: list[str], table: str) -> list[tuple[int, int, str]]:
    """(start index, end index, value) of every lexicon phrase found in a stem sequence (greedy, left to right;
    at each position the first phrase of the table, longest first, that matches there)."""
    exact, prefix = phrase_index(table)
    out, i = [], 0
    while i < len(stems):
        s = stems[i]
        cands = exact.get(s, ())
        if prefix:
            more = [e for k in range(1, len(s) + 1) for e in prefix.get(s[:k], ())]
            if more:
                cands = sorted([*cands, *more])
        for _, phrase, value in cands:
            n = _match_at(stems, i, phrase)
            if n:
                out.append((i, i + n, value))
                i += n
                break
        else:
            i += 1
    return out


@lru_cache(maxsize=None)
def outlet_aliases() -> tuple[tuple[tuple[str, ...], str], ...]:
    return tuple(sorted(((tuple(k.stem for k in keys_of(name)), key) for key, name in load_tsv(PKG, "data/outlet_aliases.tsv")),
                        key=lambda x: -len(x[0])))


def outlets_in(text: str | None) -> set[str]:
    """Canonical keys of the outlets named in ``text`` (Arabic or Latin spelling)."""
    if not text:
        return set()
    stems = [k.stem for k in keys_of(text)]
    firsts = _alias_firsts()
    found = set()
    for i, s in enumerate(stems):
        for alias, key in firsts.get(s, ()):
            if tuple(stems[i:i + len(alias)]) == alias:
                found.add(key)
    return found


@lru_cache(maxsize=1)
def _alias_firsts() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for alias, key in outlet_aliases():
        if alias:
            out.setdefault(alias[0], []).append((alias, key))
    return out


# --- claim views -----------------------------------------------------------------------------------------------

@dataclass
class ClaimView:
    """What the comparison rules read of one claim, computed once."""

    claim: Claim
    index: int  # position in the article's claim list
    keys: list[Key]  # every word of the content
    content_keys: frozenset[str]  # light stems of content words + concepts
    concepts: frozenset[str]
    source_keys: frozenset[str]  # identifying words of the speaker
    outlets: frozenset[str]  # outlets naming the speaker or relaying the claim
    mentioned_outlets: frozenset[str]  # outlets named in the content or the relay chain
    scope: str = ""  # the document/article the claim belongs to (ids and offsets are only unique inside it)
    context: str = ""  # the sentence(s) around the content, from the article text when it was given
    setting: frozenset[str] = frozenset()  # across documents: the places below country level its article's title
    # and lede name (what the whole article is about; see :func:`.anchors.same_setting`)

    @property
    def id(self) -> str:
        return self.claim.id


def content_keys(stems: list[str]) -> tuple[frozenset[str], frozenset[str]]:
    stop = word_set("stopwords.txt")
    found = find_phrases(stems, "concepts.tsv")
    concepts = frozenset(v for _, _, v in found)
    used = {i for a, b, _ in found for i in range(a, b)}
    words = frozenset(s for i, s in enumerate(stems)
                      if i not in used and len(s) >= 2 and s not in stop and any(ch.isalnum() for ch in s))
    return words | concepts, concepts


def source_keys(text: str | None) -> frozenset[str]:
    generic = word_set("generic_source_words.txt") | word_set("stopwords.txt")
    return frozenset(k.stem for k in keys_of(text or "") if k.stem not in generic and k.kind in ("word", "latin"))


def head_words(text: str | None) -> frozenset[str]:
    """Light stems of a speaker phrase's words, function words left out (the generic heads included)."""
    stop = word_set("stopwords.txt")
    return frozenset(k.stem for k in keys_of(text or "") if k.kind in ("word", "latin") and k.stem not in stop)


SENTENCE_ENDS = ".!?؟\n"


def sentence_around(text: str, start: int, end: int) -> str:
    """The text from the sentence start before ``start`` to the sentence end after ``end``."""
    s = max(text.rfind(ch, 0, start) for ch in SENTENCE_ENDS) + 1
    ends = [i for i in (text.find(ch, end) for ch in SENTENCE_ENDS) if i >= 0]
    return text[s:min(ends) if ends else len(text)]


def view(claim: Claim, index: int, scope: str = "", text: str | None = None) -> ClaimView:
    """The comparison view of a claim; ``text`` (the article's) gives it its sentence as context."""
    c = claim.content
    keys = keys_of(c.text, c.start) if c is not None else []
    ck, concepts = content_keys([k.stem for k in keys])
    speaker = claim.speaker
    names = " ".join(x for x in (speaker.text, speaker.name) if x)
    src = source_keys(speaker.name or speaker.text)
    relay = " ".join(v.text for v in claim.via)
    return ClaimView(claim, index, keys, ck, concepts, src,
                     frozenset(outlets_in(names) | outlets_in(relay)),
                     frozenset(outlets_in(c.text if c else "") | outlets_in(relay)), scope,
                     sentence_around(text, c.start, c.end) if text and c is not None else "")


def who(v: ClaimView, n: int = 40) -> str:
    """A short label of the claim's source for notes: its name, else the speaker span (shortened)."""
    sp = v.claim.speaker
    label = " ".join((sp.name or sp.text or "?").split())
    return label if len(label) <= n else label[: n - 1] + "…"


# --- relations between two claims --------------------------------------------------------------------------------

def same_source(a: ClaimView, b: ClaimView) -> bool:
    """The same speaker (one name's identifying words contained in the other's, or generic names that share a
    head word), or the same outlet."""
    if a.source_keys and b.source_keys and (a.source_keys <= b.source_keys or b.source_keys <= a.source_keys):
        return True
    sa, sb = a.claim.speaker, b.claim.speaker
    if sa.type == sb.type == "person" and (sa.name is None) != (sb.name is None) \
            and head_words(sa.text) & head_words(sb.text):
        return True  # an unnamed person (الفنانة المصرية) may well be the named one with that title (a profile's
        # subject), not one with another title (رئيس فريق الوساطة is not المتحدث باسم الحركة فلان)
    if not a.source_keys or not b.source_keys:
        # a speaker named only by generic words (المسؤول، المتحدث) may be the one named in full elsewhere: the
        # same when their head words meet
        return bool(head_words(a.claim.speaker.text) & head_words(b.claim.speaker.text))
    return bool(a.outlets & b.outlets) and not a.claim.via and not b.claim.via


def nested(a: ClaimView, b: ClaimView) -> bool:
    """One claim inside the other (parent, relay link, or content span containing the other's), or two claims
    reported inside the same third claim."""
    if a.scope != b.scope:
        return False  # claims of two documents: ids and offsets belong to different texts
    ca, cb = a.claim, b.claim
    if ca.parent == cb.id or cb.parent == ca.id or (ca.parent and ca.parent == cb.parent):
        return True
    if any(v.claim == cb.id for v in ca.via) or any(v.claim == ca.id for v in cb.via):
        return True
    x, y = ca.content, cb.content
    if x is None or y is None:
        return False
    return _reported_inside(cb, x) or _reported_inside(ca, y)


def _reported_inside(inner, outer) -> bool:
    """Is ``inner`` reported inside the content span ``outer``: its content within it, and its cue too (a cue
    outside, as in «… بمنع القطريين …، وهو ما نفته الرياض», makes a second source of the same words, not a claim
    inside the first)?"""
    y, cue = inner.content, inner.cue
    if not (outer.start <= y.start and y.end <= outer.end):
        return False
    return cue is None or cue.start is None or outer.start <= cue.start < outer.end


def comparable(a: ClaimView, b: ClaimView) -> bool:
    """Two claims that can contradict each other: different sources, neither nested in the other. Across documents
    (different scopes) one source quoted differently by two outlets counts too: the outlets' reports conflict."""
    if a.scope != b.scope:
        return True
    return a.id != b.id and not same_source(a, b) and not nested(a, b)
