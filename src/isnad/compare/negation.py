"""Negation: a denial and the claim it denies.

Every denial (stance ``deny``, not itself reported inside another claim) looks for the one claim it answers
among the reporting claims (assert, confirm, accuse) of other sources in the same article. Evidence, summed:

- shared content words and concepts (``keys.content_keys``), at most 4;
- the denial names the target's outlet (``data/outlet_aliases.tsv``: تايمز = The Times) or its source's words;
- the denier is the party the target accuses (its name, or its country, inside the target's content; a country
  adjective alone, مسؤول إسرائيلي, does not count);
- an accusation is the usual thing denied;
- a denial that points back (``data/anaphora.tsv``: نفى ذلك، نفيه لصحة التقرير) answers the nearest earlier
  claim of the stance it prefers when that claim (or the run of claims of its source that it starts) ends in the
  sentence before; a denial in the same sentence as a claim, with a back-pointing word between them (…، وهو
  الأمر الذي نفته …), answers that claim;
- a denial that follows another denial (same or next paragraph) answers the same claim unless better evidence
  says otherwise — strongly when that first pairing was sure, weakly otherwise;
- a denial whose content is the very span of another claim (X قال P، وهو ما نفاه Y) answers that claim.

A claim that opens with a negation (لم نكن على علم …) or reports a denial agrees with a denial and is never its
target. Only claims
tied to the denial by a structural link (:data:`STRUCTURAL`) or by enough shared words are ranked
(:func:`_linked`). The best-scoring target is kept when its score reaches :data:`MIN_SCORE` and no other target
ties with it; otherwise the denial is left unpaired (a false contradiction costs more than a missed one).
A refusal (رفض التعليق) is no denial unless it opens on a report or a charge (``data/report_nouns.txt``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..lexicon import nisba_forms
from .keys import (ClaimView, comparable, find_phrases, head_words, keys_of, light, same_source,
                   word_set)

TARGET_STANCES = frozenset({"assert", "confirm", "accuse"})
# Evidence that ties a denial to one claim in particular (see _linked); the rest only ranks such claims.
STRUCTURAL = frozenset({"names-outlet", "names-source", "points-back", "same-sentence", "follows-denial",
                        "same-content", "answered-after"})
MIN_OVERLAP_ALONE = 3  # shared words needed when they are the only evidence
MIN_SCORE = 2.0
STRONG = 4.0  # a pairing this sure lets the next denial follow it with CHAIN_STRONG, else CHAIN_WEAK
CHAIN_STRONG = 2.5
CHAIN_WEAK = 1.5
POINTS_BACK = 2.0  # a denial that points back (نفت ذلك) at the claim in the sentence before it
CHAIN_PARAGRAPHS = 1  # a denial follows the previous one's target when it is in the same or the next paragraph
MAX_GAP = 80
ANSWER_GAP = 30  # characters from a denial's content to the cue of the account it answers in the same sentence
MAX_BACK = 300  # characters a back-pointing denial may reach back (its target ends in the sentence before)
NEGATED_OPENING = 3  # words at the start of a target's content where a negation makes it agree with the denial
OPENING = 3  # words at the start of a refusal's content where the refused report must be named  # characters between a target's content and the denial's cue to count as the same sentence


@dataclass
class Candidate:
    target: ClaimView
    score: float = 0.0
    why: list[str] = field(default_factory=list)

    def add(self, points: float, reason: str) -> None:
        if points:
            self.score += points
            self.why.append(f"{reason}+{points:g}")


def anaphora(view: ClaimView) -> str | None:
    """The stance a back-pointing denial prefers ("*" any), or None when the denial does not point back."""
    stems = [k.stem for k in view.keys]
    found = find_phrases(stems, "anaphora.tsv")
    if found:
        prefs = [v for _, _, v in found]
        return next((p for p in prefs if p != "*"), "*")
    return "*" if len(view.content_keys) <= 1 else None


def _gap_text(article_text: str | None, target: ClaimView, denial: ClaimView) -> str | None:
    """Text between the end of the target's content and the denial's cue, when the cue follows it (None across
    documents, where ``article_text`` is None)."""
    t, cue = target.claim.content, denial.claim.cue
    if article_text is None or t is None or cue is None or cue.start < t.end:
        return None
    return article_text[t.end:cue.start]


def _answered_after(article_text: str | None, denial: ClaimView, target: ClaimView) -> bool:
    """Is ``target`` the other side's account given right after the denial, in the same sentence (نفى X …، فيما
    تقول Y إن …)? Only a comma and a joining word may stand between the denial's content and the target's cue."""
    gap = _gap_text(article_text, denial, target)  # from the denial's content to the target's cue
    return gap is not None and len(gap) <= ANSWER_GAP and "\n" not in gap and not any(ch in gap for ch in ".!?؟:«\"")


def _close(gap: str | None) -> bool:
    """Whether a gap of text spans at most one sentence end: the target is in the sentence before the denial."""
    if gap is None or len(gap) > MAX_BACK:
        return False
    return sum(gap.count(ch) for ch in ".!?؟") <= 1


def negated(view: ClaimView) -> bool:
    """A claim that itself opens with a negation (لم نكن على علم …) or reports a denial (الشركة نفت …) agrees with
    a denial rather than opposing it."""
    words = [k.stem for k in view.keys if k.kind == "word"]
    return (any(w in word_set("negators.txt") for w in words[:NEGATED_OPENING])
            or any(w in word_set("denial_words.txt") for w in words))


@lru_cache(maxsize=1)
def _nisba_stems() -> frozenset[str]:
    """Country adjectives (سوري، إسرائيلي) as light stems, from the shared lexicon: a speaker named only by one
    (مسؤول إسرائيلي) is not "the accused" of every claim that mentions the country."""
    return frozenset(light(f) for f in nisba_forms())


def _accused(denial: ClaimView, target: ClaimView) -> tuple[float, str]:
    src = denial.source_keys - _nisba_stems()
    if src:
        inside = len(src & target.content_keys)
        if inside == len(src):
            return 2.0, "accused"
        if inside * 2 >= len(src):
            return 1.0, "accused-part"
    cc = denial.claim.speaker.country
    if cc and any(p.country == cc and p.feature and p.feature.startswith("PCL") for p in target.claim.places):
        return 2.0, "accused-country"
    return 0.0, ""


def _linked(c: Candidate) -> bool:
    """Evidence for this claim in particular: a structural link (an outlet or source named, a back-pointer, the
    same sentence or span, a denial chain), or enough shared words — MIN_OVERLAP_ALONE of them, or at least one
    when the denier is the party the claim accuses. A few words of the story's topic alone prove nothing."""
    points = {w.split("+")[0]: float(w.split("+")[1]) for w in c.why}
    if set(points) & STRUCTURAL:
        return True
    overlap = points.get("overlap", 0.0)
    return overlap >= MIN_OVERLAP_ALONE or (overlap >= 1 and ("accused" in points or "accused-country" in points))


