"""``isnad eval ner`` / ``isnad train ner`` entry points: output and one-line errors with exit status 2."""
import argparse

import pytest

from isnad.cli import eval_ner, train_ner
from isnad.ner import default_model_path


def _args(module, argv):
    p = argparse.ArgumentParser()
    module.add_arguments(p)
    return p.parse_args(argv)


def test_commands_declared():
    assert eval_ner.COMMAND == ("eval", "ner")
    assert train_ner.COMMAND == ("train", "ner")


def test_eval_missing_file(capsys, tmp_path):
    rc = eval_ner.run(_args(eval_ner, [str(tmp_path / "nope.conll")]))
    err = capsys.readouterr().err
    assert rc == 1 and err.count("\n") == 1 and "nope.conll" in err


def test_eval_bad_model(capsys, tmp_path):
    f = tmp_path / "x.conll"
    f.write_text("كلمة O\n", encoding="utf-8")
    bad = tmp_path / "model.npz"
    bad.write_bytes(b"not a zip")
    rc = eval_ner.run(_args(eval_ner, [str(f), "--model", str(bad)]))
    assert rc == 1 and capsys.readouterr().err.count("\n") == 1


@pytest.mark.skipif(not default_model_path().exists(), reason="model not built")
def test_eval_bad_format(capsys, tmp_path):
    f = tmp_path / "x.conll"
    f.write_text("كلمة\n", encoding="utf-8")
    rc = eval_ner.run(_args(eval_ner, [str(f)]))
    err = capsys.readouterr().err
    assert rc == 1 and err.count("\n") == 1 and "WORD TAG" in err


@pytest.mark.skipif(not default_model_path().exists(), reason="model not built")
def test_eval_prints_per_type_and_micro(capsys, tmp_path):
    f = tmp_path / "x.conll"
    f.write_text("زار O\nالرئيس O\nمصر B-LOC\n.\tO\n\nوقال O\nأحمد B-PERS\nعلي I-PERS\n", encoding="utf-8")
    rc = eval_ner.run(_args(eval_ner, [str(f)]))
    out = capsys.readouterr().out
    assert rc == 0
    assert "micro" in out and "LOC" in out and "PERS" in out


def test_train_bad_shared(capsys, tmp_path):
    pytest.importorskip("torch")
    pytest.importorskip("gensim")
    rc = train_ner.run(_args(train_ner, ["--shared", str(tmp_path)]))
    assert rc == 1 and capsys.readouterr().err.count("\n") == 1
