"""The tagger network (PyTorch, training side): embeddings + char CNN + BiLSTM + CRF.

Inference in the package does not need torch: :mod:`isnad.ner.infer` re-implements the forward pass and the
Viterbi decoder in numpy from the exported weights.
"""
from __future__ import annotations

import torch
import torch.nn as nn

from .features import GAZ_TAGS, N_PREFIX, SHAPES, MAX_CHARS

TAGS = ("O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")


def allowed_transitions() -> torch.Tensor:
    """IOB2 constraints: I-X only after B-X or I-X, never first. Returns (start_mask, trans_mask) as bool."""
    n = len(TAGS)
    trans = torch.ones(n, n, dtype=torch.bool)
    start = torch.ones(n, dtype=torch.bool)
    for j, t in enumerate(TAGS):
        if t.startswith("I-"):
            start[j] = False
            for i, f in enumerate(TAGS):
                if f[2:] != t[2:]:
                    trans[i, j] = False
    return start, trans


class Tagger(nn.Module):
    def __init__(self, emb: torch.Tensor, n_chars: int, *, char_dim=32, char_filters=64, char_width=3,
                 feat_dim=16, hidden=128, dropout=0.5, freeze_emb=True, use_stem=True, use_gaz=True,
                 use_chars=True, layers=1):
        super().__init__()
        self.cfg = dict(char_dim=char_dim, char_filters=char_filters, char_width=char_width, feat_dim=feat_dim,
                        hidden=hidden, dropout=dropout, freeze_emb=freeze_emb, use_stem=use_stem,
                        use_gaz=use_gaz, use_chars=use_chars, layers=layers)
        self.emb = nn.Embedding.from_pretrained(emb, freeze=freeze_emb, padding_idx=0)
        d = emb.shape[1] * (2 if use_stem else 1)
        self.use_stem, self.use_gaz, self.use_chars = use_stem, use_gaz, use_chars
        if use_chars:
            self.char_emb = nn.Embedding(n_chars, char_dim, padding_idx=0)
            self.char_conv = nn.Conv1d(char_dim, char_filters, char_width, padding=char_width // 2)
            d += char_filters
        self.prefix_emb = nn.Embedding(N_PREFIX, feat_dim)
        self.shape_emb = nn.Embedding(len(SHAPES), feat_dim)
        d += 2 * feat_dim
        if use_gaz:
            self.gaz_emb = nn.Embedding(len(GAZ_TAGS), feat_dim)
            d += feat_dim
        self.drop = nn.Dropout(dropout)
        self.lstm = nn.LSTM(d, hidden, num_layers=layers, bidirectional=True, batch_first=True,
                            dropout=dropout if layers > 1 else 0.0)
        self.out = nn.Linear(2 * hidden, len(TAGS))
        n = len(TAGS)
        self.trans = nn.Parameter(torch.zeros(n, n))
        self.start = nn.Parameter(torch.zeros(n))
        self.end = nn.Parameter(torch.zeros(n))
        s, t = allowed_transitions()
        self.register_buffer("start_mask", s, persistent=False)
        self.register_buffer("trans_mask", t, persistent=False)

    def features(self, b):
        x = [self.emb(b["word"])]
        if self.use_stem:
            x.append(self.emb(b["stem"]))
        if self.use_chars:
            B, T, C = b["chars"].shape
            c = self.char_emb(b["chars"].view(B * T, C)).transpose(1, 2)
            c = self.char_conv(c)
            c = c.masked_fill((b["chars"].view(B * T, C) == 0).unsqueeze(1), -1e4).max(2).values
            c = torch.where(c < -1e3, torch.zeros_like(c), c)
            x.append(c.view(B, T, -1))
        x.append(self.prefix_emb(b["prefix"]))
        x.append(self.shape_emb(b["shape"]))
        if self.use_gaz:
            x.append(self.gaz_emb(b["gaz"]))
        return torch.cat(x, -1)

    def emissions(self, b):
        x = self.drop(self.features(b))
        lengths = b["mask"].sum(1)
        packed = nn.utils.rnn.pack_padded_sequence(x, lengths.cpu(), batch_first=True, enforce_sorted=False)
        h, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=x.shape[1])
        return self.out(self.drop(h))

    def _constrained(self):
        neg = torch.tensor(-1e4)
        return (torch.where(self.start_mask, self.start, neg), torch.where(self.trans_mask, self.trans, neg))

    def nll(self, b):
        em = self.emissions(b)
        y, mask = b["tags"], b["mask"]
        start, trans = self._constrained()
        B, T, n = em.shape
        # gold score
        score = start[y[:, 0]] + em[:, 0].gather(1, y[:, :1]).squeeze(1)
        for t in range(1, T):
            m = mask[:, t].float()
            score = score + m * (trans[y[:, t - 1], y[:, t]] + em[:, t].gather(1, y[:, t:t + 1]).squeeze(1))
        last = y.gather(1, (mask.sum(1) - 1).unsqueeze(1)).squeeze(1)
        score = score + self.end[last]
        # partition
        alpha = start + em[:, 0]
        for t in range(1, T):
            nxt = torch.logsumexp(alpha.unsqueeze(2) + trans.unsqueeze(0), 1) + em[:, t]
            m = mask[:, t].unsqueeze(1)
            alpha = torch.where(m, nxt, alpha)
        logz = torch.logsumexp(alpha + self.end, 1)
        return (logz - score).sum()

    @torch.no_grad()
    def decode(self, b) -> list[list[int]]:
        em = self.emissions(b)
        start, trans = self._constrained()
        mask = b["mask"]
        B, T, n = em.shape
        score = start + em[:, 0]
        back = []
        for t in range(1, T):
            s = score.unsqueeze(2) + trans.unsqueeze(0)
            best, idx = s.max(1)
            nxt = best + em[:, t]
            m = mask[:, t].unsqueeze(1)
            score = torch.where(m, nxt, score)
            back.append(torch.where(m, idx, torch.arange(n).expand(B, n)))
        score = score + self.end
        last = score.argmax(1)
        paths = [last]
        for idx in reversed(back):
            last = idx.gather(1, last.unsqueeze(1)).squeeze(1)
            paths.append(last)
        paths = torch.stack(paths[::-1], 1)
        lengths = mask.sum(1).tolist()
        return [paths[i, :lengths[i]].tolist() for i in range(B)]


