"""``isnad serve`` as a user runs it: it prints the address, and the address answers."""
from __future__ import annotations

import re
import subprocess
import sys
import time
import urllib.request

from isnad.cli.main import main
from services import free_port


def test_serve_prints_the_address_and_serves_pages(web_engine, tmp_path):
    db = web_engine.url.database
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "isnad.cli.main", "serve", "--db", db, "--port", str(port)],
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    try:
        lines = [proc.stderr.readline() for _ in range(2)]
        (address,) = re.findall(r"open (http://127\.0\.0\.1:\d+/)", "".join(lines))
        assert address == f"http://127.0.0.1:{port}/" and "read-only" in lines[0]
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(address, timeout=5) as r:
                    page = r.read().decode("utf-8")
                    break
            except OSError:
                assert time.monotonic() < deadline and proc.poll() is None, "the server did not answer"
                time.sleep(0.2)
        assert 'dir="rtl"' in page and "أحدث المقالات" in page
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_serve_refuses_a_missing_database(tmp_path, capsys):
    assert main(["serve", "--db", str(tmp_path / "none.sqlite")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("isnad: ") and "no database there yet" in err and "\n" not in err


def test_serve_reports_a_busy_port_on_one_line(web_engine, capsys):
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert main(["serve", "--db", web_engine.url.database, "--port", str(port)]) == 1
    err = capsys.readouterr().err.strip()
    assert err == f"isnad: cannot listen on 127.0.0.1:{port} (address already in use)"
