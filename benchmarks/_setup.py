"""What every benchmark does before numpy is imported: BLAS (and its kin) held to one thread, and isnad imported from
this checkout's ``src/``. A benchmark imports it first: ``from _setup import ROOT``."""
from __future__ import annotations

import os
import platform
import sys
from pathlib import Path

ONE_THREAD = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS", "NUMEXPR_NUM_THREADS")
for _v in ONE_THREAD:
    os.environ[_v] = "1"

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))


def cpu_name() -> str:
    """The processor's model name (from /proc/cpuinfo where there is one)."""
    try:
        return next(ln.split(":", 1)[1].strip() for ln in open("/proc/cpuinfo") if ln.startswith("model name"))
    except (OSError, StopIteration):
        return platform.processor()
