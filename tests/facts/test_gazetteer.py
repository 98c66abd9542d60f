"""The packaged gazetteer and its index (isnad.facts.geo.gazetteer)."""
from __future__ import annotations

import gzip

import pytest

from isnad.facts.geo.gazetteer import COLUMNS, Gazetteer, build_gazetteer, gazetteer, name_key


def test_packaged_gazetteer_covers_every_country_and_first_level_division():
    g = gazetteer()
    kinds = {}
    for p in g.places:
        kinds[p.kind] = kinds.get(p.kind, 0) + 1
    assert kinds["country"] == 252
    assert kinds["admin1"] == 3885
    assert kinds["populated_place"] > 20000
    assert g.get("gn:92004").name == "Rāwah"


def test_name_key_folds_article_spaces_and_letters():
    assert name_key("البو كمال") == name_key("البوكمال")
    # A multi-word name written together keeps its inner article: indexed under that key too.
    assert "gn:170794" in {gazetteer().places[r].id for r, _ in gazetteer().lookup(name_key("ديرالزور"))}
    assert name_key("راوة") == name_key("راوه")
    assert name_key("عمّان") == name_key("عمان")


def test_lookup_is_by_key_and_returns_all_readings():
    g = gazetteer()
    ids = {g.places[r].id for r, _ in g.lookup(name_key("عمان"))}
    assert {"gn:250441", "gn:286963"} <= ids  # Amman and Oman
    assert g.lookup(name_key("كلمة لا توجد")) == []


def test_curated_region_yields_to_the_geonames_division_of_the_same_name():
    g = gazetteer()
    ids = {g.places[r].id for r, _ in g.lookup(name_key("قطاع غزة"))}
    assert "gn:281132" in ids and "isnad:gaza-strip" not in ids


def test_near_keys_within_one_edit_in_one_country():
    g = gazetteer()
    assert name_key("راوة") in g.near_keys(name_key("رواة"), "IQ")  # transposition
    assert g.near_keys(name_key("رواة"), "SY") == [] or name_key("راوة") not in g.near_keys(name_key("رواة"), "SY")


def test_build_keeps_countries_admin1_and_arabic_named_places(tmp_path, gazetteer_tsv):
    src = gazetteer_tsv(
        tmp_path / "gazetteer_ar.tsv",
        dict(id="gn:1", kind="country", name="Testland", name_ar="تستلاند", names_ar="تستلاند",
             country_code="TT", lat="1", lon="2", population="1000"),
        dict(id="gn:2", kind="admin1", name="North", country_code="TT", admin1_code="01"),
        dict(id="gn:3", kind="populated_place", name="Alpha", names_ar="ألفا|الفا",
             names_ar_other_script="آلفا|گالفا", country_code="TT", lat="1.5", lon="2.5", population="5000",
             feature_code="PPLA"),
        dict(id="gn:4", kind="populated_place", name="NoArabic", country_code="TT"))
    out = tmp_path / "out.tsv.gz"
    counts = build_gazetteer(src, out)
    assert counts == {"country": 1, "admin1": 1, "populated_place": 1}
    with gzip.open(out, "rt", encoding="utf-8") as fh:
        assert tuple(fh.readline().rstrip("\n").split("\t")) == COLUMNS
    g = Gazetteer.load(out)
    assert [g.places[r].id for r, _ in g.lookup(name_key("ألفا"))] == ["gn:3"]
    # A spelling with letters Arabic does not use (گ) is dropped; one that Arabic can write is kept.
    assert g.lookup(name_key("آلفا")) and not g.lookup(name_key("گالفا"))


def test_build_rejects_a_file_that_is_not_the_gazetteer(tmp_path):
    src = tmp_path / "x.tsv"
    src.write_text("a\tb\n1\t2\n", encoding="utf-8")
    with pytest.raises(ValueError):
        build_gazetteer(src, tmp_path / "o.tsv.gz")


def test_build_adds_the_curated_aliases_and_keeps_a_row_that_gains_one(tmp_path, gazetteer_tsv):
    # place_aliases.tsv names the Natural Earth continent, English-only in the source; an unnamed feature is dropped
    src = gazetteer_tsv(
        tmp_path / "gazetteer_ar.tsv",
        dict(id="ne4:regions_polys:europe", kind="physical", name="Europe", feature_code="CONT",
             country_code="PL", country_codes="PL|FR", lat="53", lon="19"),
        dict(id="ne4:regions_polys:nowhere", kind="physical", name="Nowhere", feature_code="MTS"))
    out = tmp_path / "out.tsv.gz"
    assert build_gazetteer(src, out) == {"physical": 1}
    g = Gazetteer.load(out)
    p = g.places[g.lookup(name_key("أوروبا"))[0][0]]
    assert (p.id, p.name_ar) == ("ne4:regions_polys:europe", "أوروبا")
    with pytest.raises(ValueError):  # the full build insists that every alias finds its row
        build_gazetteer(src, tmp_path / "o.tsv.gz", strict=True)
