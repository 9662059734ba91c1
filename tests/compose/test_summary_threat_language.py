"""Known-answer tests: a threat to leave in the state point, a bare ask for a person, and English month and weekday
names in the notes of a conversation in another language."""

from __future__ import annotations

import pytest

from copilot.compose import build_composer
from copilot.compose.condense import condense
from copilot.compose.english_dates import english_dates
from copilot.compose.statements import read_statements, threat_clause, threatens_to_leave
from copilot.config import Settings
from copilot.context import Analysis, CustomerRegister
from copilot.schema import Intent, Summary

from .builders import LOST_PACKAGE, make_prepared, make_request, shipping_analysis

THREAT_MESSAGES = [
    {"id": "m1", "role": "customer", "text": "Hi, my order A-1234 never arrived. Tracking has been stuck for 6 days."},
    {"id": "m2", "role": "ai", "text": "Sorry to hear that! Here is your tracking link: https://track.example/A-1234"},
    {"id": "m3", "role": "customer", "text": "I already checked it, it hasn't moved since Monday."},
    {"id": "m4", "role": "ai", "text": "Carriers can be slow. Please wait 2 more business days."},
    {
        "id": "m5",
        "role": "customer",
        "text": "This is a joke. If it isn't here by Friday I'm moving all my orders to Amazon.",
    },
    {"id": "m6", "role": "customer", "text": "I want a replacement sent today. Let me talk to a human please."},
]
SPANISH_MESSAGES = [
    {"id": "m1", "role": "customer", "text": "Hola, mi pedido A-1234 no llegó. Lo pagué el 9 de noviembre."},
    {"id": "m2", "role": "ai", "text": "Lo siento. Su pedido A-1234 salió el 12 de noviembre con el transportista."},
    {"id": "m3", "role": "customer", "text": "Quiero hablar con una persona, por favor."},
]


def summarise(messages: list[dict[str, str]], analysis: Analysis | None = None) -> Summary:
    prepared = make_prepared(make_request(messages))
    return build_composer(Settings()).compose(prepared, analysis or shipping_analysis(), [LOST_PACKAGE]).summary


@pytest.mark.parametrize(
    "sentence",
    [
        "fix it today or I'm switching to Spectrum",
        "I'm this close to walking into the T-Mobile store across the street",
        "absolute garbage, I'm done with Northwind",
        "I'm about to cancel the whole thing and never order from you people again",
        "If I'm not in today I'm moving everything to Xero",
        "honestly I'm thinking about switching to Verizon",
    ],
)
def test_threats_to_leave_are_recognised(sentence: str) -> None:
    assert threatens_to_leave(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We're moving to Lisbon on Dec 15 for my husband's job",
        "It's going to my old address",
        "I want to cancel my order",
        "I switched to you guys on saturday",
        "should I restart or go to Settings",
        "if I move to Berlin, can I keep my number",
        "Or I could just walk to the Apple store",
        "I'm done with this",
    ],
)
def test_moves_requests_and_plain_cancellations_are_no_threats(sentence: str) -> None:
    assert not threatens_to_leave(sentence)


def test_the_threat_clause_runs_from_its_clause_to_the_rival() -> None:
    assert threat_clause("absolute garbage, I'm done with Northwind") == "I'm done with Northwind"
    assert threat_clause("I'm this close to walking into the T-Mobile store across the street") == (
        "I'm this close to walking into the T-Mobile"
    )
    assert threat_clause("no threat here") == "no threat here"


def test_the_latest_threat_is_read_with_its_message() -> None:
    statements = read_statements(make_prepared(make_request(THREAT_MESSAGES)), shipping_analysis())
    assert statements.threat is not None
    assert statements.threat.message_id == "m5"
    assert "moving all my orders to Amazon" in statements.threat.text


def test_the_state_point_says_the_threat_once_and_cites_it() -> None:
    summary = summarise(THREAT_MESSAGES)
    state = next(p for p in summary.points if p.text.startswith("Now:"))
    assert "customer threatens:" in state.text
    assert "moving all their orders to Amazon" in state.text
    assert "m5" in state.message_ids
    issue = next(p for p in summary.points if p.text.startswith("Issue:"))
    assert "Amazon" not in issue.text  # said once, in the state point


def test_a_threat_that_is_also_the_ask_is_said_once() -> None:
    messages = [
        *THREAT_MESSAGES[:4],
        {**THREAT_MESSAGES[4], "text": "Send a replacement today or I'm switching to Amazon."},
    ]
    text = " ".join(p.text for p in summarise(messages).points)
    assert text.count("Amazon") == 1


def test_no_threat_note_without_a_threat() -> None:
    calm_messages = [m for m in THREAT_MESSAGES if m["id"] != "m5"]
    assert all("threatens" not in p.text for p in summarise(calm_messages).points)


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("pagué el 9 de noviembre", "pagué el 9 November"),
        ("Je pars le samedi 28 novembre", "Je pars le Saturday 28 November"),
        ("zugestellt am 14. Oktober", "zugestellt am 14 October"),
        ("le 3 mai", "le 3 May"),
        ("non è mai arrivato", "non è mai arrivato"),  # "mai" is "never" without a day number
        ("a segunda vez", "a segunda vez"),  # "segunda" alone is "second", not Monday
        ("Marco called on Nov 14", "Marco called on Nov 14"),
    ],
)
def test_month_and_weekday_names_are_rendered_in_english(text: str, english: str) -> None:
    assert english_dates(text) == english


def test_notes_in_another_language_keep_their_words_with_english_dates() -> None:
    assert condense("Lo pagué el 9 de noviembre.", english=False) == "Lo pagué el 9 November"
    assert condense("I paid on the 9th of November", english=True) == "they paid on 9th of November"


def test_a_conversation_in_spanish_has_english_dates_and_a_bare_ask_for_a_person() -> None:
    analysis = shipping_analysis(register=CustomerRegister(formality="neutral", language="es"), attempts=[])
    summary = summarise(SPANISH_MESSAGES, analysis)
    text = " ".join(p.text for p in summary.points)
    assert "noviembre" not in text
    assert "9 November" in text
    wants = next(p for p in summary.points if p.text.startswith("Wants now:"))
    assert wants.text.startswith("Wants now: asked for a person (“Quiero hablar con una persona")
    assert wants.message_ids == ["m3"]


def test_an_unsure_intent_in_another_language_heads_with_the_key_facts_in_english() -> None:
    analysis = shipping_analysis(
        register=CustomerRegister(formality="neutral", language="es"),
        intent=Intent(label="unknown", description="", confidence=0.1),
        attempts=[],
    )
    summary = summarise(SPANISH_MESSAGES, analysis)
    assert summary.headline.startswith("order A-1234 — ")
    issue = next(p for p in summary.points if p.text.startswith("Issue:"))
    assert "order A-1234 not arrived" in issue.text  # their words the glossary knows are in English, the id as written
