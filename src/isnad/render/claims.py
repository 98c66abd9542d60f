"""Claims for people: one line per claim, speaker ← cue ← content (read right to left), nested claims indented
under the claim that carries them, with their relay chain. Reports (kind ``report``: a report noun with no speaker
of its own) are listed apart, each line labelled ``نبأ [report]``, as the JSON lists them under ``reports``.

``isnad analyze --format text`` prints these lines (the document view adds a right-to-left mark in front).
"""
from __future__ import annotations

from ..model import REPORT, Article, Claim

CONTENT_WIDTH = 180
INDENT = "    "
TYPES = {"person": "شخص", "organization": "جهة", "anonymous": "مصدر مجهول", "group": "مجموعة",
         "outlet": "وسيلة إعلام", "document": "وثيقة"}
STANCES = {"assert": "تأكيد", "deny": "نفي", "confirm": "تثبيت", "accuse": "اتهام", "warn": "تحذير",
           "call": "دعوة", "question": "تشكيك"}


def _short(s: str, n: int = CONTENT_WIDTH) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _plain(s: str) -> str:
    return " ".join("".join(ch for ch in s if ch not in "«»\"“”#").split())


def format_claim(c: Claim, depth: int = 0) -> str:
    """One claim as a line: ``[c3] speaker ← cue ← content  (type · stance · to · via)``."""
    sp = c.speaker.text
    if c.speaker.name and _plain(c.speaker.name) != _plain(sp):
        sp = f"{sp} ({c.speaker.name})"
    content = _short(c.content.text)
    meta = [f"{TYPES.get(c.speaker.type, c.speaker.type)} [{c.speaker.type}]",
            f"{STANCES.get(c.stance, c.stance)} [{c.stance}]"]
    if c.kind == REPORT:
        meta.insert(0, "نبأ [report]")
    if c.direct:
        meta.append("نص مباشر [direct]")
    if c.recipient:
        meta.append(f"إلى [to]: {c.recipient.text}")
    if c.via:
        meta.append("عبر [via]: " + " ← ".join(v.text for v in c.via))
    prefix = "  " + INDENT * depth + ("↲ " if depth else "")
    return f"{prefix}[{c.id}] {sp} ← {c.cue.text} ← {content}  ({' · '.join(meta)})"


def format_claims(article: Article) -> list[str]:
    """The article's claims (not its reports), nested claims indented under their parent (in text order)."""
    by_parent: dict[str | None, list[Claim]] = {}
    own = [c for c in article.claims if c.kind != REPORT]
    ids = {c.id for c in own}
    for c in own:
        parent = c.parent if c.parent in ids else None
        by_parent.setdefault(parent, []).append(c)
    lines: list[str] = []

    def emit(parent: str | None, depth: int) -> None:
        for c in by_parent.get(parent, []):
            lines.append(format_claim(c, depth))
            emit(c.id, depth + 1)

    emit(None, 0)
    return lines


def format_reports(article: Article) -> list[str]:
    """The article's reports, one labelled line each (in text order)."""
    return [format_claim(c) for c in article.claims if c.kind == REPORT]
