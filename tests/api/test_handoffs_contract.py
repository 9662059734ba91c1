"""The REST contract of POST/GET /v1/handoffs on a realistic transcript, offline engine, real storage."""

from __future__ import annotations

from fastapi.testclient import TestClient

from copilot.analysis.asks import requested_fact_types
from copilot.schema import ESCALATION_CODES, FACT_TYPES, HandoffPackage
from copilot.taxonomy import load_taxonomy
from tests.api.conftest import REPO
from tests.api.transcripts import SHIPPING, shipping


def _post(client: TestClient, body: dict) -> dict:
    response = client.post("/v1/handoffs", json=body)
    assert response.status_code == 201, response.text
    return response.json()


def test_package_has_every_field_populated(client: TestClient) -> None:
    package = _post(client, SHIPPING)
    HandoffPackage.model_validate(package)
    ids = {m["id"] for m in SHIPPING["messages"]}

    assert package["handoff_id"].startswith("h_")
    assert package["conversation_id"] == "conv-881"
    assert package["channel"] == "web_chat"
    assert package["summary"]["headline"].strip()
    assert 3 <= len(package["summary"]["points"]) <= 6
    for point in package["summary"]["points"]:
        assert point["text"].strip()
        assert point["message_ids"] and set(point["message_ids"]) <= ids

    taxonomy = load_taxonomy(REPO / "kb" / "intents.yaml")
    assert package["intent"]["label"] in taxonomy.names
    assert package["intent"]["label"] == "missing_delivery"
    assert 0.0 < package["intent"]["confidence"] <= 1.0

    assert package["attempted_solutions"], "the AI shared a tracking link that did not help"
    assert any(a["by"] == "ai" and a["outcome"] == "failed" for a in package["attempted_solutions"])
    assert package["escalation_reason"]["code"] in ESCALATION_CODES
    assert package["escalation_reason"]["code"] == "customer_requested_human"

    frustration = package["flags"]["frustration"]
    assert frustration["level"] in ("medium", "high")
    assert frustration["signals"] and all(s["message_id"] in ids for s in frustration["signals"])
    assert package["flags"]["vip"] == {"is_vip": True, "reason": "customer.tier = enterprise"}

    facts = {(f["type"], f["value"]) for f in package["customer_facts"]}
    assert all(t in FACT_TYPES for t, _ in facts)
    assert ("order_id", "NW-448812") in facts
    assert ("email", "dana.lee@example.com") in facts

    assert package["kb_articles"], "the default help center must answer a lost-package conversation"
    assert all(a["id"] and a["title"] for a in package["kb_articles"])

    first = package["suggested_first_message"]
    assert "Dana" in first["text"]
    assert "NW-448812" in first["text"]
    assert not requested_fact_types(first["text"]) & {"order_id", "email"}
    assert first["tone"]["empathy"] is True

    transition = package["customer_transition_message"]["text"]
    assert "4 minutes" in transition or "3" in transition
    assert package["next_steps"]
    assert package["meta"]["engine"] == "offline"
    assert package["meta"]["degraded"] is False
    assert package["meta"]["latency_ms"] > 0


def test_stored_package_reads_back_identically(client: TestClient) -> None:
    package = _post(client, shipping(conversation_id="conv-read-back"))
    response = client.get(f"/v1/handoffs/{package['handoff_id']}")
    assert response.status_code == 200
    assert response.json() == package


def test_unknown_handoff_is_a_json_404(client: TestClient) -> None:
    response = client.get("/v1/handoffs/h_does_not_exist")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_first_message_never_reasks_known_order_and_email(client: TestClient) -> None:
    body = shipping(
        conversation_id="conv-known-facts",
        messages=[
            {
                "id": "a",
                "role": "customer",
                "text": "Order NW-700145 hasn't arrived. My email is kim@example.net",
            },
            {"id": "b", "role": "ai", "text": "Let me check that for you."},
            {"id": "c", "role": "customer", "text": "Please just get me a human."},
        ],
        customer={},
    )
    first = _post(client, body)["suggested_first_message"]["text"]
    assert "NW-700145" in first
    assert not requested_fact_types(first) & {"order_id", "email"}


def test_validate_endpoint_checks_without_building(client: TestClient) -> None:
    response = client.post("/v1/handoffs/validate", json=SHIPPING)
    assert response.status_code == 200
    assert response.json()["messages"] == len(SHIPPING["messages"])


def test_openapi_carries_the_wire_schemas(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    schemas = spec["components"]["schemas"]
    assert {"HandoffRequest", "HandoffPackage"} <= set(schemas)
    assert "/v1/handoffs" in spec["paths"] and "/v1/handoffs/{handoff_id}" in spec["paths"]
    assert client.get("/docs").status_code == 200


def test_health_and_readiness(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200, ready.text
    assert ready.json()["checks"]["store"] == "ok"
    assert ready.json()["checks"]["knowledge"] == "ok"
