"""A package acknowledged with 201 survives an app restart (same SQLite file)."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from copilot.api import create_app
from tests.api.conftest import make_settings
from tests.api.transcripts import SHIPPING


def test_acknowledged_package_survives_restart(tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "data")
    with TestClient(create_app(settings)) as first:
        created = first.post("/v1/handoffs", json=SHIPPING)
        assert created.status_code == 201
    # the first app is shut down; a new process-equivalent opens the same files
    with TestClient(create_app(make_settings(tmp_path / "data"))) as second:
        again = second.get(f"/v1/handoffs/{created.json()['handoff_id']}")
        assert again.status_code == 200
        assert again.json() == created.json()
    assert (tmp_path / "data" / "copilot.sqlite3").exists()


def test_started_app_raises_the_young_gc_threshold(client: TestClient) -> None:
    """Start-up objects are frozen and gen-0 collections are made rarer (a handoff allocates tens of
    thousands of short-lived containers)."""
    import gc

    assert gc.get_threshold()[0] >= 10_000
    assert gc.get_freeze_count() > 0
