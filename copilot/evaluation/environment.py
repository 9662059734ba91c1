"""The real engine for a suite run: the API's pipeline over the suite's own taxonomy and a fresh KB index.

Results must not depend on any other state, so each run gets a temporary data dir (a new embedded chromadb),
no Chroma server, no package store, and the suite's KB ingested from scratch.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from copilot.config import Settings
from copilot.errors import ConfigError, KnowledgeBaseError, SuiteError
from copilot.evaluation.runner import EVAL_TENANT, CaseEngine
from copilot.evaluation.suite import Suite
from copilot.taxonomy import Taxonomy

if TYPE_CHECKING:
    from copilot.knowledge import KnowledgeBase

__all__ = ["Backend", "PipelineBackend", "pipeline_backend", "run_settings"]


class Backend(Protocol):
    """What a suite run needs from its environment: an engine for cases and the KB's id check."""

    engine: CaseEngine

    def has_article(self, article_id: str) -> bool:
        """Does the suite's ingested KB hold this article id?"""
        ...


@dataclass
class PipelineBackend:
    """The production pipeline plus the knowledge base it retrieves from."""

    engine: CaseEngine
    knowledge: KnowledgeBase

    def has_article(self, article_id: str) -> bool:
        """Does the suite's ingested KB hold this article id?"""
        return self.knowledge.has_article(article_id, tenant=EVAL_TENANT)


def run_settings(settings: Settings, data_dir: Path, *, engine: str, model: str | None) -> Settings:
    """Settings for an isolated run: a fresh data dir, no Chroma server, the chosen LLM model if any."""
    llm_model = model or settings.llm_model
    if engine == "llm" and not llm_model:
        raise ConfigError("--engine llm needs a model: pass --model M or set COPILOT_LLM_MODEL")
    return settings.model_copy(update={"data_dir": data_dir, "chroma_url": None, "llm_model": llm_model})


@contextmanager
def pipeline_backend(
    suite: Suite, taxonomy: Taxonomy, settings: Settings, *, engine: str, model: str | None
) -> Iterator[PipelineBackend]:
    """Build the pipeline the API uses over a fresh index of the suite's KB; clean everything up after."""
    from copilot.factory import build_pipeline
    from copilot.knowledge import open_knowledge_base

    with tempfile.TemporaryDirectory(prefix="copilot-eval-") as data_dir:
        isolated = run_settings(settings, Path(data_dir), engine=engine, model=model)
        knowledge = open_knowledge_base(isolated)
        try:
            if suite.kb_path is not None:
                try:
                    knowledge.ingest_path(suite.kb_path, tenant=EVAL_TENANT)
                except KnowledgeBaseError as exc:
                    raise SuiteError(f"the suite's KB {suite.kb_path} cannot be ingested: {exc.message}") from exc
            pipeline = build_pipeline(isolated, taxonomy=taxonomy, knowledge=knowledge, with_store=False)
            yield PipelineBackend(engine=pipeline, knowledge=knowledge)
        finally:
            knowledge.close()
