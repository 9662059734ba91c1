"""Facts, round 4: what conversations written by people who never saw the engine showed it missed, as general
rules. Booking words as id cues (trip, reservation, voyage, Buchung, boeking), a reference code whose body mixes
letters and digits, flight numbers and airlines in a sentence about flying, a generic reference cue yielding to
a code's own prefix, ids written in spaced groups, months and days of the month said alone, signatures with a
title line or letters after the name, a name after "name is", a plan paid for by the month, IMEIs grouped
6-2-6-1, a maker before a phone family; and the junk kept out: chat fillers and "covers up to" glued to a
product, a billing period that belongs to the noun after it, a partial date that repeats a full one. Sentences
from cruises, rail, car hire, insurance and software, not from the suites."""

from __future__ import annotations

import pytest

from copilot.analysis.fact_quantities import find_dates

from .builders import conversation_facts, text_facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my cruise trip is QX-4410B, sailing next week", ("order_id", "QX-4410B")),
        ("La reserva es RT-8812K y todavía no tengo los billetes", ("order_id", "RT-8812K")),
        ("Le voyage c'est LN-77Q2A, départ lundi", ("order_id", "LN-77Q2A")),
        ("ich habe die Buchung MV-2281X storniert", ("order_id", "MV-2281X")),
        ("mijn boeking AB-12345 is nog niet bevestigd", ("order_id", "AB-12345")),
        ("the reservation number is 55120987 and the hotel cannot find it", ("order_id", "55120987")),
    ],
)
def test_booking_words_name_order_ids(text: str, expected: tuple[str, str]) -> None:
    assert expected in text_facts(text)


def test_a_reference_with_letters_and_digits_mixed_is_an_order_without_a_cue() -> None:
    assert ("order_id", "KT-9QX4RM") in text_facts(
        "We picked the car up in Porto (KT-9QX4RM) and they kept the deposit"
    )


def test_error_and_model_shapes_are_no_booking_reference() -> None:
    facts = text_facts("We picked the car up in Porto (KT-4410) and it showed nothing")
    assert ("order_id", "KT-4410") not in facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my flight BA 117 to Toronto was cancelled an hour ago", {("other", "BA 117")}),
        ("we flew ryanair fr8321 from Dublin", {("other", "fr8321")}),
        ("Iberia flight IB3166 is departing late", {("other", "Iberia"), ("other", "IB3166")}),
        ("mi vuelo UX 1094 sale a las 10", {("other", "UX 1094")}),
    ],
)
def test_flight_numbers_and_airlines_in_a_sentence_about_flying(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= text_facts(text)


@pytest.mark.parametrize(
    ("text", "shape"),
    [("the meeting is in room AB 220 today", "AB 220"), ("my router model is RT 2200", "RT 2200")],
)
def test_flight_shapes_without_flying_are_no_flights(text: str, shape: str) -> None:
    assert ("other", shape) not in text_facts(text)


def test_a_word_and_a_number_are_no_flight() -> None:
    assert not any(value.startswith("at ") for _, value in text_facts("our flight lands at 1130 tonight"))


def test_the_airline_before_flight_skips_common_words() -> None:
    facts = text_facts("My connecting flight LH 401 left without me")
    assert ("other", "LH 401") in facts
    assert not any(value.startswith(("My", "connecting")) for _, value in facts)


def test_a_generic_reference_cue_yields_to_the_code_prefix() -> None:
    facts = text_facts("I have the order confirmation, number ORD-4471203, with the agreed price.")
    assert ("order_id", "ORD-4471203") in facts


def test_an_insurance_policy_number_is_a_reference_not_the_account() -> None:
    facts = text_facts("and I have the annual cover btw, policy PX-55012934")
    assert ("other", "PX-55012934") in facts
    assert ("account_id", "PX-55012934") not in facts


def test_a_fault_reference_is_a_ticket() -> None:
    facts = text_facts("I've logged a fault for the line: reference FLT-3310-20481.", role="ai")
    assert ("ticket_id", "FLT-3310-20481") in facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Subject: broken chair - order HX-512 904", ("order_id", "HX-512 904")),
        ("my member # is QP 4471 2290 if that helps", ("account_id", "QP 4471 2290")),
    ],
)
def test_ids_written_in_spaced_groups(text: str, expected: tuple[str, str]) -> None:
    assert expected in text_facts(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I cancelled the add-on back in March and still pay", "March"),
        ("the card expires in december so hurry", "december"),
        ("importei o extrato de setembro ontem", "setembro"),
        ("the renewal is on the 14th and I want out before", "the 14th"),
        ("no signal until the 3rd lol", "the 3rd"),
        ("the party is on friday 12th!!", "friday 12th"),
    ],
)
def test_months_and_days_of_the_month_said_alone(text: str, value: str) -> None:
    assert value in [c.value for c in find_dates(text)]


