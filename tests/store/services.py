"""Services the store and web tests need (a PostgreSQL server, Debian's Chromium) and the switch that makes
them required: outside CI a missing service skips its tests; with ``ISNAD_REQUIRE_SERVICES=1`` (set by
``.ci/run``) it fails them, so CI cannot pass by skipping."""
from __future__ import annotations

import os
import shutil
import socket
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

DATA = Path(__file__).parent / "data"
POSTGRES_ENV = "ISNAD_TEST_POSTGRES"  # a SQLAlchemy/libpq URL of a database the tests may empty
REQUIRE_ENV = "ISNAD_REQUIRE_SERVICES"
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


def unavailable(reason: str) -> None:
    """Skip the test, or fail it when CI requires every service."""
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"{reason}, but {REQUIRE_ENV}=1 requires it")
    pytest.skip(reason)


def postgres_url() -> str:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        unavailable(f"no PostgreSQL server ({POSTGRES_ENV} is not set)")
    return url


def chromium_paths() -> tuple[str, str]:
    for path in (CHROMIUM, CHROMEDRIVER):
        if not (Path(path).exists() or shutil.which(Path(path).name)):
            unavailable(f"{path} is not installed (apt-get install chromium chromium-driver)")
    return CHROMIUM, CHROMEDRIVER


def sample_page() -> Path:
    from isnad.cli.analyze import sample_path

    return Path(str(sample_path()))


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def _empty_postgres(url: str) -> None:
    from isnad.store import resolve_url

    engine = create_engine(resolve_url(url))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def empty_database(backend: str, folder) -> str:
    """The location of an empty database on ``backend`` (a SQLite file in ``folder``)."""
    if backend == "sqlite":
        return str(folder / "isnad.sqlite")
    url = postgres_url()
    _empty_postgres(url)
    return url


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
