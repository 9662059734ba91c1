"""The write path of an upsert: decide what changed, embed only that, write it, and undo it all on failure.

A changed article gets new chunk ids (they embed its content hash), so the new chunks are added first and the
old ones deleted last. Until that last step the old version is untouched; if anything fails before, the chunks
already added are deleted again and the collection is exactly as it was.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

from copilot.errors import CopilotError, KnowledgeBaseError
from copilot.knowledge.chunking import Chunker
from copilot.knowledge.embedders import Embedder
from copilot.knowledge.models import ArticleIn, ChunkRecord, IngestReport, ProgressCallback
from copilot.knowledge.store import ChromaStore

__all__ = ["EMBED_BATCH_ARTICLES", "UpsertPlan", "embed_texts_checked", "execute_plan", "plan_upsert"]

log = logging.getLogger(__name__)

EMBED_BATCH_ARTICLES = 256


@dataclass
class UpsertPlan:
    """What an upsert will do: chunks to write per article, old chunk ids to drop, the report to return."""

    report: IngestReport
    chunks_by_article: list[list[ChunkRecord]] = field(default_factory=list)
    stale_chunk_ids: list[str] = field(default_factory=list)
    rewritten_chunk_ids: set[str] = field(default_factory=set)  # stored already, overwritten identically


def plan_upsert(
    tenant: str,
    batch: list[ArticleIn],
    chunker: Chunker,
    stored: dict[str, tuple[str, list[str]]],
) -> UpsertPlan:
    """Compare the batch with ``stored`` (article id -> (content hash, chunk ids)) and plan the writes.

    An article whose content hash is unchanged is skipped: it is neither chunked again nor embedded. A stored
    article with mixed hashes (left by an interrupted write) never matches, so re-ingesting repairs it.
    """
    plan = UpsertPlan(report=IngestReport(tenant=tenant))
    for article in batch:
        previous = stored.get(article.id)
        if previous is not None and previous[0] == chunker.content_hash(article):
            plan.report.unchanged.append(article.id)
            continue
        (plan.report.updated if previous is not None else plan.report.added).append(article.id)
        chunks = chunker.split(article)
        plan.chunks_by_article.append(chunks)
        if previous is not None:
            fresh = {c.id for c in chunks}
            plan.stale_chunk_ids.extend(i for i in previous[1] if i not in fresh)
            plan.rewritten_chunk_ids.update(i for i in previous[1] if i in fresh)
    return plan


def execute_plan(
    store: ChromaStore,
    embedder: Embedder,
    plan: UpsertPlan,
    progress: ProgressCallback | None = None,
) -> IngestReport:
    """Embed and write the plan group by group, then drop stale chunks; roll everything back on failure."""
    started = time.perf_counter()
    report = plan.report
    tenant = report.tenant
    done, total = len(report.unchanged), report.total
    _notify(progress, done, total)
    written: list[str] = []
    try:
        for start in range(0, len(plan.chunks_by_article), EMBED_BATCH_ARTICLES):
            group = plan.chunks_by_article[start : start + EMBED_BATCH_ARTICLES]
            records = [record for article in group for record in article]
            vectors = embed_texts_checked(embedder, [r.index_text for r in records], records[0].article_id)
            # noted before the write, so a half-written group is rolled back too
            written.extend(r.id for r in records if r.id not in plan.rewritten_chunk_ids)
            store.add(tenant, records, vectors)
            done += len(group)
            _notify(progress, done, total)
        if plan.stale_chunk_ids:
            store.delete(tenant, plan.stale_chunk_ids)
        if written or plan.stale_chunk_ids:
            store.bump_revision(tenant)
    except BaseException as exc:
        _roll_back(store, tenant, written, exc)
        raise
    report.chunks_written = sum(len(article) for article in plan.chunks_by_article)
    report.seconds = time.perf_counter() - started
    return report


def embed_texts_checked(embedder: Embedder, texts: list[str], first_item: str) -> np.ndarray:
    """Embed ``texts``; raise KnowledgeBaseError (naming ``first_item``'s group) on failure or bad vectors."""
    try:
        vectors = np.asarray(embedder.embed(texts), dtype=np.float32)
    except CopilotError:
        raise
    except Exception as exc:
        raise KnowledgeBaseError(
            f"embedder {embedder.name} failed on the group starting with article {first_item!r}: {exc}"
        ) from exc
    if vectors.ndim != 2 or vectors.shape[0] != len(texts) or not np.isfinite(vectors).all():
        raise KnowledgeBaseError(
            f"embedder {embedder.name} returned {vectors.shape} vectors for {len(texts)} texts "
            f"(group starting with article {first_item!r}), or non-finite values"
        )
    return vectors


def _roll_back(store: ChromaStore, tenant: str, written: Iterable[str], cause: BaseException) -> None:
    written = list(written)
    if not written:
        return
    try:
        store.delete(tenant, written)
    except CopilotError as exc:
        raise KnowledgeBaseError(
            f"the batch failed ({cause}) and {len(written)} chunks already written could not be removed "
            f"({exc}); re-run the same ingest to converge"
        ) from cause
    log.warning("upsert for tenant %r failed; %d written chunks were rolled back", tenant, len(written))


def _notify(progress: ProgressCallback | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)
