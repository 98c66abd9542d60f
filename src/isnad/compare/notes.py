"""The one-line explanations of a contradiction, in English (``note``) and Arabic (``note_ar``), each naming the
two sources and the facts that differ (the figures, places or dates of each, or the words denied)."""
from __future__ import annotations

from .evidence import Facts
from .keys import ClaimView, who
from .quantity import agree

SHORT = 70


def short(text: str | None, n: int = SHORT) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _content(v: ClaimView) -> str:
    return short(v.claim.content.text if v.claim.content is not None else "")


def _numbers(fa: Facts, fb: Facts) -> tuple[str, str, str] | None:
    for unit in fa.counts.keys() & fb.counts.keys():
        for x in fa.counts[unit]:
            for y in fb.counts[unit]:
                if not agree(x, y):
                    return x.number.unit or unit, x.number.text, y.number.text
    return None


def _places(fa: Facts, fb: Facts) -> tuple[str, str] | None:
    for x in fa.located:
        for y in fb.located:
            if x.place.country != y.place.country:
                return x.place.text, y.place.text
    return None


def _existence(fa: Facts, fb: Facts) -> tuple[str, str, str] | None:
    """(what one says exists, what the other says does not, which side says it exists) of an existence conflict."""
    for pa, na, wa in fa.existentials:
        for pb, nb, wb in fb.existentials:
            if na == nb and pa != pb:
                return (wa, wb, "a") if pa == "pos" else (wb, wa, "b")
    return None


def notes(kind: str, a: ClaimView, b: ClaimView, fa: Facts, fb: Facts) -> tuple[str, str]:
    """(note, note_ar) for a contradiction of ``kind`` between ``a`` and ``b`` (for negation, ``a`` denies)."""
    wa, wb = who(a), who(b)
    if kind == "number" and (n := _numbers(fa, fb)):
        unit, x, y = n
        return (f"numbers differ ({unit}): {x} according to {wa}, {y} according to {wb}",
                f"اختلاف في الأرقام ({unit}): {x} بحسب {wa}، مقابل {y} بحسب {wb}")
    if kind == "location" and (p := _places(fa, fb)):
        x, y = p
        return (f"places differ: {x} according to {wa}, {y} according to {wb}",
                f"اختلاف في المكان: {x} بحسب {wa}، مقابل {y} بحسب {wb}")
    if kind == "time" and fa.dates and fb.dates:
        x, y = " / ".join(d.text for d in fa.dates), " / ".join(d.text for d in fb.dates)
        return (f"dates differ: {x} according to {wa}, {y} according to {wb}",
                f"اختلاف في التوقيت: {x} بحسب {wa}، مقابل {y} بحسب {wb}")
    if kind == "outcome" and fa.outcomes & {"released", "held"}:
        yes, no = (a, b) if "released" in fa.outcomes else (b, a)
        return (f"outcome differs: {who(yes)} says the captives were freed («{_content(yes)}»), {who(no)} that they "
                f"are still held («{_content(no)}»)",
                f"اختلاف في النتيجة: الإفراج عن المحتجزين بحسب {who(yes)} («{_content(yes)}»)، وبقاؤهم محتجزين بحسب "
                f"{who(no)} («{_content(no)}»)")
    if kind == "outcome":
        yes, no = (a, b) if "agree" in fa.outcomes else (b, a)
        return (f"outcome differs: {who(yes)} reports an agreement or success («{_content(yes)}»), {who(no)} a "
                f"failure («{_content(no)}»)",
                f"اختلاف في النتيجة: اتفاق أو نجاح بحسب {who(yes)} («{_content(yes)}»)، وفشل بحسب {who(no)} "
                f"(«{_content(no)}»)")
    if kind == "actor":
        return (f"who did it differs: {wa} says «{_content(a)}», {wb} says «{_content(b)}»",
                f"اختلاف حول الفاعل: «{_content(a)}» بحسب {wa}، و«{_content(b)}» بحسب {wb}")
    if kind == "negation" and (e := _existence(fa, fb)):
        x, y, side = e
        yes, no = (a, b) if side == "a" else (b, a)
        return (f"existence differs: {who(yes)} says there is {x}, {who(no)} that there is no {y}",
                f"اختلاف في الوجود: {x} بحسب {who(yes)}، ولا {y} بحسب {who(no)}")
    if kind == "negation":
        return (f"denial: {wa} denies («{_content(a)}») what {wb} reported («{_content(b)}»)",
                f"نفي من {wa} («{_content(a)}») لما أورده {wb} («{_content(b)}»)")
    return (f"{wa} and {wb} give accounts that cannot both be true: «{_content(a)}» / «{_content(b)}»",
            f"روايتان لا تصحان معاً: «{_content(a)}» بحسب {wa}، و«{_content(b)}» بحسب {wb}")
