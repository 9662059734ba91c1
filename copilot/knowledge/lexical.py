"""The lexical half of retrieval: a BM25 index (bm25s) over one tenant's chunks, rebuilt from the store."""

from __future__ import annotations

from typing import Any

import bm25s
import numpy as np

from copilot.knowledge.text import STOP_WORDS, WORD_PATTERN, english_stemmer

__all__ = ["LexicalIndex"]


class LexicalIndex:
    """BM25 (Lucene variant) over a fixed list of texts; positions in results refer to that list.

    Building takes ~0.1 s per 10,000 short chunks, a query well under a millisecond, so the index is simply
    rebuilt whenever the tenant's collection changes instead of being patched in place.
    """

    def __init__(self, texts: list[str]) -> None:
        self.size = len(texts)
        self._stopwords = sorted(STOP_WORDS)
        self._retriever: bm25s.BM25 | None = None
        if texts:
            tokens = self._tokenize(texts)
            self._retriever = bm25s.BM25()
            self._retriever.index(tokens, show_progress=False)

    def search(self, query: str, k: int) -> list[tuple[int, float]]:
        """Return up to ``k`` ``(position, score)`` pairs with a positive score, best first."""
        if self._retriever is None or k <= 0:
            return []
        tokens = list(dict.fromkeys(self._tokenize([query], as_ids=False)[0]))  # each query term once
        if not self._retriever.get_tokens_ids(tokens):
            return []
        positions, scores = self._retriever.retrieve([tokens], k=min(k, self.size), show_progress=False, n_threads=1)
        return [(int(p), float(s)) for p, s in zip(positions[0], scores[0], strict=True) if s > 0 and np.isfinite(s)]

    def _tokenize(self, texts: list[str], *, as_ids: bool = True) -> Any:
        return bm25s.tokenize(
            texts,
            token_pattern=WORD_PATTERN,
            stopwords=self._stopwords,
            stemmer=english_stemmer(),
            return_ids=as_ids,
            show_progress=False,
        )
