"""The latency shortcuts of the analysis stage give exactly what the slow paths give.

Each shortcut skips work only when the answer is known in advance (VADER on a text with no lexicon word,
cleaning the tail of a long text for language identification): these tests compare both paths on texts from
several domains, including ones built to sit on the edges of each shortcut.
"""

from __future__ import annotations

import random
import re

import pytest

from copilot.analysis.frustration_sentiment import _MAX_CHARS, _analyzer, _outside_lexicon, affect_sentiment
from copilot.analysis.register import _sample

_TURNS = [
    # banking, SaaS, travel, utilities: neutral, negated, angry, happy, emoji, emoticon
    "I transferred 250 to my savings account on Monday and it still isn't showing",
    "The export button doesn't do anything when I click it",
    "not great, not terrible",
    "This is absolutely ridiculous, I want my refund now",
    "My flight was moved to 6am and nobody told me",
    "THANK YOU SO MUCH!!! 😀",
    "the meter reading is wrong :(",
    "ok :)",
    "yeah right",
    "I can't log in without the code",
    "hmm...",
    "",
]


@pytest.mark.parametrize("text", _TURNS)
def test_affect_sentiment_matches_vader(text: str) -> None:
    """The shortcut never changes a score: it only answers 0 where VADER answers exactly 0."""
    full = float(_analyzer().polarity_scores(text[:_MAX_CHARS])["compound"])
    assert affect_sentiment(text) == full


def test_lexicon_free_turns_skip_the_analyzer() -> None:
    """A plain statement of a problem holds no affect word; a negated affect word or an emoticon does."""
    assert _outside_lexicon("The export button does nothing when I click it")
    assert _outside_lexicon("My invoice shows the wrong billing address")
    assert not _outside_lexicon("not great, honestly")
    assert not _outside_lexicon("the meter reading is off :(")
    assert not _outside_lexicon("fine 😀")


_NOT_LANGUAGE = re.compile(r"https?://\S+|\S+@\S+|[\w-]*\d[\w-]*")


def test_sample_cleans_a_prefix_only_when_that_changes_nothing() -> None:
    """Links, e-mails and codes never span whitespace, so cleaning a prefix gives the full text's start."""
    rng = random.Random(11)
    tokens = ["https://status.example.com/x", "ana@example.org", "INV-2024-0007", "ref:9", "Konto", "word", "né"]
    for _ in range(500):
        text = "".join(rng.choice(tokens) + rng.choice([" ", "\n", "\t", ""]) for _ in range(rng.randint(5, 400)))
        assert _sample(text) == _NOT_LANGUAGE.sub(" ", text)[:600]


def test_sample_of_a_long_unbroken_text() -> None:
    """A text with no whitespace after the cut is cleaned whole."""
    text = "a" * 1300 + "1" * 10 + " tail"
    assert _sample(text) == _NOT_LANGUAGE.sub(" ", text)[:600]
