"""Related items read from the HTML tree: the teasers of other stories a page prints with the article.

Two kinds of block are read, by structure and the data lexicons, never by one site's classes or ids:

- a block under a related heading ("اقرأ أيضاً", "أخبار ذات صلة", "متعلقات", "المزيد من …": lexicon
  ``data/related_markers.txt``): the links and headings of the elements that follow the heading are the teaser
  titles. A block under another list heading ("الأكثر قراءة") is furniture: left out of the body, not related;
- a block of teaser cards with no heading: an element whose children (at least two) each hold one linked
  headline and little else (an image, a label, a one-sentence summary), or a run of such sibling cards after the
  body with no list element around them.

Each teaser's own element (the largest one around its title that holds no other title) gives its printed fields:
a date beside it is skipped; a label is a section, an author, a city, a caption or a summary by the words its
element's class names are made of (``data/html_field_classes.tsv``: "sec", "author", "city", "caption",
"excerpt" … — vocabulary shared by content systems, not one site's), by its tag (``figcaption``), and otherwise by
its text (a section name of ``data/sections.txt``, a byline, ``NAME (CITY)``, a sentence for a summary).
"""
from __future__ import annotations

import re
from itertools import islice

from ..arabic.normalize import norm_key
from ..lexicon import load_tsv
from ..model import RelatedItem
from . import lines as L
from .dates import date_line, strip_stamp
from .htmldom import HEADINGS, MARKER_TAGS, MAX_MARKERS, is_marker, text_of

CLIMB_SCAN = 2000             # elements of an ancestor looked at for another related heading
MARKER_CLIMB = 3              # how many ancestors of the heading may hold the teaser block beside them
MIN_TEASER_WORDS = 3
MIN_CARD_TITLE_WORDS = 4      # an unheaded card's headline is at least this long (menus are shorter)
MAX_CARD_OTHER_WORDS = 40     # a card holds little besides its headline
MIN_CARDS = 2
MAX_RELATED_PER_BLOCK = 25
MAX_FIELD_WORDS = 40
MIN_SUMMARY_WORDS = 5
LABEL_TAGS = frozenset("span p div small em i b strong time figcaption font label cite address h5 h6".split())
SKIP_TAGS = frozenset("img picture source script style svg form input button select textarea iframe".split())
SKIP_CONTAINERS = ("nav", "header", "footer", "form")  # unheaded cards are never read inside these
_CLASS_WORD = re.compile(r"[a-z]+")
_BRACKETS = re.compile(r"^[\s(\[]+|[\s)\]]+$")


def _field_classes() -> dict[str, str]:
    return {r[0].lower(): r[1] for r in load_tsv("isnad.ingest", "data/html_field_classes.tsv")}


def _heading_level(el) -> int | None:
    return int(el.tag[1]) if isinstance(el.tag, str) and el.tag in HEADINGS else None


def _teaser_title(t: str, min_words: int = MIN_TEASER_WORDS) -> bool:
    return (min_words <= L.word_count(t) <= L.MAX_TEASER_TITLE_WORDS and not L.is_widget(t)
            and not L.is_related_marker(t) and date_line(t) is None and not L.is_nav(t))


def _title_nodes(el, seen: set[str], min_words: int = MIN_TEASER_WORDS) -> list:
    """Teaser title elements inside ``el``: its headings, and its links that hold no heading."""
    out = []
    for node in el.iter("a", *HEADINGS):
        if node.tag == "a" and any(True for _ in node.iter(*HEADINGS)):
            continue  # the heading inside gives the title, not the whole card's text
        if node.tag == "a" and node.getparent() is not None and node.getparent().tag in HEADINGS:
            continue  # the heading around it is the title node
        t = text_of(node)
        k = norm_key(t)
        if k and k not in seen and _teaser_title(t, min_words):
            seen.add(k)
            out.append(node)
    return out


def _contains(a, b) -> bool:
    return any(x is b for x in a.iter())