def batchify(encoded: list[dict], tags: list[list[int]] | None = None) -> dict:
    B = len(encoded)
    T = max(len(e["word"]) for e in encoded)
    C = max(1, max(len(c) for e in encoded for c in e["chars"]))
    C = min(C, MAX_CHARS)
    out = {k: torch.zeros(B, T, dtype=torch.long) for k in ("word", "stem", "prefix", "shape", "gaz")}
    out["chars"] = torch.zeros(B, T, C, dtype=torch.long)
    out["mask"] = torch.zeros(B, T, dtype=torch.bool)
    if tags is not None:
        out["tags"] = torch.zeros(B, T, dtype=torch.long)
    for i, e in enumerate(encoded):
        n = len(e["word"])
        for k in ("word", "stem", "prefix", "shape", "gaz"):
            out[k][i, :n] = torch.tensor(e[k])
        for j, c in enumerate(e["chars"]):
            out["chars"][i, j, :len(c)] = torch.tensor(c[:C])
        out["mask"][i, :n] = True
        if tags is not None:
            out["tags"][i, :n] = torch.tensor(tags[i])
    return out


def _weights(model: Tagger) -> dict:
    import numpy as np

    sd = {k: v.detach().cpu().float().numpy() for k, v in model.state_dict().items()}
    sd.pop("emb.weight")
    ren = {"char_emb.weight": "char_emb", "char_conv.weight": "char_conv_w", "char_conv.bias": "char_conv_b",
           "prefix_emb.weight": "prefix_emb", "shape_emb.weight": "shape_emb", "gaz_emb.weight": "gaz_emb",
           "out.weight": "out_w", "out.bias": "out_b", "end": "end"}
    arrays = {}
    for k, v in sd.items():
        if k in ren:
            arrays[ren[k]] = v
        elif k.startswith("lstm."):
            name = k[5:]  # weight_ih_l0[_reverse]
            kind, rest = name.split("_", 1)  # weight / bias
            mat, layer = rest.split("_", 1)  # ih / hh, l0[_reverse]
            arrays[f"lstm_{'w' if kind == 'weight' else 'b'}_{mat}_{layer}"] = v
    with torch.no_grad():
        start, trans = model._constrained()
    arrays["start_c"] = start.numpy().astype(np.float32)
    arrays["trans_c"] = trans.numpy().astype(np.float32)
    return arrays


