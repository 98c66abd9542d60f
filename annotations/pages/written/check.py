"""Check the written pages of this folder: every gold span is in the text a reader sees, and the gold is well formed.

usage: /work/frozen/.venv/bin/python check.py [PAGE_DIR ...]     (default: every w*/ folder beside this file)

What is checked, per page:
- `split` equals the hash rule (`split_of(<folder name>, 5)`, annotations/README.md);
- title, subtitle, byline, dateline, every claim's speaker, cue, content, recipient and `via` item, and every
  related field are substrings of the visible text (raw.txt as is; raw.html decoded with its declared charset,
  scripts/styles dropped, tags removed, entities decoded). Whitespace is compared collapsed (a hard-wrapped
  paragraph is read with its line breaks as spaces, so a span may cross a wrap);
- body_first (at most 60 characters) opens a paragraph and body_last (at most 60) closes one;
- places and numbers are substrings of the claim's content; places_resolved / numbers_resolved align with them;
  place ids exist in the gazetteer and their country matches the row (a mismatch is reported);
- content does not open with إن/أن; stance, speaker_type and contradiction kinds are from the schema;
  contradictions index claims of the first article.
It ends with the counts (pages, claims by stance, related items, contradictions) per split.
"""
import csv
import glob
import hashlib
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
GAZ = os.path.join(HERE, "..", "..", "..", "..", "shared", "data", "gazetteer", "gazetteer_ar.tsv")
if not os.path.exists(GAZ):
    GAZ = "/work/shared/data/gazetteer/gazetteer_ar.tsv"

STANCES = {"assert", "deny", "confirm", "accuse", "warn", "call", "question"}
TYPES = {"person", "organization", "anonymous", "group", "outlet", "document"}
KINDS = {"location", "number", "negation", "time", "actor", "outcome"}
BLOCK = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table", "br",
         "section", "article", "header", "footer", "nav", "aside", "figure", "figcaption", "main", "blockquote",
         "title", "dt", "dd", "hr", "form", "body", "tbody", "thead"}


def split_of(key, tenths=5):
    h = int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16)
    return "heldout" if h % 10 < tenths else "dev"


def ws(s):
    return " ".join((s or "").split())


def html_paragraphs(path):
    import lxml.html
    raw = open(path, "rb").read()
    m = re.search(rb'charset\s*=\s*["\']?([A-Za-z0-9_\-]+)', raw[:4000])
    enc = m.group(1).decode("ascii").lower() if m else "utf-8"
    text = raw.decode(enc)
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)
    doc = lxml.html.document_fromstring(text)
    for bad in doc.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    out = []

    def walk(el):
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in BLOCK:
            out.append("\n")
        if el.text and tag:
            out.append(el.text)
        for ch in el:
            walk(ch)
            if ch.tail:
                out.append(ch.tail)
        if tag in BLOCK:
            out.append("\n")

    walk(doc)
    lines = [ws(x) for x in "".join(out).split("\n")]
    return [x for x in lines if x], enc


def txt_paragraphs(path):
    text = open(path, encoding="utf-8").read()
    lines = [ws(x) for x in text.split("\n")]
    blocks, cur = [], []
    for x in lines:
        if x:
            cur.append(x)
        elif cur:
            blocks.append(" ".join(cur))
            cur = []
    if cur:
        blocks.append(" ".join(cur))
    # a paragraph is either a whole line (scraped text, one paragraph a line) or a blank-line block (hard-wrapped)
    return [x for x in lines if x], blocks


