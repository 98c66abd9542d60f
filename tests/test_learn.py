"""The small linear classifier shared by the learned components."""
from __future__ import annotations

import numpy as np

from isnad.learn import LinearModel


def _data():
    ex = [["a", "x"], ["a", "y"], ["b", "x"], ["b", "y"], [("a", 2.0)], ["b"]] * 6
    lb = ["P", "P", "N", "N", "P", "N"] * 6
    return ex, lb


def test_fit_separates_and_probabilities_sum_to_one():
    ex, lb = _data()
    m = LinearModel.fit(ex, lb, min_count=1)
    assert m.predict([["a"], ["b"]]) == ["P", "N"]
    p = m.predict_proba([["a", "x"], ["zzz"]])
    assert np.allclose(p.sum(axis=1), 1.0)
    assert p[0, m.classes.index("P")] > 0.9
    assert abs(p[1, 0] - p[1, 1]) < 0.5  # an unseen feature carries no evidence beyond the bias


def test_rare_features_are_left_out_and_weights_explain():
    ex, lb = _data()
    m = LinearModel.fit(ex + [["once"]], lb + ["P"], min_count=2)
    assert "once" not in m.vocab and "a" in m.vocab
    top = m.explain(["a", "x"], "P")
    assert top[0][0] == "a"


def test_save_and_load_give_the_same_predictions(tmp_path):
    ex, lb = _data()
    m = LinearModel.fit(ex, lb, min_count=1)
    m.meta["temperature"] = 1.5
    m.save(tmp_path / "m.npz")
    m2 = LinearModel.load(tmp_path / "m.npz")
    assert m2.classes == m.classes and m2.meta["temperature"] == 1.5
    assert np.allclose(m2.predict_proba(ex[:4]), m.predict_proba(ex[:4]), atol=1e-3)


def test_example_weights_count():
    ex = [["f"]] * 10
    heavy = LinearModel.fit(ex, ["A"] * 5 + ["B"] * 5, [1.0] * 5 + [9.0] * 5, min_count=1)
    assert heavy.predict([["f"]]) == ["B"]


def test_sparse_training_matches_the_numpy_fallback(monkeypatch):
    """Training with scipy's sparse products (when installed) gives the weights of the bincount loop."""
    import builtins

    ex, lb = _data()
    ex = [e + [("v", 0.5 if y == "P" else -0.5)] for e, y in zip(ex, lb)]
    fast = LinearModel.fit(ex, lb, min_count=1, epochs=50)
    real_import = builtins.__import__

    def no_scipy(name, *a, **kw):
        if name.startswith("scipy"):
            raise ImportError(name)
        return real_import(name, *a, **kw)

    monkeypatch.setattr(builtins, "__import__", no_scipy)
    slow = LinearModel.fit(ex, lb, min_count=1, epochs=50)
    assert fast.vocab == slow.vocab
    assert np.allclose(fast.weights, slow.weights, atol=1e-3) and np.allclose(fast.bias, slow.bias, atol=1e-4)
