"""ب + the town an organisation sits in, as the NER stage finds it, stays in the organisation's name before a
noun-phrase object (الاتحاد الجهوي للشغل بقابس): the whole pipeline, since the place comes from the entities."""
from __future__ import annotations

from functools import lru_cache

from isnad.ingest import parse_page
from isnad.pipeline import Pipeline


@lru_cache(maxsize=1)
def _pipeline() -> Pipeline:
    return Pipeline(stop_after="claims")


def _claims(text: str):
    doc = _pipeline()(parse_page("الخبر\n\n" + text))
    return doc.articles[0].claims


def test_the_town_after_an_organisation_is_part_of_its_name():
    claims = _claims('وحذّر الاتحاد الجهوي للشغل بقابس، في بيان أصدره ليلة أمس، من "احتقان اجتماعي لا يمكن التحكم '
                     'فيه" إذا لم تعلن الحكومة رزنامة واضحة.')
    (c,) = [c for c in claims if c.cue.text == "وحذّر"]
    assert c.speaker.text == "الاتحاد الجهوي للشغل بقابس"
    assert c.content.text.startswith('"احتقان اجتماعي')


def test_a_b_object_that_is_no_place_still_ends_the_subject():
    (c,) = _claims("ونددت النقابة بالاعتداء على المراسل.")
    assert c.speaker.text == "النقابة"
    assert c.content.text == "بالاعتداء على المراسل"
