"""Server-sent events for ``POST /v1/handoffs`` with ``Accept: text/event-stream``.

The stream, in order (each ``data`` is one JSON object):

- ``headline`` ``{"text"}`` and ``summary_point`` ``{"index", "text", "message_ids"}``: as soon as the LLM
  engine has written them (parsed from the model's stream); for the offline engine, from the finished package;
- ``summary`` ``{"headline", "points"}``: only when the streamed summary differs from the final one (the guard
  dropped a point, or the LLM failed and the offline package replaced it): it replaces what was shown;
- ``field`` ``{"name", "value"}``: every other part of the package (intent, flags, facts, first message...);
- ``package``: the validated, guarded, stored package, exactly what ``POST`` returns as JSON;
- ``error`` ``{"error": {"code", "message"}}`` instead, when the request is refused (``invalid_request``...).

A comment line is sent every few seconds while the model thinks, so proxies keep the connection open. When the
client goes away the handoff is cancelled.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from typing import Any

from fastapi.sse import EventSourceResponse, format_sse_event
from starlette.responses import StreamingResponse

from copilot.errors import CopilotError
from copilot.pipeline import Pipeline
from copilot.schema import HandoffPackage, HandoffRequest

__all__ = ["sse_response"]

log = logging.getLogger(__name__)

_KEEPALIVE_S = 10.0
_FIELDS = (
    "intent",
    "flags",
    "customer_facts",
    "attempted_solutions",
    "escalation_reason",
    "kb_articles",
    "suggested_first_message",
    "customer_transition_message",
    "next_steps",
)
_DONE = object()


def sse_response(pipeline: Pipeline, request: HandoffRequest) -> StreamingResponse:
    """Run the pipeline for ``request`` and stream its progress as server-sent events (see above)."""
    return EventSourceResponse(
        _events(pipeline, request), headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
    )


def _sse(event: str, data: dict[str, Any]) -> bytes:
    return format_sse_event(event=event, data_str=json.dumps(data, ensure_ascii=False))


async def _events(pipeline: Pipeline, request: HandoffRequest) -> AsyncIterator[bytes]:
    queue: asyncio.Queue[Any] = asyncio.Queue()

    async def on_event(name: str, data: dict[str, Any]) -> None:
        await queue.put((name, data))

    task = asyncio.create_task(pipeline.run(request, on_event=on_event))
    task.add_done_callback(lambda _: queue.put_nowait(_DONE))
    streamed: dict[str, Any] = {"headline": None, "points": []}
    try:
        while (item := await _next(queue)) is not _DONE:
            if item is None:
                yield format_sse_event(comment="keep-alive")
                continue
            name, data = item
            if name == "headline":
                streamed["headline"] = data.get("text")
            elif name == "summary_point":
                streamed["points"].append({"text": data.get("text"), "message_ids": data.get("message_ids")})
            yield _sse(name, data)
        try:
            package = task.result()
        except CopilotError as exc:
            yield _sse("error", exc.to_dict())
            return
        except Exception:
            log.exception("streamed handoff failed")
            yield _sse("error", CopilotError("the handoff could not be built").to_dict())
            return
        for event, data in _final_events(package, streamed):
            yield _sse(event, data)
    finally:
        if not task.done():
            task.cancel()


async def _next(queue: asyncio.Queue[Any]) -> Any:
    """The next queued item, or None when nothing came for a keep-alive interval."""
    try:
        return await asyncio.wait_for(queue.get(), timeout=_KEEPALIVE_S)
    except TimeoutError:
        return None


def _final_events(package: HandoffPackage, streamed: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    summary = package.summary.model_dump(mode="json")
    events: list[tuple[str, dict[str, Any]]] = []
    if streamed["headline"] is None and not streamed["points"]:
        events.append(("headline", {"text": summary["headline"]}))
        events += [("summary_point", {"index": i, **point}) for i, point in enumerate(summary["points"])]
    elif streamed["headline"] != summary["headline"] or streamed["points"] != summary["points"]:
        events.append(("summary", summary))
    dumped = package.model_dump(mode="json")
    events += [("field", {"name": name, "value": dumped[name]}) for name in _FIELDS]
    events.append(("package", dumped))
    return events
