"""Casual marks in the customer's register: every mark counts, whether the text is ASCII or not."""

from __future__ import annotations

import pytest

from copilot.analysis.register import _casual_markers, formality_of


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        ("where is my order!!", 1),
        ("you there?? hello??", 2),
        ("thanks :) and sorry :( bye :D", 3),  # ":D" is ":d" once lower-cased
        ("that was quick ;) xd", 2),
        ("great, thank you 😀", 1),  # the emoji: a non-ASCII text always runs the full pattern
        ("Where is my order? It was due on Monday.", 0),
    ],
)
def test_casual_marks_are_counted(text: str, marks: int) -> None:
    """Each "!!", "??", smiley, "xd" and emoji counts once (no slang word in these texts)."""
    assert _casual_markers(text.lower()) == marks


def test_a_smiley_tips_a_neutral_turn_to_casual() -> None:
    """A lower-case start (0.5) plus one smiley (1) reaches the casual threshold; without it, neutral."""
    assert formality_of(["where is my parcel :)"]) == "casual"
    assert formality_of(["where is my parcel"]) == "neutral"
