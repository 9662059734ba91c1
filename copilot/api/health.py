"""Liveness and readiness probes."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

__all__ = ["router"]

router = APIRouter(tags=["health"])


@router.get("/healthz", summary="Liveness: the process answers")
async def healthz() -> dict[str, str]:
    """Answer 200 as long as the process serves requests."""
    return {"status": "ok"}


@router.get("/readyz", summary="Readiness: pipeline built, store and knowledge base answer")
async def readyz(request: Request) -> JSONResponse:
    """Answer 200 when the pipeline is built and its store and knowledge base respond, else 503."""
    checks: dict[str, Any] = {}
    pipeline = getattr(request.app.state, "pipeline", None)
    checks["pipeline"] = "ok" if pipeline is not None else "starting"
    if pipeline is not None:
        checks["engine"] = "llm" if pipeline.llm is not None else "offline"
        checks["store"] = _probe(getattr(pipeline.store, "ping", None))
        checks["knowledge"] = _probe(getattr(pipeline.retriever, "ping", None))
    ready = all(v in ("ok", "llm", "offline", "absent") for v in checks.values())
    return JSONResponse(
        status_code=200 if ready else 503,
        content={"status": "ready" if ready else "not_ready", "checks": checks},
    )


def _probe(ping: Any) -> str:
    if ping is None:
        return "absent"
    try:
        ping()
    except Exception as exc:
        return f"error: {exc}"
    return "ok"
