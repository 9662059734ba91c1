"""Intent classification: few-shot from the taxonomy, over the whole conversation, calibrated, cached."""

from __future__ import annotations

import numpy as np
import pytest

from copilot.analysis.intent import (
    IntentClassifier,
    issue_statements,
    resolve_classifier_kind,
    taxonomy_key,
    trained_model,
)
from copilot.analysis.intent_model import training_set
from copilot.analysis.intent_neural import neural_available
from copilot.errors import ConfigError
from copilot.taxonomy import IntentSpec, Taxonomy

from .builders import build_prepared

TAXONOMY = Taxonomy(
    intents=[
        IntentSpec(
            name="missing_delivery",
            description="The parcel is late, lost or tracking shows no progress",
            examples=[
                "my package never came",
                "tracking hasn't moved in a week",
                "it says delivered but nothing",
                "my order is two weeks late",
                "the parcel is lost in transit",
            ],
        ),
        IntentSpec(
            name="refund_status",
            description="The customer is waiting for money back after a return",
            examples=[
                "where is my refund",
                "I sent the item back and no money yet",
                "when will I get refunded",
                "the refund hasn't shown up on my card",
                "how long do refunds take",
            ],
        ),
        IntentSpec(
            name="account_access",
            description="The customer cannot log in or reset their password",
            examples=[
                "I can't log in",
                "password reset email never arrives",
                "my account is locked",
                "two-factor code doesn't work",
                "it says my password is wrong",
            ],
        ),
    ]
)


@pytest.fixture(scope="module")
def classifier() -> IntentClassifier:
    return IntentClassifier(TAXONOMY)


@pytest.mark.parametrize(
    ("turns", "label"),
    [
        ([("customer", "hi, my parcel still hasn't arrived and tracking is stuck")], "missing_delivery"),
        ([("customer", "I returned the shoes 3 weeks ago, where's my money?")], "refund_status"),
        (
            [
                ("customer", "I can't get into my account, the reset email never shows up"),
                ("ai", "Please check your spam folder."),
                ("customer", "did that. agent please"),
                ("customer", "HUMAN. NOW."),
            ],
            "account_access",
        ),
        (
            [
                ("customer", "my order is a week late"),
                ("ai", "Here is your tracking link."),
                ("customer", "it hasn't moved. this is ridiculous, I want a real person"),
            ],
            "missing_delivery",
        ),
    ],
)
def test_classifies_the_conversation(classifier: IntentClassifier, turns: list[tuple[str, str]], label: str) -> None:
    intent = classifier.classify(build_prepared(turns))
    assert intent.label == label
    assert 0.0 < intent.confidence <= 1.0
    assert intent.description == TAXONOMY.get(label).description  # type: ignore[union-attr]


def test_filler_turns_do_not_carry_the_intent() -> None:
    prepared = build_prepared(
        [
            ("customer", "my refund never reached my card"),
            ("customer", "agent please"),
            ("customer", "hello??"),
        ]
    )
    assert [m.id for m, _ in issue_statements(prepared)] == ["m1"]


def test_first_statement_weighs_most() -> None:
    prepared = build_prepared([("customer", "my package never came"), ("customer", "also the login page is slow")])
    weights = [w for _, w in issue_statements(prepared)]
    assert weights[0] > weights[1]


def test_probabilities_are_a_distribution_and_off_topic_text_is_low_confidence(classifier: IntentClassifier) -> None:
    rows = classifier.classify_texts(["where is my refund", "qwerty zxcvb"])
    assert np.allclose(rows.sum(axis=1), 1.0)
    assert rows[0].max() > rows[1].max()
    off_topic = classifier.classify(build_prepared([("customer", "zzzz qqqq")]))
    assert off_topic.low_confidence


def test_training_is_cached_per_taxonomy_content() -> None:
    first = trained_model(TAXONOMY, "tfidf")
    assert trained_model(Taxonomy.model_validate(TAXONOMY.model_dump()), "tfidf") is first
    changed = TAXONOMY.model_copy(deep=True)
    changed.intents[0].examples.append("the courier lost it")
    assert taxonomy_key(changed) != taxonomy_key(TAXONOMY)


def test_training_set_uses_examples_descriptions_and_names() -> None:
    texts, labels, is_example = training_set(TAXONOMY)
    assert "missing delivery" in texts and TAXONOMY.intents[0].description in texts
    assert int(is_example.sum()) == 15 and len(texts) == len(labels) == 21


