"""Check the stance set: SHA-1s, spans, splits; print counts per label x split.

    python annotations/stance/check.py --shared ../shared     (from the repository root)
"""
import argparse
import collections
import json
import sys
from pathlib import Path

from isnad.annotations import split_of, source_text, unpack

LABELS = ["assert", "deny", "confirm", "accuse", "warn", "call", "question"]

ap = argparse.ArgumentParser()
ap.add_argument("--shared", type=Path, required=True)
ap.add_argument("--file", type=Path, default=Path(__file__).with_name("claims.jsonl"))
args = ap.parse_args()

errors, counts, samples, origins = [], collections.Counter(), collections.Counter(), collections.Counter()
for n, line in enumerate(args.file.read_text(encoding="utf-8").splitlines(), 1):
    r = json.loads(line)
    try:
        text = source_text(r, args.shared)  # checks the SHA-1
        spans = unpack({k: r[k] for k in ("speaker", "cue", "content")}, text)
    except Exception as e:  # noqa: BLE001
        errors.append(f"line {n}: {e}")
        continue
    if not all(spans.values()):
        errors.append(f"line {n}: empty span")
    src = r["source"]
    split = split_of(f"{src['shard']}:{src['line']}", 3)
    if r["split"] != split:
        errors.append(f"line {n}: split {r['split']} != {split}")
    if r.get("not_a_claim"):
        if r["stance"] is not None:
            errors.append(f"line {n}: not_a_claim with a stance")
        counts[("not_a_claim", split)] += 1
        continue
    if r["stance"] not in LABELS:
        errors.append(f"line {n}: bad stance {r['stance']!r}")
    counts[(r["stance"], split)] += 1
    samples[(r["sample"], split)] += 1
    origins[r["origin"]] += 1

print(f"{'label':12}{'dev':>6}{'heldout':>9}{'total':>7}")
for lab in LABELS + ["not_a_claim"]:
    d, h = counts[(lab, "dev")], counts[(lab, "heldout")]
    print(f"{lab:12}{d:6}{h:9}{d + h:7}")
d = sum(counts[(lab, "dev")] for lab in LABELS)
h = sum(counts[(lab, "heldout")] for lab in LABELS)
print(f"{'claims':12}{d:6}{h:9}{d + h:7}")
print("by sample:", {f"{k[0]}/{k[1]}": v for k, v in sorted(samples.items())}, "by origin:", dict(origins))
for e in errors:
    print("ERROR", e)
sys.exit(1 if errors else 0)
