"""Check the cross-document test set (annotations/crossdoc/pairs.jsonl), print its counts, optionally materialize it.

    cd /work/main && /work/frozen/.venv/bin/python annotations/crossdoc/check.py --shared /work/shared
        [--materialize DIR] [--show N]

Every document is rebuilt: an ANT document from its shard line (SHA-1 checked) with each `breaks` space turned into a
blank line (as the shared dev pages t40-t51 were made); a written document from `written/<id>-<a|b>.txt`. Every claim
span is checked: packed ANT spans are `{"@": [s, e]}` inside the line, after the last break (headlines and
standfirsts carry no claims), without surrounding spaces; written spans are exact substrings of the file's body
(after the headline paragraph); speaker, cue and content of one claim never overlap; speaker and cue are both null
(the outlet's own narration) or both set. Also: ids x01, x02, ... in order; split == split_of(id, 5); origin
consistent with the documents; the two ANT documents of a pair come from different outlets (line ranges of the shard
README); no shard line of the shared dev pages or of the page-set candidates; kinds from the six; note and note_ar
on every contradiction; controls (same_event false) carry no contradictions or agreements.

`--materialize DIR` writes DIR/<id>/a.txt, DIR/<id>/b.txt and DIR/<id>/gold.json (spans unpacked to text, each
claim also with `spans`: character offsets of speaker/cue/content into its a.txt or b.txt), so that a scorer can run
`isnad compare DIR/<id>/a.txt DIR/<id>/b.txt` and compare with gold.json. Exits 1 on any error.
"""
from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

from isnad.annotations import AnnotationError, sha1, shard_line, split_of

HERE = Path(__file__).resolve().parent
ANN = HERE.parent
KINDS = ("negation", "number", "location", "time", "actor", "outcome")
SHARDS = {"ant-multisource-01.txt.gz", "ant-jawharafm-01.txt.gz"}
# shared dev pages found in the shard but missing from dev_pages_in_shards.json (t06, t09, t12; see pairs/README.md)
EXTRA_DEV_LINES = {("ant-multisource-01.txt.gz", 2095), ("ant-multisource-01.txt.gz", 21296),
                   ("ant-multisource-01.txt.gz", 8437)}
CLAIM_KEYS = ("speaker", "cue", "content")


def ant_outlet(shard: str, line: int) -> str:
    if shard == "ant-jawharafm-01.txt.gz":
        return "الجوهرة أف أم"
    if line <= 6507:
        return "العربية.نت"
    if line <= 10304:
        return "بي بي سي عربي"
    if line <= 13626:
        return "CNN بالعربية"
    if line <= 16564:
        return "فرانس 24"
    return "سكاي نيوز عربية"


class Doc:
    """One document of a pair: its raw text (what a user feeds isnad) and how claim spans map into it."""

    def __init__(self, kind: str, raw: str, body_start: int, line: str | None = None, breaks=(), outlet=None, ref=None):
        self.kind, self.raw, self.body_start, self.line = kind, raw, body_start, line
        self.breaks, self.outlet, self.ref = list(breaks), outlet, ref

    def raw_offset(self, p: int) -> int:
        """Offset in the raw text of offset p of the shard line (each break space became two newlines)."""
        return p + sum(1 for b in self.breaks if b < p)


