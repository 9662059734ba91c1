"""Test-wide set-up: no network (pytest-socket allows loopback only, see pyproject), offline library switches,
and small factories shared by every test module."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

# Offline switches must be set before litellm, chromadb or huggingface libraries are imported.
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
for _name in list(os.environ):
    if _name.startswith("COPILOT_"):
        del os.environ[_name]

import pytest  # noqa: E402
import respx  # noqa: E402

from copilot.config import Settings  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings isolated in a temporary data dir, offline engine, default taxonomy and KB of the repo."""
    return Settings(
        data_dir=tmp_path / "data",
        taxonomy=REPO / "kb" / "intents.yaml",
        kb_path=REPO / "kb" / "articles",
    )


@pytest.fixture
def provider(monkeypatch: pytest.MonkeyPatch) -> Iterator[respx.MockRouter]:
    """respx mock of the provider; litellm is switched to its httpx transport so respx sees every call."""
    monkeypatch.setenv("DISABLE_AIOHTTP_TRANSPORT", "True")
    with respx.mock(assert_all_mocked=True, assert_all_called=False) as mock:
        yield mock
