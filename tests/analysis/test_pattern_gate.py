"""PhraseScanner: the same leftmost matches as re.search, found faster (a property over random texts)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from copilot.analysis.pattern_gate import PhraseScanner

_PATTERNS = [
    ("anger", r"\b(?:ridiculous|absurd|what\s+a\s+joke|are\s+you\s+kidding)"),
    ("wait", r"\b(?:(?:been|still)\s+waiting|\d+\s+days?\s+late|for\s+(?:two|\d+)\s+weeks)"),
    ("start", r"(?<![\w,] )(?<![\w,])(?:saw|read)\s+that\b"),
    ("loose", r"(?:oh\s+)?great\.|🙄"),  # no literal start: searched the ordinary way
]
_WORDS = [
    "ridiculous",
    "absurd",
    "what",
    "a",
    "joke",
    "are",
    "you",
    "kidding",
    "been",
    "still",
    "waiting",
    "3",
    "days",
    "late",
    "for",
    "two",
    "weeks",
    "saw",
    "that",
    "read",
    "oh",
    "great.",
    "🙄",
    "ok,",
    "x_absurd",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=14))
def test_first_matches_equal_re_search(words: list[str]) -> None:
    text = " ".join(words)
    scanner = PhraseScanner(_PATTERNS)
    found = {name: (m.start(), m.group(0)) for name, m in scanner.first_matches(text).items()}
    expected = {}
    for name, pattern in _PATTERNS:
        match = re.search(pattern, text)
        if match is not None:
            expected[name] = (match.start(), match.group(0))
    assert found == expected
    assert (scanner.search(text) is None) == (not expected)
    assert scanner.matches(text) == bool(expected)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_WORDS, "sue", "in", "court", "agent", "!!"]), max_size=10))
def test_matches_equals_re_search_of_the_whole_pattern(words: list[str]) -> None:
    pattern = r"\b(?:sue|lawyer|(?:to|in)\s+court)\b|^\W*agent\W*$|\bwhat\s+a\s+joke"
    text = " ".join(words)
    scanner = PhraseScanner.of_alternatives(pattern, re.M)
    assert scanner.matches(text) == (re.search(pattern, text, re.M) is not None)
    assert (scanner.search(text) is None) == (re.search(pattern, text, re.M) is None)


def test_patterns_with_back_references_are_still_matched() -> None:
    scanner = PhraseScanner([("double", r"\b(so)\s+\1\b"), ("word", r"\bjoke\b")])
    assert scanner.matches("it was so so bad")
    assert not scanner.matches("it was so bad")


def test_of_alternatives_splits_a_leading_group() -> None:
    scanner = PhraseScanner.of_alternatives(r"\b(?:sue|lawyer|(?:to|in)\s+court)\b|^\W*agent\W*$", re.M)
    assert scanner.search("i will see you in court") is not None
    assert scanner.search("agent") is not None
    assert scanner.search("issue a refund") is None


_SPLIT_PATTERNS = [
    ("cancel", r"\b(?:(?:i'?ll|i\s+will)\s+cancel|i\s+am\s+closing|it\s+is\s+over|close\s+my\s+account)\b"),
    ("fees", r"\b(?:a\s+fee|fee\w*\s+again|i\s+was\s+charged|it'?s\s+charged)"),
    ("order", r"\b(?:i\s+(?:said|paid)|i\s+said\s+twice|it\s+is)"),  # the first alternative that matches wins
]
_SPLIT_WORDS = [
    "i",
    "it",
    "i'll",
    "ill",
    "will",
    "cancel",
    "am",
    "closing",
    "is",
    "over",
    "close",
    "my",
    "account",
    "a",
    "fee",
    "fees",
    "again",
    "was",
    "charged",
    "it's",
    "said",
    "paid",
    "twice",
    "item",
    "x_i",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_SPLIT_WORDS), max_size=12))
def test_split_scanner_gives_the_leftmost_match_of_each_pattern(words: list[str]) -> None:
    """Indexing each alternative by its whole first word ("i" is not tried on "it") changes no match: banking
    and SaaS phrasings, with words that begin like the keyed ones."""
    text = " ".join(words)
    scanner = PhraseScanner(_SPLIT_PATTERNS, split=True)
    found = {name: (m.span(), m.group(0)) for name, m in scanner.first_matches(text).items()}
    expected = {}
    for name, pattern in _SPLIT_PATTERNS:
        match = re.search(pattern, text)
        if match is not None:
            expected[name] = (match.span(), match.group(0))
    assert found == expected
    assert scanner.matches(text) == bool(expected)


def test_split_scanner_reads_whole_words() -> None:
    scanner = PhraseScanner(_SPLIT_PATTERNS, split=True)
    assert set(scanner.first_matches("ok i will cancel the plan")) == {"cancel"}
    assert scanner.first_matches("item charged twice") == {}
    assert scanner.first_matches("i said twice the fee is wrong")["order"].group(0) == "i said"
