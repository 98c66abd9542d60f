"""Finding an annotated claim among the claims the pipeline produced for its article.

An annotation names a claim by its spans as text (speaker, cue, content). The claim is the pipeline's claim
whose content is most similar (the scorer's rule: word F1 ≥ 0.5, :func:`isnad.claims.evaluate.similarity`);
when the engine missed it, a claim is made from the annotation's spans found in the article text, with the
places, numbers and times of the article that lie inside its content and the stance the classifier gives it, so
that training and measuring see the annotated claim either way.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..claims.evaluate import similarity
from ..claims.stance_features import cue_info
from ..ingest import parse_page, read_paths
from ..model import Article, Claim, Cue, Document, Span, Speaker
from ..pipeline import Pipeline

MATCH_MIN = 0.5


def analyse_text(text: str, source: str) -> Document:
    return _pipeline()(parse_page(text, source=source))


def analyse_file(path: Path) -> Document:
    docs = [d for d in read_paths([str(path)]) if isinstance(d, Document)]
    if not docs:
        raise ValueError(f"{path}: no article")
    return _pipeline()(docs[0])


_PIPE: list[Pipeline] = []


def _pipeline() -> Pipeline:
    if not _PIPE:
        _PIPE.append(Pipeline(disable=["compare"]))
    return _PIPE[0]


def _find(text: str, needle: str, lo: int = 0, hi: int | None = None) -> int:
    """Offset of ``needle`` in ``text`` (whitespace runs matched loosely), or -1."""
    if not needle:
        return -1
    k = text.find(needle, lo, hi if hi is not None else len(text))
    if k >= 0:
        return k
    m = re.compile(r"\s+".join(re.escape(w) for w in needle.split())).search(text, lo, hi if hi is not None else len(text))
    return m.start() if m else -1


def find_claim(doc: Document, spec: dict, stance=None) -> tuple[int, int] | None:
    """(article index, claim index) of the claim ``spec`` ({"speaker", "cue", "content"} as text) in ``doc``:
    the pipeline's claim with the most similar content, else a claim made from the spans (appended to the
    article's claims). None when the content is not in any article's text."""
    content = spec.get("content") or ""
    best, where = 0.0, None
    for ai, art in enumerate(doc.articles):
        for ci, c in enumerate(art.claims):
            s = similarity(content, c.content.text if c.content else "")
            if s > best:
                best, where = s, (ai, ci)
    if where is not None and best >= MATCH_MIN:
        return where
    for ai, art in enumerate(doc.articles):
        text = art.text
        k = _find(text, content)
        if k < 0:
            continue
        m = re.compile(r"\s+".join(re.escape(w) for w in content.split())).match(text, k)
        end = m.end() if m else k + len(content)
        cue_text = spec.get("cue") or ""
        ck = _find(text, cue_text, max(0, k - 200), k) if cue_text else -1
        if ck < 0 and cue_text:
            ck = _find(text, cue_text, end, min(len(text), end + 200))
        sp_text = spec.get("speaker") or ""
        sk = _find(text, sp_text, max(0, (ck if ck >= 0 else k) - 300)) if sp_text else -1
        cue = Cue(text[ck:ck + len(cue_text)], ck, ck + len(cue_text), cue_info(cue_text)[0]) if ck >= 0 \
            else Cue("", k, k, "")
        speaker = Speaker(text[sk:sk + len(sp_text)], sk, sk + len(sp_text), spec.get("speaker_type") or "anonymous") \
            if sk >= 0 else Speaker("", k, k)
        claim = Claim(id=f"x{len(art.claims) + 1}", speaker=speaker, cue=cue, stance=cue_info(cue_text)[1],
                      content=Span(text[k:end], k, end))
        claim.places = [p for p in art.places if k <= p.start and p.end <= end]
        claim.numbers = [n for n in art.numbers if k <= n.start and n.end <= end]
        claim.times = [t for t in art.times if k <= t.start and t.end <= end]
        if stance is not None:
            claim.stance = stance(claim, art)
        art.claims.append(claim)
        return ai, len(art.claims) - 1
    return None
