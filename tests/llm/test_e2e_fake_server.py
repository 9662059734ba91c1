"""End to end over real HTTP: litellm (default transport) against a fake OpenAI-compatible server on 127.0.0.1,
plain and streamed, through the pipeline and the guard, and streamed to a client through the service's app
under uvicorn."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi.testclient import TestClient

from copilot.api.app import create_app
from copilot.config import Settings
from copilot.llm.engine import LiteLLMEngine
from copilot.llm.fake_server import FakeOpenAIServer
from copilot.pipeline import Pipeline
from copilot.taxonomy import Taxonomy

from .helpers import EMAIL, PHONE, REPO, FakeAnalyzer, FakeComposer, FakeRetriever, good_draft, handoff_request


@pytest.fixture
def fake_server() -> Iterator[FakeOpenAIServer]:
    """A fake model that answers a good draft in 25-character chunks, 20 ms apart."""
    server = FakeOpenAIServer(lambda body: json.dumps(good_draft()), latency_s=0.05, chunk_interval_s=0.02)
    yield server
    server.close()


@pytest.fixture
def pipeline(settings: Settings, taxonomy: Taxonomy, fake_server: FakeOpenAIServer) -> Pipeline:
    llm_settings = settings.model_copy(
        update={
            "llm_model": "openai/fake-model",
            "llm_api_base": fake_server.base_url,
            "llm_api_key": "none",
            "llm_timeout_s": 10.0,
            "prompts_dir": REPO / "prompts",
        }
    )
    return Pipeline(
        llm_settings,
        analyzer=FakeAnalyzer(),
        composer=FakeComposer(),
        retriever=FakeRetriever(),
        store=None,
        llm=LiteLLMEngine(llm_settings, taxonomy),
    )


async def test_plain_call_over_real_http(pipeline: Pipeline, fake_server: FakeOpenAIServer) -> None:
    package = await pipeline.run(handoff_request())
    assert len(fake_server.requests) == 1
    body = fake_server.requests[0].body
    assert body["model"] == "fake-model" and not body.get("stream")
    assert body["response_format"] == {"type": "json_object"}  # unknown model: JSON mode, schema in the prompt
    sent = json.dumps(body["messages"])
    assert EMAIL not in sent and PHONE not in sent and "4242" not in sent.replace("ending 4242", "")
    assert package.meta.engine == "llm" and package.meta.model == "openai/fake-model"
    assert (package.meta.prompt_tokens, package.meta.completion_tokens) == (120, 80)
    assert not package.meta.cost_usd  # not in the price map: litellm reports no cost
    assert package.summary.headline == good_draft()["headline"]
    assert EMAIL in {f.value for f in package.customer_facts}


async def test_streamed_call_sends_summary_events_before_the_model_finishes(
    pipeline: Pipeline, fake_server: FakeOpenAIServer
) -> None:
    received: list[tuple[float, str, dict[str, Any]]] = []

    async def on_event(name: str, data: dict[str, Any]) -> None:
        received.append((time.perf_counter(), name, data))

    package = await pipeline.run(handoff_request(), on_event=on_event)

    served = fake_server.requests[0]
    assert served.body["stream"] is True and len(served.chunk_times) > 20
    assert [name for _, name, _ in received] == ["headline", "summary_point", "summary_point", "summary_point"]
    headline_at = received[0][0]
    assert headline_at < served.chunk_times[-1] - 0.2  # long before the model's last token
    assert package.meta.engine == "llm" and package.summary.headline == received[0][2]["text"]
    assert [p.text for p in package.summary.points] == [data["text"] for _, name, data in received[1:]]


@pytest.fixture
def service(pipeline: Pipeline) -> Iterator[str]:
    """The service's app under uvicorn on 127.0.0.1, serving ``pipeline``; yields its base URL."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    config = uvicorn.Config(
        create_app(pipeline.settings, pipeline=pipeline), host="127.0.0.1", port=port, log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def test_server_sent_events_flow_through_the_service_while_the_model_writes(
    service: str, fake_server: FakeOpenAIServer
) -> None:
    arrivals: list[tuple[float, str]] = []
    body = handoff_request().model_dump(mode="json")
    with (
        httpx.Client(base_url=service, timeout=20) as client,
        client.stream("POST", "/v1/handoffs", json=body, headers={"Accept": "text/event-stream"}) as response,
    ):
        assert response.status_code == 200
        for line in response.iter_lines():
            if line.startswith("event: "):
                arrivals.append((time.perf_counter(), line[7:]))
            elif line.startswith("data: ") and arrivals[-1][1] == "package":
                package = json.loads(line[6:])
    names = [name for _, name in arrivals]
    assert names[:4] == ["headline", "summary_point", "summary_point", "summary_point"] and names[-1] == "package"
    last_token_at = fake_server.requests[0].chunk_times[-1]
    assert arrivals[0][0] < last_token_at - 0.2  # the headline reached the client long before the model finished
    assert package["meta"]["engine"] == "llm" and package["summary"]["headline"] == good_draft()["headline"]


def test_the_real_pipeline_streams_an_llm_package(settings: Settings, fake_server: FakeOpenAIServer) -> None:
    """``copilot.factory.build_pipeline`` (real analyzer, composer, KB and store) with the fake model."""
    from copilot.factory import build_pipeline

    real = build_pipeline(
        settings.model_copy(
            update={"llm_model": "openai/fake-model", "llm_api_base": fake_server.base_url, "llm_api_key": "none"}
        )
    )
    app = create_app(real.settings, pipeline=real)
    body = handoff_request().model_dump(mode="json")
    with TestClient(app) as client:
        response = client.post("/v1/handoffs", json=body, headers={"Accept": "text/event-stream"})
        events = [block.split("\n", 1) for block in response.text.strip().split("\n\n")]
        names = [head.removeprefix("event: ") for head, _ in events]
        assert names[0] == "headline" and names[-1] == "package" and "field" in names
        package = json.loads(events[-1][1].removeprefix("data: "))
        assert package["meta"]["engine"] == "llm", package["meta"]["warnings"]
        assert client.get(f"/v1/handoffs/{package['handoff_id']}").json() == package  # it was stored