def _names_source(denial: ClaimView, target: ClaimView) -> bool:
    """The denial's content names the target's source: a named person, an organisation or an outlet, by its
    identifying words (country adjectives aside) or, for a source named by generic words and an adjective
    (الصحيفة البريطانية), by all of them."""
    sp = target.claim.speaker
    if sp.name is None and sp.type not in ("organization", "outlet"):
        return False
    words = (target.source_keys - _nisba_stems()) or head_words(sp.text)
    return bool(words) and words <= denial.content_keys


def _same_span(a: ClaimView, b: ClaimView) -> bool:
    if a.scope != b.scope:
        return False
    x, y = a.claim.content, b.claim.content
    return x is not None and y is not None and (x.start, x.end) == (y.start, y.end)


def _eligible(denial: ClaimView, t: ClaimView) -> bool:
    if t.claim.stance not in TARGET_STANCES:
        return False
    if _same_span(denial, t):  # "X said P, which Y denied", both claims on the span of P
        return t.claim.parent != denial.id and denial.claim.parent != t.id and not same_source(denial, t)
    return comparable(denial, t)


def score_targets(denial: ClaimView, views: list[ClaimView], article_text: str | None,
                  chained: ClaimView | None = None, chained_weight: float = 0.0) -> list[Candidate]:
    cands = [Candidate(t) for t in views if _eligible(denial, t)]
    if not cands:
        return []
    cands = [c for c in cands if not negated(c.target)]
    pref = anaphora(denial)
    if pref is not None:
        earlier = [c for c in cands if c.target.index < denial.index and (pref == "*" or c.target.claim.stance == pref)]
        if earlier:
            nearest = max(earlier, key=lambda c: c.target.index)
            # the claims between it and the denial, when all of the same source, make one run with it (مزاعم
            # روسية مماثلة answers a minister's run of claims): distance counts from the run's end
            run_end = nearest.target
            for v in views[nearest.target.index + 1:denial.index]:
                if not same_source(v, nearest.target):
                    break
                run_end = v
            else:
                if _close(_gap_text(article_text, run_end, denial)):
                    nearest.add(POINTS_BACK, "points-back")
                    if chained is not None and chained.id != nearest.target.id:
                        chained = None  # its words point at the claim before it: no pull towards the last denial's target
    for c in cands:
        t = c.target
        c.add(float(min(4, len(denial.content_keys & t.content_keys))), "overlap")
        if denial.mentioned_outlets & t.outlets:
            c.add(3.0, "names-outlet")
        elif _names_source(denial, t):
            c.add(2.0, "names-source")
        points, why = _accused(denial, t)
        c.add(points, why)
        if t.claim.stance == "accuse":
            c.add(1.0, "accusation")
        gap = _gap_text(article_text, t, denial)
        if gap is not None and len(gap) <= MAX_GAP and "\n" not in gap:
            if find_phrases([k.stem for k in keys_of(gap)], "anaphora.tsv"):
                c.add(3.0, "same-sentence")  # …، وهو الأمر الذي نفته …
            else:
                c.add(1.0, "adjacent")
        elif _answered_after(article_text, denial, t):
            c.add(2.0, "answered-after")  # نفى المستشفى التسبب في الوفاة، وتقول أسرته إن …: the other account follows
        if chained is not None and t.id == chained.id:
            c.add(chained_weight, "follows-denial")
        if _same_span(denial, t):
            c.add(4.0, "same-content")
    linked = [c for c in cands if _linked(c)]
    return sorted(linked, key=lambda c: (-c.score, abs(c.target.index - denial.index)))


