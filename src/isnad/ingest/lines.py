"""What a line of page text is: the structural tests the page parser builds on.

Each test looks at shape (length, final punctuation, a parenthesised credit, repetition) and at lexicons kept as
data files in ``isnad/ingest/data/`` — never at one outlet's words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from ..lexicon import load_keys, load_list, load_tsv
from ..arabic.normalize import norm_key

PKG = "isnad.ingest"

NAV_ITEM_WORDS = 4        # a breadcrumb item is at most this long ...
NAV_MAX_WORDS = 12        # ... and the whole trail at most this long
MIN_CAPTION_WORDS = 3       # shorter, "CITY (AGENCY)" is a dateline, not a caption
MAX_CAPTION_WORDS = 80
MAX_TEASER_TITLE_WORDS = 30
SHORT_LINE_CHARS = 60         # widgets and block headings are whole short lines
MAX_PREFIX_HEADING_WORDS = 5  # "المزيد من أخبار الجزائر": a heading, not a sentence opening with the same words
FOOTER_MAX_WORDS = 15        # a footer line (copyright, tags, comments heading) is short

# A sentence end, possibly followed by closing quotes/brackets (a headline ending in a quotation does not count).
TERMINAL_END = re.compile(r"[.!?؟…:]\s*[»”\"')\]]*\s*$|[»”\")]\s*[.!?؟]\s*$")
SENTENCE_END = re.compile(r"[.!?؟…]\s*$")
PAREN_TAIL = re.compile(r"^(?P<head>.*?)\s*\((?P<inner>[^()]{1,60})\)\s*$")
# "... - رويترز", "... | أ ف ب", "... / أرشيفية": a credit after a separator at the end of a caption
SEP_TAIL = re.compile(r"^(?P<head>.*\S)\s+[\-–—|/]\s*(?P<inner>[^\-–—|/()]{1,40})$")
DIVIDER = re.compile(r"^\s*[-_=*~•.·]{3,}\s*$")
LATIN_ONLY = re.compile(r"^[A-Za-z\s]+$")
ARABIC_CHAR = re.compile(r"[\u0600-\u06ff]")
NAV_SEPARATOR = re.compile(r"\s+(?:[»›>|\\/←→]|::)\s+")
DASH_SEPARATOR = re.compile(r"\s+[-–—]\s+")
MIN_DASH_MENU_ITEMS = 3      # a menu printed with dashes has at least this many items ...
MIN_DASH_MENU_KNOWN = 2      # ... and at least this many of them are menu words or section names
COUNTER = re.compile(r"^\s*[\d٠-٩.,]+\s*[KkMmألف]*\s+(?P<word>.+?)\s*$")
INLINE_MARKER = re.compile(r"^(?P<marker>[^:：\-–—|]{3,30}?)\s*[:：\-–—|]+\s*(?P<title>\S.{5,})$")
WORD = re.compile(r"\S+")
# "ROLE: NAME" (or "ROLE - NAME"), one pair of a masthead line
STAFF_PAIR = re.compile(r"^(?P<role>[^:：\-–—]{3,40}?)\s*[:：\-–—]\s*(?P<name>[^:：\-–—]{2,60})$")
STAFF_SEPARATOR = re.compile(r"\s+[|·•/]\s+|\s*[|·•]\s*")
MAX_STAFF_NAME_WORDS = 5
MAX_PROMO_WORDS = 25
# agency desk initials closing a story ("ع ز/م ح/ب ق"): groups of one- or two-letter tokens between slashes
DESK_INITIALS = re.compile(r"^\s*[\u0621-\u064a]{1,2}(?:\s+[\u0621-\u064a]{1,2})*"
                           r"(?:\s*/\s*[\u0621-\u064a]{1,2}(?:\s+[\u0621-\u064a]{1,2})*)+\s*$")
RELATIVE_TIME = re.compile(r"^\s*(?:منذ|قبل)\s+(?:[\d٠-٩]+\s+)?(?P<unit>\S+)\s*$")
BRACKETED = re.compile(r"^\s*[(\[]\s*(?P<inner>[^()\[\]]{3,200})\s*[)\]]\s*$")
QUOTE_MARKS = re.compile(r"[«»\"“”]")


def keys(name: str) -> frozenset[str]:
    """The matching keys of the lexicon ``data/<name>.txt`` (credits, widgets, related_markers, list_markers,
    footer_markers, title_labels, credit_prefixes, counters, byline_prefixes, staff_roles, relative_times,
    production_credits, related_marker_prefixes)."""
    return load_keys(PKG, f"data/{name}.txt")


def sections() -> tuple[str, ...]:
    # longest first, so "أخبار عربية" wins over "أخبار"
    return tuple(sorted(load_list(PKG, "data/sections.txt"), key=len, reverse=True))


def byline_prefixes() -> tuple[str, ...]:
    # longest first, so "Written by" wins over "By"
    return tuple(sorted(keys("byline_prefixes"), key=len, reverse=True))


@dataclass
class Line:
    """One non-empty line of the page, with the facts the parser needs about it."""

    index: int
    text: str
    key: str
    blank_before: bool
    count: int = 1  # how many lines of the page share this key

    @cached_property
    def words(self) -> int:
        return len(WORD.findall(self.text))

    @cached_property
    def punctuated(self) -> bool:
        return bool(TERMINAL_END.search(self.text))


def word_count(text: str) -> int:
    return len(WORD.findall(text))


def is_widget(text: str) -> bool:
    if len(text) > SHORT_LINE_CHARS:
        return False
    k = norm_key(text)
    if not k:
        return True
    if k in keys("widgets"):
        return True
    words = k.split()
    if len(words) > 1 and all(w in keys("widgets") for w in words):
        return True  # a row of share buttons (شارك: فيسبوك تويتر واتساب)
    # a stray token of one to three Latin letters (font-size widgets, "ha" markers)
    if LATIN_ONLY.match(text.strip()) and len(text.strip()) <= 3:
        return True
    m = COUNTER.match(text)  # "0 تعليق", "1.2K views"
    return bool(m) and norm_key(m.group("word")) in keys("counters")


def staff_pairs(text: str) -> int:
    """How many ``ROLE: NAME`` pairs of a masthead (``رئيس التحرير: فلان | مدير التحرير: فلان``) the line is made
    of; 0 when any part is something else. The role comes from the lexicon ``data/staff_roles.txt``; the name is
    a few words with no sentence punctuation, quotation or digit."""
    parts = [x for x in STAFF_SEPARATOR.split(text.strip()) if x.strip()]
    if not parts:
        return 0
    for part in parts:
        m = STAFF_PAIR.match(part.strip())
        if not m or norm_key(m.group("role")) not in keys("staff_roles"):
            return 0
        name = m.group("name").strip()
        if (not 1 <= word_count(name) <= MAX_STAFF_NAME_WORDS or TERMINAL_END.search(name)
                or QUOTE_MARKS.search(name) or any(ch.isdigit() for ch in name)):
            return 0
    return len(parts)


@lru_cache(maxsize=1)
def _promo_words() -> tuple[frozenset[str], frozenset[str]]:
    """(first words of the promo verbs, promo objects), matching keys."""
    rows = load_tsv(PKG, "data/promo_words.tsv")
    return (frozenset(norm_key(r[0]).split()[0] for r in rows if r[1] == "verb"),
            frozenset(norm_key(r[0]) for r in rows if r[1] == "object"))


def is_promo(text: str) -> bool:
    """A site's promotion box: "اشترك في النشرة البريدية …", "حمّل تطبيق … على هاتفك", "أدخل بريدك الإلكتروني"."""
    if word_count(text) > MAX_PROMO_WORDS:
        return False
    verbs, objects = _promo_words()
    words = norm_key(text).split()
    return bool(words) and words[0] in verbs and any(w in objects for w in words[1:])