def test_a_150_intent_taxonomy_trains_and_tells_its_intents_apart() -> None:
    """Training time is a benchmark figure (evals/bench/intent_bench.py), not a timed test; this checks the size works."""
    words = [f"w{i}" for i in range(600)]
    intents = [
        IntentSpec(
            name=f"intent_{i}",
            description=f"customer asks about {words[i]} and {words[i + 150]}",
            examples=[f"question {j} about {words[i]} {words[(i + j) % 600]} {words[i + 300]}" for j in range(10)],
        )
        for i in range(150)
    ]
    classifier = IntentClassifier(Taxonomy(intents=intents))
    intent = classifier.classify(build_prepared([("customer", f"a question about {words[42]} and {words[342]}")]))
    assert intent.label == "intent_42"


def test_single_intent_taxonomy_needs_no_training() -> None:
    only = Taxonomy(intents=[TAXONOMY.intents[0]])
    intent = IntentClassifier(only).classify(build_prepared([("customer", "anything")]))
    assert intent.label == "missing_delivery" and intent.confidence == 1.0


@pytest.mark.parametrize(("setting", "kind"), [("auto", "tfidf"), ("TFIDF", "tfidf"), ("neural", "neural")])
def test_classifier_kind(setting: str, kind: str) -> None:
    assert resolve_classifier_kind(setting) == kind


def test_unknown_classifier_kind_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        resolve_classifier_kind("bert")


@pytest.mark.neural
@pytest.mark.skipif(not neural_available(), reason="the neural extra is not installed")
def test_neural_classifier_understands_paraphrases() -> None:
    neural = IntentClassifier(TAXONOMY, "neural")
    intent = neural.classify(build_prepared([("customer", "the courier seems to have misplaced my shipment")]))
    assert intent.label == "missing_delivery"


def test_answers_to_the_assistant_questions_weigh_little() -> None:
    prepared = build_prepared(
        [
            ("customer", "my parcel is two weeks late"),
            ("ai", "Could you share your order number?"),
            ("customer", "sure, it's A-1234, the refund one"),
        ]
    )
    weights = [w for _, w in issue_statements(prepared)]
    assert weights[0] == 1.0 and weights[1] < 0.2


def test_direct_tfidf_rows_match_sklearn_transform() -> None:
    """The directly counted rows equal sklearn's word and character TF-IDF side by side (up to the last bit of
    the row norm), for empty, short, repeated, accented and multi-space texts."""
    from scipy.sparse import hstack

    from copilot.analysis.intent_model import LexicalScorer

    texts, labels, _ = training_set(TAXONOMY)
    scorer = LexicalScorer().fit(texts, labels)
    probe = [
        "my refund never came",
        "",
        "LOGIN 123 fails!!",
        "a",
        "refund refund  refund\t\nrefunded",
        "Où est mon colis? Déjà payé",
        "my parcel is two weeks late, where is my parcel",
    ]
    scorer.scores(probe[:1])
    direct = scorer._rows.matrix(probe).toarray()
    expected = hstack([scorer._words.transform(probe), scorer._chars.transform(probe)]).toarray()
    assert direct.shape == expected.shape
    assert np.allclose(direct, expected, rtol=0, atol=1e-15)
    assert not direct[1].any()
    assert np.array_equal(direct, scorer._rows.matrix(probe).toarray())  # the word memo changes nothing


def test_margins_equal_the_sparse_product_bit_for_bit() -> None:
    """The scorer multiplies the TF-IDF entries by the SVM weights without a sparse matrix: the margins are the
    very floats of ``matrix @ coef_.T + intercept_``, empty texts included (they score the intercept alone)."""
    from copilot.analysis.intent_model import LexicalScorer

    texts, labels, _ = training_set(TAXONOMY)
    scorer = LexicalScorer().fit(texts, labels)
    probe = [
        "",
        "hi, my parcel is two weeks late and tracking hasn't moved since Monday",
        "?",
        "I can't log in, the reset email never arrives",
        "",
        "refund refund  refund\t\nrefunded",
    ]
    margins = scorer.scores(probe)
    expected = np.asarray(scorer._rows.matrix(probe) @ scorer._model.coef_.T) + scorer._model.intercept_
    assert np.array_equal(margins, expected)
    assert np.array_equal(margins[0], scorer._model.intercept_)
