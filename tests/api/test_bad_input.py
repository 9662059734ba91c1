"""Every bad input gets a clear 4xx JSON error, never a 500 or a stack trace."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.api.transcripts import long_transcript, shipping


def _error(response, status: int) -> dict:  # type: ignore[no-untyped-def]
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message"}
    assert "Traceback" not in response.text
    return body["error"]


def test_non_json_body(client: TestClient) -> None:
    response = client.post("/v1/handoffs", content=b"this is not json", headers={"content-type": "application/json"})
    assert _error(response, 400)["code"] == "invalid_json"


def test_truncated_json_body(client: TestClient) -> None:
    response = client.post(
        "/v1/handoffs",
        content=b'{"conversation_id": "x", "messages": [',
        headers={"content-type": "application/json"},
    )
    assert _error(response, 400)["code"] == "invalid_json"


def test_missing_conversation_id(client: TestClient) -> None:
    body = shipping()
    del body["conversation_id"]
    error = _error(client.post("/v1/handoffs", json=body), 422)
    assert error["code"] == "invalid_request" and "conversation_id" in error["message"]


@pytest.mark.parametrize("messages", [[], None])
def test_no_messages(client: TestClient, messages: list | None) -> None:
    body = shipping()
    if messages is None:
        del body["messages"]
    else:
        body["messages"] = messages
    error = _error(client.post("/v1/handoffs", json=body), 422)
    assert "messages" in error["message"]


def test_unknown_role(client: TestClient) -> None:
    body = shipping(messages=[{"id": "m1", "role": "robot", "text": "hello"}])
    error = _error(client.post("/v1/handoffs", json=body), 422)
    assert "role" in error["message"]


def test_only_empty_texts(client: TestClient) -> None:
    body = shipping(messages=[{"role": "customer", "text": ""}, {"role": "ai", "text": "   "}])
    error = _error(client.post("/v1/handoffs", json=body), 422)
    assert "empty" in error["message"]


def test_duplicate_message_ids(client: TestClient) -> None:
    body = shipping(messages=[{"id": "x", "role": "customer", "text": "a"}, {"id": "x", "role": "ai", "text": "b"}])
    assert "unique" in _error(client.post("/v1/handoffs", json=body), 422)["message"]


def test_body_over_the_size_limit(client: TestClient) -> None:
    body = shipping(messages=[{"role": "customer", "text": "x" * (70 * 1024)}])
    assert _error(client.post("/v1/handoffs", json=body), 413)["code"] == "payload_too_large"


def test_chunked_body_over_the_size_limit(client: TestClient) -> None:
    def chunks():  # no Content-Length: the limit is enforced while streaming
        yield b'{"conversation_id": "c", "messages": [{"role": "customer", "text": "'
        for _ in range(80):
            yield b"y" * 1024
        yield b'"}]}'

    response = client.post("/v1/handoffs", content=chunks(), headers={"content-type": "application/json"})
    assert _error(response, 413)["code"] == "payload_too_large"


def test_more_messages_than_the_maximum(client: TestClient) -> None:
    error = _error(client.post("/v1/handoffs", json=long_transcript(61)), 422)
    assert error["code"] == "too_many_messages" and "60" in error["message"]


def test_wrong_types_and_enums(client: TestClient) -> None:
    assert _error(client.post("/v1/handoffs", json=shipping(channel="pigeon")), 422)["code"] == "invalid_request"
    assert _error(client.post("/v1/handoffs", json=shipping(options={"engine": "magic"})), 422)
    assert _error(client.post("/v1/handoffs", json=[1, 2, 3]), 422)


def test_unknown_route_and_method_are_json(client: TestClient) -> None:
    assert _error(client.get("/v1/nothing-here"), 404)["code"] == "not_found"
    assert _error(client.put("/v1/handoffs"), 405)["code"] == "method_not_allowed"