YEAR = re.compile(r"(?<!\d)(1[89]|20)\d\d(?!\d)")
ISSUE_PART = re.compile(r"^(?P<word>\D{2,12}?)\s*[:.]?\s*\d+$")
MAX_ISSUE_HEADER_WORDS = 16


def is_issue_header(text: str) -> bool:
    """A print page's running header: the paper's name, its issue number and the date, joined by dashes or bars
    ("صحيفة الخبر — العدد 4521 — الجمعة 7 أغسطس 2015"): one part is an issue word (``data/issue_words.txt``) with
    a number, and another part holds a year or a second such number (السنة 140 - العدد 48000)."""
    if word_count(text) > MAX_ISSUE_HEADER_WORDS:
        return False
    parts = [p.strip() for p in re.split(r"\s+[-–—|]\s+|\s*[|—]\s*", text.strip()) if p.strip()]
    if len(parts) < 2:
        return False
    issue = [p for p in parts if (m := ISSUE_PART.match(p)) and norm_key(m.group("word")) in keys("issue_words")]
    # and the header's other facts: a year in another part (the date), or a second issue number (السنة 140)
    return bool(issue) and (len(issue) >= 2 or any(YEAR.search(p) for p in parts if p not in issue))


def is_relative_time(text: str) -> bool:
    """A relative time stamp: "منذ 3 ساعات", "منذ يومين", "قبل ساعة"."""
    m = RELATIVE_TIME.match(text)
    return bool(m) and norm_key(m.group("unit")) in keys("relative_times")


