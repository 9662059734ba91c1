"""The exact in-memory vector scan that answers small tenants' dense queries."""

from __future__ import annotations

import numpy as np
import pytest

from copilot.errors import KnowledgeBaseError
from copilot.knowledge.dense import ExactVectorIndex


def test_rows_are_ranked_by_cosine_similarity_best_first() -> None:
    index = ExactVectorIndex(np.array([[1.0, 0.0], [0.0, 2.0], [3.0, 3.0], [-1.0, 0.0]]))  # norms do not matter
    hits = index.search(np.array([2.0, 1.0]), 3)
    assert [p for p, _ in hits] == [2, 0, 1]
    assert [s for _, s in hits] == pytest.approx([3 / np.sqrt(10), 2 / np.sqrt(5), 1 / np.sqrt(5)], rel=1e-6)
    assert [p for p, _ in index.search(np.array([2.0, 1.0]), 10)] == [2, 0, 1, 3]  # k above the size: all rows


def test_ties_keep_the_lower_position_first_and_k_edges_are_empty() -> None:
    index = ExactVectorIndex(np.array([[0.0, 1.0], [1.0, 0.0], [0.0, 5.0], [1.0, 0.0]]))
    assert [p for p, _ in index.search(np.array([1.0, 0.0]), 2)] == [1, 3]
    assert [p for p, _ in index.search(np.array([0.0, 1.0]), 4)] == [0, 2, 1, 3]
    assert index.search(np.array([1.0, 0.0]), 0) == []
    assert index.search(np.zeros(2), 3) == []  # a query without content words carries no dense signal
    assert ExactVectorIndex(np.zeros((0, 2))).search(np.array([1.0, 0.0]), 3) == []


def test_a_query_of_another_dimension_is_an_error() -> None:
    with pytest.raises(KnowledgeBaseError, match="3 dimensions"):
        ExactVectorIndex(np.eye(2)).search(np.ones(3), 1)
    with pytest.raises(KnowledgeBaseError, match="2-d"):
        ExactVectorIndex(np.ones(3))
