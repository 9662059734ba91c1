"""Known answers: a customer's (or the assistant's) sentence in another language reaches the summary with the words
the glossary knows in English, facts and names as written, and nothing guessed; English conversations are never
rendered."""

from __future__ import annotations

import pytest

from copilot.compose import build_composer
from copilot.compose.english_rendering import render_english
from copilot.config import Settings
from copilot.context import Analysis, CustomerRegister
from copilot.schema import Intent, Summary

from .builders import LOST_PACKAGE, SHIPPING_MESSAGES, make_prepared, make_request, shipping_analysis

SPANISH_CHARGES = [
    {
        "id": "m1",
        "role": "customer",
        "text": "Hola, hay cargos que no reconozco en la línea de mi hija, cobros de $9.99 cada semana.",
    },
    {
        "id": "m2",
        "role": "ai",
        "text": "En la línea del pedido A-1234 veo 4 cargos de StarZodiac de $9.99, en total $39.96.",
    },
    {"id": "m3", "role": "customer", "text": "Quiero hablar con una persona, por favor."},
]


def summarise(messages: list[dict[str, str]], analysis: Analysis) -> Summary:
    prepared = make_prepared(make_request(messages))
    return build_composer(Settings()).compose(prepared, analysis, [LOST_PACKAGE]).summary


def in_language(language: str) -> Analysis:
    return shipping_analysis(
        register=CustomerRegister(formality="neutral", language=language),
        intent=Intent(label="unknown", description="", confidence=0.1),
        attempts=[],
    )


@pytest.mark.parametrize(
    ("note", "language", "english"),
    [
        ("mi pedido A-1234 no llegó", "es", "order A-1234 not arrived"),
        ("No he recibido el reembolso de mi pedido NW-1", "es", "not received refund de order NW-1"),
        ("ma commande n'est pas arrivée, le colis est perdu", "fr", "order n'est not arrived, package lost"),
        ("meine Bestellung ist beschädigt angekommen", "de", "order damaged arrived"),
        ("mijn bestelling is nog steeds niet geleverd", "nl", "order nog steeds not delivered"),
        ("moje zamówienie nie dotarło, paczka zaginęła", "pl", "order not arrived, package zaginęła"),
    ],
)
def test_known_words_are_rendered_in_english_and_the_rest_kept(note: str, language: str, english: str) -> None:
    assert render_english(note, language) == english


def test_each_language_is_read_with_its_own_glossary() -> None:
    # "nie" is "not" in Polish and "never" in German; the merged glossary would read the Polish one as German
    assert render_english("paczka nie dotarła, zwrot pieniędzy", "pl").startswith("package not")
    assert render_english("das Paket kam nie an, Rückerstattung bitte", "de").startswith("package kam never")


def test_facts_and_names_inside_a_sentence_stay_as_written() -> None:
    rendered = render_english("el pedido de Carter con la tarjeta VISA por 40,60 USD", "es")
    assert rendered == "order de Carter card VISA 40,60 USD"  # "Carter" is a name, not the French "carte"


def test_a_sentence_the_glossary_barely_reads_is_left_as_written() -> None:
    note = "ik ben net verhuisd naar een nieuw huis in Portland"
    assert render_english(note, "nl") == note
    assert render_english("注文A-1234が届きません", "ja") == "注文A-1234が届きません"
    assert render_english("meu pedido não chegou", "sv") == "meu pedido não chegou"  # language not covered


def test_a_spanish_issue_and_ask_reach_the_summary_in_english() -> None:
    messages = [
        {"id": "m1", "role": "customer", "text": "Hola, mi pedido A-1234 no llegó y el paquete está perdido."},
        {"id": "m2", "role": "ai", "text": "Lo siento, su pedido A-1234 está en camino."},
        {"id": "m3", "role": "customer", "text": "Quiero el reembolso de mi pago, no un cupón."},
    ]
    summary = summarise(messages, in_language("es"))
    text = " ".join(p.text for p in summary.points)
    assert "order A-1234 not arrived" in text
    assert "package" in text
    assert "refund" in text


def test_an_assistant_finding_in_another_language_is_rendered_not_quoted() -> None:
    summary = summarise(SPANISH_CHARGES, in_language("es"))
    tried = next(p for p in summary.points if p.text.startswith("Tried:"))
    assert "AI said: line order A-1234 veo 4 charge de StarZodiac de $9.99" in tried.text
    assert "“" not in tried.text.split("AI said: ", 1)[1]  # a rendering is no longer the assistant's own words


def test_an_english_conversation_is_never_rendered() -> None:
    messages = [dict(m) for m in SHIPPING_MESSAGES]
    messages[0]["text"] = "Hi, my order A-1234 never arrived, no tracking, la commande est perdue."
    summary = summarise(messages, shipping_analysis())
    issue = next(p for p in summary.points if p.text.startswith("Issue:"))
    assert "la commande est perdue" in issue.text
    assert "not tracking" not in issue.text


def test_a_word_the_glossary_lacks_is_read_from_the_attempts_lexicon_and_numbers_are_kept() -> None:
    assert render_english("mein Antrag wurde abgelehnt", "de") == "request wurde denied"
    # "dos" is a Portuguese function word ("of the") but the Spanish two: the refusals are counted
    assert render_english("ya van dos rechazos de mi pedido", "es") == "two denied de order"
