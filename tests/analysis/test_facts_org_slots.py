"""Facts, round 5: what unseen conversations still missed, as general rules. A one-word bank, airline, payroll
or rental company in a slot that takes an organisation ("my bank (Chase)", "take payroll over to Gusto",
"gehuurd bij Sixt"), a person the assistant confirms a booking or workspace belongs to, a clock time said
alone after "at", a UK phone number without a cue word, a prefixed code given as a bare answer ("ws 85530");
and the junk kept out: people after "with", places after "moved to", the company's own name before
"account". Sentences from gyms, dentists, utilities and couriers, not from the suites."""

from __future__ import annotations

import pytest

from .builders import conversation_facts, text_facts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I rang my bank (Monzo) and they see two payments", "Monzo"),
        ("honestly I'm about to file a dispute with Amex over this", "Amex"),
        ("if this keeps up we're switching to Octopus next month", "Octopus"),
        ("the invoices synced to Freeagent twice last night", "Freeagent"),
        ("we flew Ryanair out of Stansted and the gym bag never arrived", "Ryanair"),
        ("hatte das Auto bei Europcar gemietet und die Kaution fehlt", "Europcar"),
        ("mon compte Boursorama ne se synchronise plus", "Boursorama"),
        ("we hired a van from Avis and they kept the deposit", "Avis"),
    ],
)
def test_a_capitalised_word_in_an_organisation_slot_is_a_named_thing(text: str, name: str) -> None:
    assert ("other", name) in text_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "I talked with Sarah at the front desk about it",
        "I moved to Leeds last year and the letters still go to the old flat",
        "my Brightsmile account shows the wrong dentist",
        "the bank said no and the card issuer said nothing",
    ],
)
def test_people_places_and_account_owners_are_no_organisation(text: str) -> None:
    assert not any(kind == "other" for kind, _ in text_facts(text))


def test_the_company_naming_itself_is_still_dropped() -> None:
    facts = conversation_facts(
        [
            ("customer", "the direct debit was taken twice, I'm filing a chargeback with Voltwise"),
            ("ai", "Thanks for contacting Voltwise. I can see two payments of $80 on your account."),
        ]
    )
    assert ("other", "Voltwise") not in facts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thanks. I found trip QR-77AB2 for Leona Varga, departing 3 March.", "Leona Varga"),
        ("I found the gym (GY-5512). The owner is Tomas Berg and you are an admin.", "Tomas Berg"),
        ("I see the policy under Hannah Ode.", "Hannah Ode"),
    ],
)
def test_the_person_an_assistant_confirms_a_booking_belongs_to(text: str, name: str) -> None:
    assert ("name", name) in text_facts(text, role="ai")


def test_a_clock_time_said_alone_is_when_it_happened() -> None:
    assert ("date", "16:40") in text_facts("the parcel scan says delivered at 16:40 but nothing is here")
    assert not any(kind == "date" for kind, _ in text_facts("the score was 3:1 at half time"))
    assert not any(v == "16:40" for _, v in text_facts("we deliver at 16:40 on weekdays", role="ai"))


@pytest.mark.parametrize(
    ("text", "role", "phone"),
    [
        ("can you just text the code to 07911 123456 instead", "customer", "07911 123456"),
        ("Is your new number +44 7911 123456, the one you're messaging from?", "ai", "+44 7911 123456"),
    ],
)
def test_uk_numbers_in_five_and_six_digit_groups_are_phones(text: str, role: str, phone: str) -> None:
    assert ("phone", phone) in text_facts(text, role=role)


def test_a_prefixed_code_as_a_bare_answer_takes_the_asked_type() -> None:
    facts = conversation_facts(
        [
            ("customer", "need to remove a member from our studio"),
            ("ai", "Sure. Could you tell me your workspace ID? It starts with WS and is under Settings."),
            ("customer", "ws 40021"),
        ]
    )
    assert ("account_id", "ws 40021") in facts


def test_a_name_after_at_the_is_a_place_and_a_provider_before_its_service_is_the_company() -> None:
    facts = conversation_facts(
        [
            ("customer", "I stayed two nights at the Harbour Lodge and the deposit never came back"),
            ("customer", "Return flight was fine though."),
        ]
    )
    assert ("other", "Harbour Lodge") in facts
    assert ("other", "Return") not in facts  # a common word opening a sentence names no company
    facts = conversation_facts(
        [
            ("customer", "the deposit for my car never came back"),
            ("ai", "I found trip KT-4RX2PL: a Europcar rental in Denver, returned on May 3."),
        ]
    )
    assert ("other", "Europcar") in facts
    assert not any(value.endswith("rental") for _, value in facts)


def test_a_product_with_a_model_number_after_at_stays_a_product() -> None:
    facts = conversation_facts([("customer", "the screen went black at the Vela 10 setup screen")])
    assert not any(kind == "other" and value.startswith("Vela") for kind, value in facts)


def test_a_persons_address_in_brackets_after_their_name_in_an_assistant_turn() -> None:
    facts = conversation_facts(
        [
            ("customer", "our old manager still owns the gym account and won't answer"),
            ("ai", "I found the gym (GY-5512). The Owner is Tomas Berg (tomas.berg@ironworks.example)."),
        ]
    )
    assert ("email", "tomas.berg@ironworks.example") in facts
    facts = conversation_facts(
        [
            ("customer", "who do I write to about an invoice?"),
            ("ai", "Please write to Accounts Receivable (ar@ironworks.example) and they will reply."),
        ]
    )
    assert not any(kind == "email" for kind, _ in facts)
