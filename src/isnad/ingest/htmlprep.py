"""Hostile HTML → bounded markup that the extractors can parse in reasonable time.

Before any parser sees a page, this module removes what never holds article text (comments, scripts other than
JSON-LD metadata, styles, SVG, templates) with linear scans, and flattens absurd nesting: libxml2 gives up on a
document nested deeper than 256 elements (the whole page is lost, not just the deep part), so start and end
tags beyond :data:`MAX_DEPTH` are dropped and their text kept. Pages still too large or with too many elements
for a news page are refused with a reason instead of hanging an extractor.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import InputError

MAX_MARKUP_CHARS = 8 * 2**20   # markup left after scripts and styles are removed
MAX_ELEMENTS = 150_000         # more start tags than any news page has: refused
MAX_DEPTH = 180                # deeper tags are dropped (libxml2 loses the page beyond 256)
MAX_JSON_LD_CHARS = 200_000    # a JSON-LD block larger than this is not metadata

# Elements whose content is never article text; removed with their content.
DROP_ELEMENTS = ("script", "style", "noscript", "svg", "template", "iframe", "object", "canvas", "math")
# Elements without end tags, or whose end tags are optional: they do not deepen the tree.
VOID_OR_IMPLIED = frozenset("""area base br col embed hr img input link meta param source track wbr
    p li dt dd option tr td th thead tbody tfoot colgroup rb rt rp""".split())

_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:\-]*)\b[^<>]*?(/?)>")
_OPEN = {name: re.compile(rf"<{name}\b", re.I) for name in DROP_ELEMENTS}
_JSON_LD = re.compile(r"""type\s*=\s*["']?application/ld\+json""", re.I)


@dataclass
class Prepared:
    html: str
    elements: int   # start tags in the cleaned markup
    depth: int      # deepest nesting seen (before flattening)
    flattened: int  # tags dropped to bound the depth


def _drop_comments(html: str) -> str:
    out, pos = [], 0
    while True:
        a = html.find("<!--", pos)
        if a < 0:
            out.append(html[pos:])
            break
        out.append(html[pos:a])
        b = html.find("-->", a + 4)
        if b < 0:
            break  # an unclosed comment runs to the end, as in a browser
        pos = b + 3
    return "".join(out)


def _drop_element(html: str, name: str) -> str:
    """Remove every ``<name …>…</name>`` (an unclosed one runs to the end of the page); JSON-LD scripts stay."""
    low = html.lower()
    opener, closer = _OPEN[name], f"</{name}"
    out, pos = [], 0
    while True:
        m = opener.search(html, pos)
        if m is None:
            out.append(html[pos:])
            break
        out.append(html[pos:m.start()])
        end_tag = low.find(">", m.end())
        close = low.find(closer, m.end())
        stop = len(html) if close < 0 else (low.find(">", close) + 1 or len(html))
        if name == "script" and end_tag >= 0 and _JSON_LD.search(html, m.start(), end_tag) \
                and stop - m.start() <= MAX_JSON_LD_CHARS:
            out.append(html[m.start():stop])
        pos = stop
    return "".join(out)


def _bound_depth(html: str) -> tuple[str, int, int, int]:
    """Drop start/end tags nested deeper than :data:`MAX_DEPTH`; returns (html, elements, max depth, dropped)."""
    out, pos, depth, deepest, dropped, elements = [], 0, 0, 0, 0, 0
    for m in _TAG.finditer(html):
        closing, name, selfclose = m.group(1), m.group(2).lower(), m.group(3)
        if not closing:
            elements += 1
        if name in VOID_OR_IMPLIED or selfclose:
            continue
        if closing:
            drop = depth > MAX_DEPTH
            depth = max(0, depth - 1)
        else:
            depth += 1
            deepest = max(deepest, depth)
            drop = depth > MAX_DEPTH
        if drop:
            out.append(html[pos:m.start()])
            pos = m.end()
            dropped += 1
    if not dropped:
        return html, elements, deepest, 0
    out.append(html[pos:])
    return "".join(out), elements, deepest, dropped


def prepare_html(html: str, source: str) -> Prepared:
    """Clean ``html`` for parsing, or raise :class:`InputError` when it is beyond any news page."""
    html = html.replace("\x00", "")
    html = _drop_comments(html)
    for name in DROP_ELEMENTS:
        if _OPEN[name].search(html):
            html = _drop_element(html, name)
    if len(html) > MAX_MARKUP_CHARS:
        raise InputError(f"{source}: HTML too large to be one page ({len(html) // 2**20} MB of markup without "
                         f"scripts and styles; limit {MAX_MARKUP_CHARS // 2**20} MB)")
    html, elements, depth, dropped = _bound_depth(html)
    if elements > MAX_ELEMENTS:
        raise InputError(f"{source}: HTML has {elements} elements, more than a news page "
                         f"(limit {MAX_ELEMENTS})")
    return Prepared(html, elements, depth, dropped)
