"""The ASCII fast paths of the shared word readings find exactly what the unicode patterns find: words as
written, lower-case words, topical stems, and sentence splits after an abbreviation ("Mr." / "e.g.") that are
glued back. Sentences from a bike-shop and an insurance chat, with ids, hyphens, apostrophes and underscores."""

from __future__ import annotations

import re

import pytest

from copilot.compose.text import _STOPWORDS, content_stems, lower_tokens, split_sentences, words

_UNICODE_WORD = re.compile(r"[^\W_][\w'’-]*")
_UNICODE_LONG_WORD = re.compile(r"[^\W_][\w'’-]{2,}")

SENTENCES = [
    "My claim CLM-88213 was DENIED on 3/14, and I've called twice since.",
    "The e-bike's motor_controller (part #A7-220) cuts out after 5 mins -- every single ride!!",
    "__init__ is not a word, but _x9 and 9x_ are; so is don't-stop-me-now and O'Brien.",
    "   tabs\tand\nnewlines   between   words  ",
    "",
    "1 2 3 ab abc ABCD a-b-c",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_ascii_words_match_the_unicode_pattern(sentence: str) -> None:
    assert words(sentence) == _UNICODE_WORD.findall(sentence)
    assert lower_tokens(sentence) == frozenset(_UNICODE_WORD.findall(sentence.lower()))


@pytest.mark.parametrize("sentence", SENTENCES)
def test_ascii_stems_match_the_unicode_pattern(sentence: str) -> None:
    expected = frozenset(w[:5] for w in _UNICODE_LONG_WORD.findall(sentence.lower()) if w not in _STOPWORDS)
    assert content_stems(sentence) == expected


def test_known_words_and_stems() -> None:
    assert words("Part #A7-220 cut_out, don't") == ["Part", "A7-220", "cut_out", "don't"]
    assert content_stems("The Motor_Controller CUTS out") == frozenset({"motor", "cuts", "out"})


def test_sentences_split_at_end_punctuation_but_not_after_a_title() -> None:
    text = "I spoke to Mr. Okafor yesterday. He said e.g. a refund! Is that right?\nThanks"
    assert split_sentences(text) == [
        "I spoke to Mr. Okafor yesterday.",
        "He said e.g. a refund!",
        "Is that right?",
        "Thanks",
    ]
