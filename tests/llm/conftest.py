"""Fixtures of the LLM tests: settings pointing at a respx-mocked provider, the engine, and a pipeline."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from copilot.config import Settings
from copilot.llm.engine import LiteLLMEngine
from copilot.pipeline import Pipeline
from copilot.taxonomy import Taxonomy, load_taxonomy

from .helpers import LLM_BASE, REPO, FakeAnalyzer, FakeComposer, FakeRetriever


@pytest.fixture
def llm_settings(settings: Settings) -> Settings:
    """Settings with an OpenAI model behind the mocked base URL, a short deadline and one retry."""
    return settings.model_copy(
        update={
            "llm_model": "openai/gpt-4o-mini",
            "llm_api_base": LLM_BASE,
            "llm_api_key": "sk-test",
            "llm_timeout_s": 6.0,
            "llm_max_retries": 1,
            "prompts_dir": REPO / "prompts",
        }
    )


@pytest.fixture
def taxonomy() -> Taxonomy:
    """The default retail taxonomy."""
    return load_taxonomy(REPO / "kb" / "intents.yaml")


@pytest.fixture
def make_engine(llm_settings: Settings, taxonomy: Taxonomy) -> Callable[..., LiteLLMEngine]:
    """Build an engine with optional settings overrides (each gets a fresh Router: no shared cooldowns)."""

    def build(**overrides: object) -> LiteLLMEngine:
        return LiteLLMEngine(llm_settings.model_copy(update=overrides), taxonomy)

    return build


@pytest.fixture
def make_pipeline(llm_settings: Settings, make_engine: Callable[..., LiteLLMEngine]) -> Callable[..., Pipeline]:
    """A pipeline with the fake offline analyzer/composer/retriever, no store, and the real LLM engine."""

    def build(**overrides: object) -> Pipeline:
        return Pipeline(
            llm_settings.model_copy(update=overrides),
            analyzer=FakeAnalyzer(),
            composer=FakeComposer(),
            retriever=FakeRetriever(),
            store=None,
            llm=make_engine(**overrides),
        )

    return build
