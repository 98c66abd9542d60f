"""Cues chosen from the unlabeled news (src/isnad/claims/data/mining): written words, expressed feelings,
condemnations, predictions, participles of accusation and refusal, attributions through a speech noun, and
relatives as speakers. Each construction is read with its speaker, cue and words."""
from __future__ import annotations

import pytest

from isnad.claims import extract_claims
from isnad.model import Article
from isnad.text import annotate


def claims(text: str):
    art = Article(id="a1", paragraphs=[text])
    annotate(art)
    return [(c.speaker.text, c.cue.text, c.content.text, c.stance) for c in extract_claims(art)]


@pytest.mark.parametrize("text,speaker,cue,content", [
    ("وكتب الوزير على حسابه في تويتر أن الاتفاق سيوقع غدا.", "الوزير", "وكتب", "الاتفاق سيوقع غدا"),
    ("وأوردت الصحيفة أن المفاوضات توقفت.", "الصحيفة", "وأوردت", "المفاوضات توقفت"),
    ("وأعربت الوزارة عن قلقها من التصعيد.", "الوزارة", "وأعربت", "قلقها من التصعيد"),
    ("وتوقع الخبير أن ترتفع الأسعار.", "الخبير", "وتوقع", "ترتفع الأسعار"),
    ("وأرسلت الوزارة مساعدات إلى المدينة، بحسب رواية المتحدث باسم الجيش.", "المتحدث باسم الجيش",
     "بحسب رواية", "وأرسلت الوزارة مساعدات إلى المدينة"),
    ("وقال والد الضحية إن ابنه قتل برصاص الشرطة.", "والد الضحية", "وقال", "ابنه قتل برصاص الشرطة"),
])
def test_new_cue_is_read(text, speaker, cue, content):
    assert (speaker, cue, content) in [c[:3] for c in claims(text)]


def test_accusing_participle_carries_the_accusation():
    got = claims("وقال الوزير إن المفاوضات انتهت، متهما المعارضة بعرقلة الاتفاق.")
    assert ("الوزير", "متهما", "المعارضة بعرقلة الاتفاق", "accuse") in got


def test_a_relay_relative_is_not_a_cue():
    got = claims("وأعلنت الوزارة في بيان أوردته وكالة الأنباء الرسمية أنها أرسلت مساعدات.")
    assert [c[1] for c in got] == ["وأعلنت"]
