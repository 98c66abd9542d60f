"""Cutting an article's text into segments for highlighting, and claims into a tree.

Spans (speaker, cue, content of each claim, or search hits) may overlap and nest (a relayed claim lies inside the
content of the claim that relays it). The text is cut at every span boundary; each segment carries the roles of
the spans covering it and the claims they belong to. Templates render the segments with autoescaping, so no
article text is ever marked safe.
"""
from __future__ import annotations

from dataclasses import dataclass, field

ROLES = ("speaker", "cue", "content", "report", "hit")  # "report": the words of a report (kind report)


@dataclass
class Segment:
    text: str
    roles: list[str] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)


def segments(text: str, spans: list[tuple[int, int, str, str]], start: int = 0, end: int | None = None) -> list[Segment]:
    """Segments of ``text[start:end]``; ``spans`` are (start, end, role, claim ref) with absolute offsets."""
    end = len(text) if end is None else end
    inside = [(max(a, start), min(b, end), role, ref) for a, b, role, ref in spans
              if a is not None and b is not None and a < end and b > start and a < b]
    cuts = sorted({start, end, *(a for a, *_ in inside), *(b for _, b, *_ in inside)})
    out = []
    for x, y in zip(cuts, cuts[1:]):
        covering = [(role, ref) for a, b, role, ref in inside if a <= x and y <= b]
        roles = [r for r in ROLES if any(role == r for role, _ in covering)]
        refs = list(dict.fromkeys(ref for _, ref in covering if ref))
        out.append(Segment(text[x:y], roles, refs))
    return out


def claim_spans(claims: list[dict]) -> list[tuple[int, int, str, str]]:
    out = []
    for c in claims:
        for role in ("speaker", "cue", "content"):
            a, b = c[f"{role}_span"]
            out.append((a, b, role, c["ref"]))
        if c.get("kind") == "report":
            out.append((*c["content_span"], "report", c["ref"]))
    return out


def paragraphs(text: str, paras: list[str], spans: list[tuple[int, int, str, str]]) -> list[list[Segment]]:
    """Segments of each paragraph (offsets into ``text``: the paragraphs joined by a blank line)."""
    out, pos = [], 0
    for p in paras:
        out.append(segments(text, spans, pos, pos + len(p)))
        pos += len(p) + 2
    return out


def claim_tree(claims: list[dict]) -> list[dict]:
    """The claims as a forest: each claim gets ``children`` (the claims it relays, by ``parent``)."""
    refs = {c["ref"] for c in claims}
    for c in claims:
        c["children"] = []
    by_ref = {c["ref"]: c for c in claims}
    roots = []
    for c in claims:
        if c.get("parent") in refs and not _in_cycle(c, by_ref):
            by_ref[c["parent"]]["children"].append(c)
        else:
            roots.append(c)
    return roots


def _in_cycle(claim: dict, by_ref: dict[str, dict]) -> bool:
    seen, x = set(), claim
    while x.get("parent") in by_ref:
        if x["ref"] in seen:
            return True
        seen.add(x["ref"])
        x = by_ref[x["parent"]]
    return False


def safe_url(url: str | None) -> str | None:
    """The URL when it is an http(s) link, else None (a ``javascript:`` or other URL is shown as text only)."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None
