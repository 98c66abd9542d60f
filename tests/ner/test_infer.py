"""The numpy inference equals the torch network it was exported from (skipped without torch)."""
import numpy as np
import pytest

torch = pytest.importorskip("torch")

from isnad.ner.features import Featurizer  # noqa: E402
from isnad.ner.infer import NumpyTagger  # noqa: E402
from isnad.ner.nn import TAGS, Tagger, batchify, export_ensemble, quantize_embeddings  # noqa: E402


@pytest.mark.parametrize("layers,n_models,tuned", [(1, 1, False), (2, 1, False), (1, 3, False), (1, 2, True)])
def test_numpy_matches_torch(tmp_path, layers, n_models, tuned):
    torch.manual_seed(layers * 10 + n_models)
    words = {"<pad>": 0, "<unk>": 1, "محمد": 2, "مصر": 3, "في": 4, "قال": 5}
    chars = {"<pad>": 0, "<unk>": 1}
    for c in "محدصرفيالق":
        chars.setdefault(c, len(chars))
    emb = quantize_embeddings(torch.randn(len(words), 12))
    models = []
    for _ in range(n_models):
        m = Tagger(emb.clone(), len(chars), hidden=8, layers=layers, char_filters=6, feat_dim=4, use_gaz=False,
                   freeze_emb=not tuned)
        for p in m.parameters():
            if p.requires_grad:
                torch.nn.init.normal_(p, 0, 0.5)
        with torch.no_grad():  # as in training, padding rows stay zero (padding_idx)
            m.char_emb.weight[0].zero_()
        if tuned:  # fine-tuned tables differ per member; make them exactly representable in int8
            with torch.no_grad():
                m.emb.weight.copy_(quantize_embeddings(m.emb.weight))
        m.eval()
        models.append(m)
    path = tmp_path / "m.npz"
    export_ensemble(models, words, chars, path)
    nt = NumpyTagger.load(path)
    fz = Featurizer(words, chars, None)
    sents = [["قال", "محمد", "في", "مصر", "."], ["مصر"], ["والمصريين", "x", "محمد", "في", "1999", "،", "قال"]]
    b = batchify([fz.encode(s) for s in sents])
    with torch.no_grad():
        em = sum(m.emissions(b) for m in models) / n_models
    for i, e in enumerate(nt.emissions(sents)):
        assert np.allclose(em[i, :len(sents[i])].numpy(), e, atol=1e-4)
    if n_models == 1:
        assert nt.tag(sents) == [[TAGS[j] for j in p] for p in models[0].decode(b)]
