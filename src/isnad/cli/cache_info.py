"""``isnad cache info``: the start-up cache's folder, and its files by structure (count, size, last use)."""
from __future__ import annotations

import time

from .errors import UserError

COMMAND = ("cache", "info")
HELP = "show the start-up cache: its folder, and its files by structure (count, size, last use)"


def add_arguments(p) -> None:
    pass


def run(args) -> int:
    from isnad import cache

    folder = cache.cache_dir()
    if folder is None:
        print(f"the start-up cache is off ({cache.ENV} is set to turn it off)")
        return 0
    try:
        found = [(m["name"], e.stat(follow_symlinks=False)) for e, m in cache.files(folder)]
    except OSError as e:
        raise UserError(f"cache folder {folder}: cannot be read ({e.strerror or e})") from None
    by_name: dict[str, list] = {}
    for name, st in found:
        by_name.setdefault(name, []).append(st)
    print(f"folder: {folder}{'' if folder.exists() else ' (not created yet)'}")
    print(f"files: {len(found)}, {size_text(sum(st.st_size for _, st in found))}")
    for name, stats in sorted(by_name.items()):
        used = time.strftime("%Y-%m-%d %H:%M", time.localtime(max(st.st_mtime for st in stats)))
        print(f"  {name:<16} {len(stats):>3} file{'s' if len(stats) > 1 else ' '} "
              f"{size_text(sum(st.st_size for st in stats)):>9}  last used {used}")
    return 0


def size_text(n: int) -> str:
    """``n`` bytes, readable: ``512 B``, ``2.4 kB``, ``5.3 MB``."""
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} B"
