"""Ingestion benchmark: pages per second for scraped text pages and HTML pages, and the two HTML extractors
(newspaper4k, trafilatura) compared with isnad's rule on time and body edges.

    python benchmarks/bench_ingest.py                      # 60 synthetic pages per layout + the real pages
    python benchmarks/bench_ingest.py --per-layout 100 --shared ../shared --json
    python benchmarks/bench_ingest.py --hostile            # also the time of pages built to hit the limits

Pages. Real: the reference page and the dev pages of ../shared (2 HTML, 7 text) and the test pages of
tests/ingest/data. Synthetic: articles drawn (fixed seed) from ../shared/data/unlabeled (their first 6-11 words
taken as the headline), the rest cut into paragraphs of two or three sentences, and laid out in page templates
written for this benchmark: three HTML layouts (a modern portal with menus, share buttons, caption, inline and
block "related" lists, most-read list, comments and footer; a legacy windows-1256 table page with <font> and <br>;
a blog layout whose sidebar of links comes first and whose footer holds a long disclaimer paragraph; a news page
whose related list, under a heading, prints each item's section, author and image caption; a news page whose
related stories are teaser cards with an image and a one-sentence summary and no heading, beside a headed
"most read" list; a news page whose teaser cards follow the body inside the article element with no list around
them) and seven scraped-text layouts (menu lines, byline, date stamp, share widgets, caption with a
credit, related list, copyright; the same without any final period; agency text hard-wrapped at 58-75 characters
inside sentences with blank lines between paragraphs, with no title, and with its headline on the first line; a
page whose related teasers, each a headline and a one-sentence summary, follow the body with no heading; a page
whose related block stands between its first line, the headline, and the body; a page with a masthead motto and a
pipe-separated menu, teasers stamped with a relative time before the headline, and teasers printed one a line as
«HEADLINE - summary.» after the tags and share widget). The
body put in is the gold: a page's body edges are right when the first paragraph starts with the first 40
characters of the gold and the last ends with its last 40 (both normalised with isnad.arabic.norm_key), and its
paragraph count is right when it equals the gold's. On the layouts with related items, ``related`` counts the
gold teaser titles found among the page's related items (token F1 >= 0.8, as ../shared/eval/score.py matches
them) and ``rel-fields`` the printed section/author/caption/summary fields found with them.

Times are wall-clock on one core of this machine, each page read once after one warm-up page (imports, model and
lexicon loading are not counted). ``rule`` is :func:`isnad.ingest.html.parse_html` (both extractors, the tree's
related blocks, the page parser); ``X+cleanup`` is extractor X alone inside the same rule (related lists, comments
and footer removed from the markup first, then the page parser); ``newspaper4k`` and ``trafilatura`` are the bare
extractors, their text split at line breaks (a first line equal to their title dropped).
"""
from __future__ import annotations

import argparse
import gzip
import html as htmlmod
import json
import random
import re
import sys
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

NAV = ["الرئيسية", "سياسة", "اقتصاد", "رياضة", "ثقافة", "تكنولوجيا", "صحة", "منوعات", "رأي", "فيديو"]
RELATED = ["وزير الخارجية يستقبل نظيره في العاصمة لبحث العلاقات الثنائية",
           "ارتفاع أسعار المواد الغذائية في الأسواق المحلية للشهر الثاني",
           "انطلاق فعاليات المهرجان الثقافي بمشاركة فرق من عشر دول",
           "الحكومة تعلن خطة جديدة لدعم المشاريع الصغيرة والمتوسطة"]
DATELINE = "القاهرة (رويترز) - "
SECTIONS = ["سياسة", "اقتصاد", "منوعات"]
AUTHORS = ["سعاد الحربي", "كريم بن علي", "منى الشامي"]
CAPTIONS = ["الوزير خلال المؤتمر الصحفي", "متظاهرون أمام مبنى البرلمان", "سفن في ميناء المدينة"]
SUMMARIES = ["قال مسؤولون إن المحادثات ستستأنف الأسبوع المقبل بحضور الوفود.",
             "أكدت الوزارة أن الأسعار ستعود إلى مستواها خلال أيام.",
             "يشارك في المهرجان أكثر من مئتي فنان من المنطقة."]
