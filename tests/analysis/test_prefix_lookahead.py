"""prefix_lookahead: a lexicon regex gated on its leading letters finds exactly the matches it found before."""

from __future__ import annotations

import random
import re

from copilot.analysis.asks import requested_fact_types
from copilot.analysis.pattern_gate import prefix_lookahead

_LEXICON = (
    r"(?:best\s+)?number\s+(?:to|where)\s+(?:reach|call)",
    r"(?:(?:billing|home|postal)\s+)?address",
    r"iban|sort\s+code|routing\s+number",
    r"e[-\s]?mail(?:\s+address)?",
    r"(?:workspace|tenant)\s+(?:id|url)",
)


def _plain() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(f'(?P<g{i}>{p})' for i, p in enumerate(_LEXICON))})(?:e?s)?(?!\w)")


def _gated() -> re.Pattern[str]:
    alternatives = "|".join(f"(?P<g{i}>{p})" for i, p in enumerate(_LEXICON))
    return re.compile(rf"\b{prefix_lookahead(_LEXICON)}(?:{alternatives})(?:e?s)?(?!\w)")


def test_optional_heads_contribute_their_own_and_the_following_prefixes() -> None:
    gate = prefix_lookahead(_LEXICON)
    assert gate.startswith("(?=")
    for text in ("best number to reach", "number to call", "billing address", "address", "email", "e-mail"):
        assert re.match(gate, text), text
    assert not re.match(gate, "zebra crossing")


def test_no_literal_start_means_no_gate() -> None:
    assert prefix_lookahead([r"\w+ing", "refund"]) == ""
    assert prefix_lookahead([r"(?:new\s+)?[a-z]+"]) == ""  # the optional head may be skipped: any letter
    assert re.match(prefix_lookahead([r"(?:new\s+)?\d+"]), "42 tickets")  # digits are a literal start


def test_gated_lexicon_finds_the_same_matches() -> None:
    plain, gated = _plain(), _gated()
    sentences = [
        "could you share the iban and sort code for the payout account?",  # banking
        "what's the best number to reach you, and your billing address?",
        "please send the workspace url and the tenant id of your org",  # SaaS
        "my email changed; the home addresses on file are old",
        "the routing numbers differ from the statement",
    ]
    words = [*re.findall(r"[a-z]+", " ".join(_LEXICON)), "please", "the", "your", "x"]
    rng = random.Random(3)
    sentences += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 10))) for _ in range(2000)]
    for text in sentences:
        expected = [(m.span(), m.lastgroup) for m in plain.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in gated.finditer(text)] == expected, text


def test_requests_in_other_domains_still_found() -> None:
    assert "email" in requested_fact_types("Could you confirm the email address on the booking, please?")
    assert requested_fact_types("Your flight leaves at noon. Have a nice trip.") == set()
