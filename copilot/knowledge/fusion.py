"""Reciprocal rank fusion of the lexical and dense rankings, aggregated per article."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["RRF_K", "ArticleHit", "fuse_by_article"]

RRF_K = 60
"""The usual RRF constant (Cormack et al., 2009): damps the weight of the very first ranks."""


@dataclass(frozen=True)
class ArticleHit:
    """One fused result: the article, its best chunk (a position in the tenant's chunks) and a 0..1 score."""

    article_id: str
    chunk: int
    score: float


def fuse_by_article(
    rankings: Sequence[Sequence[int]],
    article_of: Sequence[str],
    *,
    top_k: int,
    k: int = RRF_K,
) -> list[ArticleHit]:
    """Fuse chunk rankings into an article ranking by reciprocal rank fusion.

    Each ranking lists chunk positions, best first. Within a ranking an article takes the rank of its best
    chunk, so long articles (many chunks) gain no advantage; its RRF score is the sum over rankings of
    ``1 / (k + rank)``. The best chunk of an article (the snippet) is the one with the highest chunk-level RRF
    score. Scores are divided by the maximum possible (first in every ranking), so 1.0 means "first
    everywhere". Ties keep the order of first appearance, which makes results deterministic.
    """
    article_score: dict[str, float] = {}
    chunk_score: dict[int, float] = {}
    for ranking in rankings:
        seen: set[str] = set()
        for chunk_rank, chunk in enumerate(ranking, start=1):
            chunk_score[chunk] = chunk_score.get(chunk, 0.0) + 1.0 / (k + chunk_rank)
            article = article_of[chunk]
            if article not in seen:
                seen.add(article)
                article_score[article] = article_score.get(article, 0.0) + 1.0 / (k + len(seen))
    if not article_score:
        return []
    best_chunk: dict[str, int] = {}
    for chunk, score in chunk_score.items():
        article = article_of[chunk]
        if article not in best_chunk or score > chunk_score[best_chunk[article]]:
            best_chunk[article] = chunk
    ceiling = len(rankings) / (k + 1)
    ordered = sorted(article_score.items(), key=lambda item: item[1], reverse=True)[:top_k]
    return [ArticleHit(a, best_chunk[a], round(min(1.0, s / ceiling), 4)) for a, s in ordered]
