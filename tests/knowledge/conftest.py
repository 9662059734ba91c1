"""Fixtures of the knowledge-base tests: a counting embedder, a real ``chroma run`` server, and KBs on both
backends (embedded PersistentClient, HttpClient to the server) so retrieval tests run against each."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import numpy as np
import pytest

from copilot.config import Settings
from copilot.knowledge import KnowledgeBase, open_knowledge_base
from copilot.knowledge.embedders import HashingEmbedder

FIXTURES = Path(__file__).resolve().parent / "fixtures"
HELPCENTER = FIXTURES / "helpcenter"
HELPCENTER_IDS = {
    "spk-unlock-failed", "spk-ride-not-ended", "spk-battery-died", "spk-parking-rules",
    "spk-safety-accident", "spk-pass-cancel", "spk-account-verify", "spk-refund-overcharge",
    "spk-payment-methods", "spk-promo-codes", "spk-group-rides", "pages-lost-item", "spk-app-crash",
}  # fmt: skip
SERVER_START_TIMEOUT_S = 30.0


class CountingEmbedder:
    """The default hashing embedder, counting what it embeds; a unique name isolates a test's collections."""

    def __init__(self, name: str | None = None) -> None:
        self._inner = HashingEmbedder()
        self.name = name or self._inner.name
        self.calls = 0
        self.texts = 0
        self.fail_on_call: int | None = None

    def embed(self, texts: list[str]) -> np.ndarray:
        """Embed like the default embedder; raise on the configured call number (to test rollbacks)."""
        self.calls += 1
        if self.fail_on_call is not None and self.calls >= self.fail_on_call:
            raise RuntimeError("embedding service exploded")
        self.texts += len(texts)
        return self._inner.embed(texts)

    def reset(self) -> None:
        """Forget the counts (e.g. after seeding, before the step under test)."""
        self.calls = self.texts = 0


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real ``chroma run`` server on a free loopback port; its URL. Killed at the end of the session."""
    chroma = Path(sys.executable).with_name("chroma")
    path = tmp_path_factory.mktemp("chroma-server")
    port = _free_port()
    log = (path / "server.log").open("wb")
    process = subprocess.Popen(
        [str(chroma), "run", "--path", str(path / "data"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "ANONYMIZED_TELEMETRY": "False"},
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_ready(process, url, path / "server.log")
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        log.close()


def _wait_until_ready(process: subprocess.Popen[bytes], url: str, log_path: Path) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"chroma run exited with {process.returncode}: {log_path.read_text()[-2000:]}")
        try:
            if httpx.get(f"{url}/api/v2/heartbeat", timeout=1.0).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"chroma run did not answer within {SERVER_START_TIMEOUT_S}s: {log_path.read_text()[-2000:]}")


@pytest.fixture(params=["embedded", pytest.param("server", marks=pytest.mark.chroma_server)])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    """Settings for the embedded store in a temp dir, or for the shared ``chroma run`` server."""
    url = request.getfixturevalue("chroma_server") if request.param == "server" else None
    return Settings(data_dir=tmp_path / "data", chroma_url=url)


@pytest.fixture
def embedder(backend: Settings) -> CountingEmbedder:
    """A counting embedder; on the shared server its unique name gives this test its own collections."""
    return CountingEmbedder(f"hashing-test-{uuid.uuid4().hex[:8]}" if backend.chroma_url else None)


@pytest.fixture
def kb(backend: Settings, embedder: CountingEmbedder) -> Iterator[KnowledgeBase]:
    """An empty knowledge base on the parametrised backend; the revision is checked on every read."""
    knowledge = open_knowledge_base(backend, embedder=embedder)
    knowledge.sync_interval_s = 0.0
    yield knowledge
    knowledge.close()


@pytest.fixture
def seeded(kb: KnowledgeBase, embedder: CountingEmbedder) -> KnowledgeBase:
    """The knowledge base with the fixture help center ingested; embedder counts reset."""
    kb.ingest_path(HELPCENTER)
    embedder.reset()
    return kb
