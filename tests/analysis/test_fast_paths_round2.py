"""Cheaper paths in facts and register give the same answers as the plain patterns they replace."""

from __future__ import annotations

import random
import re

import pytest

from copilot.analysis.fact_ids import ID_CUES, find_anchored_ids
from copilot.analysis.fact_patterns import lowered
from copilot.analysis.pattern_gate import alternation_by_first_letter
from copilot.analysis.register import _FORMAL, _FORMAL_LITERALS, _NOT_LANGUAGE, _blank_non_language, formality_of

_TURNS = [
    "Hi, my order #A-1234 never arrived and the tracking link https://track.example/abc?id=99 is dead.",
    "You can reach me at dana.lee@example.com or on 555-0100, account 88123-B.",
    "Dear team, I am writing regarding invoice INV-2231. Could you please advise? Kind regards, Dana",
    "ok thx!! still broken :( error E-403 again... see a@b@c, x@, @y, http://, https://x ٣٤ 𝟎",
]


def test_grouped_alternation_matches_like_the_flat_one() -> None:
    words = sorted(ID_CUES, key=len, reverse=True)
    flat = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, words))})\b")
    grouped = re.compile(rf"(?<![\w-])(?:{alternation_by_first_letter(words)})\b")
    for text in _TURNS:
        low = lowered(text)
        assert [m.span() for m in grouped.finditer(low)] == [m.span() for m in flat.finditer(low)]
    assert alternation_by_first_letter(["orders", "order", "account"]) == "o(?:rders|rder)|a(?:ccount)"


def test_ids_after_cue_words_in_a_conversation() -> None:
    values = [c.value for c in find_anchored_ids("My orders A-1 and A-2 shipped; the account is 88123-B.")]
    assert values == ["A-1", "A-2", "88123-B"]


@pytest.mark.parametrize("text", _TURNS)
def test_code_blanking_equals_the_pattern_over_the_whole_text(text: str) -> None:
    assert _blank_non_language(text) == _NOT_LANGUAGE.sub(" ", text)


def test_code_blanking_on_random_texts() -> None:
    rng = random.Random(11)
    alphabet = [*"ab Z@:/-_.\n\t1٣", "http://", "https://", "://", "\u00a0"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert _blank_non_language(text) == _NOT_LANGUAGE.sub(" ", text)


def test_every_formal_marker_passes_the_literal_gate() -> None:
    examples = [
        "Dear Sir", "Good evening", "Best regards", "Sincerely", "Yours faithfully", "I am writing to you",
        "I would like a refund", "Could you please check", "Would you kindly", "Please advise", "Kindly note",
        "Thank you for your help", "Mr. Smith", "Regarding my bill", "Furthermore", "However, it failed",
        "Therefore", "At your earliest convenience", "I look forward to it",
    ]  # fmt: skip
    for example in examples:
        low = example.lower()
        assert _FORMAL.findall(low), example
        assert any(literal in low for literal in _FORMAL_LITERALS), example
    assert formality_of(["Dear team, I am writing regarding my invoice.", "Kind regards, Dana"]) == "formal"
    assert formality_of(["hey my wifi is down lol", "pls fix asap!!"]) == "casual"


def test_lowered_answers_each_string_for_itself() -> None:
    first = "Order A-1 İS late"
    assert lowered(first) == "order a-1 İs late"
    assert lowered(first) == "order a-1 İs late"
    assert lowered("ANOTHER Text") == "another text"
    assert lowered("".join(["Order A-1 ", "İS late"])) == "order a-1 İs late"