DISCLAIMER = ("جميع المقالات المنشورة على هذا الموقع تعبر عن آراء كتابها ولا تعبر بالضرورة عن رأي إدارة الموقع، "
              "ويحق للموقع حذف أي تعليق يخالف شروط الاستخدام أو يتضمن إساءة لأي طرف من الأطراف.")


def _norm(s: str) -> str:
    from isnad.arabic.normalize import norm_key

    return norm_key(s)


def edges_ok(paras: list[str], gold: list[str]) -> bool:
    if not paras:
        return False
    return _norm(paras[0]).startswith(_norm(gold[0])[:40]) and _norm(paras[-1]).endswith(_norm(gold[-1])[-40:])


# ---- synthetic pages --------------------------------------------------------------------------------------

def articles(shared: Path, n: int, seed: int) -> list[tuple[str, list[str]]]:
    """(title, paragraphs) drawn from the unlabeled news files."""
    from isnad.arabic import split_sentences

    rng = random.Random(seed)
    lines = []
    for f in sorted((shared / "data" / "unlabeled").glob("*.txt.gz")):
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            lines += [ln.strip() for ln in fh if 80 <= len(ln.split()) <= 600]
    out = []
    for ln in rng.sample(lines, min(n * 3, len(lines))):
        words = ln.split()
        k = rng.randint(6, 11)  # the line opens with its headline (not marked off): take the first words as one
        title, rest = " ".join(words[:k]), " ".join(words[k:])
        sents = [s.text for s in split_sentences(rest)]
        if len(sents) < 4:
            continue
        paras, k = [], 0
        while k < len(sents):
            size = rng.choice((2, 3))
            paras.append(" ".join(sents[k:k + size]))
            k += size
        out.append((title, paras))
        if len(out) == n:
            break
    return out


def _e(s: str) -> str:
    return htmlmod.escape(s, quote=True)


def html_portal(title, paras, rng) -> bytes:
    body = "".join(f"<p>{_e(p)}</p>" for p in paras[:2])
    body += f"<div class='inline'><strong>اقرأ أيضاً</strong><a href='/x'>{_e(RELATED[0])}</a></div>"
    body += "".join(f"<p>{_e(p)}</p>" for p in paras[2:])
    cards = "".join(f"<div class='card'><a href='/r{i}'><h4>{_e(t)}</h4></a><p>ملخص قصير للخبر المرتبط.</p></div>"
                    for i, t in enumerate(RELATED[1:]))
    page = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{_e(title)} | موقع الأخبار</title>
<meta property="og:site_name" content="موقع الأخبار"><script>var x = {rng.random()};</script></head><body>
<header><nav><ul>{''.join(f"<li><a href='/{i}'>{t}</a></li>" for i, t in enumerate(NAV))}</ul></nav></header>
<main><div class="crumbs"><a href="/">الرئيسية</a> » <a href="/p">سياسة</a></div><article>
<h1>{_e(title)}</h1><div class="meta"><span>محرر الموقع</span> <time>12 مارس 2024</time></div>
<ul class="share"><li><a>فيسبوك</a></li><li><a>تويتر</a></li><li><a>واتساب</a></li></ul>
<figure><img src="/a.jpg"><figcaption>صورة من موقع الحدث (رويترز)</figcaption></figure>
<div class="body">{body}</div><div class="tags">وسوم: <a>أخبار</a></div></article>
<section><div class="head"><h3>مواضيع ذات صلة</h3></div><div class="cards">{cards}</div></section>
<aside><h3>الأكثر قراءة</h3><ol>{''.join(f"<li><a>{_e(t)}</a></li>" for t in RELATED)}</ol></aside>
<section class="comments"><h3>التعليقات</h3><p>لا توجد تعليقات بعد.</p></section></main>
<footer><p>جميع الحقوق محفوظة © 2024 موقع الأخبار</p></footer></body></html>"""
    return page.encode("utf-8")


def html_legacy(title, paras, rng) -> bytes:
    body = "<br><br>\n".join(_e(p) for p in paras)
    links = "".join(f"<tr><td><a href='n.php?id={i}'>{_e(t)}</a></td></tr>" for i, t in enumerate(RELATED))
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">
<title>صحيفة المدينة - {_e(title)}</title></head><body>
<table width="100%"><tr><td>{' | '.join(f"<a href='{i}.php'>{t}</a>" for i, t in enumerate(NAV))}</td></tr></table>
<table width="760"><tr><td width="560" valign="top"><font size="5"><b>{_e(title)}</b></font><br>
<font size="2">الأربعاء 22 فبراير 2023</font><br><br><font size="3">{body}</font><br><br>
<table bgcolor="#eeeeee"><tr><td><b>أخبار ذات صلة</b></td></tr>{links}</table></td>
<td width="200"><a href="ads.php"><img src="b.gif"></a></td></tr></table>
<center><font size="1">جميع الحقوق محفوظة لصحيفة المدينة</font></center></body></html>"""
    return page.encode("cp1256", errors="replace")


