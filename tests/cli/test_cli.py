"""The CLI: schema, handoff (json and pretty), errors as exit codes, python -m copilot."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from copilot.cli.main import main
from tests.api.transcripts import SHIPPING

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def cli_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the CLI's settings at a temporary data dir and the repo's default content."""
    from copilot.config import get_settings

    monkeypatch.setenv("COPILOT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("COPILOT_TAXONOMY", str(REPO / "kb" / "intents.yaml"))
    monkeypatch.setenv("COPILOT_KB_PATH", str(REPO / "kb" / "articles"))
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()


def test_schema_prints_both_json_schemas(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schemas = json.loads(capsys.readouterr().out)
    assert set(schemas) == {"HandoffRequest", "HandoffPackage"}
    assert "conversation_id" in schemas["HandoffRequest"]["properties"]
    assert "suggested_first_message" in schemas["HandoffPackage"]["properties"]


def test_handoff_json_output(cli_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    request_file = cli_env / "request.json"
    request_file.write_text(json.dumps(SHIPPING))
    assert main(["handoff", str(request_file), "--engine", "offline", "--format", "json"]) == 0
    package = json.loads(capsys.readouterr().out)
    assert package["conversation_id"] == "conv-881"
    assert "NW-448812" in package["suggested_first_message"]["text"]


def test_handoff_pretty_output_reads_like_a_brief(cli_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    request_file = cli_env / "request.json"
    request_file.write_text(json.dumps(SHIPPING))
    assert main(["handoff", str(request_file), "--format", "pretty"]) == 0
    out = capsys.readouterr().out
    for expected in ("Suggested first message", "Already given", "NW-448812", "Next steps", "VIP"):
        assert expected in out


def test_invalid_request_file_exits_with_code_2(cli_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = cli_env / "bad.json"
    bad.write_text(json.dumps({"conversation_id": "x", "messages": []}))
    assert main(["handoff", str(bad)]) == 2
    assert "messages" in capsys.readouterr().err


def test_missing_file_exits_with_code_2(cli_env: Path) -> None:
    assert main(["handoff", str(cli_env / "nope.json")]) == 2


def test_python_dash_m_copilot_runs() -> None:
    env = {**os.environ, "LITELLM_LOCAL_MODEL_COST_MAP": "True"}
    done = subprocess.run(
        [sys.executable, "-m", "copilot", "--help"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    for command in ("serve", "handoff", "schema", "kb", "eval"):
        assert command in done.stdout
