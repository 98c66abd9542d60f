"""``isnad analyze`` holds numpy's BLAS to one thread before numpy is first imported (so that OpenBLAS does not
start a thread per core at import, only to be limited to one later), in a fresh process, as a user runs it."""
from __future__ import annotations

import json
import os
import subprocess
import sys

from isnad.run import WARM_UP_TEXT
from isnad.run.limits import BLAS_VARIABLES

CHILD = r"""
import importlib.abc, json, os, sys
seen = {}

class Watch(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "numpy" and not seen:
            seen.update({v: os.environ.get(v) for v in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")})
        return None

sys.meta_path.insert(0, Watch())
from isnad.cli.main import main
status = main(["analyze", sys.argv[1], "--workers", "1"])
sys.stdout.flush()
print(json.dumps({"status": status, "at_numpy_import": seen}), file=sys.stderr)
"""


def test_blas_threads_are_set_before_numpy_is_imported(tmp_path):
    text = tmp_path / "one.txt"
    text.write_text(WARM_UP_TEXT, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in BLAS_VARIABLES}
    done = subprocess.run([sys.executable, "-c", CHILD, str(text)], env=env, capture_output=True, text=True,
                          timeout=300)
    report = json.loads(done.stderr.strip().splitlines()[-1])
    assert report["status"] == 0 and json.loads(done.stdout)["articles"]
    assert report["at_numpy_import"] == {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}
