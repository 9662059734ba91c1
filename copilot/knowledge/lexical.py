"""The lexical half of retrieval: a BM25 index (bm25s) over one tenant's chunks, rebuilt from the store."""

from __future__ import annotations

import math

import bm25s
import numpy as np
from bm25s import selection

from copilot.knowledge.text import content_words, english_stemmer, stemmed_words

__all__ = ["LexicalIndex", "query_terms"]


def query_terms(query: str) -> list[str]:
    """The distinct stemmed content words of ``query``, in first-seen order: each query term counts once.

    Each distinct word is stemmed once (a long conversation repeats most of its words); a stem first appears
    with the first word that has it either way, so the order is that of stemming every word."""
    words = list(dict.fromkeys(content_words(query)))
    stemmer = english_stemmer()
    return list(dict.fromkeys(stemmer.stemWords(words))) if stemmer is not None else words


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
        scores, positions = selection.topk(_bm25_scores(self._retriever, known), k=min(k, self.size), sorted=True)
        # as Python numbers first: a test per numpy scalar costs ~1 us, fifty of them more than the scoring
        pairs = zip(positions.tolist(), scores.tolist(), strict=True)
        return [(position, score) for position, score in pairs if score > 0 and math.isfinite(score)]


def _bm25_scores(retriever: bm25s.BM25, terms: list[str]) -> np.ndarray:
    """Every chunk's BM25 score for ``terms`` (all in the vocabulary): ``retriever.get_scores(terms)``, with
    one ``np.add.at`` over all the terms' postings instead of one per term (a long conversation's query has
    ~100 terms). ``add.at`` adds in index order, so each chunk's float32 sum is built term by term exactly as
    bm25s builds it."""
    token_ids = np.asarray(retriever.get_tokens_ids(terms), dtype=np.dtype(retriever.int_dtype))
    index = retriever.scores
    starts, ends = index["indptr"][token_ids], index["indptr"][token_ids + 1]
    lengths = ends - starts
    # positions start..end-1 of every term's postings, term after term
    postings = np.arange(int(lengths.sum())) + np.repeat(starts - (np.cumsum(lengths) - lengths), lengths)
    scores = np.zeros(index["num_docs"], dtype=np.dtype(retriever.dtype))
    np.add.at(scores, index["indices"][postings], index["data"][postings])
    if retriever.nonoccurrence_array is not None:  # BM25 variants that score absent terms too
        scores += retriever.nonoccurrence_array[token_ids].sum()
    return scores
