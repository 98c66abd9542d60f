"""Hostile and cut-off inputs (issue 13): a paragraph cut off at a comma, empty or stray quotation marks after
لـ, and random text built from cues, quotation marks, brackets and digits. Whatever the input, the claims stage
returns claims whose spans are exact slices of the text (never ``start > end``), with unique ids and relays and
parents that point to claims of the same article. How long pathological texts take is measured by
``benchmarks/bench_pathological.py``, not here; here the bounds that keep it linear are checked."""
from __future__ import annotations

import random

import pytest

from isnad.claims import extract_claims
from isnad.claims.context import ArticleContext, SentenceContext
from isnad.claims.cues import find_frames
from isnad.claims.engine import MAX_FRAMES, split_frames
from isnad.claims.layout import MAX_PIECE
from isnad.claims.positions import Positions
from isnad.claims.lexicon import lexicon
from isnad.model import Article
from isnad.text import annotate


def check(*paragraphs: str):
    art = Article(id="a1", paragraphs=list(paragraphs))
    annotate(art)
    out = extract_claims(art)
    ids = [c.id for c in out]
    assert len(set(ids)) == len(ids)
    for c in out:
        spans = [c.speaker, c.cue, c.content] + ([c.recipient] if c.recipient else [])
        spans += [v for v in c.via if v.start is not None]
        for span in spans:
            assert 0 <= span.start <= span.end <= len(art.text), (span, c.id)
            assert art.text[span.start:span.end] == span.text
        assert c.parent is None or c.parent in ids
        assert all(v.claim is None or v.claim in ids for v in c.via)
    return out


@pytest.mark.parametrize("text", [
    "آكد مصر ء ،",  # the smallest input found by fuzzing (issue 13)
    "وقال الوزير،",
    "وأكد المتحدث باسم الوزارة أن الوضع مستقر، وقال مدير الأمن،",
    "قال،",
    "نفى ؛",
    "وأضاف ,",
])
def test_a_paragraph_cut_off_at_a_comma_is_read(text):
    check("قال الوزير إن الاجتماع انتهى.", text)
    check(text)


def test_an_empty_quotation_after_lam_is_no_recipient():
    (c,) = check("قال الوزير لـ«» إن الوضع مستقر.")
    assert c.recipient is None
    assert c.speaker.text == "الوزير" and c.content.text == "الوضع مستقر"


@pytest.mark.parametrize("text", ['قال الوزير لـ" «الشرق» إن الوضع مستقر.', 'قال الوزير لـ«» «الشرق» إن الوضع مستقر.'])
def test_the_real_recipient_after_a_stray_quotation_mark_is_kept(text):
    (c,) = check(text)
    assert c.recipient is not None and c.recipient.text == "الشرق"
    assert c.content.text == "الوضع مستقر"


def test_a_recipient_after_a_closing_mark_used_as_an_opening_one():
    (c,) = check("وقال الدكتور حاتم لـ”عين اليوم”: إن هذا البيان يأتي للتوضيح.")
    assert c.recipient is not None and c.recipient.text.startswith("عين")
    assert c.speaker.text == "الدكتور حاتم"


def test_a_long_sentence_is_read_in_pieces():
    art = Article(id="a1", paragraphs=[("قال الوزير إن الوضع مستقر و " * 200).strip()])
    annotate(art)
    assert len(art.sentences) == 1 and len(art.tokens) > 2 * MAX_PIECE
    pieces = Positions(art, lexicon()).pieces()
    assert len(pieces) > 1 and all(e - s <= MAX_PIECE for _, s, e in pieces)
    assert pieces[0][1] == 0 and pieces[-1][2] == len(art.tokens)
    assert all(a[2] == b[1] for a, b in zip(pieces, pieces[1:]))  # no token lost between pieces
    assert check(*art.paragraphs)


def test_dense_cues_are_read_in_groups():
    art = Article(id="a1", paragraphs=["قال إن " * 300])
    annotate(art)
    ctx = ArticleContext.of(art, lexicon())
    sc = SentenceContext(ctx, 0, 0, len(art.tokens))
    frames = find_frames(sc)
    groups = split_frames(sc, frames)
    assert len(frames) == 300 and len(groups) == -(-300 // MAX_FRAMES)
    assert all(len(g.frames) <= MAX_FRAMES for g in groups)
    assert [f for g in groups for f in g.frames] == frames
    assert all(g.s0 <= f.a < g.s1 for g in groups for f in g.frames)
    check(*art.paragraphs)


# --- random text -------------------------------------------------------------------------------------------
PIECES = ["قال", "وقال", "أكد", "نفى", "وأضاف", "مشيرا", "بحسب", "نقلا عن", "وفقا لـ", "لـ", "إن", "أن", "بأن",
          "الوزير", "المتحدث باسم الجيش", "مصادر", "وكالة رويترز", "الشرق الأوسط", "محمد", "بن", "التي", "الذي",
          "«", "»", '"', "“", "”", "(", ")", ":", "،", ",", "؛", ".", "؟", "…", "-", "#", "12", "٣", "2018",
          "ـ", "\u064e", "\u0651", "\u200f", "\u200c", "ﻻ", "هذا", "في", "على", "من", "عن", "و", "ف", "لكنه",
          "وهو ما تنفيه", "كما أعلنت", "وفق ما أفاد", "أما", "فقد", "إلا أن", "حسب", "ذلك", "قائلا", "بالقول"]


def random_text(rng: random.Random) -> list[str]:
    paras = []
    for _ in range(rng.randint(1, 4)):
        n = rng.randint(0, 40)
        words = [rng.choice(PIECES) for _ in range(n)]
        sep = rng.choice([" ", " ", " ", ""])
        paras.append(sep.join(words))
    return [p for p in paras if p.strip()] or ["قال"]


@pytest.mark.parametrize("seed", range(300))
def test_random_text_keeps_every_invariant(seed):
    check(*random_text(random.Random(seed)))
