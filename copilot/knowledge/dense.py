"""Exact dense search in memory, for tenants small enough that scanning every vector beats an index lookup.

Chroma stays the vector store (persistence, sharing between processes, the HNSW index of large tenants), but
one Chroma query costs ~0.5 ms however small the collection, while an exact scan of N unit vectors of
dimension d costs about N * d / 10 ns here (~0.01 ms for 100 chunks, ~0.2 ms for 2,000 chunks of 1,024
dimensions). Below :data:`EXACT_SEARCH_MAX_CHUNKS` the read side therefore keeps the tenant's vectors in
memory next to its BM25 index and ranks them exactly (exact cosine, not approximate); above it, the scan
would grow linearly with the help center, and Chroma's HNSW index (sub-linear) answers instead.
"""

from __future__ import annotations

import numpy as np

from copilot.errors import KnowledgeBaseError

__all__ = ["EXACT_SEARCH_MAX_CHUNKS", "ExactVectorIndex"]

EXACT_SEARCH_MAX_CHUNKS = 2048
"""Largest tenant (in chunks) searched by an in-memory scan. Up to here the scan stays well under one Chroma
query (~0.2 ms against ~0.5-0.7 ms) and the copy of the vectors small: 8 MB at 1,024 float32 dimensions (the
hashing embedder), 3 MB at 384 (neural). Beyond it the scan grows linearly while HNSW does not."""


class ExactVectorIndex:
    """Cosine similarity of a query against every stored vector; positions refer to the rows given."""

    def __init__(self, vectors: np.ndarray) -> None:
        matrix = np.asarray(vectors, dtype=np.float32)
        if matrix.ndim != 2:
            raise KnowledgeBaseError(f"expected a 2-d matrix of stored vectors, got shape {matrix.shape}")
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        self._matrix = matrix / np.where(norms > 0, norms, 1.0)  # cosine, as Chroma's "cosine" space
        self.size, self.dimension = self._matrix.shape

    def search(self, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        """The ``k`` most similar rows to ``vector``: ``(position, cosine similarity)`` pairs, best first.

        Ties keep the lower position first, so results are deterministic. A query of another dimension (an
        embedder that changed under a running process) is an error, never a silent mismatch.
        """
        if k <= 0 or self.size == 0:
            return []
        query = np.asarray(vector, dtype=np.float32).ravel()
        if query.shape[0] != self.dimension:
            raise KnowledgeBaseError(
                f"the query vector has {query.shape[0]} dimensions, the stored vectors {self.dimension}"
            )
        norm = float(np.linalg.norm(query))
        if norm == 0.0:
            return []
        # einsum, not the BLAS matrix product: OpenBLAS spreads a product this size over its threads, and when
        # the cores are busy (a Chroma compaction, other requests) waking them costs ~8 ms instead of ~0.05 ms
        similarity = np.einsum("ij,j->i", self._matrix, query / norm)
        if k < self.size:
            candidates = np.argpartition(-similarity, k - 1)[:k]
            order = candidates[np.lexsort((candidates, -similarity[candidates]))]
        else:
            order = np.lexsort((np.arange(self.size), -similarity))
        return list(zip(order.tolist(), similarity[order].tolist(), strict=True))  # one conversion, not one per row
