"""Distilling the ensemble (``isnad train ner --distill``): the student starts as the first member with the
ensemble's transitions, a run writes a one-network model the numpy tagger loads, the CLI refuses what it cannot
distil (skipped without torch; the run itself needs ../shared)."""
import argparse
import json

import numpy as np
import pytest

torch = pytest.importorskip("torch")

from isnad.cli import train_ner  # noqa: E402
from isnad.ner import NerModel, default_model_path  # noqa: E402
from isnad.ner.distill import DistillConfig, _student_from_member, distill  # noqa: E402
from isnad.ner.features import Featurizer  # noqa: E402
from isnad.ner.infer import NumpyTagger  # noqa: E402
from isnad.ner.nn import batchify, export_ensemble  # noqa: E402
from toy import SENTS, toy_ensemble  # noqa: E402



def _ensemble(tmp_path, n_models):
    path = tmp_path / f"ens{n_models}" / "model.npz"
    path.parent.mkdir()
    models, words, chars = toy_ensemble(path, n_models, seed=n_models)
    return models, words, chars, path


def test_student_is_first_member_with_ensemble_transitions(tmp_path):
    models, words, chars, path = _ensemble(tmp_path, 3)
    ens = NumpyTagger.load(path)
    student = _student_from_member(ens, 0)
    student.eval()
    b = batchify([Featurizer(words, chars, None).encode(s) for s in SENTS])
    with torch.no_grad():
        want, got = models[0].emissions(b), student.emissions(b)
    assert torch.allclose(want, got, atol=1e-5)
    assert np.allclose(student._constrained()[1].detach().numpy(), ens.trans, atol=1e-4)
    assert np.allclose(student._constrained()[0].detach().numpy(), ens.start, atol=1e-4)
    # exported alone it is one network whose numpy emissions are the first member's
    one = tmp_path / "one" / "model.npz"
    one.parent.mkdir()
    export_ensemble([student], words, chars, one)
    nt = NumpyTagger.load(one)
    assert nt.cfg["n_models"] == 1 and len(nt.members) == 1
    for i, e in enumerate(nt.emissions(SENTS)):
        assert np.allclose(want[i, :len(SENTS[i])].numpy(), e, atol=1e-4)


def _args(argv):
    p = argparse.ArgumentParser()
    train_ner.add_arguments(p)
    return p.parse_args(argv)


def test_cli_refuses_a_single_network(capsys, tmp_path, shared_dir):
    _, _, _, path = _ensemble(tmp_path, 1)
    rc = train_ner.run(_args(["--distill", "--teacher", str(path), "--shared", str(shared_dir),
                              "--out", str(tmp_path / "out")]))
    err = capsys.readouterr().err
    assert rc == 2 and err.count("\n") == 1 and "single network" in err
    assert not (tmp_path / "out").exists()


def test_cli_missing_teacher(capsys, tmp_path, shared_dir):
    rc = train_ner.run(_args(["--distill", "--teacher", str(tmp_path / "nope.npz"), "--shared", str(shared_dir)]))
    assert rc == 1 and "nope.npz" in capsys.readouterr().err


def test_gold_term_is_the_members_crf_nll(tmp_path):
    """The distillation's gold-tag term (on emissions already computed) is the CRF NLL the members trained with."""
    from isnad.ner.distill_terms import crf_nll

    models, words, chars, _ = _ensemble(tmp_path, 2)
    m = models[0]
    m.eval()
    with torch.no_grad():
        m.trans.normal_()
        m.end.normal_()
    tags = [[1, 2] + [0] * (len(s) - 2) if len(s) > 2 else [0] * len(s) for s in SENTS]
    b = batchify([Featurizer(words, chars, None).encode(s) for s in SENTS], tags)
    start, trans = m._constrained()
    with torch.no_grad():
        got = crf_nll(m.emissions(b), b["tags"], b["mask"].sum(1), start, trans, m.end)
        want = m.nll(b)
    assert got.item() == pytest.approx(want.item(), rel=1e-5)


def _ensemble_or_skip(shared_dir):
    """The shipped model's path, when it is an ensemble and ANERcorp is in ../shared (else the test is skipped)."""
    teacher = default_model_path()
    with np.load(teacher) as z:
        if json.loads(bytes(z["config"]).decode("utf-8")).get("n_models", 1) < 2:
            pytest.skip("the shipped model is not an ensemble")
    if not (shared_dir / "data" / "ner" / "anercorp-camel" / "train.reconstructed.txt").exists():
        pytest.skip("ANERcorp not in ../shared")
    return teacher


@pytest.mark.shared
def test_small_run_writes_the_kept_student(tmp_path, shared_dir):
    teacher = _ensemble_or_skip(shared_dir)
    cfg = DistillConfig(shared=str(shared_dir), teacher=str(teacher), out=str(tmp_path), labeled_sentences=60,
                        news_sentences=60, check_sentences=40, epochs=2, progress=False)
    summary = distill(cfg)
    assert [e["epoch"] for e in summary["epochs"]] == [1, 2]
    student = NerModel(tmp_path / "model.npz")
    assert student.tagger.cfg["n_models"] == 1 and len(student.tagger.members) == 1
    assert student.tagger.cfg["o_bias"] == NerModel(teacher).tagger.cfg["o_bias"]
    # the file kept is the epoch reported: its agreement with the ensemble on the check sentences, recomputed
    from isnad.ner.distill import _agreement, news_sentences
    from isnad.ner.train import data_paths

    check = news_sentences([data_paths(shared_dir)["unlabeled"] / s for s in cfg.shards], 100, cfg.seed)[:40]
    again = _agreement(NerModel(teacher).tagger.tag(check), student.tagger.tag(check))
    assert again == pytest.approx(summary["agreement"], abs=1e-9)
    assert summary["agreement"] >= max(e["agreement"] for e in summary["epochs"])
    if summary["best_epoch"]:
        assert summary["agreement"] == summary["epochs"][summary["best_epoch"] - 1]["agreement"]


@pytest.mark.shared
def test_small_run_with_gold_term_and_input_layers(tmp_path, shared_dir):
    teacher = _ensemble_or_skip(shared_dir)
    cfg = DistillConfig(shared=str(shared_dir), teacher=str(teacher), out=str(tmp_path), labeled_sentences=30,
                        news_sentences=30, check_sentences=20, epochs=2, gold_weight=1.0, unfreeze_epochs=1,
                        labeled_repeat=2, progress=False)
    summary = distill(cfg)
    assert [e["input_layers"] for e in summary["epochs"]] == [False, True]
    assert all(e["gold_nll"] > 0 for e in summary["epochs"])
    student = NerModel(tmp_path / "model.npz")
    assert student.tagger.cfg["n_models"] == 1
    if summary["best_epoch"] == 2:  # the input layers learnt: the student's character filters are its own
        first = NerModel(teacher).tagger.members[0]["char_conv_w"]
        assert not np.allclose(student.tagger.members[0]["char_conv_w"], first)
