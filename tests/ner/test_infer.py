"""The numpy inference equals the torch network it was exported from (skipped without torch)."""
import numpy as np
import pytest

torch = pytest.importorskip("torch")

from isnad.ner.features import Featurizer  # noqa: E402
from isnad.ner.infer import NumpyTagger  # noqa: E402
from isnad.ner.nn import TAGS, batchify  # noqa: E402
from toy import SENTS, toy_ensemble  # noqa: E402


@pytest.mark.parametrize("layers,n_models,tuned", [(1, 1, False), (2, 1, False), (1, 3, False), (1, 2, True)])
def test_numpy_matches_torch(tmp_path, layers, n_models, tuned):
    path = tmp_path / "m.npz"
    models, words, chars = toy_ensemble(path, n_models, seed=layers * 10 + n_models, layers=layers, tuned=tuned)
    nt = NumpyTagger.load(path)
    fz = Featurizer(words, chars, None)
    sents = SENTS
    b = batchify([fz.encode(s) for s in sents])
    with torch.no_grad():
        em = sum(m.emissions(b) for m in models) / n_models
    for i, e in enumerate(nt.emissions(sents)):
        assert np.allclose(em[i, :len(sents[i])].numpy(), e, atol=1e-4)
    if n_models == 1:
        assert nt.tag(sents) == [[TAGS[j] for j in p] for p in models[0].decode(b)]