def load_gaz():
    csv.field_size_limit(10 ** 9)
    rows = {}
    with open(GAZ, encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            rows[r["id"]] = r["country_code"]
    return rows


def check_page(d, gaz, errs):
    name = os.path.basename(os.path.normpath(d))
    g = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    if os.path.exists(os.path.join(d, "raw.html")):
        paras, enc = html_paragraphs(os.path.join(d, "raw.html"))
        blocks = paras
    else:
        paras, blocks = txt_paragraphs(os.path.join(d, "raw.txt"))
        enc = "utf-8"
    flat = " " + " ".join(blocks) + " "
    flat_lines = " " + " ".join(paras) + " "

    def err(msg):
        errs.append(f"{name}: {msg}")

    def span(s, where):
        if s is None:
            return
        if not isinstance(s, str) or not s.strip():
            err(f"{where}: empty span")
        elif ws(s) not in flat and ws(s) not in flat_lines:
            err(f"{where}: not in visible text: {s[:80]!r}")

    for k in ("outlet", "articles", "related", "contradictions", "split", "notes"):
        if k not in g:
            err(f"missing key {k}")
    if g.get("split") != split_of(name):
        err(f"split {g.get('split')} != hash rule {split_of(name)}")
    if not os.path.exists(os.path.join(d, "source.md")):
        err("no source.md")
    for ai, a in enumerate(g["articles"]):
        w = f"article {ai}"
        for k in ("title", "subtitle", "byline", "dateline"):
            span(a.get(k), f"{w} {k}")
        if a.get("published") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", a["published"]):
            err(f"{w} published {a['published']!r}")
        bf, bl = a["body_first"], a["body_last"]
        if len(bf) > 60 or len(bl) > 60:
            err(f"{w} body_first/body_last longer than 60")
        cand = set(paras) | set(blocks)
        firsts = [p for p in cand if p.startswith(ws(bf))]
        lasts = [p for p in cand if p.endswith(ws(bl))]
        if not firsts:
            err(f"{w} body_first opens no paragraph: {bf!r}")
        if not lasts:
            err(f"{w} body_last closes no paragraph: {bl!r}")
        for p in firsts:
            if len(p) >= 60 and len(bf) != 60:
                err(f"{w} body_first should be 60 characters")
        for p in lasts:
            if len(p) >= 60 and len(bl) != 60:
                err(f"{w} body_last should be 60 characters")
        if not isinstance(a.get("n_paragraphs"), int) or a["n_paragraphs"] < 1:
            err(f"{w} n_paragraphs")
        for ci, c in enumerate(a["claims"]):
            cw = f"{w} claim {ci}"
            for k in ("speaker", "cue", "content", "recipient"):
                span(c.get(k), f"{cw} {k}")
            for v in c.get("via", []):
                span(v, f"{cw} via")
            if c["stance"] not in STANCES:
                err(f"{cw} stance {c['stance']}")
            if c["speaker_type"] not in TYPES:
                err(f"{cw} speaker_type {c['speaker_type']}")
            if not isinstance(c.get("direct"), bool):
                err(f"{cw} direct not bool")
            if re.match(r"^[إأ]ن(ه|ها|هم|ه م)?\s", c["content"]) and not c["content"].startswith("إن كان"):
                err(f"{cw} content opens with إن/أن")
            content = ws(c["content"])
            if len(c["places"]) != len(c["places_resolved"]):
                err(f"{cw} places/places_resolved length")
            for p, pr in zip(c["places"], c["places_resolved"]):
                if ws(p) not in content:
                    err(f"{cw} place {p!r} not in content")
                if pr["text"] != p:
                    err(f"{cw} places_resolved text {pr['text']!r} != {p!r}")
                if pr["id"] is not None:
                    if pr["id"] not in gaz:
                        err(f"{cw} place id {pr['id']} not in gazetteer")
                    elif (gaz[pr["id"]] or None) != pr["country"]:
                        err(f"{cw} place {p!r} country {pr['country']} != gazetteer {gaz[pr['id']]}")
                elif not pr.get("note"):
                    err(f"{cw} null place id without a note: {p!r}")
            if len(c["numbers"]) != len(c["numbers_resolved"]):
                err(f"{cw} numbers/numbers_resolved length")
            for n, nr in zip(c["numbers"], c["numbers_resolved"]):
                if ws(n) not in content:
                    err(f"{cw} number {n!r} not in content")
                if nr["text"] != n:
                    err(f"{cw} numbers_resolved text {nr['text']!r} != {n!r}")
                if not isinstance(nr["value"], (int, float)) or not isinstance(nr["approximate"], bool):
                    err(f"{cw} number value/approximate")
    for ri, r in enumerate(g["related"]):
        for k, v in r.items():
            if isinstance(v, str):
                span(v, f"related {ri} {k}")
        if not r.get("title"):
            err(f"related {ri} without title")
    n0 = len(g["articles"][0]["claims"]) if g["articles"] else 0
    seen = set()
    for x in g["contradictions"]:
        if not (0 <= x["a"] < n0 and 0 <= x["b"] < n0) or x["a"] == x["b"]:
            err(f"contradiction {x} out of range")
        if x["kind"] not in KINDS:
            err(f"contradiction kind {x['kind']}")
        pair = frozenset((x["a"], x["b"]))
        if pair in seen:
            err(f"contradiction pair {sorted(pair)} twice")
        seen.add(pair)
    return g, enc


def main(argv):
    dirs = argv or sorted(p for p in glob.glob(os.path.join(HERE, "w*")) if os.path.isdir(p))
    gaz = load_gaz()
    errs = []
    tot = {}
    print(f"{'page':40} {'split':8} {'input':12} art claims rel contra")
    for d in dirs:
        n = len(errs)
        g, enc = check_page(d, gaz, errs)
        name = os.path.basename(os.path.normpath(d))
        claims = [c for a in g["articles"] for c in a["claims"]]
        kind = ("html/" + enc) if os.path.exists(os.path.join(d, "raw.html")) else "text"
        print(f"{name:40} {g['split']:8} {kind:12} {len(g['articles']):3} {len(claims):6} {len(g['related']):3} "
              f"{len(g['contradictions']):6}{'  ERRORS' if len(errs) > n else ''}")
        t = tot.setdefault(g["split"], Counter())
        t["pages"] += 1
        t["articles"] += len(g["articles"])
        t["claims"] += len(claims)
        t["related"] += len(g["related"])
        t["contradictions"] += len(g["contradictions"])
        t["places"] += sum(len(c["places"]) for c in claims)
        t["numbers"] += sum(len(c["numbers"]) for c in claims)
        for c in claims:
            t["stance:" + c["stance"]] += 1
    for s, t in sorted(tot.items()):
        print(s, dict(t))
    all_ = sum(tot.values(), Counter())
    print("total", dict(all_))
    for e in errs:
        print("ERROR", e)
    print(f"{len(errs)} error(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
