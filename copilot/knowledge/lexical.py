"""The lexical half of retrieval: a BM25 index (bm25s) over one tenant's chunks, rebuilt from the store."""

from __future__ import annotations

import bm25s
import numpy as np

from copilot.knowledge.text import stemmed_words

__all__ = ["LexicalIndex", "query_terms"]


def query_terms(query: str) -> list[str]:
    """The distinct stemmed content words of ``query``, in first-seen order: each query term counts once."""
    return list(dict.fromkeys(stemmed_words(query)))


class LexicalIndex:
    """BM25 (Lucene variant) over a fixed list of texts; positions in results refer to that list.

    Chunks and queries go through the same tokenizer (:func:`copilot.knowledge.text.stemmed_words`). Building
    takes ~0.1 s per 10,000 short chunks, a query a fraction of a millisecond, so the index is simply rebuilt
    whenever the tenant's collection changes instead of being patched in place.
    """

    def __init__(self, texts: list[str]) -> None:
        self.size = len(texts)
        self._retriever: bm25s.BM25 | None = None
        if texts:
            self._retriever = bm25s.BM25()
            self._retriever.index([stemmed_words(text) for text in texts], show_progress=False)

    def search(self, query: str, k: int) -> list[tuple[int, float]]:
        """Return up to ``k`` ``(position, score)`` pairs with a positive score, best first."""
        return self.search_terms(query_terms(query), k)

    def search_terms(self, terms: list[str], k: int) -> list[tuple[int, float]]:
        """Like :meth:`search`, for terms already tokenized by :func:`query_terms` (shared with the snippets)."""
        if self._retriever is None or k <= 0:
            return []
        known = [term for term in terms if term in self._retriever.vocab_dict]
        if not known:
            return []
        # n_threads=0 scores in the calling thread; any other value starts a thread pool on every call
        positions, scores = self._retriever.retrieve([known], k=min(k, self.size), show_progress=False, n_threads=0)
        return [(int(p), float(s)) for p, s in zip(positions[0], scores[0], strict=True) if s > 0 and np.isfinite(s)]
