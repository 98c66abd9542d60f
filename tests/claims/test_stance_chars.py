"""The character n-gram stance model (isnad.claims.stance_chars): its n-grams, its numpy inference against
scikit-learn's, and its place in the shipped ensemble."""
import numpy as np
import pytest

from isnad.claims.stance_chars import CUE, CharModel, StanceEnsemble, gram_features, grams, split_features
from isnad.claims.stance_features import features
from isnad.claims.stance_model import stance_model
from isnad.learn import LinearModel


def test_grams_share_the_root_across_affixes():
    a, b = grams("", "اتهامات"), grams("", "بالاتهام")
    assert "اتهام" in a and "اتهام" in b and "تهام" in a and "تهام" in b
    assert "<اتها" in a and "<اتها" not in b  # the word's start is marked
    cue = grams("وقال", "")
    assert all(g.startswith(CUE) for g in cue) and f"{CUE}قال>" in cue


def test_features_carry_the_grams_apart_from_the_linear_features():
    feats = features("وقال", "هذه الأنباء لا أساس لها من الصحة")
    lin, cg = split_features(feats)
    assert cg == {g: float(k) for g, k in grams("وقال", "هذه الأنباء لا أساس لها من الصحة").items()}
    assert not any(not isinstance(f, str) and f[0].startswith("cg:") for f in lin)
    assert "cue:قال" in lin


def test_numpy_inference_matches_scikit_learn():
    from scipy import sparse
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.linear_model import LogisticRegression

    texts = [("نفى", "هذه الأنباء لا أساس لها"), ("قال", "الاجتماع عقد أمس"), ("اتهم", "الحكومة ارتكبت جرائم"),
             ("قال", "الأنباء كاذبة ولا أساس لها"), ("أضاف", "الاجتماع عقد في العاصمة"),
             ("قال", "الميليشيا ارتكبت جرائم وانتهاكات")] * 2
    labels = ["deny", "assert", "accuse", "deny", "assert", "accuse"] * 2
    counts = [dict(grams(c, t)) for c, t in texts]
    m = CharModel.fit(counts, labels, [1.0] * len(labels), ["assert", "deny", "accuse", "warn"], min_df=1)
    # the same model by scikit-learn's own transform of each block
    names = sorted(m.vocab, key=m.vocab.get)
    dv = DictVectorizer()
    dv.vocabulary_, dv.feature_names_ = m.vocab, names
    x = dv.transform(counts).tocsc()
    cut = sum(not g.startswith(CUE) for g in names)
    blocks = [TfidfTransformer(sublinear_tf=True).fit_transform(x[:, s].tocsr())
              for s in (slice(0, cut), slice(cut, len(names)))]
    xs = sparse.hstack(blocks).tocsr()
    xs.indices, xs.indptr = xs.indices.astype(np.int32), xs.indptr.astype(np.int32)
    lr = LogisticRegression(C=3.0, max_iter=3000).fit(xs, labels)
    ref = lr.predict_proba(xs)
    got = m.predict_proba_counts(counts)
    for k, c in enumerate(lr.classes_):
        assert np.allclose(got[:, m.classes.index(c)], ref[:, k], atol=1e-4)
    assert np.allclose(got[:, m.classes.index("warn")], 0.0, atol=1e-6)  # never seen in training


def test_save_load_round_trip(tmp_path):
    counts = [dict(grams("قال", "لا أساس لها")), dict(grams("قال", "عقد الاجتماع"))] * 2
    m = CharModel.fit(counts, ["deny", "assert"] * 2, [1.0] * 4, ["assert", "deny"], min_df=1)
    m.save(tmp_path / "c.npz")
    m2 = CharModel.load(tmp_path / "c.npz")
    assert m2.vocab == m.vocab
    assert np.allclose(m2.predict_proba_counts(counts), m.predict_proba_counts(counts), atol=1e-3)


def test_ensemble_averages_the_two_models():
    ex = [["a", ("cg:xy", 1.0)], ["b", ("cg:zw", 1.0)]] * 3
    lin = LinearModel.fit([split_features(e)[0] for e in ex], ["P", "Q"] * 3, min_count=1)
    ch = CharModel.fit([split_features(e)[1] for e in ex], ["P", "Q"] * 3, [1.0] * 6, ["Q", "P"], min_df=1)
    ens = StanceEnsemble(lin, ch, 0.25)
    p = ens.predict_proba(ex[:2])
    q = ch.predict_proba_counts([{"xy": 1.0}, {"zw": 1.0}])[:, [1, 0]]  # columns in the linear model's order
    assert np.allclose(p, 0.75 * lin.predict_proba([["a"], ["b"]]) + 0.25 * q)
    assert ens.predict(ex[:2]) == ["P", "Q"]
    assert np.allclose(StanceEnsemble(lin, None).predict_proba(ex[:2]), lin.predict_proba([["a"], ["b"]]))


def test_the_shipped_model_is_the_ensemble():
    model = stance_model()
    assert model is not None and model.chars is not None and model.weight == pytest.approx(model.meta["chars"])
    assert model.chars.classes == model.classes
    assert gram_features("قال", "لا")[0][0].startswith("cg:")
