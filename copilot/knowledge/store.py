"""The chromadb vector store: the only module that imports chromadb.

One collection per (tenant, embedder): tenants never share a collection, so no filter can leak one tenant's
articles to another, and vectors of different embedders never mix. Chroma's default embedding function is
never used: collections are opened with ``embedding_function=None`` and every write and query passes vectors.

Each collection's metadata carries a ``revision`` stamp renewed on every write, so a process can tell cheaply
whether another process (a CLI ingest, another API replica on the same Chroma server) changed the collection
and its BM25 index must be rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import chromadb
import numpy as np
from chromadb.config import Settings as ChromaSettings
from chromadb.errors import NotFoundError

from copilot.errors import CopilotError, KnowledgeBaseError
from copilot.knowledge.models import ChunkRecord

__all__ = ["ChromaStore"]

_SAFE = re.compile(r"[^A-Za-z0-9]+")


class ChromaStore:
    """Chunks and vectors of every tenant, in an embedded PersistentClient or on a Chroma server."""

    def __init__(self, client: Any, *, namespace: str, location: str) -> None:
        self._client = client
        self.namespace = namespace
        self.location = location
        self._collections: dict[str, Any] = {}

    @classmethod
    def persistent(cls, path: Path, *, namespace: str) -> ChromaStore:
        """Open (creating it if needed) the embedded store at ``path``."""
        path.mkdir(parents=True, exist_ok=True)
        with _chroma_errors(f"opening the embedded store at {path}"):
            client = chromadb.PersistentClient(path=str(path), settings=_chroma_settings())
        return cls(client, namespace=namespace, location=str(path))

    @classmethod
    def http(cls, url: str, *, namespace: str) -> ChromaStore:
        """Connect to a Chroma server (``chroma run``) at ``url``, e.g. ``http://127.0.0.1:8000``."""
        parts = urlsplit(url if "://" in url else f"http://{url}")
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise KnowledgeBaseError(f"COPILOT_CHROMA_URL {url!r} is not an http(s) URL")
        ssl = parts.scheme == "https"
        port = parts.port or (443 if ssl else 8000)
        with _chroma_errors(f"connecting to the Chroma server at {url}"):
            client = chromadb.HttpClient(host=parts.hostname, port=port, ssl=ssl, settings=_chroma_settings())
        return cls(client, namespace=namespace, location=url)

    def collection_name(self, tenant: str) -> str:
        """A valid Chroma name, unique per (tenant, embedder): readable prefix plus a hash of both."""
        digest = hashlib.sha256(f"{self.namespace}\0{tenant}".encode()).hexdigest()[:12]
        return f"kb-{_SAFE.sub('-', tenant).strip('-')[:40]}-{digest}".replace("--", "-")

    def count(self, tenant: str) -> int:
        """Number of chunks stored for ``tenant`` (0 when it has no collection yet)."""
        with _chroma_errors(f"counting the chunks of tenant {tenant!r}", self.location):
            collection = self._existing(tenant)
            return int(collection.count()) if collection is not None else 0

    def revision(self, tenant: str) -> str:
        """The tenant collection's current revision stamp, read fresh ('' when the tenant has no collection)."""
        with _chroma_errors(f"reading the revision of tenant {tenant!r}", self.location):
            self._collections.pop(tenant, None)  # re-read: the cached copy holds the metadata it was read with
            collection = self._existing(tenant)
            return str((collection.metadata or {}).get("revision", "")) if collection is not None else ""

    def fetch_all(self, tenant: str) -> list[ChunkRecord]:
        """Every chunk of ``tenant`` with its text and metadata, read page by page."""
        chunks: list[ChunkRecord] = []
        with _chroma_errors(f"reading the chunks of tenant {tenant!r}", self.location):
            collection = self._existing(tenant)
            if collection is None:
                return chunks
            page = self._client.get_max_batch_size()
            while True:
                got = collection.get(include=["documents", "metadatas"], limit=page, offset=len(chunks))
                chunks.extend(
                    _stored(i, d or "", m or {})
                    for i, d, m in zip(got["ids"], got["documents"] or [], got["metadatas"] or [], strict=True)
                )
                if len(got["ids"]) < page:
                    return chunks

    def fetch_vectors(self, tenant: str, ids: list[str]) -> np.ndarray | None:
        """The stored vectors of the chunks ``ids``, one row each, in the order given (read page by page); None
        when one of them is missing (another process changed the collection while it was being read)."""
        with _chroma_errors(f"reading the vectors of tenant {tenant!r}", self.location):
            collection = self._existing(tenant)
            if collection is None:
                return None if ids else np.zeros((0, 0), dtype=np.float32)
            page = self._client.get_max_batch_size()
            found: dict[str, Any] = {}
            for start in range(0, len(ids), page):
                got = collection.get(ids=ids[start : start + page], include=["embeddings"])
                found.update(zip(got["ids"], got["embeddings"] if got["embeddings"] is not None else [], strict=True))
            if any(i not in found for i in ids):
                return None
            return np.asarray([found[i] for i in ids], dtype=np.float32)

    def add(self, tenant: str, records: list[ChunkRecord], vectors: np.ndarray) -> None:
        """Write (insert or overwrite) chunks with their vectors, in batches of the store's maximum size."""
        with _chroma_errors(f"writing {len(records)} chunks for tenant {tenant!r}", self.location):
            collection = self._writable(tenant)
            step = self._client.get_max_batch_size()
            for start in range(0, len(records), step):
                batch = records[start : start + step]
                collection.upsert(
                    ids=[r.id for r in batch],
                    embeddings=vectors[start : start + step],
                    documents=[r.text for r in batch],
                    metadatas=[_metadata(r) for r in batch],
                )

    def delete(self, tenant: str, ids: list[str]) -> None:
        """Remove chunks by id (unknown ids are ignored)."""
        with _chroma_errors(f"deleting {len(ids)} chunks of tenant {tenant!r}", self.location):
            collection = self._existing(tenant)
            if collection is None:
                return
            step = self._client.get_max_batch_size()
            for start in range(0, len(ids), step):
                collection.delete(ids=ids[start : start + step])

    def query(self, tenant: str, vector: np.ndarray, n: int) -> list[tuple[str, float]]:
        """Nearest chunks to ``vector``: ``(chunk_id, cosine similarity)`` pairs, best first."""
        with _chroma_errors(f"searching tenant {tenant!r}", self.location):
            collection = self._existing(tenant)
            if collection is None:
                return []
            got = collection.query(query_embeddings=[vector], n_results=n, include=["distances"])
        ids, distances = got["ids"][0], (got["distances"] or [[]])[0]
        return [(i, 1.0 - float(d)) for i, d in zip(ids, distances, strict=True)]

    def bump_revision(self, tenant: str) -> str:
        """Stamp the tenant's collection with a new revision after a write; return it."""
        revision = uuid.uuid4().hex
        with _chroma_errors(f"updating the revision of tenant {tenant!r}", self.location):
            self._writable(tenant).modify(metadata=self._collection_metadata(tenant, revision))
        return revision

    def ping(self) -> None:
        """Raise KnowledgeBaseError unless the Chroma client answers (embedded or server)."""
        with _chroma_errors("checking the vector store", self.location):
            self._client.heartbeat()

    def close(self) -> None:
        """Release the client (for the embedded store: its SQLite connections and file locks)."""
        self._collections.clear()
        close = getattr(self._client, "close", None)
        if callable(close):
            close()

    def _existing(self, tenant: str) -> Any | None:
        """The tenant's collection, or None when it has none: reads never create collections."""
        if tenant not in self._collections:
            try:
                self._collections[tenant] = self._client.get_collection(
                    self.collection_name(tenant), embedding_function=None
                )
            except NotFoundError:
                return None
        return self._collections[tenant]

    def _writable(self, tenant: str) -> Any:
        """The tenant's collection, created (cosine space, no embedding function) on the first write."""
        if tenant not in self._collections:
            self._collections[tenant] = self._client.get_or_create_collection(
                self.collection_name(tenant),
                embedding_function=None,
                configuration={"hnsw": {"space": "cosine"}},
                metadata=self._collection_metadata(tenant, "initial"),
            )
        return self._collections[tenant]

    def _collection_metadata(self, tenant: str, revision: str) -> dict[str, str]:
        return {"tenant": tenant, "embedder": self.namespace, "revision": revision}


