"""Known answers for the compose stage's case-folded patterns and cheap gates: on ASCII text the lower-case twin of
a pattern finds exactly what IGNORECASE finds, other text is matched as before, and the literal gates in front of
the threat and tail-question patterns never hide a match. Sentences from telecom, retail, travel and SaaS chats."""

from __future__ import annotations

import re

import pytest

from copilot.compose.condense import condense, drop_fillers
from copilot.compose.folded import FoldedPattern
from copilot.compose.statements import _clauses, says_stakes, threatens_to_leave

SENTENCES = [
    "Honestly my internet drops out LIKE every 20 min in the evenings lol",
    "I AM SO DONE WITH YOU, fix it today or I'm switching to Spectrum",
    "You guys charged me twice and I was told it'd be refunded by Friday",
    "Ugh ok yes, cancel that one. My refund never arrived",
    "¿Pueden cancelar mi pedido? I'm travelling abroad next week",
    "Mein Paket ist nicht angekommen, ich möchte mein Geld zurück",
    "The İstanbul flight was moved; I just want a seat on the next one",
    "We're moving the whole team to Asana if this isn't fixed by month end",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_a_folded_pattern_finds_what_ignorecase_finds(text: str) -> None:
    source = r"\b(?:i\s+am|you\s+guys|just|like(?=\s+every)|refund\w*|switch\w*|ich)\b[,]?\s*"
    folded = FoldedPattern(source)
    slow = re.compile(source, re.IGNORECASE)
    assert folded.found(text) == bool(slow.search(text))
    assert folded.remove(text) == slow.sub("", text)
    assert folded.remove(text, count=1) == slow.sub("", text, count=1)
    assert folded.substitute(text, str.upper) == slow.sub(lambda m: m.group(0).upper(), text)


def test_substitution_sees_the_words_as_written() -> None:
    folded = FoldedPattern(r"\b(?:my|i)\b")
    assert (
        folded.substitute("My order and MY refund, I said", lambda w: f"<{w}>")
        == "<My> order and <MY> refund, <I> said"
    )
    assert folded.remove("nothing to drop here") == "nothing to drop here"


def test_a_pattern_with_capitals_is_refused() -> None:
    with pytest.raises(ValueError):
        FoldedPattern(r"\b(?:Spectrum|[A-Z]\w+)\b")
    with pytest.raises(ValueError):
        FoldedPattern("\u017ftop")  # the long s folds to an ASCII "s" under IGNORECASE
    FoldedPattern(r"(?P<rest>\S+)\W\b")  # escapes and group names are syntax, not letters


def test_condensed_notes_keep_their_wording() -> None:
    assert condense("Honestly my internet drops out like every 20 min in the evenings lol") == (
        "internet drops out every 20 min in evenings"
    )
    assert condense("You guys charged me twice and I am still waiting") == (
        "company charged them twice and they are still waiting"
    )
    assert condense("Ugh ok yes, cancel that one please") == "cancel that one"
    assert drop_fillers("it literally drops out like every 20 min btw") == "it drops out every 20 min"


def test_threats_to_leave_pass_the_word_gate() -> None:
    assert threatens_to_leave("fix it today or I'm switching to Spectrum")
    assert threatens_to_leave("I'm this close to walking into the T-Mobile store")
    assert threatens_to_leave("NEVER ordering from here again")
    assert threatens_to_leave("i'm done buying from Northwind after this")
    assert not threatens_to_leave("We're moving to Lisbon in May")
    assert not threatens_to_leave("The router light is blinking orange since 6pm")


def test_stakes_are_found_in_any_case() -> None:
    assert says_stakes("It's a CHRISTMAS present for my daughter")
    assert says_stakes("I have 14 invoices to send before month-end")
    assert not says_stakes("The parcel is still in the depot")


def test_a_tail_question_is_split_only_when_there_is_one() -> None:
    assert _clauses("our door is 29 inches wide, will it fit through?") == (
        "our door is 29 inches wide",
        "will it fit through?",
    )
    assert _clauses("our door is 29 inches wide, so we measured twice.") == (
        "our door is 29 inches wide, so we measured twice.",
    )
