"""The FastAPI app factory. Settings and the pipeline are built here, never at import time."""

from __future__ import annotations

import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio
from fastapi import FastAPI

import copilot
from copilot.api import handoffs, health, kb
from copilot.api.errors import install_error_handlers
from copilot.api.limits import BodySizeLimit
from copilot.config import Settings, get_settings
from copilot.pipeline import Pipeline

__all__ = ["create_app"]

log = logging.getLogger(__name__)

_GC_YOUNG_THRESHOLD = 10_000


def create_app(settings: Settings | None = None, *, pipeline: Pipeline | None = None) -> FastAPI:
    """Build the app. The pipeline (taxonomy, classifier, KB, store, LLM) is built at start-up unless given."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if app.state.pipeline is None:
            from copilot.factory import build_pipeline

            app.state.pipeline = await anyio.to_thread.run_sync(build_pipeline, settings)
        app.state.knowledge = app.state.pipeline.retriever
        _freeze_startup_objects()
        log.info("handoff copilot ready (engine: %s)", "llm" if app.state.pipeline.llm else "offline")
        yield
        for part in (app.state.pipeline.store, app.state.pipeline.retriever):
            close = getattr(part, "close", None)
            if close is not None:
                close()

    app = FastAPI(
        title="Handoff Copilot",
        version=copilot.__version__,
        description="Turns an AI-assistant transcript into a handoff package for the human agent.",
        lifespan=lifespan,
    )
    app.state.pipeline = pipeline
    app.state.settings = settings
    install_error_handlers(app)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    app.include_router(health.router)
    app.include_router(handoffs.router)
    app.include_router(kb.router)
    return app


def _freeze_startup_objects() -> None:
    """Move everything built at start-up (models, indexes, lexicons: a few hundred thousand objects) out of
    the garbage collector's reach. They live as long as the process, and a full collection would otherwise
    walk them all again and again, pausing whichever request happens to trigger it.

    Then the young-generation threshold is raised (700 -> 10000 allocations): one handoff allocates tens of
    thousands of short-lived containers, so the default ran the collector dozens of times per request, each
    pass walking (and pushing out of the CPU caches) the request's live objects. Measured in the served app:
    collector time per handoff 0.16 -> 0.06 ms and pipeline p50 about 0.4 ms lower. Cyclic garbage is still
    collected, in fewer and larger batches; the extra memory is a few thousand small objects at most."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(_GC_YOUNG_THRESHOLD, 50, 100)
