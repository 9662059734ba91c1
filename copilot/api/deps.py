"""Dependencies shared by the routers: the pipeline and knowledge base held in ``app.state``."""

from __future__ import annotations

from fastapi import Request

from copilot.errors import StoreError
from copilot.pipeline import Pipeline

__all__ = ["get_pipeline"]


def get_pipeline(request: Request) -> Pipeline:
    """Return the process pipeline built at start-up; 503 when start-up has not finished."""
    pipeline: Pipeline | None = getattr(request.app.state, "pipeline", None)
    if pipeline is None:
        raise StoreError("the service is still starting")
    return pipeline
