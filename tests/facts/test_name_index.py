"""The gazetteer's name index (isnad.facts.geo.name_index), on made-up Latin names (the rules do not depend on the
script: the article is the module's constant, the heads are given)."""
from __future__ import annotations

import gzip
import io
from importlib import resources

from isnad.facts.geo import gazetteer as gz
from isnad.facts.geo.name_index import ARTICLE, F_ALT, F_ARTICLE, F_EITHER, F_HEADLESS, F_LONG, index_names

HEADS = ("city ", "region of ")  # as the gazetteer gives them: normalised, with the space that follows


def test_one_word_name_and_its_article():
    index, prefixes, max_words = index_names([(0, ARTICLE + "raqqa", 0), (1, "homs", F_ALT)], HEADS)
    assert index == {"raqqa": [(0, F_ARTICLE)], "homs": [(1, F_ALT)]}
    assert prefixes == set() and max_words == 1


def test_short_words_keep_their_article_and_tiny_keys_are_left_out():
    index, _, _ = index_names([(0, ARTICLE + "a", 0), (1, "x", 0)], HEADS)
    assert index == {ARTICLE + "a": [(0, 0)]}  # the article is taken off words of four letters or more only


def test_several_words_give_the_key_its_prefixes_and_the_name_written_together():
    index, prefixes, max_words = index_names([(3, "deir " + ARTICLE + "zor town", 0)], HEADS)
    assert index["deirzortown"] == [(3, F_LONG)]
    together = "deir" + ARTICLE + "zortown"  # written together: the inner article stays
    assert index[together] == [(3, F_LONG)]
    assert prefixes == {"deir", "deirzor"} and max_words == 3


def test_a_generic_head_is_also_taken_off():
    index, prefixes, _ = index_names([(5, "city " + ARTICLE + "anbar", 0), (6, "region of dara", 0)], HEADS)
    assert index["cityanbar"] == [(5, F_LONG)]
    assert index["anbar"] == [(5, F_HEADLESS | F_ARTICLE)]
    assert index["dara"] == [(6, F_HEADLESS)]
    assert index["city" + ARTICLE + "anbar"] == [(5, F_LONG)] and "city" in prefixes


def test_a_head_is_kept_when_too_little_would_be_left_or_it_is_not_first():
    index, _, _ = index_names([(0, "city ab", 0), (1, "old city gate", 0)], HEADS)
    assert "ab" not in index and "citygate" not in index and "gate" not in index
    assert "cityab" in index and "oldcitygate" in index


def test_a_row_written_with_and_without_the_article_is_either():
    index, _, _ = index_names([(2, ARTICLE + "soor", 0), (2, "soor", 0), (4, "soor", F_ALT)], HEADS)
    assert index["soor"] == [(2, F_EITHER), (4, F_ALT)]


def test_index_keys_come_in_the_order_of_the_names():
    names = [(0, "beta", 0), (1, "alpha gamma", 0), (2, "beta", 0)]
    index, _, _ = index_names(names, HEADS)
    assert list(index) == ["beta", "alphagamma"] and index["beta"] == [(0, 0), (2, 0)]


def _packaged_text() -> str:
    raw = resources.files("isnad.facts").joinpath(gz.DATA_FILE).read_bytes()
    return gzip.decompress(raw).decode("utf-8")


def test_from_places_from_file_and_from_the_cache_agree(tmp_path, monkeypatch):
    monkeypatch.setenv("ISNAD_CACHE_DIR", str(tmp_path))
    from_file = gz.Gazetteer.from_file(io.StringIO(_packaged_text()))
    rows, names = gz._read_rows(io.StringIO(_packaged_text()))
    from_places = gz.Gazetteer([gz.Place(*r) for r in rows], names)
    built, read = gz.Gazetteer.load(), gz.Gazetteer.load()  # built and written, then read back
    for g in (from_places, built, read):
        assert list(g.index.items()) == list(from_file.index.items())
        assert g.prefixes == from_file.prefixes and g.max_words == from_file.max_words
        assert g.places == from_file.places and g.by_id == from_file.by_id and g.admin1_row == from_file.admin1_row
        assert g.country_keys() == from_file.country_keys()


def test_a_change_to_the_index_code_builds_the_cached_form_again(tmp_path, monkeypatch):
    monkeypatch.setenv("ISNAD_CACHE_DIR", str(tmp_path))
    gz.Gazetteer.load()
    assert len(list(tmp_path.glob("geo-gazetteer-*.marshal"))) == 1
    real = gz.code

    def edited(*modules):
        found = real(*modules)
        return [b + (b"# edited" if m == "isnad.facts.geo.name_index" else b"") for m, b in zip(modules, found)]

    monkeypatch.setattr(gz, "code", edited)
    gz.Gazetteer.load()
    assert len(list(tmp_path.glob("geo-gazetteer-*.marshal"))) == 2
