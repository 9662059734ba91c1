"""The /v1/kb router, mounted on a small app with the project's error handlers and an embedded KB."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from copilot.api.errors import install_error_handlers
from copilot.api.kb import router
from copilot.config import Settings
from copilot.knowledge import open_knowledge_base

ARTICLE = {
    "id": "kb-wifi",
    "title": "Reset the router",
    "url": "https://h/wifi",
    "body": "Hold reset for 10 s.",
}


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    """A client of an app serving only the KB router, its knowledge base in ``app.state.knowledge``."""
    app = FastAPI()
    install_error_handlers(app)
    app.include_router(router)
    app.state.knowledge = open_knowledge_base(Settings(data_dir=tmp_path))
    with TestClient(app) as test_client:
        yield test_client
    app.state.knowledge.close()


def test_object_form_upsert_then_search(client: TestClient) -> None:
    answer = client.post("/v1/kb/articles", json={"articles": [ARTICLE], "tenant": "acme"})
    assert answer.status_code == 200
    assert answer.json()["added"] == ["kb-wifi"] and answer.json()["tenant"] == "acme"
    found = client.get("/v1/kb/search", params={"q": "router reset", "tenant": "acme", "top_k": 2})
    assert found.status_code == 200
    body = found.json()
    assert body["tenant"] == "acme" and [a["id"] for a in body["articles"]] == ["kb-wifi"]
    assert set(body["articles"][0]) == {"id", "title", "url", "snippet", "score"}
    assert client.get("/v1/kb/search", params={"q": "router reset"}).json()["articles"] == []  # default tenant


def test_list_form_upsert_is_idempotent(client: TestClient) -> None:
    assert client.post("/v1/kb/articles", json=[ARTICLE]).json()["added"] == ["kb-wifi"]
    again = client.post("/v1/kb/articles", json=[ARTICLE]).json()
    assert again["unchanged"] == ["kb-wifi"] and again["chunks_written"] == 0
    listed = client.get("/v1/kb/articles").json()
    assert [a["id"] for a in listed] == ["kb-wifi"] and listed[0]["chunks"] == 1


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (None, "the request body is empty"),
        ({}, "no articles"),
        ([], "no articles"),
        ([ARTICLE, {"title": "x", "body": "y"}], "item #2 (articles[1]) has no id"),
        ([ARTICLE, ARTICLE], "duplicate id 'kb-wifi'"),
        ([{**ARTICLE, "body": "z" * 100_001}], "'kb-wifi' (articles[0]) has 100,001 characters"),
    ],
)
def test_bad_batches_are_refused_and_write_nothing(client: TestClient, body: object, message: str) -> None:
    answer = client.post("/v1/kb/articles", json=body) if body is not None else client.post("/v1/kb/articles")
    assert answer.status_code == 400
    error = answer.json()["error"]
    assert error["code"] == "kb_ingest_error" and message in error["message"]
    assert client.get("/v1/kb/articles").json() == []


def test_delete_then_not_found(client: TestClient) -> None:
    client.post("/v1/kb/articles", json=[ARTICLE, {**ARTICLE, "id": "kb/with/slash"}])
    assert client.delete("/v1/kb/articles/kb/with/slash").status_code == 204
    assert client.delete("/v1/kb/articles/kb-wifi", params={"tenant": "other"}).status_code == 404
    assert client.delete("/v1/kb/articles/kb-wifi").status_code == 204
    missing = client.delete("/v1/kb/articles/kb-wifi")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"


def test_query_validation(client: TestClient) -> None:
    assert client.get("/v1/kb/search").status_code == 422
    assert client.get("/v1/kb/search", params={"q": "x", "top_k": 0}).status_code == 422
    assert client.get("/v1/kb/search", params={"q": "x", "tenant": "no spaces"}).status_code == 422


def test_no_knowledge_base_yet_is_a_503() -> None:
    app = FastAPI()
    install_error_handlers(app)
    app.include_router(router)
    with TestClient(app) as test_client:
        answer = test_client.get("/v1/kb/search", params={"q": "x"})
    assert answer.status_code == 503 and "still starting" in answer.json()["error"]["message"]