def _block_after(marker) -> tuple[list, list]:
    """Title elements of the block that follows a related heading, and the elements that hold them."""
    level = _heading_level(marker)
    node = marker
    for _ in range(MARKER_CLIMB + 1):
        seen: set[str] = set()
        titles, holders = [], []
        for sib in node.itersiblings():
            if not isinstance(sib.tag, str):
                continue
            sib_level = _heading_level(sib)
            if is_marker(sib) or (level and sib_level and sib_level <= level):
                break
            found = _title_nodes(sib, seen)
            if not found and titles:
                break  # the block of teasers has ended
            if found:
                titles += found
                holders.append(sib)
            if len(titles) >= MAX_RELATED_PER_BLOCK:
                break
        if titles:
            return titles[:MAX_RELATED_PER_BLOCK], holders
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            break
        if any(is_marker(d) and not _contains(d, marker) for d in islice(node.iter(*MARKER_TAGS), CLIMB_SCAN)
               if d is not marker):
            break  # the parent holds another related heading: climbing further would mix blocks
    return [], []


def _item_element(title, titles: set, stop):
    """The largest element around ``title`` (below ``stop``) that holds no other teaser title."""
    node = title
    while True:
        parent = node.getparent()
        if parent is None or parent is stop or parent.tag in ("body", "html"):
            return node
        if any(x in titles and x is not title for x in parent.iter()):
            return node
        node = parent


def _class_field(el, item) -> str | None:
    """The field named by the class words of ``el`` or of its ancestors up to the teaser's element."""
    fields = _field_classes()
    node = el
    while node is not None:
        for word in _CLASS_WORD.findall(((node.get("class") or "") + " " + (node.get("id") or "")).lower()):
            if word in fields:
                return fields[word]
        if node is item:
            return None
        node = node.getparent()
    return None


def _text_field(t: str) -> tuple[str, ...] | None:
    """The field(s) a label without class hints is, from its text alone."""
    if L.is_section(t):
        return ("section",)
    if L.author_city(t) is not None:
        return ("author", "city")
    if L.word_count(t) >= MIN_SUMMARY_WORDS and L.TERMINAL_END.search(t):
        return ("summary",)
    return None


def _labels(item, title):
    """(element, text) of the leaf labels of a teaser's element, outside its title."""
    # (sets of elements, not of id()s: lxml makes a new proxy object for an element nobody holds, and a freed
    # proxy's id() is reused)
    inside = set(title.iter())
    for el in item.iter():
        if not isinstance(el.tag, str) or el in inside or el.tag in SKIP_TAGS:
            continue
        if el.tag not in LABEL_TAGS and el.tag != "a":
            continue
        if any(isinstance(c.tag, str) and c.tag in LABEL_TAGS and text_of(c) for c in el) or \
                any(x in inside for x in el.iter()):
            continue  # not a leaf label: its children are read instead
        t = text_of(el)
        if t and L.word_count(t) <= MAX_FIELD_WORDS:
            yield el, t


def _item(title, item) -> RelatedItem:
    r = RelatedItem(title=_strip_date(text_of(title)))
    for el, t in _labels(item, title):
        bare = _BRACKETS.sub("", t)
        if date_line(bare) is not None or L.is_relative_time(bare) or L.is_widget(t):
            continue
        field = "caption" if el.tag == "figcaption" else _class_field(el, item)
        if field == "date":
            continue
        if field in ("section", "author", "city", "caption", "summary"):
            if getattr(r, field) is None:
                setattr(r, field, t)
            continue
        guess = _text_field(t)
        if guess == ("author", "city") and r.author is None:
            r.author, r.city = L.author_city(t)
        elif guess and getattr(r, guess[0]) is None:
            setattr(r, guess[0], t)
    return r


def _strip_date(title: str) -> str:
    """A teaser title without a date or time printed before or after it ("… (22/09/2012)", "14:05 | …")."""
    return strip_stamp(title)


def _items(titles: list, holders: list) -> list[RelatedItem]:
    out = []
    for t in titles:
        holder = next((h for h in holders if _contains(h, t)), None)
        stop = holder.getparent() if holder is not None else None
        out.append(_item(t, _item_element(t, set(titles), stop)))
    return out


