"""Web fixtures: a store filled once per session (the sample page, two reports of one event from two outlets,
and a hostile article), the app in-process for API tests, and a live server with headless Chromium for the
browser tests. Screenshots go to ``artifacts/screenshots/`` (or ``$ISNAD_ARTIFACTS``)."""
from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "store"))

from services import DATA, chromium_paths, free_port, sample_page  # noqa: E402

REPO = Path(__file__).resolve().parent.parent.parent


@pytest.fixture(scope="session")
def web_engine(tmp_path_factory):
    from isnad.store import open_store
    from isnad.store.ingest import ingest

    engine = open_store(str(tmp_path_factory.mktemp("web") / "web.sqlite"))
    report = ingest(engine, [str(sample_page()), str(DATA / "events.jsonl"), str(DATA / "hostile.jsonl")])
    assert report.stored == 4 and report.failed == 0
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def articles_by_title(web_engine) -> dict[str, int]:
    from isnad.store import queries

    with web_engine.connect() as conn:
        return {a["title"]: a["id"] for a in queries.latest_articles(conn, 100)}


@pytest.fixture(scope="session")
def client(web_engine):
    from fastapi.testclient import TestClient

    from isnad.web.app import create_app

    with TestClient(create_app(web_engine)) as c:
        yield c


@pytest.fixture(scope="session")
def live_server(web_engine):
    import uvicorn

    from isnad.web.app import create_app

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(web_engine), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the test server did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser(tmp_path_factory):
    binary, driver_path = chromium_paths()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--window-size=1280,1000",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    folder = Path(os.environ.get("ISNAD_ARTIFACTS") or REPO / "artifacts") / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
