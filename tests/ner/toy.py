"""Small random BiLSTM-CRF taggers exported as a numpy model (for the tests that need torch)."""
import torch

from isnad.ner.nn import Tagger, export_ensemble, quantize_embeddings

WORDS = {"<pad>": 0, "<unk>": 1, "محمد": 2, "مصر": 3, "في": 4, "قال": 5}
SENTS = [["قال", "محمد", "في", "مصر", "."], ["مصر"], ["والمصريين", "x", "محمد", "في", "1999", "،", "قال"]]


def toy_ensemble(path, n_models: int, seed: int, layers: int = 1, tuned: bool = False):
    """``n_models`` random taggers sharing their word vectors, exported to ``path``: (models, words, chars)."""
    torch.manual_seed(seed)
    words = dict(WORDS)
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
    export_ensemble(models, words, chars, path)
    return models, words, chars
