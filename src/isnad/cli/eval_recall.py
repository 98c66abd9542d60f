"""``isnad eval recall``: how many of the hand-labelled claims of the stance set the pipeline finds, and with which
speaker.

The stance set (``annotations/stance``) labels every claim the engine proposed in its articles and adds by hand the
claims it missed, so per article it is close to complete: a large set of claims in news isnad was never tuned on
(its held-out part), with speakers and contents as spans. Each article (a shard line) is analysed whole; a labelled
claim is found when a predicted claim's content matches it at token F1 >= 0.5 (the shared scorer's rule, one
prediction per gold claim), and its speaker is right when the speakers match at token F1 >= 0.5. Predictions that
match an engine proposal labelled ``not_a_claim`` are counted as known false claims (precision cannot be measured:
claims nobody proposed are not labelled).
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from .errors import UserError
from .options import add_data_folders

COMMAND = ("eval", "recall")
HELP = "claims recall and speaker accuracy on the hand-labelled claims of the stance set (annotations/stance)"


def add_arguments(p):
    add_data_folders(p, split="dev")
    p.add_argument("--limit", type=int, default=0, metavar="N", help="only the first N articles")
    p.add_argument("--show", action="store_true", help="list missed claims and wrong speakers")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")


def articles(annotations: Path, split: str) -> dict[tuple[str, int], list[dict]]:
    """The labelled records of the stance set by article (shard, line), in file order."""
    path = annotations / "stance" / "claims.jsonl"
    if not path.is_file():
        raise UserError(f"{path}: not found (run from the repository root or give --annotations)")
    out: dict[tuple[str, int], list[dict]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            if split == "all" or rec.get("split", "dev") == split:
                out[(rec["source"]["shard"], rec["source"]["line"])].append(rec)
    return out


def run(args) -> int:
    from tqdm import tqdm

    from isnad.annotations import REF, source_text
    from isnad.claims.evaluate import similarity as token_f1
    from isnad.ingest import parse_page
    from isnad.pipeline import Context, Pipeline

    shared, ann = Path(args.shared), Path(args.annotations)
    if not (shared / "data" / "unlabeled").is_dir():
        raise UserError(f"{shared}: not the shared data folder (no data/unlabeled/)")
    by_article = articles(ann, args.split)
    keys = sorted(by_article)[: args.limit or None]
    pipeline = Pipeline(disable=["compare"], context=Context())
    tot = dict(gold=0, found=0, speaker_ok=0, predicted=0, known_false=0)
    shown: list[str] = []
    for key in tqdm(keys, desc="articles", unit=" article", file=sys.stderr, leave=False):
        recs = by_article[key]
        text = source_text(recs[0], shared)
        span = lambda rec, name: text[rec[name][REF][0]:rec[name][REF][1]] if isinstance(rec.get(name), dict) else ""
        doc = pipeline(parse_page(text, source=f"{key[0]}:{key[1]}"))
        pred = [c for a in doc.articles for c in a.claims]
        tot["predicted"] += len(pred)
        used: set[int] = set()
        for rec in recs:
            if rec.get("not_a_claim") or not rec.get("stance"):
                continue
            tot["gold"] += 1
            content = span(rec, "content")
            best, bk = 0.0, None
            for k, c in enumerate(pred):
                s = token_f1(content, c.content.text) if k not in used else 0.0
                if s > best:
                    best, bk = s, k
            if bk is None or best < 0.5:
                shown.append(f"MISS    {key[0]}:{key[1]}  {span(rec, 'speaker')[:40]} | {span(rec, 'cue')} | {content[:70]}")
                continue
            used.add(bk)
            tot["found"] += 1
            ok = token_f1(span(rec, "speaker"), pred[bk].speaker.text) >= 0.5
            tot["speaker_ok"] += ok
            if not ok:
                shown.append(f"SPEAKER {key[0]}:{key[1]}  gold {span(rec, 'speaker')[:40]} | predicted "
                             f"{pred[bk].speaker.text[:40]} | {pred[bk].cue.text}")
        false = [rec for rec in recs if rec.get("not_a_claim")]
        tot["known_false"] += sum(1 for k, c in enumerate(pred) if k not in used and any(
            token_f1(span(rec, "content"), c.content.text) >= 0.5 for rec in false))
    recall = tot["found"] / tot["gold"] if tot["gold"] else 0.0
    speaker = tot["speaker_ok"] / tot["found"] if tot["found"] else 0.0
    figures = dict(tot, articles=len(keys), split=args.split, recall=round(recall, 4), speaker_acc=round(speaker, 4))
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
        return 0
    if args.show:
        print("\n".join(shown))
    print(f"stance set ({args.split}), {len(keys)} articles: {tot['gold']} labelled claims, found {tot['found']} "
          f"(recall {recall:.3f}), speaker right on {tot['speaker_ok']} ({speaker:.3f}); {tot['predicted']} predicted, "
          f"{tot['known_false']} of them known false (labelled not_a_claim)")
    return 0