def export_ensemble(models: list[Tagger], words: dict[str, int], chars: dict[str, int], path, *,
                    extra_config: dict | None = None) -> None:
    """Write one or more taggers (same vocabularies) as one ``.npz`` that :class:`isnad.ner.infer.NumpyTagger`
    loads without torch or pickle. Each model's weights are stored under ``m<k>.``; word embeddings as int8
    with a float16 scale per row: when the members share them (frozen), with the vocabulary in a
    ``vectors.npz`` beside the model (:mod:`isnad.vectors`, the project's shared word vectors), else per
    member inside the model file."""
    import json

    import numpy as np

    def quant(emb):
        scale = np.abs(emb).max(1) / 127.0
        scale[scale == 0] = 1.0
        scale = scale.astype(np.float16)
        q = np.round(emb / scale.astype(np.float32)[:, None]).clip(-127, 127).astype(np.int8)
        return q, scale

    tables = [m.emb.weight.detach().cpu().float().numpy() for m in models]
    shared = all(np.array_equal(t, tables[0]) for t in tables[1:])
    arrays = {}
    if shared:
        vectors = quant(tables[0])
    for k, m in enumerate(models):
        for name, v in _weights(m).items():
            arrays[f"m{k}.{name}"] = v
        if not shared:
            arrays[f"m{k}.emb_q"], arrays[f"m{k}.emb_scale"] = quant(tables[k])
    cfg = dict(models[0].cfg)
    cfg.update(extra_config or {})
    cfg["n_models"] = len(models)
    inv_w = [""] * len(words)
    for w, i in words.items():
        inv_w[i] = w
    inv_c = [""] * len(chars)
    for c, i in chars.items():
        inv_c[i] = c
    assert not any("\n" in w for w in inv_w) and not any("\n" in c for c in inv_c)
    if shared:
        from pathlib import Path

        from isnad.vectors import VECTORS_FILE, save_arrays

        save_arrays(Path(path).with_name(VECTORS_FILE), inv_w, *vectors)
    else:
        arrays["words"] = np.frombuffer("\n".join(inv_w).encode("utf-8"), dtype=np.uint8)
    arrays["chars"] = np.frombuffer("\n".join(inv_c).encode("utf-8"), dtype=np.uint8)
    arrays["config"] = np.frombuffer(json.dumps(cfg).encode("utf-8"), dtype=np.uint8)
    np.savez_compressed(path, **arrays)


def quantize_embeddings(emb: torch.Tensor) -> torch.Tensor:
    """The int8 round trip :func:`export` applies, so training sees exactly the table that ships."""
    scale = emb.abs().max(1).values / 127.0
    scale = torch.where(scale == 0, torch.ones_like(scale), scale).half().float()
    scale = torch.where(scale == 0, torch.ones_like(scale), scale)
    return torch.round(emb / scale[:, None]).clamp(-127, 127) * scale[:, None]