def nearest(text: str, s: str, lo: int, hi: int, anchor: int):
    """Occurrence of s in text[lo:hi] closest to anchor, an occurrence before it preferred (same rule as packing)."""
    best = None
    for m in re.finditer(re.escape(s), text[lo:hi]):
        a = lo + m.start()
        d = anchor - a if a <= anchor else (a - anchor) * 3
        if best is None or d < best[0]:
            best = (d, a)
    return None if best is None else (best[1], best[1] + len(s))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ANN.parent.parent / "shared")
    ap.add_argument("--file", type=Path, default=HERE / "pairs.jsonl")
    ap.add_argument("--materialize", type=Path, default=None, help="write DIR/<id>/{a.txt,b.txt,gold.json}")
    ap.add_argument("--show", type=int, default=0, help="print the claims of the first N pairs as text")
    args = ap.parse_args(argv)

    reserved = set(EXTRA_DEV_LINES)
    for d in json.loads((ANN / "dev_pages_in_shards.json").read_text(encoding="utf-8")):
        reserved.add((d["shard"], d["line"]))
    cand = ANN / "pages" / "candidates.json"
    if cand.is_file():
        for d in json.loads(cand.read_text(encoding="utf-8")):
            reserved.add((d["shard"], d["line"]))

    errors: list[str] = []
    counts = collections.Counter()
    kinds = collections.Counter()
    articles = set()
    out_records = []

    def load_doc(r: dict, side: str, where: str) -> Doc | None:
        d = r.get(side)
        if not isinstance(d, dict):
            errors.append(f"{where}: no document {side}")
            return None
        if "file" in d:
            path = HERE / d["file"]
            if d["file"] != f"written/{r['id']}-{side}.txt":
                errors.append(f"{where}: written file should be written/{r['id']}-{side}.txt")
            if not path.is_file():
                errors.append(f"{where}: missing {d['file']}")
                return None
            raw = path.read_text(encoding="utf-8")
            if "\n\n" not in raw:
                errors.append(f"{where}: {d['file']} has no blank line after the headline")
                return None
            n = len(raw.split())
            if not 120 <= n <= 350:
                errors.append(f"{where}: {d['file']} has {n} words (120-350 expected)")
            return Doc("written", raw, raw.index("\n\n") + 2, ref=d["file"])
        src = d.get("source") or {}
        if src.get("shard") not in SHARDS:
            errors.append(f"{where}: shard {src.get('shard')!r} is not one of the two ANT shards")
            return None
        key = (src["shard"], int(src["line"]))
        if key in reserved:
            errors.append(f"{where}: {key[0]}:{key[1]} is reserved (shared dev page or page-set candidate)")
        try:
            line = shard_line(args.shared, src["shard"], int(src["line"]))
        except AnnotationError as e:
            errors.append(f"{where}: {e}")
            return None
        if src.get("sha1") != sha1(line):
            errors.append(f"{where}: SHA-1 missing or wrong for {key[0]}:{key[1]}")
        breaks = d.get("breaks")
        if not (isinstance(breaks, list) and breaks and all(isinstance(b, int) for b in breaks)
                and breaks == sorted(set(breaks)) and all(0 < b < len(line) and line[b] == " " for b in breaks)):
            errors.append(f"{where}: breaks must be increasing offsets of spaces of the line")
            return None
        raw = "".join(("\n\n" if i in set(breaks) else ch) for i, ch in enumerate(line))
        outlet = ant_outlet(*key)
        if d.get("outlet") not in (None, outlet):
            errors.append(f"{where}: outlet {d.get('outlet')!r} but the line range says {outlet!r}")
        articles.add(key)
        return Doc("ant", raw, breaks[-1] + 1, line=line, breaks=breaks, outlet=outlet, ref=f"{key[0]}:{key[1]}")

    def check_claim(doc: Doc, c, where: str):
        """Text of the claim and its spans in doc.raw, or None after recording errors."""
        if not isinstance(c, dict) or set(c) != set(CLAIM_KEYS):
            errors.append(f"{where}: a claim has exactly speaker, cue, content")
            return None
        if (c["speaker"] is None) != (c["cue"] is None):
            errors.append(f"{where}: speaker and cue are both null (narration) or both set")
        text, spans = {}, {}
        if doc.kind == "ant":
            for k in CLAIM_KEYS:
                v = c[k]
                if v is None and k != "content":
                    text[k] = spans[k] = None
                    continue
                if not (isinstance(v, dict) and set(v) == {"@"} and len(v["@"]) == 2):
                    errors.append(f"{where}: {k} is not a packed span")
                    return None
                a, b = v["@"]
                if not (doc.body_start <= a < b <= len(doc.line)):
                    errors.append(f"{where}: {k} span {a}:{b} empty, outside the line or before the body")
                    return None
                s = doc.line[a:b]
                if s != s.strip():
                    errors.append(f"{where}: {k} span has surrounding spaces")
                text[k] = s
                spans[k] = [doc.raw_offset(a), doc.raw_offset(b)]
        else:
            for k in CLAIM_KEYS:
                v = c[k]
                if v is None and k != "content":
                    text[k] = None
                    continue
                if not isinstance(v, str) or not v or v != v.strip():
                    errors.append(f"{where}: {k} must be a non-empty text span without surrounding spaces")
                    return None
                if doc.raw.find(v, doc.body_start) < 0:
                    errors.append(f"{where}: {k} is not a substring of the body of {doc.ref}: {v[:50]!r}")
                    return None
                text[k] = v
            cs = doc.raw.find(text["content"], doc.body_start)
            spans["content"] = [cs, cs + len(text["content"])]
            spans["cue"] = spans["speaker"] = None
            if text["cue"] is not None:
                cue = nearest(doc.raw, text["cue"], max(doc.body_start, cs - 600), len(doc.raw), cs)
                spans["cue"] = list(cue) if cue else None
                if cue and text["speaker"] is not None:
                    sp = nearest(doc.raw, text["speaker"], max(doc.body_start, cue[0] - 2500), len(doc.raw), cue[0])
                    spans["speaker"] = list(sp) if sp else None
            for k in CLAIM_KEYS:
                if text[k] is not None and spans[k] is None:
                    errors.append(f"{where}: could not place {k} near the content")
        placed = sorted((v[0], v[1], k) for k, v in spans.items() if v)
        for (a1, b1, k1), (a2, b2, k2) in zip(placed, placed[1:]):
            if a2 < b1:
                errors.append(f"{where}: {k1} and {k2} overlap")
        for k, v in spans.items():
            if v and doc.raw[v[0]:v[1]] != text[k]:
                errors.append(f"{where}: internal offset error for {k}")
        return {**text, "spans": spans}

    lines = args.file.read_text(encoding="utf-8").splitlines()
    shown = 0
    for n, ln in enumerate(lines, 1):
        where = f"{args.file.name}:{n}"
        try:
            r = json.loads(ln)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: bad JSON ({e})")
            continue
        need = {"id", "origin", "split", "a", "b", "same_event", "contradictions", "agreements", "notes"}
        if need - set(r) or set(r) - need - {"key"}:
            errors.append(f"{where}: keys missing {sorted(need - set(r))} / unexpected {sorted(set(r) - need - {'key'})}")
            continue
        pid = r["id"]
        where = f"{where} ({pid})"
        if pid != f"x{n:02d}":
            errors.append(f"{where}: ids must run x01, x02, ... in file order (expected x{n:02d})")
        if r["split"] != split_of(pid, 5):
            errors.append(f"{where}: split {r['split']!r} but split_of(id, 5) = {split_of(pid, 5)!r}")
        docs = {s: load_doc(r, s, f"{where}:{s}") for s in "ab"}
        if None in docs.values():
            continue
        origin = {docs["a"].kind, docs["b"].kind}
        if origin != {r["origin"] if r["origin"] == "written" else "ant"} or r["origin"] not in ("ant", "written"):
            errors.append(f"{where}: origin {r['origin']!r} does not match the documents")
        if r["origin"] == "ant" and docs["a"].outlet == docs["b"].outlet:
            errors.append(f"{where}: both documents come from {docs['a'].outlet}")
        if r["origin"] == "ant" and docs["a"].ref == docs["b"].ref:
            errors.append(f"{where}: a and b are the same article")
        if not isinstance(r["same_event"], bool):
            errors.append(f"{where}: same_event is not a boolean")
        if not r["same_event"] and (r["contradictions"] or r["agreements"]):
            errors.append(f"{where}: a control (different events) carries contradictions or agreements")
        gold = {"id": pid, "split": r["split"], "origin": r["origin"], "same_event": r["same_event"],
                "a": {"file": "a.txt", "outlet": docs["a"].outlet, "from": docs["a"].ref},
                "b": {"file": "b.txt", "outlet": docs["b"].outlet, "from": docs["b"].ref},
                "contradictions": [], "agreements": [], "notes": r["notes"]}
        seen = set()
        for lst, name in ((r["contradictions"], "contradictions"), (r["agreements"], "agreements")):
            for i, d in enumerate(lst):
                w = f"{where}:{name}[{i}]"
                ca, cb = check_claim(docs["a"], d.get("a"), w + ":a"), check_claim(docs["b"], d.get("b"), w + ":b")
                if ca is None or cb is None:
                    continue
                sig = (json.dumps(d["a"], sort_keys=True), json.dumps(d["b"], sort_keys=True))
                if sig in seen:
                    errors.append(f"{w}: the same claim pair is listed twice")
                seen.add(sig)
                if not str(d.get("note") or "").strip():
                    errors.append(f"{w}: empty note")
                item = {"a": ca, "b": cb, "note": d.get("note")}
                if name == "contradictions":
                    extra = set(d) - {"a", "b", "kind", "note", "note_ar", "reported_in_both"}
                    if extra:
                        errors.append(f"{w}: unexpected keys {sorted(extra)}")
                    if d.get("kind") not in KINDS:
                        errors.append(f"{w}: kind {d.get('kind')!r} is not one of {KINDS}")
                    if not str(d.get("note_ar") or "").strip():
                        errors.append(f"{w}: no note_ar")
                    if "reported_in_both" in d and d["reported_in_both"] is not True:
                        errors.append(f"{w}: reported_in_both is true or absent")
                    item.update(kind=d.get("kind"), note_ar=d.get("note_ar"))
                    if d.get("reported_in_both"):
                        item["reported_in_both"] = True
                    kinds[(d.get("kind"), r["split"])] += 1
                    kinds[(d.get("kind"), "all")] += 1
                else:
                    if set(d) - {"a", "b", "note"}:
                        errors.append(f"{w}: unexpected keys {sorted(set(d) - {'a', 'b', 'note'})}")
                    counts[("agreements", r["split"])] += 1
                gold[name].append(item)
        real = any(not d.get("reported_in_both") for d in r["contradictions"])
        label = ("control" if not r["same_event"] else
                 "conflict" if real else "dispute reported in both" if r["contradictions"] else "no conflict")
        counts[(r["origin"], label, r["split"])] += 1
        out_records.append((pid, docs, gold))
        if shown < args.show:
            shown += 1
            print(f"== {pid} {r['origin']} {label} {r['split']}: {docs['a'].ref} / {docs['b'].ref}")
            for name in ("contradictions", "agreements"):
                for it in gold[name]:
                    tag = it.get("kind", "agree")
                    for s in "ab":
                        c = it[s]
                        print(f"  {tag:8} {s} | {c['speaker']} | {c['cue']} | {c['content'][:80]}")

    if args.materialize and not errors:
        for pid, docs, gold in out_records:
            d = args.materialize / pid
            d.mkdir(parents=True, exist_ok=True)
            (d / "a.txt").write_text(docs["a"].raw, encoding="utf-8")
            (d / "b.txt").write_text(docs["b"].raw, encoding="utf-8")
            (d / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"materialized {len(out_records)} pairs under {args.materialize}")

    # counts
    splits = ("dev", "heldout")
    print(f"{len(lines)} pairs, {len(articles)} distinct ANT articles")
    print(f"{'pairs':34} {'dev':>5} {'heldout':>8} {'total':>6}")
    for origin in ("ant", "written"):
        for label in ("conflict", "no conflict", "dispute reported in both", "control"):
            row = [counts[(origin, label, s)] for s in splits]
            if sum(row):
                print(f"{origin + ' / ' + label:34} {row[0]:5} {row[1]:8} {sum(row):6}")
    se = [sum(counts[(o, lab, s)] for o in ("ant", "written") for lab in ("conflict", "no conflict",
          "dispute reported in both")) for s in splits]
    ct = [sum(counts[(o, "control", s)] for o in ("ant", "written")) for s in splits]
    print(f"{'same event (all)':34} {se[0]:5} {se[1]:8} {sum(se):6}")
    print(f"{'different events (controls)':34} {ct[0]:5} {ct[1]:8} {sum(ct):6}")
    print(f"{'contradictions by kind':34} {'dev':>5} {'heldout':>8} {'total':>6}")
    for k in KINDS:
        print(f"{k:34} {kinds[(k, 'dev')]:5} {kinds[(k, 'heldout')]:8} {kinds[(k, 'all')]:6}")
    tot = [sum(kinds[(k, s)] for k in KINDS) for s in splits]
    print(f"{'all contradictions':34} {tot[0]:5} {tot[1]:8} {sum(tot):6}")
    ag = [counts[("agreements", s)] for s in splits]
    print(f"{'agreements (same event, compatible)':34} {ag[0]:5} {ag[1]:8} {sum(ag):6}")
    if errors:
        print(f"\n{len(errors)} error(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
