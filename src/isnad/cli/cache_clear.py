"""``isnad cache clear``: remove the start-up cache's files (only those named as the cache names its files)."""
from __future__ import annotations

from .cache_info import size_text
from .errors import UserError

COMMAND = ("cache", "clear")
HELP = "remove the start-up cache's files (isnad's own forms only; nothing else in the folder)"


def add_arguments(p) -> None:
    pass


def run(args) -> int:
    from isnad import cache

    folder = cache.cache_dir()
    if folder is None:
        print(f"the start-up cache is off ({cache.ENV} is set to turn it off): nothing to clear")
        return 0
    try:
        removed, size, failed = cache.clear(folder)
    except OSError as e:
        raise UserError(f"cache folder {folder}: cannot be read ({e.strerror or e})") from None
    print(f"removed {removed} file{'' if removed == 1 else 's'} ({size_text(size)}) from {folder}")
    if failed:
        name, e = failed[0]
        raise UserError(f"cache folder {folder}: {len(failed)} file(s) could not be removed "
                        f"({name}: {e.strerror or e})")
    return 0
