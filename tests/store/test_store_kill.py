"""A real ``isnad ingest`` process killed with SIGKILL midway: the database stays consistent, and the next run
skips what was committed and stores the rest."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

from sqlalchemy import func, select, text

from isnad.store import open_store
from isnad.store.ingest import ingest
from isnad.store.schema import articles, claims, search_docs
from services import DATA
from test_store_ingest import stored_claims_match_json

RECORDS = 16
KILL_AFTER = 2  # stored articles
TIMEOUT = 120


def _records(path) -> None:
    body = "\n\n".join(json.loads(line)["text"] for line in (DATA / "events.jsonl").read_text("utf-8").splitlines())
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(RECORDS):
            fh.write(json.dumps({"id": f"r{i}", "outlet": "اختبار", "published": "2024-02-12",
                                 "title": f"تقرير رقم {i}", "text": f"{body}\n\nملاحظة التحرير رقم {i}."},
                                ensure_ascii=False) + "\n")


def _stored(engine) -> int:
    try:
        with engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(articles)).scalar()
    except Exception:  # noqa: BLE001 - the tables may not exist yet while the child starts
        return 0


def test_sigkill_midway_leaves_a_consistent_database_and_the_next_run_resumes(store_url, tmp_path):
    inputs = tmp_path / "many.jsonl"
    _records(inputs)
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    child = subprocess.Popen([sys.executable, "-m", "isnad.cli.main", "ingest", str(inputs), "--db", store_url,
                              "--disable", "ner"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    watcher = open_store(store_url)
    try:
        deadline = time.monotonic() + TIMEOUT
        while _stored(watcher) < KILL_AFTER and time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.05)
        assert child.poll() is None, "the ingest finished before it could be killed"
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
        watcher.dispose()

        engine = open_store(store_url)
        before = _stored(engine)
        assert KILL_AFTER <= before < RECORDS
        with engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
                assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
            orphans = conn.execute(select(func.count()).select_from(claims)
                                   .where(claims.c.article_id.not_in(select(articles.c.id)))).scalar()
            unindexed = conn.execute(select(func.count()).select_from(articles)
                                     .where(articles.c.id.not_in(select(search_docs.c.article_id)))).scalar()
        assert orphans == 0 and unindexed == 0
        stored_claims_match_json(engine)

        report = ingest(engine, [str(inputs)], disable=["ner"])
        assert (report.unchanged, report.stored, report.failed) == (before, RECORDS - before, 0)
        assert _stored(engine) == RECORDS
        with engine.connect() as conn:
            titles = [r.title for r in conn.execute(select(articles.c.title))]
        assert sorted(titles) == sorted(f"تقرير رقم {i}" for i in range(RECORDS))
        stored_claims_match_json(engine)
        engine.dispose()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
