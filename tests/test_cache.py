"""The start-up cache (isnad.cache): built once, read back equal, rebuilt when its sources change, never in the way."""
from __future__ import annotations

import pytest

from isnad import cache


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.ENV, str(tmp_path / "c"))
    return tmp_path / "c"


def counting(value):
    calls = []

    def build():
        calls.append(1)
        return value

    return build, calls


def test_built_once_then_read_back(folder):
    value = {("a", "b"): "LOC", "x": [(1, 2), (3, 4)], "s": {"p", "q"}}
    build, calls = counting(value)
    assert cache.cached("t", [b"src"], build) == value
    assert cache.cached("t", [b"src"], build) == value
    assert len(calls) == 1
    assert len(list(folder.glob("t-*.marshal"))) == 1


def test_new_sources_build_again(folder):
    build, calls = counting([1, 2])
    cache.cached("t", [b"one"], build)
    cache.cached("t", [b"two"], build)
    cache.cached("t", [b"on", b"e"], build)  # parts are length-prefixed: not the same as b"one"
    assert len(calls) == 3


def test_damaged_form_is_rebuilt(folder):
    build, calls = counting(list(range(1000)))
    cache.cached("t", [b"src"], build)
    (path,) = folder.glob("t-*.marshal")
    path.write_bytes(path.read_bytes()[:50])
    assert cache.cached("t", [b"src"], build) == list(range(1000))
    assert len(calls) == 2
    assert cache.cached("t", [b"src"], build) == list(range(1000))  # the rebuilt form is whole again
    assert len(calls) == 2


def test_unwritable_folder_still_gives_the_value(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(cache.ENV, str(blocker / "sub"))
    build, calls = counting({"k": 1})
    assert cache.cached("t", [b"src"], build) == {"k": 1}
    assert cache.cached("t", [b"src"], build) == {"k": 1}
    assert len(calls) == 2


def test_turned_off(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.ENV, "off")
    assert cache.cache_dir() is None
    build, calls = counting(7)
    cache.cached("t", [b"src"], build)
    cache.cached("t", [b"src"], build)
    assert len(calls) == 2


def test_code_changes_the_name(folder):
    assert cache.code("isnad.cache") != cache.code("isnad.lexicon")


def test_gazetteer_from_cache_equals_built(folder):
    from isnad.facts.geo.gazetteer import Gazetteer

    first = Gazetteer.load()  # builds and writes
    assert list(folder.glob("geo-gazetteer-*.marshal"))
    second = Gazetteer.load()  # reads the form
    assert second.index == first.index and second.prefixes == first.prefixes
    assert second.places == first.places and second.by_id == first.by_id
    assert second.admin1_row == first.admin1_row and second.max_words == first.max_words
    key = next(k for k, hits in first.index.items() if len(k) > 4 and hits)
    assert second.lookup(key) == first.lookup(key)


def test_vocabulary_and_ner_places_from_cache(folder):
    from isnad.arabic import tokens
    from isnad.ner import default_model_path
    from isnad.ner.gazetteer import Gazetteer

    tokens.vocabulary.cache_clear()
    built = tokens.vocabulary()
    tokens.vocabulary.cache_clear()
    assert tokens.vocabulary() == built and len(built) > 1000
    places = default_model_path().with_name("places.tsv.gz")
    a, b = Gazetteer.load(places), Gazetteer.load(places)
    assert a.names == b.names and a.first == b.first and len(a.names) > 1000


def _npz(tmp_path, **arrays):
    import numpy as np

    np.savez_compressed(tmp_path / "t.npz", **arrays)
    return tmp_path / "t.npz"


def test_arrays_read_back_equal_and_read_only(folder, tmp_path):
    import numpy as np

    path = _npz(tmp_path, a=np.arange(12, dtype=np.int8).reshape(3, 4), b=np.array([0.5, 2.0], dtype=np.float16),
                w=np.frombuffer("ب\nت".encode(), dtype=np.uint8), e=np.zeros((0, 3), dtype=np.float32),
                s=np.array(7.5), f=np.arange(6, dtype=np.float64).reshape(2, 3).T)
    with np.load(path) as z:
        expected = {k: z[k] for k in z.files}
    for _ in range(2):  # built and written, then mapped from the form
        got = cache.arrays("t", path)
        assert got.keys() == expected.keys()
        for k, v in expected.items():
            assert got[k].dtype == v.dtype and got[k].shape == v.shape and np.array_equal(got[k], v)
            assert not got[k].flags.writeable
    assert len(list(folder.glob("t-*.arrays"))) == 1


def test_damaged_arrays_form_is_ignored(folder, tmp_path):
    import numpy as np

    path = _npz(tmp_path, a=np.arange(6, dtype=np.int16).reshape(2, 3))
    cache.arrays("t", path)
    (form,) = folder.glob("t-*.arrays")
    whole = form.read_bytes()
    for damaged in (whole[:-3], whole[:20], b"", b"\xff" * 100):
        form.write_bytes(damaged)
        assert np.array_equal(cache.arrays("t", path)["a"], np.arange(6).reshape(2, 3))
    assert form.read_bytes() == whole  # written again whole


def test_word_vectors_rows_equal_the_whole_table_scaled(folder):
    import numpy as np

    from isnad.vectors import WordVectors, load_arrays

    arrays = load_arrays()
    wv = WordVectors(arrays)
    m = arrays["emb_q"].astype(np.float32) * arrays["emb_scale"].astype(np.float32)[:, None]
    whole = m / (np.linalg.norm(m, axis=1, keepdims=True) + 1e-6)
    rows = [2, 7, 7, 500, len(whole) - 1]
    assert np.array_equal(wv.rows(rows), whole[rows])
    assert np.array_equal(wv.rows(rows[:1]), whole[rows[:1]])
    assert np.array_equal(np.asarray(wv.table), m)


def test_stance_lexicon_from_cache_equals_computed(folder):
    from isnad.claims import stance_lexicon

    stance_lexicon.weights.cache_clear()
    first = stance_lexicon.weights()  # computed and written
    assert list(folder.glob("stance-lexicon-*.marshal"))
    stance_lexicon.weights.cache_clear()
    second = stance_lexicon.weights()  # read from the form
    stance_lexicon.weights.cache_clear()
    assert second == first and [list(t) for t in second.values()] == [list(t) for t in first.values()]
    assert len(first["accuse"]) > 100


def test_gazetteer_country_keys_from_cache_equal_computed(folder):
    import gzip
    import io
    from importlib import resources

    from isnad.facts.geo.gazetteer import DATA_FILE, Gazetteer

    with gzip.open(io.BytesIO(resources.files("isnad.facts").joinpath(DATA_FILE).read_bytes()), "rt",
                   encoding="utf-8") as fh:
        built = Gazetteer.from_file(fh)  # its country keys computed from its index on first use
    read = Gazetteer.load()
    assert {c: set(k) for c, k in read.country_keys().items()} == {c: set(k) for c, k in built.country_keys().items()}
    for key, country in (("دمشقي", "SY"), ("بغداذ", "IQ"), ("القاهره", "EG")):
        assert read.near_keys(key, country) == built.near_keys(key, country)
    assert read.places == built.places


def test_empty_form_is_rebuilt(folder):
    build, calls = counting([1, 2, 3])
    cache.cached("t", [b"src"], build)
    (path,) = folder.glob("t-*.marshal")
    path.write_bytes(b"")
    assert cache.cached("t", [b"src"], build) == [1, 2, 3] and len(calls) == 2