def is_desk_note(text: str) -> bool:
    """Agency furniture after a story: desk initials ("ع ز/م ح/ب ق") or a production credit in brackets
    ("(إعداد فلان للنشرة العربية - تحرير فلان)")."""
    if DESK_INITIALS.match(text):
        return True
    m = BRACKETED.match(text)
    if not m:
        return False
    k = norm_key(m.group("inner"))
    return any(k == p or k.startswith(p + " ") for p in keys("production_credits"))


MAX_COUNTER_WORDS = 5


@lru_cache(maxsize=1)
def _counter_words() -> frozenset[str]:
    return frozenset(c for c in keys("counters") if " " not in c)


def is_counter(text: str) -> bool:
    """A counter or reading-time label: "التعليقات (3)", "لا توجد تعليقات", "عدد القراءات: 1843", "قراءة 4 دقائق"."""
    if word_count(text) > MAX_COUNTER_WORDS:
        return False
    single = _counter_words()
    return any(w in single or (w.startswith("ال") and w[2:] in single) for w in norm_key(text).split())


@lru_cache(maxsize=1)
def _section_keys() -> frozenset[str]:
    return frozenset(norm_key(s) for s in sections())


def is_section(text: str) -> bool:
    """A section label alone ("محليات", "أخبار عربية")."""
    return len(text) <= SHORT_LINE_CHARS and norm_key(text) in _section_keys()


def is_nav(text: str) -> bool:
    """A breadcrumb or menu trail: short items joined by » › > / | (``الرئيسية » اقتصاد » طاقة``)."""
    if "«" in text or TERMINAL_END.search(text):  # » closing a quotation is no separator
        return False
    parts = _nav_parts(text)
    if len(parts) < 2:
        return _is_dash_menu(text)
    # (the items' words: the separators are no words of the trail)
    return all(word_count(p) <= NAV_ITEM_WORDS for p in parts) and sum(map(word_count, parts)) <= NAV_MAX_WORDS


def _nav_parts(text: str) -> list[str]:
    return [p for p in NAV_SEPARATOR.split(text.strip()) if p.strip()]


def trail_end(text: str) -> str | None:
    """The headline a breadcrumb trail ends with («الرئيسية » وهران » HEADLINE»: short items, then one more), or
    None when ``text`` is no such trail."""
    parts = _nav_parts(text)
    ok = len(parts) >= 3 and all(word_count(p) <= NAV_ITEM_WORDS for p in parts[:-1])
    return parts[-1].strip() if ok else None


def _is_dash_menu(text: str) -> bool:
    """A menu whose items are joined by dashes ("الرئيسية - أخبار مصر - اقتصاد - رياضة"): a dash also joins a
    dateline to a byline or two places in a headline, so the line needs several short items, two at least of them
    menu words (``data/widgets.txt``: الرئيسية) or section names (``data/sections.txt``)."""
    parts = [p.strip() for p in DASH_SEPARATOR.split(text.strip()) if p.strip()]
    if len(parts) < MIN_DASH_MENU_ITEMS or word_count(text) > NAV_MAX_WORDS:
        return False
    if not all(word_count(p) <= NAV_ITEM_WORDS for p in parts):
        return False
    return sum(1 for p in parts if is_widget(p) or is_section(p)) >= MIN_DASH_MENU_KNOWN


def is_divider(text: str) -> bool:
    return bool(DIVIDER.match(text))


def is_credit(inner: str) -> bool:
    """Whether ``inner`` names a photo or wire credit: a known one (``رويترز``, ``أ.ف.ب``, ``رويترز/أرشيفية``) or
    one introduced by a credit word (``تصوير: فلان``, ``الصورة: وزارة الصحة``)."""
    k = norm_key(inner)
    if not k:
        return False
    if k in keys("credits") or any(k.startswith(c + " ") for c in keys("credits") if len(c) > 4):
        return True
    return any(k == p or k.startswith(p + " ") for p in keys("credit_prefixes"))


def is_photo_credit(inner: str) -> bool:
    """A credit introduced by a photo word ("صورة أرشيفية", "تصوير: فلان"), not a source of the text."""
    k = norm_key(inner)
    return any(k == p or k.startswith(p + " ") for p in keys("credit_prefixes") if p != norm_key("المصدر"))


MAX_PHOTO_CREDIT_WORDS = 6   # "تصوير: عمر الشامي", "(الصورة: وزارة الصحة)": a photo credit printed as a line of its own
PHOTO_CREDIT_LINE = re.compile(r"^\s*[(\[]?\s*(?P<word>[^\s:：\-–—/()\[\]]+)\s*[:：\-–—/]\s*(?P<name>[^:：()\[\]]+?)\s*[)\]]?\s*$")


