"""Handoff endpoints: create (JSON or server-sent events), read back, and validate without building."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from copilot.api.deps import get_pipeline
from copilot.prepare import prepare
from copilot.schema import HandoffPackage, HandoffRequest

__all__ = ["router"]

router = APIRouter(prefix="/v1/handoffs", tags=["handoffs"])

_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"description": "The body is not JSON"},
    413: {"description": "The body is over the size limit"},
    422: {"description": "The body does not follow the HandoffRequest contract"},
}


def _json(model: HandoffPackage, status: int) -> Response:
    return Response(content=model.model_dump_json(), media_type="application/json", status_code=status)


@router.post(
    "",
    status_code=201,
    response_model=HandoffPackage,
    responses={
        **_ERRORS,
        200: {
            "description": "With Accept: text/event-stream: server-sent events ending with a `package` event",
            "content": {"text/event-stream": {}},
        },
    },
    summary="Build, store and return the handoff package",
)
async def create_handoff(body: HandoffRequest, request: Request) -> Response:
    """Build the package for a conversation handed to a human; stored before the 201 is sent.

    With ``Accept: text/event-stream`` the answer is a stream of server-sent events: the headline and summary
    points as soon as they are known, then the other fields, then a final ``package`` event.
    """
    pipeline = get_pipeline(request)
    if "text/event-stream" in request.headers.get("accept", ""):
        from copilot.api.streaming import sse_response

        return sse_response(pipeline, body)
    package = await pipeline.run(body)
    return _json(package, 201)


@router.get(
    "/{handoff_id}",
    response_model=HandoffPackage,
    responses={404: {"description": "No such handoff"}},
    summary="Read a stored handoff package",
)
async def read_handoff(handoff_id: str, request: Request) -> Response:
    """Return a package stored by an earlier ``POST /v1/handoffs``."""
    store = get_pipeline(request).store
    if store is None:
        from copilot.errors import NotFound

        raise NotFound("this service runs without a package store")
    return _json(store.get(handoff_id), 200)


@router.post("/validate", responses=_ERRORS, summary="Check a HandoffRequest without building a package")
async def validate_handoff(body: HandoffRequest, request: Request) -> dict[str, Any]:
    """Validate the body and the service limits (message count, ids) and report what would be processed.

    Helpdesk integrations use it to test their payloads; the latency benchmark uses it as the no-op baseline
    (same app, same body, no engine).
    """
    prepared = prepare(body, get_pipeline(request).settings)
    return {
        "valid": True,
        "conversation_id": body.conversation_id,
        "messages": len(prepared.messages),
        "warnings": prepared.warnings,
    }
