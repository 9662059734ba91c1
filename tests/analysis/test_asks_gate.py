"""``requested_fact_types`` skips texts without a fact noun or a question, and answers every other text as before."""

from __future__ import annotations

import random

import pytest

from copilot.analysis import asks
from copilot.analysis.asks import requested_fact_types

_VOCABULARY = (
    "please could you send share confirm your the order number e-mail email address tracking zip code date of birth "
    "serial device model which what how much is it still and or no need to I found it works thanks . ! ? NW-1234 #"
)


def _sentence_by_sentence(text: str) -> set[str]:
    """The reading without the whole-text gate: every sentence read on its own."""
    found: set[str] = set()
    for match in asks._SENTENCE.finditer(text):
        sentence = " ".join(match.group(0).lower().replace("’", "'").split())
        if sentence:
            found |= asks._sentence_requests(sentence)
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please restart the router and wait two minutes.", set()),
        ("A grinding noise usually means something is caught in the brush bar.", set()),
        ("Could you share your order number? And the email on the account.", {"order_id"}),
        # the gate sees "order number" across the line break; the sentences, split there, ask for nothing
        ("Please confirm your order\nnumber so I can look it up.", set()),
        ("What’s the tracking number?", {"tracking_number"}),
        ("How much were you charged?", {"amount"}),
        ("No need to send your order number again.", set()),
        ("", set()),
    ],
)
def test_known_answers(text: str, expected: set[str]) -> None:
    assert requested_fact_types(text) == expected
    assert _sentence_by_sentence(text) == expected


def test_the_gate_never_changes_an_answer() -> None:
    rng = random.Random(4)
    words = [*_VOCABULARY.split(), "\n"]
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 14)))
        assert requested_fact_types(text) == _sentence_by_sentence(text), repr(text)
