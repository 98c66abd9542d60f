"""A speaker's name keeps the given name that stands before the surname the NER model tagged."""
from __future__ import annotations

from isnad.claims import extract_claims
from isnad.model import Article, Entity
from isnad.text import annotate


def claims_with(text: str, tagged: list[tuple[str, str]]):
    """The claims of ``text`` when the NER model tagged each (words, label) of ``tagged``, at its first place."""
    art = Article(id="a1", paragraphs=[text])
    annotate(art)
    for words, label in tagged:
        s = art.text.index(words)
        art.entities.append(Entity(words, s, s + len(words), label))
    art.entities.sort(key=lambda e: e.start)
    return extract_claims(art)


def test_a_given_name_after_the_apposition_comma_joins_the_tagged_surname():
    text = "وقالت المتحدثة باسم وزارة الخارجية، هيذر ناورت، إن الحكومة لن تتراجع. وأضافت ناورت أن الحوار مستمر."
    first, second = claims_with(text, [("ناورت", "PERS")])
    assert first.speaker.name == "هيذر ناورت"
    assert second.speaker.name == "هيذر ناورت"  # the repeated surname is named in full


def test_a_place_or_a_title_before_the_surname_is_no_given_name():
    text = "وقال وزير خارجية إيران ظريف إن الحكومة لن تتراجع."
    (c,) = claims_with(text, [("إيران", "LOC"), ("ظريف", "PERS")])
    assert c.speaker.name == "ظريف"
