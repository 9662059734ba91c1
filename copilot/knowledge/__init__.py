"""The knowledge base: ingest help-center articles, store them in chromadb, retrieve them by hybrid search.

    open_knowledge_base(settings) -> KnowledgeBase
        .retrieve(prepared, analysis, top_k=, tenant=)     the pipeline's Retriever
        .search(query, tenant=, top_k=)                    hybrid BM25 + dense, fused by RRF, per article
        .ingest_path(path, tenant=) / .upsert(articles, tenant=) / .ensure_seeded(source, tenant=)
        .list_articles(tenant=) / .has_article(id, tenant=) / .delete(id, tenant=) / .close()

Settings read: ``chroma_url`` (a Chroma server) or ``chroma_path`` (embedded), ``embedder``, ``kb_max_article_chars``,
``kb_chunk_chars`` and ``kb_chunk_overlap``.
"""

from __future__ import annotations

from copilot.config import Settings
from copilot.knowledge.base import KnowledgeBase, SearchMode
from copilot.knowledge.chunking import Chunker
from copilot.knowledge.embedders import Embedder, build_embedder
from copilot.knowledge.models import ArticleFields, ArticleIn, ArticleInfo, IngestReport, ProgressCallback
from copilot.knowledge.store import ChromaStore

__all__ = [
    "ArticleFields",
    "ArticleIn",
    "ArticleInfo",
    "IngestReport",
    "KnowledgeBase",
    "ProgressCallback",
    "SearchMode",
    "open_knowledge_base",
]


def open_knowledge_base(settings: Settings, *, embedder: Embedder | None = None) -> KnowledgeBase:
    """Open the knowledge base the settings describe: a Chroma server when ``chroma_url`` is set, else the
    embedded store under ``chroma_path``; the embedder from ``settings.embedder`` unless one is passed."""
    embedder = embedder or build_embedder(settings)
    if settings.chroma_url:
        store = ChromaStore.http(settings.chroma_url, namespace=embedder.name)
    else:
        store = ChromaStore.persistent(settings.chroma_path, namespace=embedder.name)
    chunker = Chunker(settings.kb_chunk_chars, settings.kb_chunk_overlap)
    return KnowledgeBase(
        store,
        embedder,
        chunker=chunker,
        max_article_chars=settings.kb_max_article_chars,
    )
