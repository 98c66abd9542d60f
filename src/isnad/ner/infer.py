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
from pathlib import Path

import numpy as np

from .features import GAZ_TAGS, norm_word

CHAR_CHUNK = 256  # token types per block of the character convolution
GAZ_INDEX = {g: i for i, g in enumerate(GAZ_TAGS)}
TAGS = ("O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")


def _sigmoid(x):
    return 0.5 * (np.tanh(0.5 * x) + 1.0)


class NumpyTagger:
    def __init__(self, arrays: dict[str, np.ndarray], gazetteer=None):
        from isnad.vectors import Quantized, word_index

        from .features import Featurizer

        self.cfg = json.loads(bytes(arrays["config"]).decode("utf-8"))
        chars = bytes(arrays["chars"]).decode("utf-8").split("\n")
        self.featurizer = Featurizer(word_index(arrays["words"]), {c: i for i, c in enumerate(chars)}, None)
        self.gazetteer = gazetteer if self.cfg.get("use_gaz", True) else None
        self.H = int(self.cfg["hidden"])
        self.layers = int(self.cfg.get("layers", 1))
        # the word vectors stay int8: the rows of a call's tokens are made float32 when they are read
        shared_emb = Quantized(arrays["emb_q"], arrays["emb_scale"]) if "emb_q" in arrays else None
        self.members = []
        for k in range(int(self.cfg.get("n_models", 1))):
            pre = f"m{k}."
            m = {key[len(pre):]: arrays[key] for key in arrays if key.startswith(pre)}
            emb = Quantized(m.pop("emb_q"), m.pop("emb_scale")) if "emb_q" in m else shared_emb
            m = {key: v.astype(np.float32) for key, v in m.items()}
            m["emb"] = emb
            self._prepare(m)
            self.members.append(m)
        self._stack()
        self.start = np.mean([m["start_c"] for m in self.members], 0)
        self.trans = np.mean([m["trans_c"] for m in self.members], 0)
        self.end = np.mean([m["end"] for m in self.members], 0)

    def _prepare(self, m: dict) -> None:
        """Stack both directions' first-layer input weights; split off the gazetteer columns as a table. The
        input, forget and output gate columns are halved so that one tanh gives every gate
        (sigmoid(x) = (tanh(x / 2) + 1) / 2)."""
        w_ih = np.concatenate([m["lstm_w_ih_l0"], m["lstm_w_ih_l0_reverse"]], 0)  # (8H, D)
        b = np.concatenate([m["lstm_b_ih_l0"] + m["lstm_b_hh_l0"],
                            m["lstm_b_ih_l0_reverse"] + m["lstm_b_hh_l0_reverse"]])
        half = np.tile(self._gate_scale, 2)
        w_ih, b = w_ih * half[:, None], b * half
        if self.cfg.get("use_gaz", True):
            g = m["gaz_emb"].shape[1]
            m["gaz_proj"] = m["gaz_emb"] @ w_ih[:, -g:].T + b  # (n_gaz, 8H), bias folded in
            m["type_w"] = np.ascontiguousarray(w_ih[:, :-g].T)
        else:
            m["gaz_proj"] = np.broadcast_to(b, (len(GAZ_TAGS), b.shape[0])).copy()
            m["type_w"] = np.ascontiguousarray(w_ih.T)
        cw = m.get("char_conv_w")  # (F, d, width)
        if cw is not None:
            # the convolution is linear in the character embeddings: one (n_chars, F) table per kernel offset
            m["char_tables"] = [m["char_emb"] @ cw[:, :, k].T for k in range(cw.shape[2])]

    @property
    def _gate_scale(self) -> np.ndarray:
        H = self.H
        return np.concatenate([np.full(2 * H, 0.5), np.ones(H), np.full(H, 0.5)]).astype(np.float32)

    def _stack(self) -> None:
        """Every member's recurrences side by side, so one step of all of them is one batched product:
        ``whh[l]`` (R, H, 4H) with R = 2 x members in the order (m0 forward, m0 backward, m1 forward, ...);
        for layers after the first, their input weights ``wih[l]`` (R, 2H, 4H) and biases (R, 1, 4H); the output
        layers side by side, averaged (``out_w`` (2H x members, tags), ``out_b``)."""
        sc = self._gate_scale
        dirs = ("", "_reverse")
        self.whh, self.wih, self.bih = [], [None], [None]
        for layer in range(self.layers):
            sfx = f"_l{layer}"
            self.whh.append(np.stack([m["lstm_w_hh" + sfx + d].T * sc for m in self.members for d in dirs]))
            if layer:
                self.wih.append(np.stack([m["lstm_w_ih" + sfx + d].T * sc for m in self.members for d in dirs]))
                self.bih.append(np.stack([((m["lstm_b_ih" + sfx + d] + m["lstm_b_hh" + sfx + d]) * sc)[None]
                                          for m in self.members for d in dirs]))
        n = len(self.members)
        self.out_w = np.ascontiguousarray(np.concatenate([m["out_w"] for m in self.members], 1).T / n)
        self.out_b = np.mean([m["out_b"] for m in self.members], 0)

    @classmethod
    def load(cls, path: str | os.PathLike, gazetteer=None) -> "NumpyTagger":
        from . import default_model_path, shipped_arrays

        if Path(path).resolve() == default_model_path().resolve():  # the packaged one: uncompressed, from the cache
            arrays = shipped_arrays()
        else:
            with np.load(path, allow_pickle=False) as z:
                arrays = {k: z[k] for k in z.files}
        if "words" not in arrays:  # the word vectors live in their own file: beside the model, or the shared one
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

    @staticmethod
    def _recur(feeds: list[tuple], rows: list[np.ndarray], live: list[int], whh: np.ndarray,
               out: np.ndarray) -> None:
        """Stacked LSTM recurrences over a batch of B left-aligned sequences, sorted shortest first; every member
        and both directions at once: ``whh`` (R, H, 4H), R = 2 x members in the order (m0 forward, m0 backward,
        m1 forward, ...). ``feeds[d]`` (direction d: 0 forward, 1 backward) is ``(A, ia, C, ic)``: the input
        projection of step t (gate columns scaled as :meth:`_prepare` says) is ``A[ia[t]] + C[ic[t]]`` (or
        ``A[ia[t]]`` when C is None), A and C holding (members, 4H) per row and ``ia``/``ic`` (T, B) row ids.
        The hidden state of sequence b at step t is written to ``out[rows[d][t, b], :, d]`` (``out``:
        (tokens, members, 2, H)) for the sequences still running (``b >= live[t]``).

        The step inputs are gathered as the steps run, into small buffers, rather than laid out beforehand for
        every step: that (T, R, B, 4H) array (tens of MB a batch) and the hidden states of every step cost as
        much memory traffic and page faults as the recurrence itself. The values are the same: each gate
        pre-activation is still h @ whh, plus (A + C) added in float32, for every row of the batch."""
        R, H = whh.shape[0], whh.shape[1]
        B = feeds[0][1].shape[1]
        M = R // 2
        h = np.zeros((R, B, H), dtype=np.float32)
        c = np.zeros((R, B, H), dtype=np.float32)
        g = np.empty((R, B, 4 * H), dtype=np.float32)
        ig = np.empty((R, B, H), dtype=np.float32)
        buf_a = np.empty((B, M, 4 * H), dtype=np.float32)
        buf_c = np.empty((B, M, 4 * H), dtype=np.float32)
        for t in range(feeds[0][1].shape[0]):
            np.matmul(h, whh, out=g)
            for d, (a, ia, cc, ic) in enumerate(feeds):
                a.take(ia[t], 0, buf_a)  # (the method: np.take adds a Python call per step)
                if cc is not None:
                    cc.take(ic[t], 0, buf_c)
                    buf_a += buf_c
                g[d::2] += buf_a.transpose(1, 0, 2)
            np.tanh(g, out=g)
            g[:, :, :2 * H] += 1.0  # 2 x sigmoid of the input and forget gates
            g[:, :, 3 * H:] += 1.0  # 2 x sigmoid of the output gate
            c *= g[:, :, H:2 * H]
            np.multiply(g[:, :, :H], g[:, :, 2 * H:3 * H], out=ig)
            c += ig
            c *= 0.5
            np.tanh(c, out=h)
            h *= g[:, :, 3 * H:]
            h *= 0.5
            b0 = live[t]
            for d in (0, 1):
                out[rows[d][t, b0:], :, d] = h[d::2, b0:].transpose(1, 0, 2)

    def _batch_emissions(self, tables: tuple, types: np.ndarray, gaz: np.ndarray, pos: np.ndarray,
                         mask: np.ndarray, flat: np.ndarray) -> np.ndarray:
        """Averaged emissions of the n tokens of one batch. ``tables``: the per-type and per-gazetteer-tag input
        projections of each direction, members side by side ((rows, members, 4H) each; see :meth:`emissions`);
        ``types``/``gaz``: per-token ids of the batch (flat); ``pos``: (B, T) flat index of each position
        (padding: 0); ``mask``: the real positions; ``flat``: (n, members, 2, H), filled with the hidden states."""
        H, M = self.H, len(self.members)
        n = types.shape[0]
        lengths = mask.sum(1)
        rev = pos.copy()
        for b, k in enumerate(lengths):
            rev[b, :k] = pos[b, :k][::-1]
        fwd_t, rev_t = np.ascontiguousarray(pos.T), np.ascontiguousarray(rev.T)  # (T, B): token read at step t
        live = np.searchsorted(lengths, np.arange(pos.shape[1]), side="right").tolist()  # lengths are sorted
        type_f, type_b, gaz_f, gaz_b = tables
        feeds = [(type_f, types[fwd_t], gaz_f, gaz[fwd_t]), (type_b, types[rev_t], gaz_b, gaz[rev_t])]
        for layer in range(self.layers):
            if layer:
                prev = flat.reshape(n, M, 2 * H).transpose(1, 0, 2)  # (M, n, 2H)
                xs = np.matmul(np.repeat(prev, 2, 0), self.wih[layer]) + self.bih[layer]  # (R, n, 4H)
                feeds = [(np.ascontiguousarray(xs[d::2].transpose(1, 0, 2)), t_, None, None)
                         for d, t_ in ((0, fwd_t), (1, rev_t))]
                flat = np.empty_like(flat)
            self._recur(feeds, [fwd_t, rev_t], live, self.whh[layer], flat)
        return flat.reshape(n, 2 * H * M) @ self.out_w + self.out_b

    def emissions(self, sents: list[list[str]], max_tokens: int = 4096) -> list[np.ndarray]:
        """Per-sentence emission scores (n_tokens x n_tags), averaged over the ensemble members. Sentences are
        sorted by length and run in batches of up to ``max_tokens`` positions (padding included)."""
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
            normed = {t: norm_word(t) for t in types}  # once per distinct token, not per token
            gaz = np.fromiter((GAZ_INDEX[g] for s in sents for g in self.gazetteer.tag([normed[t] for t in s])),
                              dtype=np.int64, count=len(flat_tokens))
        else:
            gaz = np.zeros(len(flat_tokens), dtype=np.int64)
        offsets = np.concatenate([[0], np.cumsum(lengths)])
        out = [np.zeros((n, len(TAGS)), dtype=np.float32) for n in lengths]
        projs = [self._type_projection(m, feats) for m in self.members]  # (n_types, 8H) each
        H4 = 4 * self.H
        tables = (np.stack([p[:, :H4] for p in projs], 1), np.stack([p[:, H4:] for p in projs], 1),
                  np.stack([m["gaz_proj"][:, :H4] for m in self.members], 1),
                  np.stack([m["gaz_proj"][:, H4:] for m in self.members], 1))
        flat = np.empty((len(flat_tokens), len(self.members), 2, self.H), dtype=np.float32)
        done = 0  # rows of flat used by the batches so far (each batch has its own rows)
        order = sorted((i for i in range(len(sents)) if lengths[i]), key=lambda i: lengths[i])
        k = 0
        while k < len(order):
            T = lengths[order[k]]
            j = k + 1
            while j < len(order) and lengths[order[j]] * (j + 1 - k) <= max_tokens:
                j += 1
            idx = order[k:j]
            k = j
            B, T = len(idx), lengths[idx[-1]]
            pos = np.zeros((B, T), dtype=np.int64)
            mask = np.zeros((B, T), dtype=bool)
            sel = []
            for b, i in enumerate(idx):
                n = lengths[i]
                pos[b, :n] = np.arange(len(sel), len(sel) + n)
                mask[b, :n] = True
                sel.extend(range(offsets[i], offsets[i] + n))
            em = self._batch_emissions(tables, tok_type[sel], gaz[sel], pos, mask, flat[done:done + len(sel)])
            done += len(sel)
            for b, i in enumerate(idx):
                out[i] = em[pos[b, :lengths[i]]]
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
        ems = self.emissions(sents)
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
