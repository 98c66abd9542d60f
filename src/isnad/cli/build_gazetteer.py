"""``isnad build gazetteer``: rebuild the compact gazetteer shipped in isnad from ../shared/data/gazetteer."""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from .errors import UserError

COMMAND = ("build", "gazetteer")
HELP = "rebuild isnad's compact place gazetteer from the shared Arabic gazetteer (GeoNames, Natural Earth, CLDR)"


def default_shared() -> Path:
    """``$ISNAD_SHARED``, else ``../shared`` beside the working directory or beside the repository."""
    env = os.environ.get("ISNAD_SHARED")
    if env:
        return Path(env)
    here = Path.cwd() / ".." / "shared"
    if here.is_dir():
        return here
    return Path(__file__).resolve().parents[3] / ".." / "shared"


def add_arguments(p):
    p.add_argument("--shared", metavar="DIR", help="the shared data folder (default: ../shared)")
    p.add_argument("--out", metavar="PATH",
                   help="where to write the gazetteer (default: isnad/facts/data/gazetteer.tsv.gz in the package)")


def run(args) -> int:
    from isnad.facts.geo.gazetteer import DATA_FILE, Gazetteer, build_gazetteer, curated_aliases, shared_source

    shared = Path(args.shared) if args.shared else default_shared()
    src = shared_source(shared)
    if not src.is_file():
        raise UserError(f"{src}: gazetteer source not found (give the shared folder with --shared)")
    out = Path(args.out) if args.out else Path(__file__).resolve().parents[1] / "facts" / DATA_FILE
    try:
        counts = build_gazetteer(src, out)
    except (ValueError, UnicodeDecodeError) as e:
        raise UserError(f"{src}: {e}") from None
    except OSError as e:
        raise UserError(f"{out}: cannot write ({e.strerror or e})") from None
    t = time.perf_counter()
    gaz = Gazetteer.load(out)
    dt = time.perf_counter() - t
    total = sum(counts.values())
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda x: -x[1]))
    lost = sorted(i for i in curated_aliases() if i not in gaz.by_id)
    if lost:
        print(f"isnad: warning: curated aliases whose row the source lacks: {', '.join(lost)}", file=sys.stderr)
    print(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB): {total} places ({kinds}); "
          f"{len(gaz.index)} name keys; loads in {dt:.2f} s")
    return 0
