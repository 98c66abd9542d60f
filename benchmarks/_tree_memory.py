"""Resident memory of a process and all its descendants (an ``isnad analyze`` parent and its worker processes),
sampled at a fixed interval by a thread: psutil when it is installed, else ``/proc`` (Linux). Also where a process
has got to in a file it reads (``/proc/PID/fdinfo``), so that the share of an input read can be reported."""
from __future__ import annotations

import os
import threading
import time
from pathlib import Path

try:
    import psutil
except ImportError:  # pragma: no cover - the /proc fallback
    psutil = None

SOURCE = f"psutil {psutil.__version__}" if psutil else "/proc"
PAGE = os.sysconf("SC_PAGE_SIZE")


def _role(cmdline: str, root: bool) -> str:
    if root:
        return "parent"
    if "resource_tracker" in cmdline:
        return "resource tracker"
    return "worker" if "multiprocessing" in cmdline else "child"


def _tree_psutil(pid: int) -> dict[int, tuple[int, str]]:
    out = {}
    try:
        root = psutil.Process(pid)
        procs = [root] + root.children(recursive=True)
    except psutil.Error:
        return out
    for p in procs:
        try:
            out[p.pid] = (p.memory_info().rss, _role(" ".join(p.cmdline()), p.pid == pid))
        except psutil.Error:  # a process that ended while sampled
            pass
    return out


def _tree_proc(pid: int) -> dict[int, tuple[int, str]]:
    children: dict[int, list[int]] = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                stat = (d / "stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(d.name))
    out, todo = {}, [pid]
    while todo:
        p = todo.pop()
        try:
            rss = int(Path(f"/proc/{p}/statm").read_text().split()[1]) * PAGE
            cmd = Path(f"/proc/{p}/cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
        except OSError:
            continue
        out[p] = (rss, _role(cmd, p == pid))
        todo += children.get(p, [])
    return out


def tree(pid: int) -> dict[int, tuple[int, str]]:
    """pid -> (resident bytes, role) of ``pid`` and every descendant still alive."""
    return _tree_psutil(pid) if psutil else _tree_proc(pid)


def high_water(pid: int) -> int | None:
    """The most resident memory ``pid`` has held since it started (``VmHWM``, exact, not sampled), in bytes."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def read_position(pid: int, path: str) -> int | None:
    """The offset at which ``pid`` reads ``path`` now (None when it has no such file open or Linux says nothing)."""
    target = os.path.realpath(path)
    try:
        for fd in os.listdir(f"/proc/{pid}/fd"):
            if os.path.realpath(f"/proc/{pid}/fd/{fd}") == target:
                for line in Path(f"/proc/{pid}/fdinfo/{fd}").read_text().splitlines():
                    if line.startswith("pos:"):
                        return int(line.split()[1])
    except OSError:
        pass
    return None


class TreeSampler:
    """Every ``interval`` seconds: (seconds since start, resident bytes of the tree, processes, ``extra()``), in
    ``samples``; the peak of each process in ``peaks`` (pid -> (sampled bytes, role)) and its high-water mark as
    Linux last reported it in ``hwm`` (pid -> bytes)."""

    def __init__(self, pid: int, interval: float = 1.0, extra=None):
        self.pid, self.interval, self.extra = pid, interval, extra or (lambda: {})
        self.samples: list[dict] = []
        self.peaks: dict[int, tuple[int, str]] = {}
        self.hwm: dict[int, int] = {}
        self.t0 = time.monotonic()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="rss-sampler")
        self._thread.start()

    def sample(self) -> dict:
        procs = tree(self.pid)
        for p, (rss, role) in procs.items():
            if rss > self.peaks.get(p, (0, ""))[0]:
                self.peaks[p] = (rss, role)
            if (h := high_water(p)) is not None:
                self.hwm[p] = max(h, self.hwm.get(p, 0))
        s = {"t": round(time.monotonic() - self.t0, 1), "rss": sum(r for r, _ in procs.values()),
             "processes": len(procs), **self.extra()}
        if procs:
            self.samples.append(s)
        return s

    def _run(self) -> None:
        while True:
            self.sample()
            if self._stop.wait(self.interval):
                return

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()
