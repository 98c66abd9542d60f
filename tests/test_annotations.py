"""Annotation sets that reference the shared corpora by offsets: pack, unpack, split rule."""
from __future__ import annotations

import pytest

from isnad.annotations import REF, AnnotationError, pack, split_of, unpack

TEXT = "قال الوزير إن الهجوم أسفر عن مقتل 12 شخصاً في بغداد. ونفى الجيش ذلك."


def test_pack_then_unpack_gives_the_same_record():
    gold = {"claims": [{"speaker": "الوزير", "cue": "قال", "content": "الهجوم أسفر عن مقتل 12 شخصاً في بغداد",
                        "stance": "assert", "places": ["بغداد"], "numbers": ["12 شخصاً"], "recipient": None}]}
    packed = pack(gold, TEXT)
    claim = packed["claims"][0]
    assert claim["speaker"] == {REF: [4, 10]}
    assert claim["stance"] == "assert" and claim["recipient"] is None
    assert "بغداد" not in str(packed)
    assert unpack(packed, TEXT) == gold


def test_a_span_not_in_the_text_is_an_error():
    with pytest.raises(AnnotationError):
        pack({"content": "لم يرد في النص"}, TEXT)
    with pytest.raises(AnnotationError):
        unpack({"content": {REF: [5, 500]}}, TEXT)


def test_split_rule_is_fixed_and_near_its_share():
    keys = [f"ant-multisource-01.txt.gz:{i}" for i in range(2000)]
    held = sum(split_of(k, 3) == "heldout" for k in keys)
    assert 500 < held < 700
    assert split_of(keys[0], 3) == split_of(keys[0], 3)
