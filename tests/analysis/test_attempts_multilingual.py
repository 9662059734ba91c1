"""Attempts in conversations held in French, Spanish, German, Portuguese and Italian: told in an English frame
with the sentence quoted, so the agent is not left with an empty list; English turns are not read here; the
announcement of the transfer, bare "I did it" replies and a customer's attempt's outcome are not guessed."""

from __future__ import annotations

from copilot.analysis.attempt_multilingual import foreign_descriptions
from copilot.analysis.attempts import extract_attempts

from .builders import build_prepared


def test_assistant_lookups_meanings_suggestions_and_limits_are_quoted() -> None:
    assert foreign_descriptions(
        "Bonjour ! J'ai trouvé votre réservation HX-2291 pour le 14 mars. Le code R-17 signifie que la carte a "
        "expiré. Vous pouvez la mettre à jour dans Mon compte > Paiement.",
        "ai",
    ) == (
        "AI looked up and said “J'ai trouvé votre réservation HX-2291 pour le 14 mars” (in English: booking)",
        "AI explained “Le code R-17 signifie que la carte a expiré” (in English: code, card)",
        "AI pointed the customer to where they can update it: “Vous pouvez la mettre à jour dans Mon compte > Paiement” (in English: account, payment)",
    )
    assert foreign_descriptions(
        "Leider kann ich die Gebühr nicht selbst erstatten. Ich leite Ihre Anfrage an einen Mitarbeiter weiter.",
        "agent",
    ) == ("Agent said “Leider kann ich die Gebühr nicht selbst erstatten” (in English: fee)",)


def test_customer_attempts_are_quoted_from_their_verb() -> None:
    assert foreign_descriptions(
        "Hola, ya intenté reiniciar el router dos veces y la luz sigue en rojo. ¿Qué hago?", "customer"
    ) == ("Customer tried to restart it: “ya intenté reiniciar el router dos veces y la luz sigue en rojo”",)
    assert foreign_descriptions("Ya lo hice. Es muy frustrante.", "customer") == ()  # the outcome, not an attempt


def test_english_turns_and_handoffs_are_not_read() -> None:
    assert foreign_descriptions("I already restarted the router and the app says the line is fine", "customer") == ()
    assert foreign_descriptions("Please restart your router and then check the lights on the box", "ai") == ()
    assert foreign_descriptions("Entiendo. Te comunico con un agente de nuestro equipo.", "ai") == ()
    assert foreign_descriptions("Capisco. Passo la conversazione a un operatore, che può verificare.", "ai") == ()


def test_a_portuguese_conversation_gets_an_attempt_list_without_guessed_outcomes() -> None:
    attempts = extract_attempts(
        build_prepared(
            [
                ("customer", "Olá, o meu pedido PD-5521 não chegou e o rastreio não muda há uma semana."),
                (
                    "ai",
                    "Olá! Encontrei o pedido PD-5521, enviado no dia 3 com a transportadora. Tente verificar com os vizinhos, por favor.",
                ),
                ("customer", "Já fiz isso ontem, ninguém recebeu nada. Quero falar com uma pessoa."),
            ]
        )
    )
    assert [(a.description, a.by, a.outcome) for a in attempts] == [
        ("AI looked up and said “Encontrei o pedido PD-5521, enviado no dia 3 com a transportadora” (in English: order)", "ai", "unknown"),
        ("AI suggested the customer check it: “Tente verificar com os vizinhos, por favor”", "ai", "unknown"),
        ("Customer tried “Já fiz isso ontem, ninguém recebeu nada”", "customer", "unknown"),
    ]
