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


# -- cleaning: the policy of the module doc -------------------------------------------------------------------


def _form(folder, name, days_unused, tag="0", suffix=".marshal"):
    import os
    import time

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}-{tag * 24}{suffix}"
    path.write_bytes(b"x")
    when = time.time() - days_unused * cache.DAY
    os.utime(path, (when, when))
    return path


def test_writing_a_form_removes_the_stale_forms_of_its_structure(folder):
    last = _form(folder, "t", 0.25, "a")  # the one used last before the new one
    recent = _form(folder, "t", 0.5, "b", ".arrays")  # used within the day: maybe another version's
    stale = [_form(folder, "t", 3, "c"), _form(folder, "t", 20, "d")]
    other = _form(folder, "t-x", 5, "e")  # another structure
    assert cache.cached("t", [b"new"], lambda: 1) == 1
    assert all(p.exists() for p in (last, recent, other)) and not any(p.exists() for p in stale)
    assert sorted(m["name"] for _, m in cache.files(folder)) == ["t", "t", "t", "t-x"]  # the new one among them


def test_the_form_used_last_is_kept_whatever_its_age(folder):
    last, older = _form(folder, "t", 10, "a"), _form(folder, "t", 12, "b")
    cache.cached("t", [b"new"], lambda: 1)
    assert last.exists() and not older.exists()


def test_writing_a_form_removes_old_temporary_files_and_any_form_unused_for_a_month(folder):
    kept = [_form(folder, "u", 20, "a"), _form(folder, "u", 25, "b", ".arrays"),
            _form(folder, "t", 0, "c", ".marshalabcd_123.tmp")]  # being written now
    gone = [_form(folder, "u", 31, "c"), _form(folder, "v-w", 40, "d", ".arrays"),
            _form(folder, "t", 2, "e", ".arrayszz99zz99.tmp")]
    others = [folder / "notes.txt", folder / "u-123.marshal", folder / f"U-{'0' * 24}.marshal.bak"]
    for p in others:
        p.write_text("not isnad's")
    (folder / f"u-{'f' * 24}.marshal").mkdir()
    cache.cached("t", [b"src"], lambda: 1)
    assert all(p.exists() for p in kept + others) and not any(p.exists() for p in gone)
    assert (folder / f"u-{'f' * 24}.marshal").is_dir()


def test_a_failure_to_clean_is_ignored(folder, monkeypatch):
    import os

    old = _form(folder, "t", 50, "a")

    def refuse(path, *a, **k):
        raise PermissionError(13, "Permission denied", path)

    monkeypatch.setattr(os, "unlink", refuse)
    assert cache.cached("t", [b"src"], lambda: [1]) == [1]
    assert old.exists() and len(list(folder.glob("t-*.marshal"))) == 2


def test_reading_a_form_marks_it_used(folder, tmp_path):
    import os
    import time

    import numpy as np

    cache.cached("t", [b"src"], lambda: 1)
    cache.arrays("a", _npz(tmp_path, a=np.arange(3)))
    forms = list(folder.glob("t-*.marshal")) + list(folder.glob("a-*.arrays"))
    week = time.time() - 7 * cache.DAY
    for p in forms:
        os.utime(p, (week, week))
    assert cache.cached("t", [b"src"], lambda: 2) == 1
    assert list(cache.arrays("a", tmp_path / "t.npz")["a"]) == [0, 1, 2]
    assert all(p.stat().st_mtime > week + cache.DAY for p in forms)


def test_files_and_clear_touch_only_the_cache_s_own_files(folder):
    cache.cached("t", [b"src"], lambda: 1)
    tmp = _form(folder, "t", 0, "b", ".marshalabcdefgh.tmp")
    (folder / "notes.txt").write_text("mine")
    (folder / "sub").mkdir()
    assert sorted(m["name"] for _, m in cache.files(folder)) == ["t", "t"]
    size = sum(p.stat().st_size for p in folder.glob("t-*"))
    assert tmp.exists() and cache.clear(folder) == (2, size, [])
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt", "sub"]
    assert cache.files(folder) == [] and cache.clear(folder) == (0, 0, [])
    assert cache.files(folder / "missing") == []


# -- warming: the parent of worker processes writes the forms once --------------------------------------------


def _snapshot(folder) -> dict:
    return {p.name: (p.stat().st_ino, p.stat().st_mtime_ns, p.read_bytes()[:64]) for p in folder.iterdir()}


def test_warming_writes_the_forms_the_pipeline_reads_and_then_reads_none(folder):
    import os
    import subprocess
    import sys

    from isnad.run import RunOptions

    RunOptions().warm_cache()
    warmed = _snapshot(folder)
    assert sorted(m["name"] for _, m in cache.files(folder)) == [
        "geo-gazetteer", "ner-model", "ner-places", "stance-lexicon", "vectors", "vocabulary"]
    subprocess.run([sys.executable, "-c", "from isnad.run import RunOptions; RunOptions().pipeline()"],
                   check=True, env={**os.environ, cache.ENV: str(folder)})
    assert _snapshot(folder) == warmed  # a worker of the whole pipeline reads every form, builds none
    for p in folder.iterdir():
        p.write_bytes(b"\xff" * 10)  # damaged: a form warming read would be written again
    RunOptions().warm_cache()
    assert all(p.read_bytes() == b"\xff" * 10 for p in folder.iterdir())


def test_warming_keeps_to_the_stages_kept_and_goes_past_failures(folder):
    from isnad.run import RunOptions

    RunOptions(disable=("ner", "claims", "facts", "compare")).warm_cache()
    assert [m["name"] for _, m in cache.files(folder)] == ["vocabulary"]

    def fails():
        raise RuntimeError("a loader that fails")

    cache.warm([fails, lambda: cache.cached("t", [b"src"], lambda: 1)])
    assert sorted(m["name"] for _, m in cache.files(folder)) == ["t", "vocabulary"]
    assert cache.cached("t", [b"src"], lambda: 2) == 1  # outside warming, forms are read as before


def test_warming_does_nothing_when_the_cache_is_off(monkeypatch):
    monkeypatch.setenv(cache.ENV, "off")
    build, calls = counting(1)
    cache.warm([build])
    assert calls == []
