"""Canonical speaker names: the fullest form of a person's name met in the article (أبو ليلى → عمر أبو ليلى),
the name of an organisation or outlet as its phrase gives it (without trailing modifiers)."""
from __future__ import annotations

from ..arabic import norm
from .context import ArticleContext
from .frame import Frame, How


class NameBook:
    """The personal names of an article's speakers and mentions, to name each claim's speaker canonically."""

    def __init__(self, ctx: ArticleContext, frames: list[Frame]):
        self.ctx = ctx
        r = ctx.r
        self.persons: list[str] = []
        spans = [f.speaker for f in frames if f.speaker] + [(a, b) for a, b, _ in ctx.mentions]
        spans.sort()
        for a, b in spans:
            nm = r.name_in(a, b)
            if nm:
                self.persons.append(self.clean(ctx.text[ctx.toks[nm[0]].start:ctx.toks[nm[1] - 1].end]))
        # the fullest name ending in each shorter run of words (the first met of the longest)
        self.fuller: dict[tuple[str, ...], tuple[int, str]] = {}
        for full in self.persons:
            fk = tuple(norm(full).split())
            for n in range(1, len(fk)):
                got = self.fuller.get(fk[-n:])
                if got is None or len(fk) > got[0]:
                    self.fuller[fk[-n:]] = (len(fk), full)

    @staticmethod
    def clean(s: str) -> str:
        return " ".join(s.replace("«", " ").replace("»", " ").replace('"', " ").replace("#", " ").replace("_", " ").split())

    def canonical(self, f: Frame) -> str | None:
        """The canonical name of ``f``'s (resolved) speaker, or None (anonymous, group, document speakers)."""
        info = f.info
        ctx = self.ctx
        if info.type == "person" and info.name:
            short = self.clean(info.name)
            ks = tuple(norm(short).split())
            got = self.fuller.get(ks) if ks else None
            return got[1] if got is not None and got[0] > len(ks) else short
        if info.type in ("organization", "outlet", "document") and f.speaker is not None and f.how is not How.CONT:
            a, b = f.speaker
            core = ctx.r.walk(a, b, strict=True)
            if core <= a:
                core = b
            s, e = ctx.toks[a].start, ctx.toks[core - 1].end
            return self.clean(ctx.text[s:e]) if info.type != "document" else None
        if info.type in ("organization", "outlet"):
            s, e = f.sp_span
            return self.clean(ctx.text[s:e])
        return None