def is_denial(view: ClaimView) -> bool:
    """A denial of something reported: stance ``deny``, not reported inside another claim, and — for a refusal
    cue (``data/refusal_cues.txt``: رفض التعليق is no denial) — a content that opens on a report or a charge."""
    c = view.claim
    if c.stance != "deny" or c.parent:
        return False
    if c.cue is not None and light(c.cue.lemma or c.cue.text) in word_set("refusal_cues.txt"):
        opening = [k.stem for k in view.keys if k.kind == "word"][:OPENING]
        return any(a == 0 for a, _, _ in find_phrases(opening, "report_nouns.txt"))
    return True


def rank_denials(views: list[ClaimView], article_text: str | None) -> dict[int, tuple[list[Candidate], bool]]:
    """For each denial (by its index in ``views``), its candidate targets best first, and whether the first is a
    sure pairing (its score reaches :data:`MIN_SCORE` and no other target ties it). Denials are read in order: a
    denial close to the previous one (same or next paragraph) leans towards the previous one's target."""
    out: dict[int, tuple[list[Candidate], bool]] = {}
    last: tuple[ClaimView, ClaimView, float] | None = None  # (denial, its target, the pairing's score)
    for i, d in enumerate(views):
        if not is_denial(d):
            continue
        near = (last is not None and article_text is not None
                and _paragraph(article_text, d) - _paragraph(article_text, last[0]) <= CHAIN_PARAGRAPHS)
        chained = last[1] if near else None
        weight = 0.0
        if near:
            weight = CHAIN_STRONG if last[2] >= STRONG else CHAIN_WEAK
            weight += 0.5 if same_source(last[0], d) else 0.0
        ranked = score_targets(d, views, article_text, chained, weight)
        sure = bool(ranked) and ranked[0].score >= MIN_SCORE and (len(ranked) < 2 or ranked[1].score < ranked[0].score)
        out[i] = (ranked, sure)
        if sure:
            last = (d, ranked[0].target, ranked[0].score)
    return out


def _paragraph(article_text: str, v: ClaimView) -> int:
    """Index of the paragraph where the claim's cue (or content) starts."""
    span = v.claim.cue if v.claim.cue is not None else v.claim.content
    return article_text.count("\n\n", 0, span.start if span is not None else 0)