def html_blog(title, paras, rng) -> bytes:
    side = "".join(f"<li><a href='/t/{i}'>{_e(t)}</a></li>" for i, t in enumerate(RELATED + NAV))
    body = "".join(f"<p>{_e(p)}</p>" for p in paras)
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{_e(title)}</title></head><body>
<div id="sidebar"><h3>أقسام الموقع</h3><ul>{side}</ul><p>تابعونا على</p><p>اشترك في النشرة البريدية</p></div>
<div id="content"><h2 class="post-title">{_e(title)}</h2><p class="date">نشر في 2023/11/05 الساعة 14:20</p>
{body}<h3>اقرأ أيضا</h3><ul>{''.join(f"<li><a>{_e(t)}</a></li>" for t in RELATED[:3])}</ul></div>
<div id="footer"><p>{DISCLAIMER}</p><p>© 2023</p></div></body></html>"""
    return page.encode("utf-8")


def text_page(title, paras, rng, periods=True) -> str:
    if not periods:
        paras = [p.rstrip(".。!؟?") for p in paras]
    lines = NAV[:5] + [title, "كتب: محرر الموقع", "الثلاثاء، 12 مارس 2024 10:35 ص", "شارك", "فيسبوك", "تويتر",
                       "صورة من موقع الحدث (أ.ف.ب)"] + paras + ["اقرأ أيضاً"] + RELATED + ["جميع الحقوق محفوظة © 2024"]
    return "\n".join(lines) + "\n"


def _page_head(title, extra_head="") -> str:
    return f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{_e(title)}</title>
{extra_head}</head><body><header><nav><ul>{''.join(f"<li><a href='/{i}'>{t}</a></li>" for i, t in enumerate(NAV))}</ul>
</nav></header>"""


def html_related_heading(title, paras, rng) -> bytes:
    """A related list under a heading; each item prints its section, author and image caption."""
    items = "".join(
        f"<li class='item'><figure><img src='/r{i}.jpg'><figcaption>{CAPTIONS[i]}</figcaption></figure>"
        f"<span class='cat'>{SECTIONS[i]}</span><h3><a href='/news/{i}'>{_e(t)}</a></h3>"
        f"<span class='author'>{AUTHORS[i]}</span></li>" for i, t in enumerate(RELATED[:3]))
    body = "".join(f"<p>{_e(p)}</p>" for p in paras)
    page = _page_head(title) + f"""<main><article><h1>{_e(title)}</h1><time datetime="2024-03-12">12 مارس 2024</time>
<div class="content">{body}</div></article><section><h2>أخبار ذات صلة</h2><ul>{items}</ul></section></main>
<footer><p>© 2024 موقع الأخبار. جميع الحقوق محفوظة</p></footer></body></html>"""
    return page.encode("utf-8")


def html_related_cards(title, paras, rng) -> bytes:
    """Related stories as teaser cards (image, linked headline, one-sentence summary) with no heading, and a
    headed "most read" list (furniture, not related)."""
    cards = "".join(f"<div class='card'><img src='/c{i}.jpg'><h4><a href='/story/{i}'>{_e(t)}</a></h4>"
                    f"<p>{SUMMARIES[i]}</p></div>" for i, t in enumerate(RELATED[:3]))
    body = "".join(f"<p>{_e(p)}</p>" for p in paras)
    page = _page_head(title) + f"""<div id="main"><h1>{_e(title)}</h1><div class="meta">نشر في 2023/11/05</div>
<div class="entry">{body}</div><div class="cards">{cards}</div></div><aside><h3>الأكثر قراءة</h3><ul>
{''.join(f"<li><a href='/m{i}'>{_e(t)}</a></li>" for i, t in enumerate(reversed(RELATED)))}</ul></aside>
<footer><p>© 2023</p></footer></body></html>"""
    return page.encode("utf-8")


