"""A readable, right-to-left friendly text view of a document (``isnad analyze --format text``).

Each Arabic line starts with a right-to-left mark so that bidi-aware terminals align it to the right; labels are
Arabic with the English key in brackets, so that output stays greppable.
"""
from __future__ import annotations

from ..model import Article, Document
from .claims import format_claims, format_reports

RLM = "\u200f"
WIDTH = 100


def _line(label: str, value: object) -> str:
    return f"{RLM}{label}: {value}"


def _short(s: str, n: int = WIDTH) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _section(label: str, lines: list[str]) -> list[str]:
    return [f"{RLM}{label} ({len(lines)}):"] + [RLM + ln for ln in lines] if lines else []


def format_article(article: Article) -> list[str]:
    out = [f"{RLM}━━ {article.title or '(بلا عنوان)'}"]
    if article.subtitle:
        out.append(_line("العنوان الفرعي [subtitle]", article.subtitle))
    meta = [("الكاتب [byline]", article.byline), ("المكان [dateline]", article.dateline),
            ("التاريخ [published]", article.published), ("الرابط [url]", article.url)]
    out += [_line(k, v) for k, v in meta if v]
    out.append(_line("الفقرات [paragraphs]", len(article.paragraphs)))
    if article.paragraphs:
        out.append(_line("البداية [first]", _short(article.paragraphs[0])))
    if article.entities:
        by_label: dict[str, list[str]] = {}
        for e in article.entities:
            names = by_label.setdefault(e.label, [])
            if e.text not in names:
                names.append(e.text)
        out.append(f"{RLM}الكيانات [entities]:")
        out += [f"{RLM}  {label}: {'، '.join(names)}" for label, names in sorted(by_label.items())]
    out += _section("الأقوال [claims]", format_claims(article))
    out += _section("أنباء بلا مصدر معلن [reports]", format_reports(article))
    if article.places:
        seen: dict[str, str] = {}
        for p in article.places:
            seen.setdefault(p.text, f"{p.text} ({p.id or '?'}{', ' + p.country if p.country else ''})")
        out.append(_line("الأماكن [places]", "، ".join(seen.values())))
    if article.numbers:
        out.append(_line("الأعداد [numbers]", "، ".join(f"{n.text} = {n.value}" for n in article.numbers)))
    if article.times:
        out.append(_line("التواريخ [times]", "، ".join(f"{t.text} = {t.value or '?'}" for t in article.times)))
    return out


def format_document(doc: Document) -> str:
    out = [f"{RLM}المصدر [source]: {doc.source}" + (f" — {doc.outlet}" if doc.outlet else "")]
    for art in doc.articles:
        out.append("")
        out += format_article(art)
    if doc.related:
        out.append("")
        out.append(f"{RLM}مقالات ذات صلة [related] ({len(doc.related)}):")
        for r in doc.related:
            extra = "، ".join(x for x in (r.section, r.author, r.city) if x)
            out.append(f"{RLM}  • {r.title}" + (f" ({extra})" if extra else ""))
    if doc.contradictions:
        out.append("")
        out.append(f"{RLM}تناقضات [contradictions] ({len(doc.contradictions)}):")
        for c in doc.contradictions:
            out.append(f"{RLM}  {c.a} ⟷ {c.b} [{c.kind}] {c.note}")
    return "\n".join(out)