@pytest.mark.parametrize("text", ["my desk is on the 4th floor", "the 2nd attempt failed too", "you may go in may"])
def test_ordinals_and_may_that_are_no_dates(text: str) -> None:
    assert not find_dates(text)


def test_a_partial_date_that_repeats_a_full_date_is_dropped() -> None:
    facts = conversation_facts(
        [
            ("customer", "I bought the kettle in September and it already leaks."),
            ("ai", "I found your order: the kettle was delivered September 18."),
            ("customer", "yes, and the refund should come on the 18th of next month? it was paid on the 18th"),
        ]
    )
    dates = {value for kind, value in facts if kind == "date"}
    assert "September 18" in dates
    assert "September" not in dates
    assert "the 18th" not in dates


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Please send the file.\n\nRegards,\nMarta Quiroga\nHead of Finance, Quiroga & Sons", "Marta Quiroga"),
        ("The export still fails.\n\nKind regards,\nAlan Whitby FCA\nWhitby Accounting", "Alan Whitby"),
        ("name is Priya Raman, postcode is 02139. same for both", "Priya Raman"),
    ],
)
def test_names_under_a_closing_or_after_name_is(text: str, name: str) -> None:
    assert ("name", name) in text_facts(text)


def test_no_name_read_from_a_closing_followed_by_a_sentence() -> None:
    assert not any(kind == "name" for kind, _ in text_facts("Thanks,\nI will wait\nfor your answer"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I pay $45 a month for Fibre Max and it drops every night", ("product", "Fibre Max")),
        ("did a test, 20 mbps, and I'm paying for fibre 900", ("product", "fibre 900")),
        ("We'll bring two Pixel 7s from our old carrier", ("device", "Pixel 7")),
        ("Het is een Samsung Galaxy A54, kan die ontgrendeld worden?", ("device", "Samsung Galaxy A54")),
        ("My IMEI is 490154 20 323751 8, if that helps", ("device", "490154 20 323751 8")),
        ("Now it shows 'PAY-311 Este pago no es válido'", ("error_code", "PAY-311")),
        ("yeah it said SYNC-77 again this morning", ("error_code", "SYNC-77")),
    ],
)
def test_products_devices_and_codes_by_shape_and_verb(text: str, expected: tuple[str, str]) -> None:
    assert expected in text_facts(text)


def test_fillers_and_verbs_are_not_glued_to_a_product() -> None:
    facts = text_facts("ok and I have CoverPlus Gold btw, moved the Mesh 4 upstairs")
    assert {("product", "CoverPlus Gold")} <= facts
    assert not any(value.endswith(("btw", "upstairs")) for _, value in facts)
    assert not any(value.endswith("covers") for _, value in text_facts("Your CoverPlus Gold covers up to 900 USD"))


def test_a_billing_period_of_the_noun_after_it_is_not_part_of_the_plan() -> None:
    facts = text_facts("I see your Homebase Plus annual membership renewed today.", role="ai")
    assert ("product", "Homebase Plus") in facts
    assert ("product", "Growth yearly") in text_facts("you're on the Growth yearly plan", role="ai")


def test_the_assistant_naming_what_the_customer_currently_has() -> None:
    facts = conversation_facts(
        [
            ("customer", "hi, we want to add a line for our son"),
            (
                "ai",
                "Happy to help! You currently have 3 lines on Talk Max. Which plan would you like for the new line?",
            ),
        ]
    )
    assert ("product", "Talk Max") in facts


def test_an_error_in_brackets_of_a_general_assistant_sentence_is_no_account_id() -> None:
    facts = conversation_facts(
        [
            ("customer", "i cant log in"),
            ("ai", "If you tried several times, your account may be locked for 15 minutes (AU-423)."),
            ("customer", "yeah it said AU-423 earlier. still nothing"),
        ]
    )
    assert ("error_code", "AU-423") in facts
    assert ("account_id", "AU-423") not in facts