def html_related_siblings(title, paras, rng) -> bytes:
    """Related teaser cards printed straight after the body inside the article element, with no heading and no
    list around them."""
    cards = "".join(f"<div class='teaser'><h3><a href='/n/{i}'>{_e(t)}</a></h3><p>{SUMMARIES[i]}</p></div>"
                    for i, t in enumerate(RELATED[:3]))
    body = "".join(f"<p>{_e(p)}</p>" for p in paras)
    page = _page_head(title) + f"""<main><article><h1>{_e(title)}</h1><time datetime="2022-05-02">2 مايو 2022</time>
<div class="content">{body}</div>{cards}</article></main><footer><p>© 2022</p></footer></body></html>"""
    return page.encode("utf-8")


def text_related_before(title, paras, rng) -> str:
    """A related block printed between the headline (the page's first line) and the body: headline, «أخبار ذات
    صلة», teaser headlines, then (on half of the pages) the byline and date of the body."""
    credit = ["كتب: محرر الموقع", "الأحد، 2 مايو 2022"] if rng.random() < 0.5 else []
    lines = [title, "", "أخبار ذات صلة"] + RELATED[:3] + credit + [""]
    return "\n".join(lines + paras + ["جميع الحقوق محفوظة © 2022"]) + "\n"


def text_wrapped(title, paras, rng, with_title=False) -> str:
    """Agency text hard-wrapped inside sentences, blank lines between paragraphs, the lede opening with a
    dateline; with or without its headline on the first line."""
    width = rng.randint(58, 75)
    blocks = ["\n".join(textwrap.wrap(p, width)) for p in paras]
    return (title + "\n\n" if with_title else "") + "\n\n".join(blocks) + "\n"


def text_teasers(title, paras, rng) -> str:
    """Related teasers (a headline and a one-sentence summary each) after the body, with no heading."""
    lines = NAV[:5] + [title, "كتب: محرر الموقع", "الثلاثاء، 12 مارس 2024 10:35 ص"] + paras
    for t, summary in zip(RELATED[:3], SUMMARIES):
        lines += [t, summary]
    return "\n".join(lines + ["جميع الحقوق محفوظة © 2024"]) + "\n"


def text_stamped_summaries(title, paras, rng) -> str:
    """A masthead and its motto, a pipe-separated menu, teaser headlines stamped with a relative time («… - منذ
    ساعتين») before the headline, and after the body, its tags and a share widget, teasers printed one a line as
    «HEADLINE - summary.»."""
    stamps = ["منذ ساعتين", "منذ 5 ساعات", "منذ يوم"]
    lines = ["شمس المدينة", "موقع إخباري مستقل", " | ".join(NAV[:7])]
    lines += [f"{t} - {stamps[i]}" for i, t in enumerate(BEFORE)] + ["سياسة", title, "كتب: محرر الموقع"] + paras
    lines += ["الوسوم: سياسة | اقتصاد", "شارك: فيسبوك | تويتر | واتساب"]
    lines += [f"{t} - {summary}" for t, summary in zip(RELATED[:3], SUMMARIES)]
    return "\n".join(lines + ["جميع الحقوق محفوظة © 2024"]) + "\n"


BEFORE = ["بلدية المدينة تغلق ثلاثين محلاً مخالفاً للشروط", "سكان الحي الشرقي يشكون انقطاع المياه منذ أسبوع",
          "مجلس الوزراء يبحث خطة جديدة لإدارة النفايات"]
TEXT_LAYOUTS = ("text-periods", "text-no-periods", "text-wrapped", "text-wrapped-titled", "text-teasers",
                "text-related-before", "text-stamped-summaries")
SHARED = ROOT.parent / "shared"
HTML_LAYOUTS = {"portal": html_portal, "legacy-cp1256": html_legacy, "blog": html_blog,
                "related-heading": html_related_heading, "related-cards": html_related_cards,
                "related-siblings": html_related_siblings}
