"""Scoring claims against gold annotations (the format of ``shared/eval/SCHEMA.md``).

The matching rules (also written in ``docs/evaluation.md``):

- Words: a text is cut into words with :func:`isnad.arabic.tokenize`; each word is the token's stem (conjunction,
  preposition and article clitics dropped: لـ«الشرق الأوسط» → شرق، أوسط), normalised with :func:`isnad.arabic.norm`;
  punctuation is dropped. Similarity is the F1 of the two bags of words.
- Articles: each gold article is paired with the unpaired predicted article whose title is most similar
  (similarity ≥ 0.6); an untitled gold article is paired by the opening of its body.
- Claims: inside paired articles, gold claims are taken in order and each is matched to the unmatched predicted
  claim with the most similar content, if that similarity is ≥ 0.5. Claims of unpaired articles are misses or
  false alarms.
- Speaker is right when the speaker spans are similar (≥ 0.5) or the gold canonical name and the predicted name
  are (≥ 0.8). Stance and direct must be equal. ``via`` is right when both chains have the same length and each
  link is similar (≥ 0.5); the recipient when both are empty or similar (≥ 0.5).
- Precision = matched / predicted, recall = matched / gold; the attribute accuracies are over matched claims.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, fields
from typing import Any

from .. import evaluation
from ..arabic import norm, tokenize

CONTENT_MIN = 0.5
SPEAKER_MIN = 0.5
NAME_MIN = 0.8


def words(text: str | None) -> list[str]:
    if not text:
        return []
    out = []
    for t in tokenize(text):
        if t.kind == "punct" or (t.words and all(w.kind != "stem" for w in t.words)):
            continue  # punctuation, and a bare clitic such as the لـ of لـ«…»
        w = norm(t.stem_word.text) if t.words else norm(t.text)
        w = w.strip("ـ")
        if w:
            out.append(w)
    return out


def similarity(a: str | None, b: str | None) -> float:
    wa, wb = Counter(words(a)), Counter(words(b))
    common = sum((wa & wb).values())
    if not common:
        return 0.0
    p, r = common / sum(wb.values()), common / sum(wa.values())
    return 2 * p * r / (p + r)


def _text(x: Any) -> str:
    if x is None:
        return ""
    if isinstance(x, dict):
        return x.get("text") or x.get("name") or ""
    return str(x)


@dataclass
class Score:
    gold: int = 0
    pred: int = 0
    matched: int = 0
    speaker: int = 0
    stance: int = 0
    direct: int = 0
    via: int = 0
    recipient: int = 0
    misses: list[dict] = field(default_factory=list, repr=False)
    spurious: list[dict] = field(default_factory=list, repr=False)
    errors: list[tuple[dict, dict, list[str]]] = field(default_factory=list, repr=False)

    def add(self, other: "Score") -> None:
        for f in fields(self):
            if f.name in ("misses", "spurious", "errors"):
                getattr(self, f.name).extend(getattr(other, f.name))
            else:
                setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    @property
    def precision(self) -> float:
        return self.matched / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def acc(self, name: str) -> float:
        return getattr(self, name) / self.matched if self.matched else 0.0

    def to_json(self) -> dict[str, Any]:
        return {"gold": self.gold, "pred": self.pred, "matched": self.matched,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                **{f"{k}_acc": round(self.acc(k), 4) for k in ("speaker", "stance", "direct", "via", "recipient")}}


def pair_articles(gold_arts: list[dict], pred_arts: list[dict]) -> list[tuple[int, int]]:
    return evaluation.pair_articles(gold_arts, pred_arts, similarity)


def judge(gc: dict, pc: dict) -> list[str]:
    """The attributes of a matched predicted claim that disagree with the gold claim."""
    wrong = []
    sp = pc.get("speaker") or {}
    sp_ok = similarity(gc.get("speaker"), _text(sp)) >= SPEAKER_MIN or bool(
        gc.get("speaker_name") and isinstance(sp, dict)
        and similarity(gc["speaker_name"], sp.get("name")) >= NAME_MIN)
    if not sp_ok:
        wrong.append("speaker")
    if pc.get("stance") != gc.get("stance"):
        wrong.append("stance")
    if bool(pc.get("direct")) != bool(gc.get("direct")):
        wrong.append("direct")
    gvia, pvia = gc.get("via") or [], [_text(v) for v in pc.get("via") or []]
    if not (len(gvia) == len(pvia) and all(similarity(a, b) >= SPEAKER_MIN for a, b in zip(gvia, pvia))):
        wrong.append("via")
    grec, prec = gc.get("recipient"), _text(pc.get("recipient"))
    if not ((not grec and not prec) or similarity(grec, prec) >= SPEAKER_MIN):
        wrong.append("recipient")
    return wrong


def score_document(gold: dict, pred: dict) -> Score:
    """Score one predicted document (the JSON of ``isnad analyze``) against one gold file."""
    sc = Score()
    g_arts, p_arts = gold.get("articles", []), pred.get("articles", [])
    pairs = pair_articles(g_arts, p_arts)
    paired_g = {gi for gi, _ in pairs}
    paired_p = {pj for _, pj in pairs}
    for gi, pj in pairs:
        gclaims, pclaims = g_arts[gi].get("claims", []), p_arts[pj].get("claims", [])
        sc.gold += len(gclaims)
        sc.pred += len(pclaims)
        used: set[int] = set()
        for gc in gclaims:
            best, bk = 0.0, None
            for k, pc in enumerate(pclaims):
                if k in used:
                    continue
                s = similarity(gc.get("content"), _text(pc.get("content")))
                if s > best:
                    best, bk = s, k
            if bk is None or best < CONTENT_MIN:
                sc.misses.append(gc)
                continue
            used.add(bk)
            sc.matched += 1
            wrong = judge(gc, pclaims[bk])
            for attr in ("speaker", "stance", "direct", "via", "recipient"):
                if attr not in wrong:
                    setattr(sc, attr, getattr(sc, attr) + 1)
            if wrong:
                sc.errors.append((gc, pclaims[bk], wrong))
        sc.spurious.extend(pc for k, pc in enumerate(pclaims) if k not in used)
    for gi, g in enumerate(g_arts):
        if gi not in paired_g:
            sc.gold += len(g.get("claims", []))
            sc.misses.extend(g.get("claims", []))
    for pj, p in enumerate(p_arts):
        if pj not in paired_p:
            sc.pred += len(p.get("claims", []))
            sc.spurious.extend(p.get("claims", []))
    return sc
