"""Numpy inference for the shipped tagger (no torch needed at run time).

The model file is one ``.npz`` holding the weights exported by :func:`isnad.ner.nn.export_ensemble` plus the
word and character vocabularies and a JSON config. :class:`NumpyTagger` re-implements the network's forward
pass (embeddings, char CNN, BiLSTM, linear) and constrained Viterbi decoding; its emissions equal the torch
model's up to float rounding (checked by the tests). An ensemble averages its members' emission and
transition scores.

Speed: everything in a token's input vector except the gazetteer feature depends on the token string alone,
so the LSTM input projection is computed once per distinct token of a call (one matrix product), and the
gazetteer part is a precomputed table. What remains per token is the recurrence, batched over sentences.
"""
from __future__ import annotations

import json
import os

import numpy as np

from .features import GAZ_TAGS, norm_word

CHAR_CHUNK = 256  # token types per block of the character convolution
TAGS = ("O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")


def _sigmoid(x):
    return 0.5 * (np.tanh(0.5 * x) + 1.0)


class NumpyTagger:
    def __init__(self, arrays: dict[str, np.ndarray], gazetteer=None):
        from .features import Featurizer

        self.cfg = json.loads(bytes(arrays["config"]).decode("utf-8"))
        words = bytes(arrays["words"]).decode("utf-8").split("\n")
        chars = bytes(arrays["chars"]).decode("utf-8").split("\n")
        self.featurizer = Featurizer({w: i for i, w in enumerate(words)}, {c: i for i, c in enumerate(chars)},
                                     None)
        self.gazetteer = gazetteer if self.cfg.get("use_gaz", True) else None
        self.H = int(self.cfg["hidden"])
        self.layers = int(self.cfg.get("layers", 1))
        deq = lambda q, sc: q.astype(np.float32) * sc.astype(np.float32)[:, None]  # noqa: E731
        shared_emb = deq(arrays["emb_q"], arrays["emb_scale"]) if "emb_q" in arrays else None
        self.members = []
        for k in range(int(self.cfg.get("n_models", 1))):
            pre = f"m{k}."
            m = {key[len(pre):]: arrays[key] for key in arrays if key.startswith(pre)}
            emb = deq(m.pop("emb_q"), m.pop("emb_scale")) if "emb_q" in m else shared_emb
            m = {key: v.astype(np.float32) for key, v in m.items()}
            m["emb"] = emb
            self._prepare(m)
            self.members.append(m)
        self.start = np.mean([m["start_c"] for m in self.members], 0)
        self.trans = np.mean([m["trans_c"] for m in self.members], 0)
        self.end = np.mean([m["end"] for m in self.members], 0)

    def _prepare(self, m: dict) -> None:
        """Stack both directions' first-layer input weights; split off the gazetteer columns as a table."""
        w_ih = np.concatenate([m["lstm_w_ih_l0"], m["lstm_w_ih_l0_reverse"]], 0)  # (8H, D)
        b = np.concatenate([m["lstm_b_ih_l0"] + m["lstm_b_hh_l0"],
                            m["lstm_b_ih_l0_reverse"] + m["lstm_b_hh_l0_reverse"]])
        if self.cfg.get("use_gaz", True):
            g = m["gaz_emb"].shape[1]
            m["gaz_proj"] = m["gaz_emb"] @ w_ih[:, -g:].T + b  # (n_gaz, 8H), bias folded in
            m["type_w"] = np.ascontiguousarray(w_ih[:, :-g].T)
        else:
            m["gaz_proj"] = np.broadcast_to(b, (len(GAZ_TAGS), b.shape[0])).copy()
            m["type_w"] = np.ascontiguousarray(w_ih.T)
        for key in [k for k in m if k.startswith("lstm_w_hh_")]:
            m["whh_t_" + key[len("lstm_w_hh_"):]] = np.ascontiguousarray(m[key].T)
        cw = m.get("char_conv_w")  # (F, d, width)
        if cw is not None:
            # the convolution is linear in the character embeddings: one (n_chars, F) table per kernel offset
            m["char_tables"] = [m["char_emb"] @ cw[:, :, k].T for k in range(cw.shape[2])]

    @classmethod
    def load(cls, path: str | os.PathLike, gazetteer=None) -> "NumpyTagger":
        with np.load(path, allow_pickle=False) as z:
            arrays = {k: z[k] for k in z.files}
        if "words" not in arrays:  # the word vectors live in their own file: beside the model, or the shared one
            from pathlib import Path

            from isnad.vectors import VECTORS_FILE, load_arrays

            beside = Path(path).with_name(VECTORS_FILE)
            arrays.update(load_arrays(beside if beside.is_file() else None))
        return cls(arrays, gazetteer)

    # -- network ------------------------------------------------------------------------------------------
    def _char_vectors(self, m: dict, chars: list[list[int]]) -> np.ndarray:
        tables = m["char_tables"]
        width = len(tables)
        pad = width // 2
        C = max(1, max(len(c) for c in chars))
        ids = np.zeros((len(chars), C + 2 * pad), dtype=np.int64)
        for r, c in enumerate(chars):
            ids[r, pad:pad + len(c)] = c
        v = np.empty((len(chars), tables[0].shape[1]), dtype=np.float32)
        for r0 in range(0, len(chars), CHAR_CHUNK):  # in chunks that stay in the CPU cache
            rows = ids[r0:r0 + CHAR_CHUNK]
            conv = tables[0][rows[:, 0:C]]
            for k in range(1, width):
                conv += tables[k][rows[:, k:k + C]]
            conv[rows[:, pad:pad + C] == 0] = -np.inf
            v[r0:r0 + CHAR_CHUNK] = conv.max(1)
        v += m["char_conv_b"]
        v[~np.isfinite(v)] = 0.0
        return v

    def _type_projection(self, m: dict, feats: list[tuple]) -> np.ndarray:
        """First-layer input projection (both directions, without the gazetteer part) of each distinct token."""
        cols = lambda j: np.fromiter((f[j] for f in feats), dtype=np.int64, count=len(feats))  # noqa: E731
        parts = [m["emb"][cols(0)]]
        if self.cfg.get("use_stem", True):
            parts.append(m["emb"][cols(1)])
        if self.cfg.get("use_chars", True):
            parts.append(self._char_vectors(m, [f[4] for f in feats]))
        parts.append(m["prefix_emb"][cols(2)])
        parts.append(m["shape_emb"][cols(3)])
        return np.concatenate(parts, 1) @ m["type_w"]

    def _recur(self, xp: np.ndarray, whh_t: np.ndarray) -> np.ndarray:
        """One LSTM direction over left-aligned sequences: xp (B, T, 4H) -> hidden states (B, T, H)."""
        B, T, _ = xp.shape
        H = whh_t.shape[0]
        h = np.zeros((B, H), dtype=np.float32)
        c = np.zeros((B, H), dtype=np.float32)
        out = np.empty((B, T, H), dtype=np.float32)
        for t in range(T):
            g = xp[:, t] + h @ whh_t
            s = _sigmoid(g[:, :2 * H])
            o = _sigmoid(g[:, 3 * H:])
            c = s[:, H:] * c + s[:, :H] * np.tanh(g[:, 2 * H:3 * H])
            h = o * np.tanh(c)
            out[:, t] = h
        return out

    def _member_emissions(self, m: dict, proj: np.ndarray, types: np.ndarray, gaz: np.ndarray,
                          pos: np.ndarray, rev: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Emissions of one member for one batch. ``types``/``gaz``: per-token ids of the batch (flat);
        ``pos``/``rev``: (B, T) flat index of each position, forward and reversed; ``mask``: real positions."""
        H = self.H
        n = types.shape[0]
        tf, gf = types[pos], gaz[pos]
        xf = proj[tf, :4 * H] + m["gaz_proj"][gf, :4 * H]
        hf = self._recur(xf, m["whh_t_l0"])
        tb, gb = types[rev], gaz[rev]
        xb = proj[tb, 4 * H:] + m["gaz_proj"][gb, 4 * H:]
        hb = self._recur(xb, m["whh_t_l0_reverse"])
        flat = np.empty((n, 2 * H), dtype=np.float32)
        flat[pos[mask], :H] = hf[mask]
        flat[rev[mask], H:] = hb[mask]
        for layer in range(1, self.layers):
            sfx = f"_l{layer}"
            xf = flat @ m["lstm_w_ih" + sfx].T + (m["lstm_b_ih" + sfx] + m["lstm_b_hh" + sfx])
            xb = flat @ m["lstm_w_ih" + sfx + "_reverse"].T + (
                m["lstm_b_ih" + sfx + "_reverse"] + m["lstm_b_hh" + sfx + "_reverse"])
            hf = self._recur(xf[pos], m["whh_t" + sfx])
            hb = self._recur(xb[rev], m["whh_t" + sfx + "_reverse"])
            flat = np.empty((n, 2 * H), dtype=np.float32)
            flat[pos[mask], :H] = hf[mask]
            flat[rev[mask], H:] = hb[mask]
        return flat @ m["out_w"].T + m["out_b"]

    def emissions(self, sents: list[list[str]], batch_size: int = 128) -> list[np.ndarray]:
        """Per-sentence emission scores (n_tokens x n_tags), averaged over the ensemble members."""
        sents = [list(s) for s in sents]
        lengths = [len(s) for s in sents]
        flat_tokens = [t for s in sents for t in s]
        if not flat_tokens:
            return [np.zeros((0, len(TAGS)), dtype=np.float32) for _ in sents]
        type_index: dict[str, int] = {}
        tok_type = np.fromiter((type_index.setdefault(t, len(type_index)) for t in flat_tokens),
                               dtype=np.int64, count=len(flat_tokens))
        types = list(type_index)
        feats = [self.featurizer.word_ids(t) for t in types]
        if self.gazetteer is not None:
            gaz = np.fromiter((GAZ_TAGS.index(g) for s in sents
                               for g in self.gazetteer.tag([norm_word(t) for t in s])),
                              dtype=np.int64, count=len(flat_tokens))
        else:
            gaz = np.zeros(len(flat_tokens), dtype=np.int64)
        offsets = np.concatenate([[0], np.cumsum(lengths)])
        out = [np.zeros((n, len(TAGS)), dtype=np.float32) for n in lengths]
        order = sorted((i for i in range(len(sents)) if lengths[i]), key=lambda i: lengths[i])
        for m in self.members:
            proj = self._type_projection(m, feats)  # (n_types, 8H)
            for k in range(0, len(order), batch_size):
                idx = order[k:k + batch_size]
                B, T = len(idx), lengths[idx[-1]]
                pos = np.zeros((B, T), dtype=np.int64)
                rev = np.zeros((B, T), dtype=np.int64)
                mask = np.zeros((B, T), dtype=bool)
                sel = []
                for b, i in enumerate(idx):
                    n = lengths[i]
                    pos[b, :n] = np.arange(len(sel), len(sel) + n)
                    rev[b, :n] = pos[b, :n][::-1]
                    mask[b, :n] = True
                    sel.extend(range(offsets[i], offsets[i] + n))
                em = self._member_emissions(m, proj, tok_type[sel], gaz[sel], pos, rev, mask)
                for b, i in enumerate(idx):
                    out[i] += em[pos[b, :lengths[i]]]
        if len(self.members) > 1:
            for e in out:
                e /= len(self.members)
        return out

    def viterbi(self, em: np.ndarray) -> list[int]:
        """Best tag path for one sentence (constrained IOB2 transitions)."""
        return self.viterbi_batch([em])[0]

    def viterbi_batch(self, ems: list[np.ndarray]) -> list[list[int]]:
        """Best tag paths for several non-empty sentences at once (padded; each ends at its own length)."""
        start, trans, end = self.start, self.trans, self.end
        lengths = np.array([len(e) for e in ems])
        B, T, n = len(ems), int(lengths.max()), trans.shape[0]
        E = np.zeros((B, T, n), dtype=np.float32)
        for b, e in enumerate(ems):
            E[b, :len(e)] = e
        score = start + E[:, 0]
        back = np.zeros((B, T, n), dtype=np.int64)
        ar = np.arange(n)
        for t in range(1, T):
            s = score[:, :, None] + trans  # (B, from, to)
            idx = s.argmax(1)
            nxt = np.take_along_axis(s, idx[:, None, :], 1)[:, 0] + E[:, t]
            live = (t < lengths)[:, None]
            score = np.where(live, nxt, score)
            back[:, t] = np.where(live, idx, ar)
        score = score + end
        last = score.argmax(1)
        paths = np.zeros((B, T), dtype=np.int64)
        paths[:, T - 1] = last
        for t in range(T - 1, 0, -1):
            last = back[np.arange(B), t, last]
            paths[:, t - 1] = last
        return [paths[b, :lengths[b]].tolist() for b in range(B)]

    def tag(self, sents: list[list[str]], batch_size: int = 128) -> list[list[str]]:
        sents = [list(s) for s in sents]
        out: list[list[str]] = [[] for _ in sents]
        ems = self.emissions(sents, batch_size)
        bias = float(self.cfg.get("o_bias", 0.0))  # chosen on the dev sentences at training time
        if bias:
            for e in ems:
                e[:, 0] -= bias
        order = sorted((i for i in range(len(sents)) if sents[i]), key=lambda i: len(sents[i]))
        for k in range(0, len(order), batch_size):
            idx = order[k:k + batch_size]
            for i, path in zip(idx, self.viterbi_batch([ems[i] for i in idx])):
                out[i] = [TAGS[j] for j in path]
        return out
