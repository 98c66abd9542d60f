"""Store fixtures: every ``store`` test runs on SQLite and on PostgreSQL (see services.py)."""
from __future__ import annotations

import pytest

from isnad.store import open_store
from services import BACKENDS, empty_database


@pytest.fixture(params=BACKENDS)
def store_url(request, tmp_path) -> str:
    return empty_database(request.param, tmp_path)


@pytest.fixture
def store(store_url):
    engine = open_store(store_url)
    yield engine
    engine.dispose()