def _card(c, seen: set[str]) -> list | None:
    """The title element of a teaser card (one linked headline, little else, the headline at least half of its
    words, so that a body paragraph with a link in it is none), or None."""
    found = _title_nodes(c, seen, MIN_CARD_TITLE_WORDS)
    if len(found) != 1 or not _links_away(found[0]):
        return None
    title_words = L.word_count(text_of(found[0]))
    other = L.word_count(text_of(c)) - title_words
    return found if other <= MAX_CARD_OTHER_WORDS and (_heading_level(found[0]) is not None
                                                        or title_words >= other) else None


def _cards(tree, taken: list) -> list[tuple[list, list]]:
    """Blocks of teaser cards with no heading: (title elements, [the block element]) for an element whose children
    are all cards, or (title elements, the cards) for a run of at least :data:`MIN_CARDS` sibling cards of one tag
    among other children (cards printed straight after the body, with no list around them)."""
    skip = {x for h in taken for x in h.iter()}
    out = []
    for el in tree.iter("div", "ul", "ol", "section", "aside", "td", "article", "main"):
        if el in skip or any(a.tag in SKIP_CONTAINERS for a in el.iterancestors()):
            continue
        children = [c for c in el if isinstance(c.tag, str) and c.tag not in SKIP_TAGS]
        if len(children) < MIN_CARDS:
            continue
        seen: set[str] = set()
        runs: list[tuple[list, list]] = []
        titles: list = []
        run: list = []
        for c in children + [None]:
            found = None if c is None or c in skip else _card(c, seen)
            if found is not None and (not run or c.tag == run[-1].tag):
                titles, run = titles + found, run + [c]
                continue
            if len(run) >= MIN_CARDS:
                runs.append((titles, run))
            titles, run = (found, [c]) if found is not None else ([], [])
        if len(runs) == 1 and len(runs[0][1]) == len(children):
            runs = [(runs[0][0], [el])]  # every child a card: the element is the block
        for titles, block in runs:
            out.append((titles, block))
            skip |= {x for b in block for x in b.iter()}
    return out


def _links_away(title) -> bool:
    """Whether a teaser title links to another page (not "#", not a script)."""
    links = [title] if title.tag == "a" else list(title.iter("a")) + [a for a in title.iterancestors("a")]
    return any((a.get("href") or "").strip() not in ("", "#") and not (a.get("href") or "").startswith("javascript")
               for a in links)


def related_blocks(tree) -> tuple[list[RelatedItem], list]:
    """Related items of every related block of the page (under a heading, or unheaded teaser cards), in page
    order, and the elements holding teaser lists (related ones and others such as "most read"), to leave out of
    the body."""
    blocks: list[tuple[list, list]] = []
    holders: list = []
    markers = list(islice((el for el in tree.iter(*MARKER_TAGS) if is_marker(el)), MAX_MARKERS * 4))
    # the innermost element carrying the heading text (a <span> in an <h3> in a <div>: the span); a marker holds
    # at most a few elements, so this looks at little
    found = set(markers)
    markers = [m for m in markers if not any(d in found for d in m.iterdescendants())]
    for m in markers[:MAX_MARKERS]:
        titles, block = _block_after(m)
        holders += block
        if is_marker(m, L.is_related_marker):  # not a "most read" list: furniture, not related
            blocks.append((titles, block))
    cards = _cards(tree, holders)
    holders += [el for _, block in cards for el in block]
    made = [(t, r) for titles, block in blocks + cards for t, r in zip(titles, _items(titles, block))]
    order = {el: k for k, el in enumerate(tree.iter())}
    made.sort(key=lambda tr: order.get(tr[0], 0))
    seen: set[str] = set()
    items: list[RelatedItem] = []
    for _, r in made:
        k = norm_key(r.title)
        if k not in seen:
            seen.add(k)
            items.append(r)
    return items, holders