def _chroma_settings() -> ChromaSettings:
    return ChromaSettings(anonymized_telemetry=False, allow_reset=False)


def _metadata(record: ChunkRecord) -> dict[str, str | int]:
    return {
        "article_id": record.article_id,
        "position": record.position,
        "title": record.title,
        "url": record.url or "",
        "tags": json.dumps(list(record.tags), ensure_ascii=False),
        "content_hash": record.content_hash,
    }


def _stored(chunk_id: str, text: str, meta: dict[str, Any]) -> ChunkRecord:
    try:
        tags = tuple(json.loads(str(meta.get("tags") or "[]")))
    except json.JSONDecodeError:
        tags = ()
    return ChunkRecord(
        id=chunk_id,
        article_id=str(meta.get("article_id", "")),
        position=int(meta.get("position", 0) or 0),
        text=text,
        title=str(meta.get("title", "")),
        url=str(meta.get("url") or "") or None,
        tags=tags,
        content_hash=str(meta.get("content_hash", "")),
    )


@contextmanager
def _chroma_errors(action: str, location: str | None = None) -> Iterator[None]:
    """Turn any chromadb/transport failure into a KnowledgeBaseError that says what was being done, where."""
    try:
        yield
    except CopilotError:
        raise
    except Exception as exc:
        where = f" ({location})" if location else ""
        raise KnowledgeBaseError(f"chroma: {action}{where} failed: {type(exc).__name__}: {exc}") from exc
