"""Check the contradiction pair set (annotations/pairs/pairs.jsonl) and print its counts.

    cd /work/main && /work/frozen/.venv/bin/python annotations/pairs/check.py --shared /work/shared [--show N]

For every record: the keys and their types; each claim either a packed ANT claim (source with shard, line and SHA-1
of the line, speaker/cue/content offsets) or a reference to a claim of a shared dev page (folder and index into the
first article's claims); SHA-1s match the shards; spans are non-empty, inside the line, and speaker/cue/content do
not overlap; the pair order (earlier claim first inside an article, by the first offset of its spans, then of its content; lower (shard, line) first across articles, lower
index first on a dev page); the split recomputed with split_of(key of a, 3); kind null for negatives and one of the
six kinds for positives; note_ar present for positives; origin consistent with the claims; no duplicate pair; no
article of the reserved lists (dev pages in the shards, page-set candidates). Exits 1 on any error.
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

from isnad.annotations import AnnotationError, shard_line, sha1, split_of, unpack

HERE = Path(__file__).resolve().parent
ANN = HERE.parent
KINDS = {"negation", "number", "location", "time", "actor", "outcome"}
ORIGINS = {"dev-gold", "dev-negative", "within-article", "cross-article"}
SHARDS = {"ant-multisource-01.txt.gz", "ant-jawharafm-01.txt.gz"}
# shared dev pages found in the shards but missing from dev_pages_in_shards.json (t06, t09, t12)
EXTRA_DEV_LINES = {("ant-multisource-01.txt.gz", 2095), ("ant-multisource-01.txt.gz", 21296),
                   ("ant-multisource-01.txt.gz", 8437)}


def dev_claims(shared: Path, name: str) -> list:
    if name == "aawsat-convoy-page":
        path = shared / "examples" / "aawsat-convoy-page.gold.json"
    else:
        path = shared / "dev" / name / "gold.json"
    if not path.is_file():
        raise AnnotationError(f"no dev page {name!r} ({path})")
    return json.loads(path.read_text(encoding="utf-8"))["articles"][0]["claims"]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ANN.parent.parent / "shared")
    ap.add_argument("--file", type=Path, default=HERE / "pairs.jsonl")
    ap.add_argument("--show", type=int, default=0, help="print the first N pairs unpacked")
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
    seen = set()
    dev_cache: dict[str, list] = {}
    shown = 0

    def claim(c: dict, where: str):
        """(kind, sort key, article key, text view) of one claim, recording errors."""
        if "dev" in c:
            name, i = c["dev"], c.get("claim")
            if set(c) != {"dev", "claim"} or not isinstance(i, int):
                errors.append(f"{where}: a dev reference is {{dev, claim:int}}")
                return None
            if name not in dev_cache:
                dev_cache[name] = dev_claims(args.shared, name)
            cl = dev_cache[name]
            if not 0 <= i < len(cl):
                errors.append(f"{where}: {name} has no claim {i} ({len(cl)} claims)")
                return None
            g = cl[i]
            return ("dev", (name, i), name, (g["speaker"], g["cue"], g["content"]))
        if set(c) != {"source", "speaker", "cue", "content"}:
            errors.append(f"{where}: an ANT claim has exactly source, speaker, cue, content")
            return None
        src = c["source"]
        if src.get("shard") not in SHARDS:
            errors.append(f"{where}: shard {src.get('shard')!r} is not one of the two ANT shards")
            return None
        if (src["shard"], src["line"]) in reserved:
            errors.append(f"{where}: {src['shard']}:{src['line']} is reserved (dev page or page candidate)")
        text = shard_line(args.shared, src["shard"], int(src["line"]), src.get("sha1"))
        if src.get("sha1") != sha1(text):
            errors.append(f"{where}: SHA-1 missing or wrong")
        spans = []
        for k in ("speaker", "cue", "content"):
            v = c[k]
            if not (isinstance(v, dict) and set(v) == {"@"} and len(v["@"]) == 2):
                errors.append(f"{where}: {k} is not a packed span")
                return None
            a, b = v["@"]
            if not (0 <= a < b <= len(text)):
                errors.append(f"{where}: {k} span {a}:{b} empty or outside the line ({len(text)})")
                return None
            if text[a:b] != text[a:b].strip():
                errors.append(f"{where}: {k} span has surrounding spaces")
            spans.append((a, b, k))
        spans.sort()
        for (a1, b1, k1), (a2, b2, k2) in zip(spans, spans[1:]):
            if a2 < b1:
                errors.append(f"{where}: {k1} and {k2} overlap")
        u = unpack({k: c[k] for k in ("speaker", "cue", "content")}, text)
        start = min(s[0] for s in spans)
        return ("ant", (src["shard"], int(src["line"]), start, c["content"]["@"][0]), f"{src['shard']}:{src['line']}",
                (u["speaker"], u["cue"], u["content"]))

    lines = args.file.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        where = f"{args.file.name}:{n}"
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: bad JSON ({e})")
            continue
        need = {"a", "b", "contradiction", "kind", "note", "split", "origin"}
        extra = set(r) - need - {"note_ar"}
        if need - set(r) or extra:
            errors.append(f"{where}: keys missing {sorted(need - set(r))} / unexpected {sorted(extra)}")
            continue
        try:
            ca, cb = claim(r["a"], where + ":a"), claim(r["b"], where + ":b")
        except (AnnotationError, OSError, KeyError, ValueError) as e:
            errors.append(f"{where}: {e}")
            continue
        if ca is None or cb is None:
            continue
        if not isinstance(r["contradiction"], bool):
            errors.append(f"{where}: contradiction is not a boolean")
        if r["contradiction"]:
            if r["kind"] not in KINDS:
                errors.append(f"{where}: positive pair with kind {r['kind']!r}")
            if not str(r.get("note_ar") or "").strip():
                errors.append(f"{where}: positive pair without note_ar")
        elif r["kind"] is not None:
            errors.append(f"{where}: negative pair with a kind")
        if not str(r["note"]).strip():
            errors.append(f"{where}: empty note")
        # order and origin
        if ca[0] != cb[0]:
            errors.append(f"{where}: a dev claim paired with an ANT claim")
        elif ca[0] == "dev":
            if ca[1][0] != cb[1][0]:
                errors.append(f"{where}: dev claims from two pages")
            if not ca[1][1] < cb[1][1]:
                errors.append(f"{where}: a must be the earlier dev claim")
            if r["origin"] not in ("dev-gold", "dev-negative"):
                errors.append(f"{where}: origin {r['origin']!r} for a dev pair")
            if (r["origin"] == "dev-gold") != r["contradiction"]:
                errors.append(f"{where}: dev-gold pairs are the positives, dev-negative the negatives")
            if r["origin"] == "dev-gold":
                gold = json.loads((args.shared / ("examples/aawsat-convoy-page.gold.json" if ca[1][0] == "aawsat-convoy-page"
                                                  else f"dev/{ca[1][0]}/gold.json")).read_text(encoding="utf-8"))
                pairs = {tuple(sorted((x["a"], x["b"]))) for x in gold.get("contradictions", [])}
                if (ca[1][1], cb[1][1]) not in pairs:
                    errors.append(f"{where}: dev-gold pair not in the page's gold contradictions")
        else:
            same = ca[2] == cb[2]
            want = "within-article" if same else "cross-article"
            if r["origin"] != want:
                errors.append(f"{where}: origin {r['origin']!r}, expected {want}")
            if not ca[1] < cb[1]:
                errors.append(f"{where}: a must be the earlier claim / the lower (shard, line)")
        split = split_of(ca[2], 3)
        if r["split"] != split:
            errors.append(f"{where}: split {r['split']!r}, recomputed {split!r}")
        sig = json.dumps([r["a"], r["b"]], sort_keys=True)
        if sig in seen:
            errors.append(f"{where}: duplicate pair")
        seen.add(sig)
        if r["origin"] not in ORIGINS:
            errors.append(f"{where}: unknown origin {r['origin']!r}")
        counts[(r["split"], r["contradiction"], r["kind"], r["origin"])] += 1
        if shown < args.show:
            shown += 1
            print(f"--- {n} {'CONTRADICTION ' + r['kind'] if r['contradiction'] else 'no contradiction'} "
                  f"[{r['origin']}, {r['split']}]  {r['note']}")
            for tag, c in (("a", ca), ("b", cb)):
                sp, cu, ct = c[3]
                print(f"  {tag} {c[2]}: [{sp}] <{cu}> {ct[:200]}")

    # ---- report
    def table(title, keyf):
        rows = collections.Counter()
        for (split, lab, kind, origin), v in counts.items():
            rows[(keyf(split, lab, kind, origin), split)] += v
        keys = sorted({k for k, _ in rows}, key=str)
        print(f"\n{title:<32}{'dev':>6}{'heldout':>9}{'total':>7}")
        for k in keys:
            d, h = rows[(k, "dev")], rows[(k, "heldout")]
            print(f"{str(k):<32}{d:>6}{h:>9}{d + h:>7}")

    total = sum(counts.values())
    pos = sum(v for (s, lab, k, o), v in counts.items() if lab)
    held = sum(v for (s, lab, k, o), v in counts.items() if s == "heldout")
    heldpos = sum(v for (s, lab, k, o), v in counts.items() if s == "heldout" and lab)
    print(f"pairs {total}  contradictions {pos}  held out {held} (contradictions {heldpos})")
    table("label", lambda s, lab, k, o: "contradiction" if lab else "no contradiction")
    table("kind (positives)", lambda s, lab, k, o: k if lab else "-")
    table("origin x label", lambda s, lab, k, o: f"{o} {'T' if lab else 'F'}")
    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors[:50]:
            print("  " + e)
        return 1
    print("\nOK: all records unpack, SHA-1s, spans, dev references, order, origins and splits check out")
    return 0


if __name__ == "__main__":
    sys.exit(main())