def is_photo_credit_line(text: str) -> bool:
    """A whole short line that is only a photo credit, a credit word of ``data/credit_prefixes.txt`` then a
    separator and a name: "تصوير: عمر الشامي", "(الصورة: أرشيف)", "عدسة - فلان". It sits over or under the photo
    whose caption is printed next to it."""
    m = PHOTO_CREDIT_LINE.match(text)
    if not m or word_count(text) > MAX_PHOTO_CREDIT_WORDS or SENTENCE_END.search(m.group("name")):
        return False
    return norm_key(m.group("word")) in keys("credit_prefixes") and norm_key(m.group("word")) != norm_key("المصدر")


def _credit_tail(text: str) -> re.Match | None:
    for pattern in (PAREN_TAIL, SEP_TAIL):
        m = pattern.match(text)
        if m and is_credit(m.group("inner")):
            return m
    return None


def credit_of(text: str) -> str | None:
    """The credit closing ``text`` — ``(…)`` or after `` - `` / `` | `` — when it is a photo/wire credit."""
    m = _credit_tail(text)
    return m.group("inner").strip() if m else None


def is_caption(text: str) -> bool:
    """An image caption: a line ending in a photo credit, not a sentence of the body."""
    m = _credit_tail(text)
    if m is None:
        return False
    head = m.group("head")
    return MIN_CAPTION_WORDS <= word_count(head) <= MAX_CAPTION_WORDS and not TERMINAL_END.search(head)


def author_city(text: str) -> tuple[str, str] | None:
    """``NAME (CITY)``: a teaser's author and city, when the line is that short and not a credit."""
    m = PAREN_TAIL.match(text)
    if not m or credit_of(text):
        return None
    head, inner = m.group("head").strip(), m.group("inner").strip()
    if not head or word_count(head) > 5 or word_count(inner) > 3 or SENTENCE_END.search(head):
        return None
    return head, inner


def is_related_marker(text: str) -> bool:
    """A related-block heading: a whole short line of ``data/related_markers.txt`` ("اقرأ أيضاً"), or one opening
    with a prefix of ``data/related_marker_prefixes.txt`` ("المزيد من أخبار الجزائر")."""
    if len(text) > SHORT_LINE_CHARS:
        return False
    k = norm_key(text)
    return k in keys("related_markers") or (word_count(text) <= MAX_PREFIX_HEADING_WORDS and any(
        k.startswith(p + " ") for p in keys("related_marker_prefixes")))


def is_list_marker(text: str) -> bool:
    """The heading of a teaser list that is not about the article ("الأكثر قراءة")."""
    return len(text) <= SHORT_LINE_CHARS and norm_key(text) in keys("list_markers")


def inline_related(text: str) -> str | None:
    """``اقرأ أيضاً: TITLE`` inside the body: the teaser's title, else None."""
    m = INLINE_MARKER.match(text.strip())
    if not m or not is_related_marker(m.group("marker")):
        return None
    title = m.group("title").strip()
    return title if 2 <= word_count(title) <= MAX_TEASER_TITLE_WORDS else None


def is_footer(text: str) -> bool:
    if text.strip().startswith("©"):
        return True
    if word_count(text) > FOOTER_MAX_WORDS:
        return False
    k = norm_key(text)
    return any(k == m or k.startswith(m + " ") for m in keys("footer_markers"))


def split_section(text: str) -> tuple[str | None, str]:
    """A teaser's caption line may start with its section name: return (section, rest)."""
    stripped = text.strip()
    k = norm_key(stripped)
    for s in sections():
        sk = norm_key(s)
        if k.startswith(sk + " ") and len(stripped) > len(s):
            # cut the same number of words from the original text
            n = len(s.split())
            parts = stripped.split(None, n)
            if len(parts) > n:
                return " ".join(parts[:n]), parts[n]
    return None, stripped


def strip_title_label(text: str) -> str:
    """Drop a label such as ``عاجل|`` or ``خاص:`` glued before a headline."""
    m = re.match(r"^\s*([^|:：\-–—]{1,20})\s*[|:：\-–—]\s*(.+)$", text)
    if m and _label_key(m.group(1)) in keys("title_labels"):
        return m.group(2).strip()
    return text.strip()


def _label_key(text: str) -> str:
    """The key of a headline label, without the symbols a channel prints before it (🔴 عاجل، ⚡️ خاص)."""
    return norm_key("".join(ch for ch in text if ch.isalnum() or ch.isspace()))


def has_arabic(text: str) -> bool:
    return bool(ARABIC_CHAR.search(text))
