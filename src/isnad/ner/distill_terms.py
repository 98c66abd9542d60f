"""Loss terms and input helpers of the distillation (:mod:`isnad.ner.distill`; training side, needs torch).

- :func:`crf_nll`: the negative log-likelihood of gold tag paths under a linear-chain CRF (the one the ensemble's
  members were trained with, :meth:`isnad.ner.nn.Tagger.nll`), on emissions already computed, with lengths given;
- :func:`live_inputs`: the student's input vectors of a batch computed afresh (when its input layers train).
"""
from __future__ import annotations

import torch


def crf_nll(em: torch.Tensor, tags: torch.Tensor, lengths: torch.Tensor, start: torch.Tensor,
            trans: torch.Tensor, end: torch.Tensor) -> torch.Tensor:
    """Summed NLL of ``tags`` (B × T, padding anything) given emissions ``em`` (B × T × n) and the (constrained)
    start, transition and end scores; ``lengths`` (B,) are the sentences' lengths, all ≥ 1."""
    B, T, n = em.shape
    mask = torch.arange(T)[None, :] < lengths[:, None]
    emit = em.gather(2, tags.unsqueeze(2)).squeeze(2)  # B × T
    score = start[tags[:, 0]] + emit[:, 0]
    if T > 1:
        step = emit[:, 1:] + trans[tags[:, :-1], tags[:, 1:]]
        score = score + (step * mask[:, 1:].float()).sum(1)
    score = score + end[tags.gather(1, (lengths - 1).unsqueeze(1)).squeeze(1)]
    alpha = start + em[:, 0]
    for t in range(1, T):
        nxt = torch.logsumexp(alpha.unsqueeze(2) + trans.unsqueeze(0), 1) + em[:, t]
        alpha = torch.where(mask[:, t:t + 1], nxt, alpha)
    return (torch.logsumexp(alpha + end, 1) - score).sum()


def live_inputs(student, encoded: list[dict]) -> torch.Tensor:
    """The input vectors (B × T × d) of ``encoded`` sentences (``Featurizer.encode``), through the student's
    current input layers, with gradients."""
    from .nn import batchify

    return student.features(batchify(encoded))
