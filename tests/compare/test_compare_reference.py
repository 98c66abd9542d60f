"""Soft evidence for conflicts worded differently (:mod:`isnad.compare.reference`): a denial pointing back at the
accusation before it, opposed accounts, counts under different nouns; the lexicon of what denials point at."""
from __future__ import annotations

import gzip

import pytest

from isnad.arabic import light
from isnad.compare.evidence import Comparison, pair_features
from isnad.compare.keys import view
from isnad.compare.reference import denied_objects, points_back
from isnad.model import Article, Document
from isnad.pipeline import Context, Pipeline
from isnad.training import pairs_lexicon


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(disable=["ner"], context=Context(published="2024-07-10"))


def comparison(pipeline, *paragraphs):
    doc = pipeline(Document(source="t", articles=[Article(id="a1", paragraphs=list(paragraphs))]))
    art = doc.articles[0]
    return doc, Comparison.of([view(c, i, text=art.text) for i, c in enumerate(art.claims)], art.text)


def names(feats):
    return {f if isinstance(f, str) else f[0] for f in feats}


def by_speaker(comp, word):
    return next(k for k, v in enumerate(comp.views) if word in v.claim.speaker.text)


def test_a_denial_pointing_back_is_tied_to_the_nearest_accusation(pipeline):
    # the rules leave this denial untied (another sentence stands between it and the accusation): the soft
    # evidence still says which claim it answers
    _, comp = comparison(pipeline,
                         "اتهمت وزارة الخارجية الأفغانية باكستان بتنفيذ ضربات جوية على قرى في ولاية كونار.",
                         "وقال المتحدث باسم الجيش الأمريكي إن الطقس كان سيئا طوال الأسبوع.",
                         "ونفت باكستان هذه الاتهامات جملة وتفصيلا.")
    acc, other, den = by_speaker(comp, "الخارجية"), by_speaker(comp, "الأمريكي"), by_speaker(comp, "باكستان")
    assert comp.views[den].claim.stance == "deny" and points_back(comp.views[den])
    tied = names(pair_features(comp, *sorted((acc, den))))
    assert "deny:b:untied" in tied  # no rule ties them
    assert {"ref", "ref:acc0", "ref:points", "ref:party", "ref:best&party", "ref:best&acc0", "opp:deny"} <= tied
    loose = names(pair_features(comp, *sorted((other, den))))
    assert {"ref", "ref:points", "ref:pos0"} <= loose  # the nearest claim, but not the accusation nor the accuser
    assert not {"ref:acc0", "ref:party"} & loose and not any(n.startswith("ref:best") for n in loose)


def test_a_denial_answers_the_claim_the_rules_tie_it_to_before_any_the_model_adds(pipeline, monkeypatch):
    from isnad.compare import select as sel

    doc, comp = comparison(pipeline, "ذكرت صحيفة التايمز أن قوات مصرية انتشرت على الحدود مع العراق.",
                           "وقال مسؤول عراقي إن الحدود هادئة تماما.",
                           "ونفى مصدر عسكري مصري ما أوردته التايمز.")
    times, iraqi, den = by_speaker(comp, "التايمز"), by_speaker(comp, "عراقي"), by_speaker(comp, "مصري")
    feats = {pair: pair_features(comp, *pair) for pair in comp.pairs()}
    assert sel.rule_fires(feats[tuple(sorted((times, den)))])
    assert not sel.rule_fires(feats[tuple(sorted((iraqi, den)))])
    # a model that prefers the other pair: the rules' pairing still comes first
    fake = {tuple(sorted((iraqi, den))): 0.99, tuple(sorted((times, den))): 0.7}
    monkeypatch.setattr(sel, "probabilities",
                        lambda fs: __import__("numpy").array([fake.get(p, 0.0) for p in comp.pairs()]))
    monkeypatch.setattr(sel, "threshold", lambda: 0.6)
    (c,) = sel.select(comp)
    assert {c.a, c.b} == {comp.views[times].id, comp.views[den].id} and c.kind == "negation"
    assert c.note and c.note_ar and c.score == 0.7


def test_opposed_accounts_and_counts_under_different_nouns(pipeline):
    _, comp = comparison(pipeline,
                         "قال الجيش إن 19 رجلا قتلوا في القصف على المدرسة في مدينة غزة.",
                         "وقال الدفاع المدني إن 31 مدنيا قتلوا في القصف على المدرسة في مدينة غزة.")
    feats = names(pair_features(comp, 0, 1))
    assert "cnt:cross-differ" in feats


def test_the_denied_objects_lexicon_is_built_from_counts(tmp_path, monkeypatch):
    lines = ["ونفت الوزارة صحة التقارير عن اعتقال الصحفي"] * 4 + ["وقالت الوزارة إن المدينة هادئة"] * 20
    with gzip.open(tmp_path / "x-01.txt.gz", "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    monkeypatch.setattr(pairs_lexicon, "MIN_COUNT", 3)
    out = tmp_path / "denied.tsv"
    assert pairs_lexicon.build(tmp_path, out) == 1
    (row,) = [ln.split("\t") for ln in out.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    assert row[0] == light("صحة") and row[1] == "4"  # what is denied; the subject both verbs take cancels out


def test_the_shipped_lexicon_holds_report_words():
    got = denied_objects()
    assert got and {"تقارير", "اتهام"} & got
