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

    @staticmethod
    def clean(s: str) -> str:
        return " ".join(s.replace("«", " ").replace("»", " ").replace('"', " ").replace("#", " ").replace("_", " ").split())

    def canonical(self, f: Frame) -> str | None:
        """The canonical name of ``f``'s (resolved) speaker, or None (anonymous, group, document speakers)."""
        info = f.info
        ctx = self.ctx
        if info.type == "person" and info.name:
            short = self.clean(info.name)
            ks = norm(short).split()
            best = short
            for full in self.persons:
                fk = norm(full).split()
                if len(fk) > len(ks) and fk[-len(ks):] == ks and len(fk) > len(norm(best).split()):
                    best = full
            return best
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
