"""``copilot kb ingest|search|list|delete`` on an embedded store in a temporary data dir."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from copilot.cli.kb import app
from copilot.config import get_settings
from copilot.errors import IngestError, NotFound

from .conftest import HELPCENTER, HELPCENTER_IDS

runner = CliRunner()


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point ``get_settings()`` at a temporary data dir for each test."""
    monkeypatch.setenv("COPILOT_DATA_DIR", str(tmp_path / "data"))
    get_settings.cache_clear()
    yield tmp_path / "data"
    get_settings.cache_clear()


def test_ingest_search_list_delete(data_dir: Path) -> None:
    ingested = runner.invoke(app, ["ingest", str(HELPCENTER), "--tenant", "spokes"])
    assert ingested.exit_code == 0, ingested.output
    assert f"{len(HELPCENTER_IDS)} added, 0 updated, 0 unchanged" in ingested.output
    assert (data_dir / "chroma").is_dir()

    again = runner.invoke(app, ["ingest", str(HELPCENTER), "-t", "spokes"])
    assert f"0 added, 0 updated, {len(HELPCENTER_IDS)} unchanged; 0 chunks written" in again.output

    found = runner.invoke(app, ["search", "scooter won't unlock E-21", "-t", "spokes", "-k", "2", "--json"])
    assert found.exit_code == 0, found.output
    articles = json.loads(found.output)
    assert len(articles) == 2 and articles[0]["id"] == "spk-unlock-failed"

    table = runner.invoke(app, ["search", "parking fine", "--tenant", "spokes"])
    assert table.exit_code == 0 and "spk-parking-rules" in table.output

    listed = runner.invoke(app, ["list", "--tenant", "spokes", "--json"])
    assert {a["id"] for a in json.loads(listed.output)} == HELPCENTER_IDS
    assert "spk-group-rides" in runner.invoke(app, ["list", "-t", "spokes"]).output

    deleted = runner.invoke(app, ["delete", "spk-group-rides", "--tenant", "spokes"])
    assert deleted.exit_code == 0 and "deleted article" in deleted.output
    assert "spk-group-rides" not in runner.invoke(app, ["list", "-t", "spokes", "--json"]).output


def test_errors_propagate_to_the_root_cli_as_copilot_errors(tmp_path: Path) -> None:
    missing = runner.invoke(app, ["delete", "nope"])
    assert isinstance(missing.exception, NotFound)
    (tmp_path / "bad.md").write_bytes(b"---\nid: b\n---\n\xff\xfe")
    refused = runner.invoke(app, ["ingest", str(tmp_path / "bad.md")])
    assert isinstance(refused.exception, IngestError) and "bad.md: not UTF-8" in refused.exception.message
