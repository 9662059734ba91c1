"""Speed-ups that must not change a number: each fast path against the plain computation it replaces."""

from __future__ import annotations

import numpy as np
from scipy.sparse import csr_matrix

from copilot.analysis.frustration import _similar
from copilot.analysis.intent_model import _row_sums


def test_row_sums_equal_scipy_bit_for_bit() -> None:
    """Row norms of TF-IDF rows (empty rows included) are the same floats scipy's sum(axis=1) gives."""
    rng = np.random.default_rng(3)
    dense = rng.random((9, 40)) * (rng.random((9, 40)) < 0.3)
    dense[[2, 5]] = 0.0  # empty rows, as an empty turn gives
    matrix = csr_matrix(dense)
    squares = matrix.multiply(matrix)
    expected = np.asarray(squares.sum(axis=1)).ravel()
    assert np.array_equal(_row_sums(matrix.data * matrix.data, matrix.indptr), expected)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def test_similar_is_the_jaccard_overlap() -> None:
    """Banking and SaaS turns: the overlap counted without building the union."""
    left = _words("i still cannot log in to my online banking")
    right = _words("i still cannot log in to my banking app")
    assert _similar(left, right) == len(left & right) / len(left | right)
    assert _similar(frozenset({"export", "fails"}), frozenset()) == 0.0
    assert _similar(_words("sync"), _words("sync keeps failing on every single device")) == 0.0


def test_any_similar_answers_as_the_pairwise_jaccard_check() -> None:
    """Random turns over a small banking/SaaS/travel vocabulary: the one-loop check with its size shortcut says
    what comparing every pair with ``_similar`` says, for both thresholds in use."""
    import random

    from copilot.analysis.frustration import _any_similar

    vocabulary = [
        "transfer",
        "pending",
        "card",
        "blocked",
        "invoice",
        "seat",
        "upgrade",
        "refund",
        "sso",
        "login",
        "export",
        "sync",
        "app",
        "still",
    ]
    rng = random.Random(5)
    for _ in range(3000):
        words = frozenset(rng.sample(vocabulary, rng.randint(0, 9)))
        earlier = [frozenset(rng.sample(vocabulary, rng.randint(0, 9))) for _ in range(rng.randint(0, 6))]
        for threshold in (0.75, 0.85):
            expected = any(_similar(words, old) >= threshold for old in earlier)
            assert _any_similar(words, earlier, threshold) is expected
    assert _any_similar(_words("my transfer is still pending"), [_words("my transfer is still pending today")], 0.75)
