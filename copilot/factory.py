"""Wiring: builds the pipeline and its components from settings. The one place that knows every concrete class."""

from __future__ import annotations

from pathlib import Path

from copilot.analysis import build_analyzer
from copilot.compose import build_composer
from copilot.config import Settings
from copilot.knowledge import KnowledgeBase, open_knowledge_base
from copilot.llm import build_llm_engine
from copilot.pipeline import Pipeline
from copilot.ports import PackageStore
from copilot.store import SqlitePackageStore
from copilot.taxonomy import Taxonomy, load_taxonomy

__all__ = ["build_pipeline", "load_default_taxonomy"]


def load_default_taxonomy(settings: Settings) -> Taxonomy:
    """Load the taxonomy named by ``COPILOT_TAXONOMY`` (relative paths resolved against the repo root too)."""
    return load_taxonomy(settings.resolve(settings.taxonomy))


def build_pipeline(
    settings: Settings,
    *,
    taxonomy: Taxonomy | None = None,
    knowledge: KnowledgeBase | None = None,
    store: PackageStore | None = None,
    seed_kb: Path | None = None,
    with_store: bool = True,
) -> Pipeline:
    """Build a ready pipeline: analyzer trained on the taxonomy, KB opened (and seeded when empty), store opened.

    ``seed_kb`` defaults to ``COPILOT_KB_PATH``; it is ingested only when the default tenant's index is empty.
    """
    taxonomy = taxonomy or load_default_taxonomy(settings)
    if knowledge is None:
        knowledge = open_knowledge_base(settings)
        source = seed_kb if seed_kb is not None else settings.resolve(settings.kb_path)
        if source.exists():
            knowledge.ensure_seeded(source)
    if store is None and with_store:
        store = SqlitePackageStore(settings.db_path)
    return Pipeline(
        settings,
        analyzer=build_analyzer(settings, taxonomy),
        composer=build_composer(settings),
        retriever=knowledge,
        store=store,
        llm=build_llm_engine(settings, taxonomy),
    )
