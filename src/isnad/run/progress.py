"""The progress bar of a long run: documents done, documents per second, and the time left, estimated from the
share of the input files read (on standard error, and only when it is a terminal)."""
from __future__ import annotations

import os
import sys
import time
from typing import IO

UPDATE_SECONDS = 0.5


class Progress:
    def __init__(self, files: list[str] | None, show: bool = True, desc: str = "documents"):
        """``files``: the input files (their sizes give the time left), or None when it cannot be known
        (standard input)."""
        self.total = None
        if files is not None:
            try:
                self.total = sum(os.stat(f).st_size for f in files) or None
            except OSError:
                self.total = None
        self.done_bytes = 0
        self.current: tuple[IO[bytes], int] | None = None
        self.last = 0.0
        self.start = time.monotonic()
        if show:
            from tqdm import tqdm

            self.bar = tqdm(desc=desc, unit=" doc", file=sys.stderr, leave=False, disable=None,
                            bar_format="{desc}: {n_fmt}{unit} [{elapsed}, {rate_fmt}]{postfix}")
        else:
            self.bar = _Hidden()

    def opened(self, path: str, fh: IO[bytes]) -> None:
        """The reader's hook: a new input file is being read."""
        self._close_current()
        try:
            size = os.fstat(fh.fileno()).st_size
        except (OSError, ValueError, AttributeError):
            size = 0
        self.current = (fh, size)

    def _close_current(self) -> None:
        if self.current is not None:
            self.done_bytes += self.current[1]
            self.current = None

    def fraction(self) -> float | None:
        """Share of the input read so far (None when unknown)."""
        if not self.total:
            return None
        pos = 0
        if self.current is not None:
            fh, size = self.current
            try:
                pos = min(fh.tell(), size) if not fh.closed else size
            except (OSError, ValueError):
                pos = 0
        return min(1.0, (self.done_bytes + pos) / self.total)

    def update(self, n: int = 1) -> None:
        self.bar.update(n)
        now = time.monotonic()
        if self.bar.disable or now - self.last < UPDATE_SECONDS:
            return
        self.last = now
        f = self.fraction()
        if f:
            left = (now - self.start) * (1 - f) / f
            self.bar.set_postfix_str(f"{100 * f:.0f}% of the input read, about {_hms(left)} left", refresh=False)

    def message(self, line: str) -> None:
        """A line on standard error, above the bar."""
        self.bar.clear()
        print(line, file=sys.stderr, flush=True)

    def close(self) -> None:
        self.bar.close()


class _Hidden:
    """What :class:`Progress` uses of a tqdm bar, for a bar that is never shown (tqdm is not even imported)."""

    disable = True

    def update(self, n: int = 1) -> None:
        pass

    def clear(self) -> None:
        pass

    def close(self) -> None:
        pass


def _hms(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"
