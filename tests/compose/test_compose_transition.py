"""Known-answer tests of the customer transition message: queue, ETA, callback / e-mail offers, language."""

from __future__ import annotations

from typing import Any

import pytest

from copilot.compose import build_composer
from copilot.compose.transition import humane_wait
from copilot.config import Settings
from copilot.context import Analysis, CustomerRegister
from copilot.schema import CustomerFact, TransitionMessage

from .builders import calm, make_prepared, make_request, shipping_analysis

PHONE = {"name": "Dana Lee", "phone": "+1 555 0100"}
EMAIL_ONLY = {"name": "Dana Lee", "email": "dana@example.com"}
NO_CONTACT = {"name": "Dana Lee"}


def transition(
    queue: dict[str, Any] | None = None,
    *,
    customer: dict[str, Any] | None = None,
    channel: str = "web_chat",
    analysis: Analysis | None = None,
    settings: Settings | None = None,
) -> TransitionMessage:
    prepared = make_prepared(make_request(channel=channel, customer=customer or EMAIL_ONLY, queue=queue))
    composer = build_composer(settings or Settings())
    return composer.compose(prepared, analysis or calm(shipping_analysis()), []).transition


def test_says_a_person_takes_over_and_sees_the_whole_conversation() -> None:
    text = transition().text
    assert "a person from our team who will see this whole conversation" in text
    assert "won't need to repeat anything" in text


def test_uses_queue_position_and_a_humane_eta() -> None:
    text = transition({"position": 3, "estimated_wait_seconds": 240}).text
    assert "You're number 3 in the queue, and the estimated wait is about 4 minutes." in text


def test_first_in_line() -> None:
    assert "You're next in line." in transition({"position": 1}).text


def test_without_a_queue_no_time_is_promised() -> None:
    text = transition(None).text
    assert "as soon as they can" in text
    assert "minute" not in text


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [
        (20, ("wait_soon", 0)),
        (60, ("wait_minute", 1)),
        (240, ("wait_minutes", 4)),
        (430, ("wait_minutes", 7)),
        (1260, ("wait_minutes", 20)),
        (1390, ("wait_minutes", 25)),
        (3400, ("wait_hour", 1)),
        (9000, ("wait_hours", 2)),
    ],
)
def test_waits_are_rounded_the_way_people_say_them(seconds: float, expected: tuple[str, int]) -> None:
    assert humane_wait(seconds) == expected


def test_offers_a_callback_over_the_threshold_when_a_phone_is_known() -> None:
    message = transition({"position": 9, "estimated_wait_seconds": 900}, customer=PHONE)
    assert message.callback_offered is True
    assert "we can call you back instead" in message.text


def test_offers_an_email_follow_up_when_only_an_email_is_known() -> None:
    message = transition({"estimated_wait_seconds": 900}, customer=EMAIL_ONLY)
    assert message.callback_offered is True
    assert "follow up by email instead" in message.text


def test_a_phone_given_in_the_chat_counts_as_known() -> None:
    analysis = calm(shipping_analysis(facts=[CustomerFact(type="phone", value="+1 555 0100", message_id="m3")]))
    message = transition({"estimated_wait_seconds": 900}, customer=NO_CONTACT, analysis=analysis)
    assert "call you back" in message.text


def test_no_offer_under_the_threshold() -> None:
    message = transition({"position": 2, "estimated_wait_seconds": 240}, customer=PHONE)
    assert message.callback_offered is False
    assert "call you back" not in message.text


def test_no_offer_when_there_is_no_way_to_reach_the_customer() -> None:
    message = transition({"estimated_wait_seconds": 3600}, customer=NO_CONTACT)
    assert message.callback_offered is False


def test_the_threshold_comes_from_settings() -> None:
    queue = {"estimated_wait_seconds": 240}
    assert transition(queue, settings=Settings(callback_wait_threshold_s=120)).callback_offered is True
    assert transition(queue, settings=Settings()).callback_offered is False


def test_nobody_online_and_no_estimate_counts_as_a_long_wait() -> None:
    assert transition({"agents_online": 0}, customer=PHONE).callback_offered is True


def test_sms_offers_a_callback_to_the_number_it_runs_on() -> None:
    message = transition({"estimated_wait_seconds": 900}, customer=NO_CONTACT, channel="sms")
    assert message.callback_offered is True
    assert message.text.startswith("Connecting you with a person from our team now.")


def test_email_channel_reads_as_a_letter_and_does_not_offer_email() -> None:
    message = transition({"estimated_wait_seconds": 7200}, customer=EMAIL_ONLY, channel="email")
    assert message.text.startswith("Thank you for your message.")
    assert "about 2 hours" in message.text
    assert message.callback_offered is False


def test_empathy_first_when_the_customer_is_frustrated() -> None:
    assert transition(analysis=shipping_analysis()).text.startswith("I understand this has been frustrating.")
    assert "frustrat" not in transition().text


def test_uses_the_configured_company_name() -> None:
    assert "a person from Acme Outfitters" in transition(settings=Settings(company_name="Acme Outfitters")).text


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("es", "Está en la posición 3 de la cola y el tiempo de espera estimado es de unos 10 minutos."),
        (
            "fr",
            "Vous êtes en position 3 dans la file d'attente ; temps d'attente estimé : environ 10 minutes.",
        ),
        ("de", "Sie sind auf Platz 3 der Warteschlange, die geschätzte Wartezeit beträgt etwa 10 Minuten."),
        ("pt", "Você está na posição 3 da fila, e o tempo de espera estimado é de cerca de 10 minutos."),
    ],
)
def test_queue_in_the_customers_language(language: str, expected: str) -> None:
    analysis = calm(shipping_analysis(register=CustomerRegister(language=language)))
    message = transition({"position": 3, "estimated_wait_seconds": 600}, customer=PHONE, analysis=analysis)
    assert expected in message.text
    assert message.callback_offered is True


def test_a_letter_thanks_first_and_then_acknowledges_the_frustration() -> None:
    text = transition(channel="email", analysis=shipping_analysis()).text
    assert text.startswith("Thank you for your message.")
    assert "I understand this has been frustrating." in text
