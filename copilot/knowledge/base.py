"""The knowledge base: per-tenant hybrid retrieval (BM25 + dense vectors, fused by RRF) over a chromadb store.

The pipeline calls :meth:`KnowledgeBase.retrieve` on every handoff, so the read path keeps everything it needs
in memory: per tenant, the chunk texts, a BM25 index and (up to ``exact_search_max_chunks`` chunks) the chunk
vectors, rebuilt only when the collection's revision stamp changes (checked at most every ``sync_interval_s``).
A query then costs one embedding, one BM25 lookup and one exact vector scan (a Chroma HNSW query for large
tenants): about a millisecond for a whole conversation.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import numpy as np

from copilot.context import Analysis, Prepared
from copilot.errors import NotFound
from copilot.knowledge.chunking import Chunker
from copilot.knowledge.dense import EXACT_SEARCH_MAX_CHUNKS, ExactVectorIndex
from copilot.knowledge.embedders import Embedder
from copilot.knowledge.fusion import fuse_by_article
from copilot.knowledge.ingest import embed_texts_checked, execute_plan, plan_upsert
from copilot.knowledge.lexical import LexicalIndex, query_terms
from copilot.knowledge.models import ArticleIn, ArticleInfo, ChunkRecord, IngestReport, ProgressCallback
from copilot.knowledge.query import build_query
from copilot.knowledge.snippets import snippet_for_terms
from copilot.knowledge.sources import load_articles
from copilot.knowledge.store import ChromaStore
from copilot.knowledge.validation import check_tenant, validate_batch
from copilot.schema import KBArticle

__all__ = ["KnowledgeBase", "SearchMode"]

SearchMode = Literal["hybrid", "bm25", "dense"]

log = logging.getLogger(__name__)


@dataclass
class _TenantIndex:
    """The in-memory read side of one tenant: chunks, their article ids, the BM25 index over them and, for
    small tenants, their vectors."""

    revision: str
    chunks: list[ChunkRecord]
    lexical: LexicalIndex
    checked_at: float
    dense: ExactVectorIndex | None = None  # the chunks' vectors, for tenants small enough to scan exactly
    article_of: list[str] = field(init=False)
    article_ids: set[str] = field(init=False)
    position_of: dict[str, int] = field(init=False)

    def __post_init__(self) -> None:
        self.article_of = [c.article_id for c in self.chunks]
        self.article_ids = set(self.article_of)
        self.position_of = {c.id: i for i, c in enumerate(self.chunks)}

    def catalogue(self) -> dict[str, tuple[str, list[str]]]:
        """Article id -> (content hash, chunk ids); a mixed-hash article (interrupted write) gets hash ''."""
        found: dict[str, tuple[str, list[str]]] = {}
        for chunk in self.chunks:
            digest, ids = found.get(chunk.article_id, (chunk.content_hash, []))
            ids.append(chunk.id)
            found[chunk.article_id] = (digest if digest == chunk.content_hash else "", ids)
        return found


class KnowledgeBase:
    """Ingest, search and manage the help-center articles of every tenant. Thread-safe."""

    def __init__(
        self,
        store: ChromaStore,
        embedder: Embedder,
        *,
        chunker: Chunker | None = None,
        max_article_chars: int = 100_000,
        sync_interval_s: float = 1.0,
        candidates: int = 50,
        exact_search_max_chunks: int = EXACT_SEARCH_MAX_CHUNKS,
    ) -> None:
        self.store = store
        self.embedder = embedder
        self.chunker = chunker or Chunker()
        self.max_article_chars = max_article_chars
        self.sync_interval_s = sync_interval_s
        self.candidates = candidates
        self.exact_search_max_chunks = exact_search_max_chunks
        self._lock = threading.RLock()
        self._indexes: dict[str, _TenantIndex] = {}

    # ------------------------------------------------------------------ read side

    def retrieve(self, prepared: Prepared, analysis: Analysis, *, top_k: int, tenant: str) -> list[KBArticle]:
        """The pipeline's Retriever: the ``top_k`` articles for this conversation, queried by all of it."""
        return self.search(build_query(prepared, analysis), tenant=tenant, top_k=top_k)

    def search(
        self, query: str, *, tenant: str = "default", top_k: int = 5, mode: SearchMode = "hybrid"
    ) -> list[KBArticle]:
        """Return at most ``top_k`` articles for ``query``, best first, each with its best passage as snippet.

        ``mode`` selects the rankers: ``hybrid`` (BM25 and dense, fused by reciprocal rank fusion; the
        default), or ``bm25`` / ``dense`` alone (for comparisons).
        """
        check_tenant(tenant)
        if top_k <= 0 or not query.strip():
            return []
        index = self._index(tenant)
        if not index.chunks:
            return []
        pool = max(self.candidates, top_k * 10)
        terms = query_terms(query)  # tokenized once: BM25 and every snippet use them
        rankings: list[list[int]] = []
        if mode in ("hybrid", "bm25"):
            rankings.append([position for position, _ in index.lexical.search_terms(terms, pool)])
        if mode in ("hybrid", "dense"):
            vector = embed_texts_checked(self.embedder, [query], "(query)")[0]
            rankings.append(self._nearest(index, tenant, vector, pool))
        hits = fuse_by_article(rankings, index.article_of, top_k=top_k)
        return [self._article(index.chunks[hit.chunk], hit.score, terms) for hit in hits]

    def list_articles(self, tenant: str = "default") -> list[ArticleInfo]:
        """Every stored article of ``tenant``, sorted by id, with its chunk count and content hash."""
        check_tenant(tenant)
        index = self._index(tenant)
        infos: dict[str, ArticleInfo] = {}
        for chunk in index.chunks:
            info = infos.get(chunk.article_id)
            if info is None:
                infos[chunk.article_id] = info = ArticleInfo(
                    id=chunk.article_id, title=chunk.title, url=chunk.url, tags=list(chunk.tags),
                    content_hash=chunk.content_hash,
                )  # fmt: skip
            info.chunks += 1
        return [infos[key] for key in sorted(infos)]

    def has_article(self, article_id: str, tenant: str = "default") -> bool:
        """True when ``tenant`` has an article with this id."""
        check_tenant(tenant)
        return article_id in self._index(tenant).article_ids

    # ------------------------------------------------------------------ write side

    def upsert(
        self, articles: list[ArticleIn], tenant: str = "default", *, progress: ProgressCallback | None = None
    ) -> IngestReport:
        """Insert or update a batch, all or nothing; unchanged articles (same content hash) are not embedded.

        Raises IngestError naming the refused items before anything is written, and KnowledgeBaseError when
        the embedder or the store fails (after rolling back what the batch had written).
        """
        check_tenant(tenant)
        batch = validate_batch(articles, max_article_chars=self.max_article_chars)
        with self._lock:
            stored = self._index(tenant, fresh=True).catalogue()
            plan = plan_upsert(tenant, batch, self.chunker, stored)
            try:
                report = execute_plan(self.store, self.embedder, plan, progress)
            except BaseException:
                self._indexes.pop(tenant, None)
                raise
            self._index(tenant, fresh=True)  # rebuilt now if anything changed: the next handoff does not pay
            return report

    def ingest_path(
        self, path: Path, tenant: str = "default", *, progress: ProgressCallback | None = None
    ) -> IngestReport:
        """Load every .md/.jsonl/.html article under ``path`` (recursively) and upsert them as one batch."""
        check_tenant(tenant)
        return self.upsert(load_articles(Path(path)), tenant, progress=progress)

    def ensure_seeded(self, source: Path, tenant: str = "default") -> None:
        """Ingest ``source`` when ``tenant`` has no article yet; then warm the index and the embedder."""
        check_tenant(tenant)
        with self._lock:
            if self.store.count(tenant) == 0:
                self.ingest_path(source, tenant)
            self._index(tenant, fresh=True)
        embed_texts_checked(self.embedder, ["warm up"], "(warm-up)")

    def delete(self, article_id: str, tenant: str = "default") -> None:
        """Remove an article and all its chunks; raise NotFound when ``tenant`` has no such article."""
        check_tenant(tenant)
        with self._lock:
            index = self._index(tenant, fresh=True)
            ids = [c.id for c in index.chunks if c.article_id == article_id]
            if not ids:
                raise NotFound(f"article {article_id!r} not found in the knowledge base of tenant {tenant!r}")
            try:
                self.store.delete(tenant, ids)
                self.store.bump_revision(tenant)
            finally:
                self._indexes.pop(tenant, None)
            self._index(tenant)  # rebuilt now: the next handoff does not pay for it

    def ping(self) -> None:
        """Raise KnowledgeBaseError unless the vector store answers (used by ``/readyz``)."""
        self.store.ping()

    def close(self) -> None:
        """Release the store (idempotent)."""
        with self._lock:
            self._indexes.clear()
            self.store.close()

    # ------------------------------------------------------------------ internals

    def _index(self, tenant: str, *, fresh: bool = False) -> _TenantIndex:
        """The tenant's read index, rebuilt from the store when its revision changed."""
        with self._lock:
            index = self._indexes.get(tenant)
            now = time.monotonic()
            if index is not None and not fresh and now - index.checked_at < self.sync_interval_s:
                return index
            revision = self.store.revision(tenant)
            if index is not None and index.revision == revision:
                index.checked_at = now
                return index
            chunks = self.store.fetch_all(tenant)
            chunks.sort(key=lambda c: (c.article_id, c.position))
            dense = self._exact_index(tenant, chunks)
            index = _TenantIndex(revision, chunks, LexicalIndex([c.index_text for c in chunks]), now, dense)
            self._indexes[tenant] = index
            return index

    def _exact_index(self, tenant: str, chunks: list[ChunkRecord]) -> ExactVectorIndex | None:
        """The chunks' vectors for an in-memory scan, or None: the tenant is too large, or a concurrent write
        removed chunks between the two reads (Chroma answers until the rebuild that write triggers)."""
        if not 0 < len(chunks) <= self.exact_search_max_chunks:
            return None
        vectors = self.store.fetch_vectors(tenant, [c.id for c in chunks])
        if vectors is None:
            log.info("tenant %r changed while being read: dense search uses Chroma until the next rebuild", tenant)
            return None
        return ExactVectorIndex(vectors)

    def _nearest(self, index: _TenantIndex, tenant: str, vector: np.ndarray, n: int) -> list[int]:
        """Positions of the ``n`` chunks nearest to ``vector``: an exact in-memory scan for small tenants,
        Chroma's HNSW index for large ones."""
        if index.dense is not None:
            return [position for position, _ in index.dense.search(vector, n)]
        nearest = self.store.query(tenant, vector, n)
        return [index.position_of[i] for i, _ in nearest if i in index.position_of]

    @staticmethod
    def _article(chunk: ChunkRecord, score: float, terms: list[str]) -> KBArticle:
        return KBArticle(
            id=chunk.article_id,
            title=chunk.title,
            url=chunk.url,
            snippet=snippet_for_terms(chunk.text, terms),
            score=score,
        )
