"""The neural intent scorer: each training text encoded once across calibration folds, a bounded memo, logits
that match the logistic regression's probabilities, and (with the extra installed) paraphrases understood in a
multi-turn conversation with a calibrated confidence."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence

import numpy as np
import pytest

from copilot.analysis import intent_neural
from copilot.analysis.intent import IntentClassifier
from copilot.analysis.intent_model import softmax, train_calibrated, training_set
from copilot.analysis.intent_neural import NeuralScorer, neural_available
from copilot.taxonomy import IntentSpec, Taxonomy

from .builders import build_prepared

TAXONOMY = Taxonomy(
    intents=[
        IntentSpec(
            name="card_not_arrived",
            description="A new or replacement card was ordered but has not been delivered",
            examples=[
                "my new card still hasn't come",
                "ordered a card two weeks ago and nothing in the post",
                "where is my replacement card",
                "the card you sent never arrived",
                "still waiting on my debit card",
            ],
        ),
        IntentSpec(
            name="transfer_failed",
            description="A bank transfer did not go through or was returned",
            examples=[
                "my transfer failed",
                "the money i sent bounced back",
                "why was my bank transfer rejected",
                "payment to my landlord didn't go through",
                "transfer shows as failed in the app",
            ],
        ),
        IntentSpec(
            name="change_pin",
            description="The customer wants to change or reset the card PIN",
            examples=[
                "how do i change my pin",
                "i want a new pin number",
                "forgot my pin, can i reset it",
                "update the pin on my card",
                "can i pick a different pin",
            ],
        ),
    ]
)


def _word_vectors(texts: Sequence[str]) -> np.ndarray:
    """A stand-in encoder without torch: the unit-length sum of one fixed random vector per word."""
    rows = []
    for text in texts:
        vector = np.zeros(384)
        for word in text.lower().split():
            seed = int.from_bytes(hashlib.sha256(word.encode()).digest()[:4], "little")
            vector += np.random.default_rng(seed).standard_normal(384)
        rows.append(vector / (np.linalg.norm(vector) or 1.0))
    return np.asarray(rows, dtype=np.float32)


@pytest.fixture
def counted_encoder(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Replace the sentence encoder by :func:`_word_vectors` and record every text it is asked to encode."""
    encoded: list[str] = []

    def fake_embed(texts: Sequence[str]) -> np.ndarray:
        encoded.extend(texts)
        return _word_vectors(texts)

    monkeypatch.setattr(intent_neural, "embed", fake_embed)
    monkeypatch.setattr(NeuralScorer, "_memo", {})
    yield encoded


def test_calibration_folds_encode_each_training_text_once(counted_encoder: list[str]) -> None:
    model = train_calibrated(TAXONOMY, NeuralScorer)
    texts = training_set(TAXONOMY)[0]
    assert sorted(counted_encoder) == sorted(set(texts))
    assert 0.005 <= model.temperature <= 20.0


def test_scores_are_the_logistic_regression_logits(counted_encoder: list[str]) -> None:
    texts, labels, _ = training_set(TAXONOMY)
    scorer = NeuralScorer().fit(texts, labels)
    queries = ["my card never showed up", "reset my pin please", "the transfer bounced"]
    expected = scorer._model.predict_proba(_word_vectors(queries))
    assert np.allclose(softmax(scorer.scores(queries)), expected, atol=1e-5)
    assert list(scorer.scores(queries).argmax(axis=1)) == [0, 2, 1]


def test_two_intent_taxonomy_scores_match_the_binary_regression(counted_encoder: list[str]) -> None:
    texts, labels, _ = training_set(Taxonomy(intents=TAXONOMY.intents[:2]))
    scorer = NeuralScorer().fit(texts, labels)
    queries = ["still no card in the mail", "my payment was returned"]
    expected = scorer._model.predict_proba(_word_vectors(queries))
    assert np.allclose(softmax(scorer.scores(queries)), expected, atol=1e-5)


def test_a_class_missing_from_training_never_wins(counted_encoder: list[str]) -> None:
    texts, labels, _ = training_set(TAXONOMY)
    keep = labels != 1
    scorer = NeuralScorer().fit([t for t, k in zip(texts, keep, strict=True) if k], labels[keep])
    scores = scorer.scores(["my transfer failed"])
    assert scores.shape == (1, 3) and scores[0, 1] == -1e3 and scores[0].argmax() != 1


def test_memo_is_bounded_and_drops_the_oldest_first(
    counted_encoder: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(NeuralScorer, "_memo_limit", 3)
    first = NeuralScorer.embed_memo(["a b", "c d", "e f"])
    again = NeuralScorer.embed_memo(["a b", "g h"])
    assert counted_encoder == ["a b", "c d", "e f", "g h"]
    assert list(NeuralScorer._memo) == ["c d", "e f", "g h"]
    assert np.allclose(first[0], again[0])


@pytest.mark.neural
@pytest.mark.skipif(not neural_available(), reason="the neural extra is not installed")
def test_neural_classifier_reads_a_paraphrase_in_a_conversation() -> None:
    prepared = build_prepared(
        [
            ("customer", "hi, the plastic you promised to mail me last month is nowhere to be seen"),
            ("ai", "I'm sorry to hear that. Have you checked the delivery address in the app?"),
            ("customer", "yes it's right, still nothing"),
            ("customer", "can I talk to a person please"),
        ]
    )
    intent = IntentClassifier(TAXONOMY, "neural").classify(prepared)
    assert intent.label == "card_not_arrived"
    assert not intent.low_confidence


@pytest.mark.neural
@pytest.mark.skipif(not neural_available(), reason="the neural extra is not installed")
def test_encoding_restores_the_torch_thread_count() -> None:
    import torch

    before = torch.get_num_threads()
    vectors = intent_neural.embed(["my transfer failed", "new pin please"])
    assert torch.get_num_threads() == before
    assert vectors.shape == (2, 384) and np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
