"""The zero-width leads that speed up the analysis patterns must never change a match.

Each gated pattern is compared with the same pattern without its lead on realistic transcript turns, so a new
alternative that starts with a character the lead does not admit fails here instead of silently never matching.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from copilot.analysis import (
    asks,
    attempt_assistant,
    attempt_outcomes,
    attempt_text,
    fact_codes,
    fact_patterns,
    fact_quantities,
)
from copilot.analysis.attempt_text import sentences

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

TURNS = [
    "Still red. I unplugged it for 30 seconds like you said.",
    "tried it again, PAY-402 again. Three times.",
    "I TRIED. Twice.",
    "No luck, same error. The app says E-1043 and the router shows LOS.",
    "- restart the router\n- then check the lights\n• call us back",
    "1. Open the app 2. Tap Reset 3. Wait",
    "Das Paket wurde am 14. Oktober zugestellt. Danke!",
    "Please restart your Hub, then check the cable; next, gently clean the contacts.",
    "You can also try resetting the password, or I'd recommend clearing the cache.",
    "Refunds usually take 5-7 business days and the fee is only charged once.",
    "Guests can use order tracking; the sofa needs a 30-inch doorway.",
    "Call me on +44 20 7946 0958 or (555) 010-0100, not 5550100 — my account is 330851277.",
    "Error code 0x80070005 after the update (ACT-09), and ERR_CONNECTION_RESET in the browser; 404 error too.",
    "The screen displays the FEHLER 23 message; Kod błędu: KB-77. ſtatus code E12.",
    "What's the order number? And the email, please. v2.1 is installed... ok!",
    "ok so please send me your order number - and could you confirm the email, if you could share the code",
    "It is 1,78 m tall, 2.5GHz, 12kg and 3 x4.5mm; version1.2GB, 10 GB of data, 5 m.",
    "I can't access his email. The button is greyed out. Nothing happens.",
    "",
    "   ",
    "hmm. still waiting",
]


def _transcript_turns() -> list[str]:
    body = json.loads((FIXTURES / "handoff_long_40.json").read_text())
    return [message["text"] for message in body["messages"]]


def _samples() -> list[str]:
    texts = TURNS + _transcript_turns()
    pieces = [piece for text in texts for piece in (text, *sentences(text))]
    return pieces + [piece.lower() for piece in pieces]


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def _without_lead(pattern: re.Pattern[str], lead: str) -> re.Pattern[str]:
    assert pattern.pattern.startswith(lead), "the lead is the first thing in the pattern"
    return re.compile(pattern.pattern[len(lead) :], pattern.flags)


UNGATED = {
    "sentence splitter": (
        attempt_text._SENTENCES,
        _without_lead(attempt_text._SENTENCES, r"(?=[\s\d*•-])"),
    ),
    "phone": (fact_patterns._PHONE, _without_lead(fact_patterns._PHONE, r"(?=[\d+(])")),
    "error code": (
        fact_codes._ERROR_ANCHORED,
        _without_lead(fact_codes._ERROR_ANCHORED, r"(?=[\dA-Z(]|(?i:[abcdefghkmrsz]))"),
    ),
    "failed": (
        attempt_outcomes.FAILED,
        re.compile(rf"{attempt_outcomes._FAILED_WORDS}|{attempt_outcomes._STILL_OPENING}"),
    ),
    "retried": (
        attempt_outcomes.RETRIED,
        re.compile(attempt_outcomes.RETRIED.pattern.split(")|^)", 1)[1]),
    ),
    "suggest": (
        attempt_assistant._SUGGEST,
        re.compile(attempt_assistant._SUGGEST.pattern[attempt_assistant._SUGGEST.pattern.index(")(?:^|[,;:]") + 1 :]),
    ),
    "explain cue": (attempt_assistant._EXPLAIN_CUE, re.compile(attempt_assistant._EXPLAIN_CUE_WORDS)),
    "imperative": (
        asks._IMPERATIVE,
        re.compile(asks._IMPERATIVE.pattern[asks._IMPERATIVE.pattern.index(")(?:(?:^|,") + 1 :]),
    ),
    "measurement": (
        fact_quantities._MEASUREMENT,
        re.compile(r"(?<![\w.,])\d+" + fact_quantities._MEASUREMENT.pattern[len(r"\d(?<![\w.,]\d)\d*") :], re.I),
    ),
}


@pytest.mark.parametrize("name", sorted(UNGATED))
def test_lead_keeps_every_match(name: str) -> None:
    gated, plain = UNGATED[name]
    assert gated.pattern != plain.pattern
    for text in _samples():
        assert _matches(gated, text) == _matches(plain, text), text
        assert gated.split(text) == plain.split(text), text


def test_gated_patterns_still_find_what_they_are_for() -> None:
    assert sentences("1. Open the app 2. Tap Reset") == ["Open the app", "Tap Reset"]
    assert sentences("Das Paket wurde am 14. Oktober zugestellt. Danke!") == [
        "Das Paket wurde am 14. Oktober zugestellt.",
        "Danke!",
    ]
    assert attempt_outcomes.FAILED.search("still red. unplugged it") is not None
    assert attempt_outcomes.FAILED.search("ok. still waiting") is not None
    assert attempt_outcomes.FAILED.search("that worked, thanks") is None
    assert attempt_outcomes.RETRIED.search("i tried. three times.").group("count") == "three times"
    codes = [c.value for c in fact_codes.find_error_codes("Error code 0x80070005 and (ACT-09)")]
    assert codes == ["0x80070005", "ACT-09"]
    assert [c.value for c in fact_patterns.find_phones("call me on (555) 010-0100")] == ["(555) 010-0100"]


def test_plain_sentence_reader_keeps_dotted_tokens_whole() -> None:
    found = [m.group(0) for m in asks._SENTENCE.finditer("Is it dana@x.com? v2.1 is installed... ok!")]
    assert found == ["Is it dana@x.com?", " v2.1 is installed...", " ok!"]
