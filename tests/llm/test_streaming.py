"""Server-sent events: headline and points first (parsed from the model's stream), then fields, then the
stored package; the same shape for the offline engine; errors as an ``error`` event."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import respx
from fastapi import FastAPI, Request
from fastapi.testclient import TestClient
from starlette.responses import Response

from copilot.api.streaming import sse_response
from copilot.config import Settings
from copilot.llm.partial import SummaryStreamer
from copilot.pipeline import Pipeline
from copilot.schema import HandoffPackage, HandoffRequest

from .helpers import (
    CHAT_URL,
    EMAIL,
    FakeAnalyzer,
    FakeComposer,
    FakeRetriever,
    completion,
    good_draft,
    handoff_request,
    streamed,
)

PipelineFactory = Callable[..., Pipeline]


class MemoryStore:
    """Keeps saved packages, to check that the streamed package is the stored one."""

    def __init__(self) -> None:
        self.saved: dict[str, HandoffPackage] = {}

    def save(self, package: HandoffPackage) -> None:
        """Store a copy."""
        self.saved[package.handoff_id] = package.model_copy(deep=True)

    def get(self, handoff_id: str) -> HandoffPackage:
        """Return a stored package."""
        return self.saved[handoff_id]


def app_for(pipeline: Pipeline) -> FastAPI:
    app = FastAPI()

    @app.post("/v1/handoffs")
    async def create(body: HandoffRequest, request: Request) -> Response:
        return sse_response(pipeline, body)

    return app


def parse_sse(text: str) -> list[tuple[str, Any]]:
    events = []
    for block in text.strip().split("\n\n"):
        lines = [line for line in block.splitlines() if not line.startswith(":")]
        if not lines:
            continue
        name = next(line[7:] for line in lines if line.startswith("event: "))
        data = "\n".join(line[6:] for line in lines if line.startswith("data: "))
        events.append((name, json.loads(data)))
    return events


def post_stream(pipeline: Pipeline, body: dict[str, Any]) -> tuple[Any, list[tuple[str, Any]]]:
    with TestClient(app_for(pipeline)) as client:
        response = client.post("/v1/handoffs", json=body, headers={"Accept": "text/event-stream"})
    return response, parse_sse(response.text)


def test_llm_stream_sends_headline_and_points_then_fields_then_the_stored_package(
    provider: respx.MockRouter, make_pipeline: PipelineFactory
) -> None:
    draft = good_draft()
    route = provider.post(CHAT_URL).mock(return_value=streamed(json.dumps(draft)))
    pipeline = make_pipeline()
    store = MemoryStore()
    pipeline.store = store

    response, events = post_stream(pipeline, handoff_request().model_dump(mode="json"))

    assert response.status_code == 200 and response.headers["content-type"].startswith("text/event-stream")
    assert json.loads(route.calls[0].request.content)["stream"] is True
    names = [name for name, _ in events]
    assert names[:4] == ["headline", "summary_point", "summary_point", "summary_point"]
    assert names[4:-1] == ["field"] * 9 and names[-1] == "package"
    assert events[0][1] == {"text": draft["headline"]}
    assert events[3][1]["index"] == 2 and EMAIL in events[3][1]["text"]  # placeholder restored
    package = HandoffPackage.model_validate(events[-1][1])
    assert package.meta.engine == "llm" and package.meta.completion_tokens == 300
    assert store.saved[package.handoff_id] == package
    fields = {data["name"]: data["value"] for name, data in events if name == "field"}
    assert fields["intent"]["label"] == "missing_delivery" and fields["flags"]["vip"]["is_vip"] is False


def test_offline_engine_produces_the_same_stream_shape(settings: Settings) -> None:
    pipeline = Pipeline(
        settings, analyzer=FakeAnalyzer(), composer=FakeComposer(), retriever=FakeRetriever(), store=None
    )
    _, events = post_stream(pipeline, handoff_request().model_dump(mode="json"))
    assert [name for name, _ in events] == ["headline", "summary_point", *["field"] * 9, "package"]
    assert events[0][1] == {"text": "OFFLINE headline"}
    assert events[1][1] == {"index": 0, "text": "OFFLINE point", "message_ids": ["m1"]}
    assert events[-1][1]["meta"]["engine"] == "offline"


def test_a_failed_llm_stream_is_replaced_by_the_offline_summary(
    provider: respx.MockRouter, make_pipeline: PipelineFactory
) -> None:
    draft = json.dumps(good_draft())
    provider.post(CHAT_URL).mock(side_effect=[streamed(draft[: len(draft) // 2]), completion("still not json")])
    _, events = post_stream(make_pipeline(), handoff_request().model_dump(mode="json"))
    names = [name for name, _ in events]
    assert names[0] == "headline" and "summary" in names
    summary = dict(events)["summary"]
    assert summary["headline"] == "OFFLINE headline"
    package = events[-1][1]
    assert package["meta"]["engine"] == "fallback" and package["meta"]["degraded"] is True
    assert any(w.startswith("llm_invalid_output:") for w in package["meta"]["warnings"])


def test_an_invalid_request_becomes_an_error_event(settings: Settings) -> None:
    pipeline = Pipeline(
        settings, analyzer=FakeAnalyzer(), composer=FakeComposer(), retriever=FakeRetriever(), store=None
    )
    body = handoff_request().model_dump(mode="json")
    body["messages"][1]["id"] = "m1"  # duplicate ids are refused by prepare
    _, events = post_stream(pipeline, body)
    assert events == [("error", {"error": {"code": "invalid_request", "message": events[0][1]["error"]["message"]}})]
    assert "m1" in events[0][1]["error"]["message"]


def test_summary_streamer_emits_each_item_once_it_is_complete() -> None:
    text = json.dumps(good_draft())
    streamer = SummaryStreamer({"m1", "m2", "m3", "m4", "m5"}, restore=lambda s: s.replace("[EMAIL_1]", EMAIL))
    seen: list[tuple[int, str, dict[str, Any]]] = []
    for end in range(1, len(text) + 1):
        seen += [(end, name, data) for name, data in streamer.feed(text[end - 1 : end])]
    assert [name for _, name, _ in seen] == ["headline", "summary_point", "summary_point", "summary_point"]
    headline_end = text.index('", "summary_points"') + 1
    assert seen[0][0] == headline_end  # sent with the closing quote, not later
    first_point_end = text.index("}, {") + 1
    assert seen[1][0] == first_point_end + 3  # as soon as the next point begins: "}, {"
    last_point_end = text.index('], "language"') + 1
    assert seen[3][0] == last_point_end and EMAIL in seen[3][2]["text"]


def test_summary_streamer_skips_points_without_real_citations_and_tolerates_fences() -> None:
    draft = good_draft(
        summary_points=[{"text": "ghost", "message_ids": ["m42"]}, {"text": "real", "message_ids": ["m1"]}]
    )
    streamer = SummaryStreamer({"m1"}, restore=str)
    events = streamer.feed("```json\n" + json.dumps(draft))
    assert events[1:] == [("summary_point", {"index": 0, "text": "real", "message_ids": ["m1"]})]
