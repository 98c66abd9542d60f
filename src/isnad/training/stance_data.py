"""The examples the stance classifier learns from and is measured on.

- ``annotated``: claims of the unlabeled news labelled by hand (``annotations/stance/claims.jsonl``; offsets into
  the shared corpora, rebuilt with ``../shared`` at hand), split by a fixed hash into a development part (trained
  on) and a held-out part (only measured on);
- ``dev``: the gold claims of the shared dev pages and the reference page (trained on; figures on them are
  training figures);
- ``weak``: claims the engine finds in unlabeled ANT news whose cue itself decides the stance (نفى → deny, اتهم →
  accuse, حذر → warn, دعا/طالب → call, تساءل → question; plain informational cues أوضح، أشار، ذكر، أفاد، كشف،
  أعلن → assert), weighted lower. Articles of every held-out part and every reserved list are skipped.
"""
from __future__ import annotations

import gzip
import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..claims.stance_features import cue_info, features

WEAK_STANCES = {"deny", "accuse", "warn", "call", "question"}
WEAK_ASSERT_LEMMAS = frozenset({"أوضح", "أشار", "ذكر", "أفاد", "كشف", "أعلن", "لفت", "بين"})
# The cue decides a weak label, so a weak example shows the model its content alone: what a denial, an accusation
# or a call says, whatever verb introduces it.
CUE_FEATURES = ("cue:", "cuest:")
WEAK_SHARDS = ("ant-multisource-01.txt.gz", "ant-jawharafm-01.txt.gz")


@dataclass
class Example:
    features: list[str]
    label: str
    weight: float
    source: str  # annotated | dev | weak
    split: str  # dev | heldout
    text: str = ""  # cue + content, for reports
    key: str = ""  # the article it comes from (cross-validation folds keep an article's claims together)
    baseline: str | None = None  # the rule engine's stance when the annotator recorded it
    raw: tuple[str, str, str] = ("", "", "")  # (cue, content, between): features are recomputed from these


def _between(text: str, cue: tuple[int, int] | None, content: tuple[int, int]) -> str:
    if cue is None or cue[1] > content[0]:
        return ""
    return text[cue[1]:content[0]][-40:]


def annotated(annotations: Path, shared: Path) -> Iterator[Example]:
    """The hand-labelled stance set (claims without a stance, such as non-claims, are skipped)."""
    from ..annotations import REF, source_text

    path = annotations / "stance" / "claims.jsonl"
    if not path.is_file():
        return
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        if not rec.get("stance") or rec.get("not_a_claim"):
            continue
        text = source_text(rec, shared)
        cs, ce = rec["content"][REF]
        cue = tuple(rec["cue"][REF]) if isinstance(rec.get("cue"), dict) else None
        cue_text = text[cue[0]:cue[1]] if cue else ""
        yield Example(features(cue_text, text[cs:ce], _between(text, cue, (cs, ce))), rec["stance"], 1.0,
                      "annotated", rec.get("split", "dev"), f"{cue_text} | {text[cs:ce]}",
                      f"{rec['source']['shard']}:{rec['source']['line']}", rec.get("engine_stance"),
                      (cue_text, text[cs:ce], _between(text, cue, (cs, ce))))


def _gold_files(shared: Path) -> list[tuple[Path, Path]]:
    ex = shared / "examples"
    out = [(ex / "aawsat-convoy-page.gold.json", ex / "aawsat-convoy-page.txt")]
    for d in sorted((shared / "dev").iterdir()):
        raws = sorted(d.glob("raw.*"))
        if raws and (d / "gold.json").is_file():
            out.append((d / "gold.json", raws[0]))
    return out


def dev_gold(shared: Path) -> Iterator[Example]:
    """Gold claims of the shared dev pages and the reference page."""
    return gold_claims(_gold_files(shared), "dev")


def page_gold(annotations: Path, shared: Path, work: Path, split: str = "dev") -> Iterator[Example]:
    """Gold claims of isnad's own annotated pages of one split (rebuilt from ``../shared`` into ``work``)."""
    from ..annotations import build_pages

    rows = build_pages(annotations, shared, work)
    pairs = [(work / pid / "gold.json", sorted((work / pid).glob("raw.*"))[0]) for pid, sp, _ in rows if sp == split]
    return gold_claims(pairs, "pages", split)


def gold_claims(pairs: list[tuple[Path, Path]], source: str, split: str = "dev") -> Iterator[Example]:
    """Examples from gold files in the shared format, each with the page it annotates."""
    for gold_path, raw in pairs:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        page = raw.read_text(encoding="utf-8", errors="replace")
        for art in gold.get("articles", []):
            for c in art.get("claims", []):
                content, cue = c.get("content") or "", c.get("cue") or ""
                k = page.find(content) if content else -1
                between = ""
                if k > 0 and cue:
                    j = page.rfind(cue, max(0, k - 80), k)
                    between = page[j + len(cue):k] if j >= 0 else ""
                yield Example(features(cue, content, between), c["stance"], 1.0, source, split,
                              f"{cue} | {content}", gold_path.parent.name, raw=(cue, content, between))


def _reserved(annotations: Path) -> set[tuple[str, int]]:
    """Shard lines no training may use: the shared dev pages' lines and the articles drawn for the page sets."""
    out = set()
    for name in ("dev_pages_in_shards.json", "pages/candidates.json"):
        p = annotations / name
        if p.is_file():
            out.update((r["shard"], int(r["line"])) for r in json.loads(p.read_text(encoding="utf-8")))
    return out


def weak(shared: Path, annotations: Path, articles: int = 6000, seed: int = 7, weight: float = 0.3,
         progress: bool = True) -> Iterator[Example]:
    """Weakly labelled claims: the engine run on a seeded draw of ANT articles of the development split."""
    from tqdm import tqdm

    from ..annotations import split_of
    from ..ingest import parse_page
    from ..pipeline import Pipeline

    reserved = _reserved(annotations)
    pool = []
    for shard in WEAK_SHARDS:
        with gzip.open(shared / "data" / "unlabeled" / shard, "rt", encoding="utf-8") as f:
            for i, line in enumerate(f):
                key = f"{shard}:{i}"
                if (shard, i) in reserved or split_of(key, 3) == "heldout" or split_of(key, 5) == "heldout":
                    continue
                pool.append((shard, i, line.rstrip("\n")))
    rng = random.Random(seed)
    draw = rng.sample(pool, min(articles, len(pool)))
    run = Pipeline(disable=["ner"], stop_after="claims")
    for shard, i, line in tqdm(draw, desc="weak labels", unit=" art", disable=None if progress else True):
        try:
            doc = run(parse_page(line, source=f"{shard}:{i}"))
        except Exception:  # noqa: BLE001 - an article the engine fails on gives no weak label; the rest go on
            continue
        for art in doc.articles:
            for c in art.claims:
                lemma, default = cue_info(c.cue.text)
                if default in WEAK_STANCES:
                    label = default
                elif lemma in WEAK_ASSERT_LEMMAS and default == "assert":
                    label = "assert"
                else:
                    continue
                between = art.text[c.cue.end:c.content.start][-40:] if c.cue.end <= c.content.start else ""
                feats = [f for f in features(c.cue.text, c.content.text, between)
                         if not (isinstance(f, str) and f.startswith(CUE_FEATURES))]
                yield Example(feats, label, weight, "weak", "dev", f"{c.cue.text} | {c.content.text}", f"{shard}:{i}",
                              raw=(c.cue.text, c.content.text, between))
