"""The cheap literal tests in front of the attempt patterns: a gate may only skip a search that could not match,
so every match of a pattern contains one of the literals its gate needs, and the gated helpers answer as the
patterns alone would."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from copilot.analysis import attempt_assistant as assistant
from copilot.analysis.attempt_replies import asks_if_tried
from copilot.analysis.attempt_reported import reported_attempts
from copilot.analysis.attempt_text import clip, find, sentences
from copilot.analysis.pattern_gate import contains_any

from .builders import build_prepared

_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

_WRITTEN = [
    "I've re-sent the label to your email.",
    "I reset your password and turned on two-step verification.",
    "We ran a line test and found no fault.",
    "I put a hold on the order.",
    "I can see two payments of $20 on the account.",
    "Your refund has now been processed.",
    "The order is now cancelled.",
    "I'm also checking if you qualify for the discount plan.",
    "I'm looking into it right now.",
    "I don't see an order for $37.48 in your account.",
    "We couldn't locate a booking under that name.",
    "I'll send you a new label today.",
    "We could refund the delivery fee.",
    "I can help you cancel your membership.",
    "Would you like me to walk you through the steps?",
    "Shall I book the technician for Friday?",
    "I'd be happy to set that up for you.",
    "Would you like a prepaid return label?",
    "Do you want to cancel the order instead?",
    "Here's our guide to slow speeds: https://help.example.com/speed",
    "You can find the form at example.com/returns.",
    "I've attached the invoice.",
    "Check out the article on delayed orders.",
    "You can see your balance in Account > Wallet.",
    "Have you tried restarting the router?",
    "You could try clearing the cache.",
    "I'd recommend updating the app first.",
    "Is there anything else I can help with?",
    "I'm transferring you to a colleague now.",
    "Let me connect you with our billing team.",
    "Please rate this conversation.",
    "We'd love your feedback form answers.",
    "I've added a note to your ticket for the team.",
    "I've forwarded the details to our claims department.",
]


def _corpus() -> list[str]:
    """Every sentence of the written examples and of the request fixtures, lower-cased."""
    texts = list(_WRITTEN)
    for path in sorted(_FIXTURES.glob("*.json")):
        body = json.loads(path.read_text())
        if isinstance(body, dict):
            texts.extend(m["text"] for m in body.get("messages", []) if isinstance(m, dict) and "text" in m)
    return [s.lower() for text in texts for s in sentences(text)]


_GATED = [
    (assistant._DONE, assistant._DONE_NEEDS),
    (assistant._LOOKUP, assistant._LOOKUP_NEEDS),
    (assistant._OFFER, assistant._OFFER_NEEDS),
    (assistant._SHARED, assistant._SHARED_NEEDS),
    (assistant._HANDOFF, assistant._HANDOFF_NEEDS),
    (assistant._FEEDBACK, assistant._FEEDBACK_NEEDS),
    (assistant._BOOKKEEPING, assistant._BOOKKEEPING_NEEDS),
    (assistant._DONE_PASSIVE, ("been", "now")),
    (assistant._IN_PROGRESS, ("ing",)),
    (assistant._NOT_FOUND, ("see", "find", "locate")),
    (assistant._WILL, ("ll", "can", "could")),
    (assistant._HELP_OFFER, ("help",)),
    (assistant._OFFER_THING, ("like", "want")),
    (assistant._TRY_GERUND, ("try", "tried", "recommend", "suggest")),
    (assistant._POINTED, ("you",)),
]


@pytest.mark.parametrize(
    ("pattern", "needs"), _GATED, ids=lambda x: x.pattern[:20] if isinstance(x, re.Pattern) else ""
)
def test_every_match_holds_a_needed_literal(pattern: re.Pattern[str], needs: tuple[str, ...]) -> None:
    corpus = _corpus()
    matched = [s for s in corpus if pattern.search(s)]
    assert matched, "the corpus should exercise the pattern"
    assert all(contains_any(s, needs) for s in matched)


def test_written_examples_match_their_patterns() -> None:
    """The written sentences are matches (so the test above checks something for each pattern)."""
    corpus = [s.lower() for s in _WRITTEN]
    for pattern, _ in _GATED:
        assert any(pattern.search(s) for s in corpus), pattern.pattern[:40]


def test_find_with_needs_skips_only_impossible_searches() -> None:
    sentence = "I've sent the reset email to your inbox."
    gated = find(assistant._DONE, sentence, assistant._DONE_NEEDS)
    plain = find(assistant._DONE, sentence)
    assert gated is not None and plain is not None
    assert gated.group("verb") == plain.group("verb") == "sent"
    assert find(assistant._DONE, "A grinding noise usually means a blocked brush bar.", ("sent",)) is None


def test_described_turns_unchanged_by_gates() -> None:
    assert assistant.assistant_descriptions(
        "I found order NW-4375 under your email. Would you like me to send you a replacement link? "
        "Here's the guide: https://help.example.com/articles/brush-bar-cleaning",
        "ai",
    ) == (
        "AI looked up order NW-4375 under their email",
        "AI offered to send them a replacement link",
        "AI shared the help article on brush bar cleaning",
    )


def test_clip_removes_profanity_and_emoji_in_any_script() -> None:
    assert clip("Customer said the damn app crashed again") == "Customer said the app crashed again"
    assert clip("Customer said the f***ing app crashed 😡") == "Customer said the app crashed"
    assert clip("Customer said the bloody café app crashed 😡") == "Customer said the café app crashed"
    assert clip("Customer said the app crashed again.") == "Customer said the app crashed again"


def test_reported_attempts_gate_keeps_tools_promises_and_visits() -> None:
    assert reported_attempts("The availability checker says 'Building not wired yet'. What now?") == (
        ("Customer used the availability checker: it says 'Building not wired yet'", "customer"),
    )
    assert reported_attempts("The technician came this morning but couldn't finish the install") == (
        ("Customer reported that the technician came this morning but couldn't finish the install", "agent"),
    )
    assert reported_attempts("my vacuum makes a grinding noise and shuts off after 5 seconds") == ()


def test_asks_if_tried_needs_a_question_with_a_try_word() -> None:
    assert asks_if_tried("Have you already tried a restart?")
    assert asks_if_tried("Did you try the other charger?")
    assert not asks_if_tried("Is the battery light flashing red?")
    assert not asks_if_tried("You have tried a restart.")


def test_repeats_fold_within_one_verb_and_actor() -> None:
    from copilot.analysis.attempts import extract_attempts

    attempts = extract_attempts(
        build_prepared(
            [
                ("customer", "my router keeps dropping the connection"),
                ("ai", "Please restart your router."),
                ("customer", "still dropping"),
                ("ai", "Please restart your router."),
                ("customer", "I restarted the router twice, still dropping"),
            ]
        )
    )
    descriptions = [(a.description, a.by) for a in attempts]
    assert descriptions[0][0].startswith("AI suggested the customer restart their router (repeated, twice in all)")
    assert any(by == "customer" and "restarted the router twice" in d for d, by in descriptions)


def test_reported_gate_covers_every_reported_pattern() -> None:
    from copilot.analysis import attempt_reported as reported

    corpus = [
        *_corpus(),
        "the availability checker says building not wired yet",
        "my bank app shows nothing declined",
        "you told me the fee would be reversed",
        "the courier was unable to find the door",
    ]
    for pattern in (reported._TOOL, reported._PROMISE, reported._VISIT):
        matched = [s for s in corpus if pattern.search(s)]
        assert matched, pattern.pattern[:40]
        assert all(contains_any(s, reported._CUES) for s in matched)


def test_every_url_has_a_slash_or_www() -> None:
    from copilot.analysis.attempt_text import URL

    texts = ["see www.example.com now", "at example.com/returns.", "https://help.example.com", *_WRITTEN]
    matched = [t for t in texts if URL.search(t)]
    assert len(matched) >= 3
    assert all("/" in t or "www." in t for t in matched)
