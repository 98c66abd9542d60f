"""The gazetteer's name index, built from its rows' names (see :class:`isnad.facts.geo.gazetteer.Gazetteer`).

Every name is indexed under its key (its words without a leading article, joined without spaces), and also, when
it starts with a generic head (محافظة الأنبار), without the head, and, when it has several words, written together
(ديرالزور). This runs once per process when the start-up cache (:mod:`isnad.cache`) is cold or off, over some
49,000 names, so it is written for speed: the heads are found by the name's first word (a dict access, not a
test of every head), and the loop keeps its tables in local names.
"""
from __future__ import annotations

# Flags of one indexed name.
F_ARTICLE = 1   # the name's first word carries the article (الرقة), so the text should too
F_ALT = 2       # an Arabic-script spelling from another language (lower prior)
F_HEADLESS = 4  # derived by removing a generic head (محافظة الأنبار -> الأنبار)
F_LONG = 8      # the name has several words
F_EITHER = 16   # the name is written both with and without the article (الصور / صور)

ARTICLE = "ال"


def heads_by_first_word(heads: tuple[str, ...]) -> dict[str, list[str]]:
    """Each head (a normalised phrase ending in a space) under its first word, in the order given."""
    out: dict[str, list[str]] = {}
    for h in heads:
        out.setdefault(h.split(" ", 1)[0], []).append(h)
    return out


def _variants(nk: str, flags: int, by_first: dict[str, list[str]]) -> list[tuple[str, int]]:
    """The name, without its head (the first head of the list that it starts with, when something is left), and
    each of these written together."""
    variants = [(nk, flags)]
    space = nk.find(" ")
    if space > 0:
        for h in by_first.get(nk[:space], ()):
            if nk.startswith(h) and len(nk) > len(h) + 2:
                variants.append((nk[len(h):], flags | F_HEADLESS))
                break
        for text, fl in list(variants):
            if " " in text:
                # دير الزور written together: ديرالزور (the article kept inside).
                variants.append((text.replace(" ", ""), fl | F_LONG))
    return variants


def index_names(names: list[tuple[int, str, int]], heads: tuple[str, ...]):
    """``(index, prefixes, max_words)``: ``index[key] -> [(row, flags), ...]`` in the order the names come,
    ``prefixes`` the keys of the first k words of every name (to stop extending a span), ``max_words`` the most
    words of a name. ``names`` are ``(row, name as norm_key, flags)``."""
    by_first = heads_by_first_word(heads)
    index: dict[str, list[tuple[int, int]]] = {}
    prefixes: set[str] = set()
    add_prefix = prefixes.add
    max_words = 1
    for row, nk, flags in names:
        for text, fl in _variants(nk, flags, by_first):
            if " " in text:
                words = []
                for w in text.split(" "):
                    if w.startswith(ARTICLE) and len(w) >= 4:
                        if not words:
                            fl |= F_ARTICLE
                        w = w[2:]
                    words.append(w)
                if len(words) > 1:
                    fl |= F_LONG
                key = "".join(words)
                if len(key) < 2:
                    continue
                acc = ""
                for w in words[:-1]:
                    acc += w
                    add_prefix(acc)
                if len(words) > max_words:
                    max_words = len(words)
            else:  # one word: no prefixes
                key = text
                if key.startswith(ARTICLE) and len(key) >= 4:
                    fl |= F_ARTICLE
                    key = key[2:]
                if len(key) < 2:
                    continue
            lst = index.get(key)
            if lst is None:
                index[key] = [(row, fl)]
                continue
            for n, (r, f0) in enumerate(lst):
                if r == row:
                    if (f0 ^ fl) & F_ARTICLE:
                        lst[n] = (r, (f0 | F_EITHER) & ~F_ARTICLE)  # written both with and without ال
                    break
            else:
                lst.append((row, fl))
    return index, prefixes, max_words
