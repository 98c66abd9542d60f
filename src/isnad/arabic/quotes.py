"""Quotations of a text: where each opens and closes, paragraph by paragraph.

Guillemets and curly quotes open and close by their shape; a straight ``"`` shows its side in its spacing (it
opens before a word and closes after one), and a mark left open before a new opener was stray. A quotation that
never closes (a scrape cut mid-quote) runs to the end of its paragraph. Nested quotations are kept.
"""
from __future__ import annotations

OPEN_QUOTES = {"«": "»", "“": "”", "„": "”", "‹": "›"}
STRAIGHT_QUOTES = {'"'}
QUOTE_CHARS = frozenset(set(OPEN_QUOTES) | set(OPEN_QUOTES.values()) | STRAIGHT_QUOTES)
OPENING_CONTEXT = set("(«“[—–-ـ:،,/")  # what may stand right before an opening straight quote
CLOSING_CONTEXT = set(".,،؛;:!?؟)»”]…-")  # what may stand right after a closing one
COMMA_MARKS = set("،,")  # a straight mark glued after one, a space after it, closes


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """(offset of the opening mark, offset just after the closing mark, closed?) of every quotation, in order of
    their opening; ``paragraphs`` are the (start, end) spans a quotation cannot cross."""
    out: list[tuple[int, int, bool]] = []
    for pa, pb in paragraphs:
        stack: list[tuple[str, int]] = []
        i = pa
        while i < pb:
            ch = text[i]
            if ch in OPEN_QUOTES and text.find(OPEN_QUOTES[ch], i + 1, pb) != -1:
                stack.append((OPEN_QUOTES[ch], i))
            elif ch in OPEN_QUOTES and not stack:
                out.append((i, pb, False))  # unclosed: to the end of the paragraph
                break
            elif ch in STRAIGHT_QUOTES:
                prev = text[i - 1] if i > pa else " "
                nxt = text[i + 1] if i + 1 < pb else " "
                # a mark between a space and a full stop or comma (للمريض ".) closes: nothing opens on a stop
                spaced_close = prev.isspace() and nxt in CLOSING_CONTEXT
                # a mark glued to a comma with a space after it (… الأجهزة،" حسب ما نشرته) closes the words before
                comma_close = prev in COMMA_MARKS and (nxt.isspace() or nxt in CLOSING_CONTEXT)
                opener = not comma_close and (prev in OPENING_CONTEXT or (
                    prev.isspace() and not nxt.isspace() and not spaced_close))
                closer = spaced_close or comma_close or (not prev.isspace() and prev not in OPENING_CONTEXT and (
                    nxt.isspace() or nxt in CLOSING_CONTEXT))
                if stack and stack[-1][0] == ch:
                    if opener and not closer:
                        stack[-1] = (ch, i)  # the mark left open before was stray
                    else:
                        out.append((stack.pop()[1], i + 1, True))
                elif closer and not opener:
                    pass  # a closing mark with nothing open: stray
                elif text.find(ch, i + 1, pb) != -1:
                    stack.append((ch, i))
                elif not stack:
                    out.append((i, pb, False))  # unclosed: runs to the paragraph end
                    break
            elif stack and ch == stack[-1][0]:
                out.append((stack.pop()[1], i + 1, True))
            i += 1
    out.sort(key=lambda q: q[0])
    return out
