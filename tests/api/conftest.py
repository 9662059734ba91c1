"""An app with a real pipeline (offline engine, SQLite file, embedded chromadb) per test module."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from copilot.api import create_app
from copilot.config import Settings

REPO = Path(__file__).resolve().parents[2]


def make_settings(data_dir: Path, **overrides: object) -> Settings:
    """Settings for a test app rooted in ``data_dir``."""
    return Settings(
        data_dir=data_dir,
        taxonomy=REPO / "kb" / "intents.yaml",
        kb_path=REPO / "kb" / "articles",
        **overrides,  # type: ignore[arg-type]
    )


@pytest.fixture(scope="module")
def api_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings shared by the module's app: small limits so limit tests stay cheap."""
    return make_settings(tmp_path_factory.mktemp("api"), max_body_bytes=64 * 1024, max_messages=60)


@pytest.fixture(scope="module")
def client(api_settings: Settings) -> Iterator[TestClient]:
    """A started app (lifespan run) and its test client."""
    with TestClient(create_app(api_settings), raise_server_exceptions=False) as test_client:
        yield test_client
