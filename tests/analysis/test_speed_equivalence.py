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


def test_direct_tfidf_rows_equal_the_sklearn_count_path_bit_for_bit() -> None:
    """The intent scorer's directly counted TF-IDF rows and SVM margins are the very floats of the previous
    path (sklearn's CountVectorizer counts, 1 + log tf, idf, unit rows per vectorizer, stacked), over a
    multi-turn banking conversation and edge texts (empty, one letter, repeated words, accents, tabs)."""
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import CountVectorizer

    from copilot.analysis.intent_model import LexicalScorer, training_set
    from copilot.taxonomy import IntentSpec, Taxonomy

    taxonomy = Taxonomy(
        intents=[
            IntentSpec(
                name="card_blocked",
                description="The card is blocked or declined",
                examples=[
                    "my card got declined at the shop",
                    "card blocked after I typed the wrong PIN",
                    "why is my debit card frozen",
                ],
            ),
            IntentSpec(
                name="transfer_pending",
                description="A transfer has not arrived",
                examples=[
                    "my transfer is still pending",
                    "sent money two days ago and it never arrived",
                    "wire transfer stuck",
                ],
            ),
            IntentSpec(
                name="login_issue",
                description="Cannot sign in to online banking",
                examples=["can't log in to the app", "the one-time code never comes", "locked out of online banking"],
            ),
        ]
    )
    texts, labels, _ = training_set(taxonomy)
    scorer = LexicalScorer().fit(texts, labels)

    def reference(vectorizer: object, probe: list[str]) -> csr_matrix:
        counts = CountVectorizer.transform(vectorizer, probe).astype(np.float64)
        counts.data = (np.log(counts.data) + 1.0) * vectorizer.idf_[counts.indices]  # type: ignore[attr-defined]
        norms = np.sqrt(_row_sums(counts.data * counts.data, counts.indptr))
        norms[norms == 0.0] = 1.0
        counts.data /= np.repeat(norms, np.diff(counts.indptr))
        return counts

    probe = [
        "Hi, I sent 250 EUR to my landlord on Monday and the transfer still says pending",
        "",
        "?",
        "pending pending pending\t\tstill   pending",
        "Überweisung hängt seit Montag, déjà deux jours",
        "also my card was declined at the supermarket this morning, is it blocked?",
    ]
    expected = hstack([reference(scorer._words, probe), reference(scorer._chars, probe)], format="csr")
    margins = scorer.scores(probe)
    direct = scorer._rows.matrix(probe)
    assert np.array_equal(direct.toarray(), expected.toarray())
    assert np.array_equal(np.asarray(direct @ scorer._model.coef_.T), np.asarray(expected @ scorer._model.coef_.T))
    assert margins.shape == (len(probe), 3)