# the related items a layout prints: (title, fields printed with it) per item
RELATED_GOLD = {
    "related-heading": [(t, {"section": SECTIONS[i], "author": AUTHORS[i], "caption": CAPTIONS[i]})
                        for i, t in enumerate(RELATED[:3])],
    "related-cards": [(t, {"summary": SUMMARIES[i]}) for i, t in enumerate(RELATED[:3])],
    "text-teasers": [(t, {"summary": SUMMARIES[i]}) for i, t in enumerate(RELATED[:3])],
    "related-siblings": [(t, {"summary": SUMMARIES[i]}) for i, t in enumerate(RELATED[:3])],
    "text-related-before": [(t, {}) for t in RELATED[:3]],
    "text-stamped-summaries": [(t, {}) for t in BEFORE] + [(t, {"summary": SUMMARIES[i]}) for i, t in enumerate(RELATED[:3])],
}


# ---- measurements -----------------------------------------------------------------------------------------

def _paras(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n+", text or "") if p.strip()]


def related_found(layout: str, related) -> tuple[int, int, int, int]:
    """(gold items found, gold items, printed fields found, printed fields) on a layout that prints related
    items; an item is found as ../shared/eval/score.py finds it (title token F1 >= 0.8)."""
    sys.path.insert(0, str(SHARED / "eval"))
    from score import tf1

    gold = RELATED_GOLD.get(layout, [])
    found = fields = fields_ok = 0
    for title, printed in gold:
        hit = next((r for r in related if tf1(title, r.title) >= 0.8), None)
        found += hit is not None
        fields += len(printed)
        fields_ok += sum(1 for f, v in printed.items() if hit is not None and tf1(v, getattr(hit, f) or "") >= 0.8)
    return found, len(gold), fields_ok, fields


def ways() -> tuple:
    """The ways of reading an HTML page's body that are compared: (name, function of the decoded page); each
    function returns the body paragraphs and, for isnad's rule, the related items (None for the others)."""
    from isnad.ingest import htmldom, htmlrelated
    from isnad.ingest.errors import InputError
    from isnad.ingest.html import _newspaper, _paragraphs, _trafilatura, _with_title, _without_furniture, parse_html
    from isnad.ingest.htmlprep import prepare_html
    from isnad.ingest.page import parse_page

    def rule(text):
        try:
            doc = parse_html(text, "bench")
            return doc.articles[0].paragraphs, doc.related
        except InputError:
            return [], []

    def bare(extract):
        def read(text):
            res = extract(prepare_html(text, "bench").html, None)
            paras = _paras(getattr(res, "text", "") if res else "")
            title = getattr(res, "title", None) if res else None
            return (paras[1:] if paras and title and _norm(paras[0]) == _norm(title) else paras), None
        return read

    def cleaned(extract):
        def read(text):
            prep = prepare_html(text, "bench").html
            res = extract(_without_furniture(prep, "bench"), None)
            title = getattr(res, "title", None) if res else None
            related, _ = htmlrelated.related_blocks(htmldom.parse_tree(prep, "bench"))
            paras = _paragraphs(getattr(res, "text", "") if res else "", related)
            doc = parse_page(_with_title(title, paras), "bench", title=title)
            return (doc.articles[0].paragraphs if doc.articles else []), None
        return read

    return (("rule", rule), ("newspaper4k+cleanup", cleaned(_newspaper)),
            ("trafilatura+cleanup", cleaned(_trafilatura)), ("newspaper4k", bare(_newspaper)),
            ("trafilatura", bare(_trafilatura)))


def run_html(pages: list[tuple[str, bytes, list[str]]]) -> dict:
    """Each way of reading the body, on every page: time, body edges and paragraph counts per layout."""
    from isnad.ingest.decode import decode_bytes

    decoded = [(layout, decode_bytes(data, "bench")[0], gold) for layout, data, gold in pages]
    out = {}
    for name, fn in ways():
        fn(decoded[0][1])  # warm-up
        per = {}
        start = time.perf_counter()
        for layout, text, gold in decoded:
            got, related = fn(text)
            s = per.setdefault(layout, {"pages": 0, "edges": 0, "paras": 0})
            s["pages"] += 1
            s["edges"] += edges_ok(got, gold)
            s["paras"] += len(got) == len(gold)
            if related is not None and layout in RELATED_GOLD:
                _add_related(s, related_found(layout, related))
        secs = time.perf_counter() - start
        out[name] = {"seconds": round(secs, 2), "pages_per_s": round(len(decoded) / secs, 1), "layouts": per}
    return out


def _add_related(s: dict, counts: tuple[int, int, int, int]) -> None:
    for key, n in zip(("related", "related_gold", "fields", "fields_gold"), counts):
        s[key] = s.get(key, 0) + n


def run_text(pages: list[tuple[str, str, list[str] | None]]) -> dict:
    from isnad.ingest.page import parse_page

    parse_page(pages[0][1])
    per = {}
    start = time.perf_counter()
    for layout, text, gold in pages:
        doc = parse_page(text, "bench")
        s = per.setdefault(layout, {"pages": 0, "edges": 0, "paras": 0})
        s["pages"] += 1
        if gold is not None and doc.articles:
            s["edges"] += edges_ok(doc.articles[0].paragraphs, gold)
            s["paras"] += len(doc.articles[0].paragraphs) == len(gold)
        if layout in RELATED_GOLD:
            _add_related(s, related_found(layout, doc.related))
    secs = time.perf_counter() - start
    return {"seconds": round(secs, 2), "pages_per_s": round(len(pages) / secs, 1), "layouts": per}


def real_pages(shared: Path) -> tuple[list, list]:
    """(HTML pages, text pages) with gold bodies where known."""
    html_pages, text_pages = [], []
    for d in sorted((shared / "dev").iterdir()) if (shared / "dev").is_dir() else []:
        gold = json.loads((d / "gold.json").read_text("utf-8")) if (d / "gold.json").exists() else None
        for raw in d.glob("raw.*"):
            if raw.suffix == ".html":
                html_pages.append(("dev-html", raw.read_bytes(), None, gold))
            else:
                text_pages.append(("dev-text", raw.read_text("utf-8"), None))
    ref = shared / "examples" / "aawsat-convoy-page.txt"
    if ref.exists():
        text_pages.append(("dev-text", ref.read_text("utf-8"), None))
    for p in sorted((ROOT / "tests" / "ingest" / "data" / "pages").glob("*.txt")):
        text_pages.append(("test-pages", p.read_text("utf-8"), None))
    return html_pages, text_pages


def run_dev_html(pages) -> dict:
    """Body edges and paragraph counts on the dev HTML pages, against their gold (first and last 40 chars)."""
    from isnad.ingest.decode import decode_bytes

    out = {}
    for name, fn in ways():
        edges = paras = 0
        for _, data, _, gold in pages:
            got, _ = fn(decode_bytes(data, "dev")[0])
            g = gold["articles"][0]
            edges += bool(got) and _norm(got[0]).startswith(_norm(g["body_first"])[:40]) and \
                _norm(got[-1]).endswith(_norm(g["body_last"])[-40:])
            paras += len(got) == g["n_paragraphs"]
        out[name] = {"pages": len(pages), "edges": edges, "paras": paras}
    return out


def run_hostile() -> dict:
    """Seconds (or the one-line refusal) for pages built to be hard: the limits at work."""
    from isnad.ingest.errors import InputError
    from isnad.ingest.html import parse_html
    from isnad.ingest.page import parse_page

    para = ("<p>قال المتحدث باسم الوزارة إن الاجتماع عقد في ظروف صعبة، وأضاف أن الطرفين اتفقا على مواصلة "
            "الحوار خلال الأسبوع المقبل.</p>")
    line = "قال المتحدث باسم الوزارة إن الاجتماع عقد في ظروف صعبة، وأضاف أن الطرفين اتفقا على مواصلة الحوار"
    cases = {
        "HTML nested 20,000 deep": ("html", "<html><body>" + "<div>" * 20000 + para * 3 + "</div>" * 20000),
        "HTML with 5 MB of scripts": ("html", "<html><head>" + "<script>var a = 1;</script>" * 200000 + "</head><body>"
                                      + para * 3),
        "HTML, 5,900 elements (newspaper4k's limit)": ("html", "<html><body>" + "<div><span>نص</span></div>" * 2950
                                                       + para * 3),
        "HTML, 14,900 elements (trafilatura's limit)": ("html", "<html><body>" + "<div><span>نص</span></div>" * 7450
                                                        + para * 3),
        "HTML, 140,000 elements (block text only)": ("html", "<html><body>" + "<div><span>نص</span></div>" * 70000
                                                     + para * 3),
        "HTML, 200,000 elements (refused)": ("html", "<html><body>" + "<i>ا</i>" * 200000),
        "text page, 40,000 lines (5 MB)": ("text", "\n".join(f"عنوان قصير للخبر رقم {i}\n{line} {i}."
                                                          for i in range(20000))),
    }
    out = {}
    for name, (kind, page) in cases.items():
        start = time.perf_counter()
        try:
            doc = parse_html(page, "x") if kind == "html" else parse_page(page, "x")
            result = f"{len(doc.articles)} article(s)"
        except InputError as e:
            result = str(e).split(": ", 1)[1]
        out[name] = {"seconds": round(time.perf_counter() - start, 2), "result": result}
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--per-layout", type=int, default=60, help="synthetic pages per layout")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--hostile", action="store_true", help="also time pages built to hit the limits")
    a = ap.parse_args(argv)
    global SHARED
    shared = SHARED = Path(a.shared)
    rng = random.Random(a.seed)
    arts = articles(shared, a.per_layout * len(HTML_LAYOUTS), a.seed)
    html_pages = []
    for i, (title, paras) in enumerate(arts):
        layout = list(HTML_LAYOUTS)[i % len(HTML_LAYOUTS)]
        html_pages.append((layout, HTML_LAYOUTS[layout](title, paras, rng), paras))
    text_pages = []
    for i, (title, paras) in enumerate(arts[:a.per_layout * len(TEXT_LAYOUTS)]):
        layout = TEXT_LAYOUTS[i % len(TEXT_LAYOUTS)]
        if layout in ("text-periods", "text-no-periods"):
            periods = layout == "text-periods"
            page, gold = text_page(title, paras, rng, periods), paras if periods else [p.rstrip(".!؟?") for p in paras]
        elif layout == "text-teasers":
            page, gold = text_teasers(title, paras, rng), paras
        elif layout == "text-related-before":
            page, gold = text_related_before(title, paras, rng), paras
        elif layout == "text-stamped-summaries":
            page, gold = text_stamped_summaries(title, paras, rng), paras
        else:
            gold = [DATELINE + paras[0]] + paras[1:]
            page = text_wrapped(title, gold, rng, with_title=layout == "text-wrapped-titled")
        text_pages.append((layout, page, gold))
    real_html, real_text = real_pages(shared)
    results = {
        "text": run_text(text_pages + real_text),
        "html": run_html(html_pages),
        "dev_html": run_dev_html(real_html) if real_html else None,
        "hostile": run_hostile() if a.hostile else None,
    }
    if a.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
        return 0
    t = results["text"]
    print(f"text pages: {sum(s['pages'] for s in t['layouts'].values())} pages, {t['pages_per_s']} pages/s")
    for layout, s in t["layouts"].items():
        if layout.startswith("text-"):
            print(f"  {layout:20s} edges {s['edges']}/{s['pages']}  paras {s['paras']}/{s['pages']}{_rel(s)}")
    for name, r in results["html"].items():
        print(f"html {name:20s} {r['pages_per_s']:6.1f} pages/s ({r['seconds']} s)")
        for layout, s in r["layouts"].items():
            print(f"  {layout:20s} edges {s['edges']}/{s['pages']}  paras {s['paras']}/{s['pages']}{_rel(s)}")
    if results["dev_html"]:
        for name, s in results["dev_html"].items():
            print(f"dev html {name:20s} edges {s['edges']}/{s['pages']}  paras {s['paras']}/{s['pages']}")
    for name, r in (results["hostile"] or {}).items():
        print(f"hostile {name:45s} {r['seconds']:6.2f} s  {r['result']}")
    return 0


def _rel(s: dict) -> str:
    if "related_gold" not in s:
        return ""
    return f"  related {s['related']}/{s['related_gold']}  rel-fields {s['fields']}/{s['fields_gold']}"


if __name__ == "__main__":
    sys.exit(main())
