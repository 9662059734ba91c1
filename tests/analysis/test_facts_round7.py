"""Facts, round 7: what the newest held-out conversations (energy, travel, telecom, retail, written by people who
never read the engine) showed it missed, as general rules. A bare day before a full date is one period; British
postcodes are kept whole and a flat number may open an address; the assistant reading back the customer's own
address adds nothing; meter readings; spaced account numbers; a ZIP given as "the address in ..."; booking codes
and a booking's confirmation number are orders, never error codes; bag tags; dotted dates; clock times with
am/pm; flight numbers in airport sentences; product names that stop before "tariff" or "connection". Sentences
from water, rail, insurance, broadband and shops, not from the suites."""

from __future__ import annotations

import pytest

from copilot.analysis.fact_codes import find_error_codes
from copilot.analysis.fact_quantities import find_clock_times, find_dates
from copilot.analysis.fact_readings import find_meter_readings
from copilot.analysis.normalize import normalize_fact_value

from .builders import conversation_facts, text_facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we stayed at the lodge from the 3rd-7th August and it rained", "3rd-7th August"),
        ("The rail pass covers 2-9 June 2027, both ends included", "2-9 June 2027"),
        ("My parents visit 20 to 24 December so I need the boiler fixed", "20 to 24 December"),
        ("la póliza cubre del 5 al 12 de mayo", "del 5 al 12 de mayo"),
        ("deux prélèvements, le 3 et le 4 décembre", "le 3 et le 4 décembre"),
    ],
)
def test_a_bare_day_before_a_full_date_is_one_fact(text: str, expected: str) -> None:
    assert [c.value for c in find_dates(text)] == [expected]


def test_a_shared_month_range_normalises_like_a_spelt_out_one() -> None:
    assert normalize_fact_value("date", "12-15 December") == normalize_fact_value("date", "12 to 15 December")
    assert normalize_fact_value("date", "3rd-7th August") == "--08-03/--08-07"
    assert normalize_fact_value("date", "the 15th") == normalize_fact_value("date", "15th")


def test_numbers_that_are_no_day_do_not_join_a_date() -> None:
    assert [c.value for c in find_dates("it cost £5 - 19 October was the renewal")] == ["19 October"]
    assert find_dates("lines 3 and 4 get the discount") == []


def test_a_day_the_customer_gave_before_a_range_stays() -> None:
    facts = conversation_facts(
        [
            ("customer", "I checked out on oct 19 and the points never showed up"),
            ("ai", "I found your stay: The Harbour Inn, 9-19 October. Points should have arrived by 2 November."),
        ]
    )
    assert ("date", "oct 19") in facts
    assert ("date", "9-19 October") in facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The water leak is at 22 Quarry Road, Bath BA2 4JP, under the drive", "22 Quarry Road, Bath BA2 4JP"),
        ("Please send it to Flat 9, 4 Kings Avenue, Cardiff", "Flat 9, 4 Kings Avenue, Cardiff"),
        ("the courier went to 880 W 4th St, Reno, NV 89503 instead", "880 W 4th St, Reno, NV 89503"),
        ("The engineer needs to come out. Postcode SW1A 2AA", "SW1A 2AA"),
    ],
)
def test_postcodes_stay_whole_and_units_open_addresses(text: str, expected: str) -> None:
    assert ("address", expected) in text_facts(text)


def test_a_british_postcode_is_an_answer_to_a_postcode_question() -> None:
    facts = conversation_facts(
        [
            ("customer", "We're moving and need the broadband moved. New place is 5 Elm Close, Derby"),
            ("ai", "Thanks. Do you have the postcode for 5 Elm Close?"),
            ("customer", "DE1 3QT"),
            ("ai", "Just to confirm, you're moving to 5 Elm Close, Derby DE1 3QT. Is that right?"),
        ]
    )
    addresses = {value for kind, value in facts if kind == "address"}
    assert addresses == {"5 Elm Close, Derby", "DE1 3QT"}  # the read-back adds nothing new


def test_an_address_the_assistant_says_an_order_ships_to_is_the_customers() -> None:
    facts = conversation_facts(
        [
            ("customer", "Can I change the delivery address on my parcel?"),
            ("ai", "Order 55812 shipped today and is on its way to 14 Birch Lane, Austin, TX 78701."),
        ]
    )
    assert ("address", "14 Birch Lane, Austin, TX 78701") in facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the water bill uses an estimated reading of 10442 but my meter reads 09871", ["10442", "09871"]),
        ("Readings this morning: electricity 55120, gas 3319.5", ["55120", "3319.5"]),
        ("Gas: 07741 as of today", ["07741"]),
        ("my electricity 2026 prices went up", []),
        ("the gas use was 1,148 kWh last month", []),
        ("my water bill is 1200 this quarter", []),
    ],
)
def test_meter_readings(text: str, expected: list[str]) -> None:
    assert [c.value for c in find_meter_readings(text)] == expected


def test_a_meter_reading_is_other_not_a_device_number() -> None:
    facts = text_facts("the meter reads 45102 today, it's a traditional meter, serial 19L3352108")
    assert ("other", "45102") in facts
    assert ("device", "19L3352108") in facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I found your account under 7712 430 981 for the service address in 60614.", ("account_id", "7712 430 981")),
        ("I found your account under 7712 430 981 for the service address in 60614.", ("address", "60614")),
        ("puse la cuenta 4410 2291 87, y nada", ("account_id", "4410 2291 87")),
        ("the hotel confirmation number is 7781002934, they can't find it", ("order_id", "7781002934")),
        ("payment confirmation PAY-4410-ZZ went through", ("other", "PAY-4410-ZZ")),
        ("Die Schadennummer ist CLM-2209114", ("ticket_id", "CLM-2209114")),
        ("Policy number aside, the police report number is 4471-220", ("other", "4471-220")),
        ("my bag tag is BA 771204 and nothing has moved", ("tracking_number", "BA 771204")),
    ],
)
def test_ids_named_by_their_cue(text: str, expected: tuple[str, str]) -> None:
    assert expected in text_facts(text)


def test_a_companys_scrambled_booking_code_is_an_order_not_an_error() -> None:
    assert ("order_id", "K7PQ2Z") in text_facts("De Iberia code is K7PQ2Z, ik wil de vlucht wijzigen")
    assert ("order_id", "R4TW8N") in text_facts("the airline booking code R4TW8N is on the e-ticket")
    assert find_error_codes("the screen shows error code E4 again") != []
    assert [c.value for c in find_error_codes("Fault code LG401 on the dryer")] == ["LG401"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the text came at 4:05pm saying my SIM was swapped", ["4:05pm"]),
        ("I paid it at like 11pm by card", ["11pm"]),
        ("it went down since about 6am.", ["6am"]),
        ("the boiler stopped at 10:15", ["10:15"]),
        ("I'll be home in 5 minutes", []),
        ("I have a meeting at 2pm tomorrow so I need an earlier train", []),
    ],
)
def test_clock_times_after_at_or_since(text: str, expected: list[str]) -> None:
    assert [c.value for c in find_clock_times(text)] == expected


def test_dotted_dates_need_a_year() -> None:
    assert [c.value for c in find_dates("Status abgelehnt seit 03.12.2026, warum?")] == ["03.12.2026"]
    assert find_dates("the app is on version 4.12.2 now") == []


def test_flight_numbers_in_airport_sentences_and_after_flight() -> None:
    facts = text_facts("Iberia IB 3166 Madrid to London, then the airline moved me to IB 3170")
    assert {("other", "IB 3166"), ("other", "IB 3170")} <= facts
    assert ("other", "QF 1") in text_facts("I'm booked on Qantas flight QF 1 tomorrow")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I want to move onto the Green Saver tariff asap", ("product", "Green Saver")),
        ("the speed of my Fibre Max connection is awful in the evening", ("product", "Fibre Max")),
        ("my mum had Home Plus before she passed", ("product", "Home Plus")),
        ("I found order 4471 (Nimbus Desk Lamp, white). It shipped today.", ("product", "Nimbus Desk Lamp")),
        ("j'ai commandé des écouteurs Sono Buds le 3 mai", ("product", "Sono Buds")),
    ],
)
def test_product_names(text: str, expected: tuple[str, str]) -> None:
    role = "ai" if text.startswith("I found") else "customer"
    assert expected in text_facts(text, role=role)


def test_months_a_span_runs_between_and_a_passenger_named_on_a_trip() -> None:
    assert [c.value for c in find_dates("Between March and August your bills were estimated")] == [
        "March",
        "August",
    ]
    facts = text_facts("I found trip TR-88120 for passenger Amara Okafor, flight BA 75 tomorrow", role="ai")
    assert ("name", "Amara Okafor") in facts


def test_an_address_an_order_shipped_to_with_the_carrier_between() -> None:
    facts = text_facts(
        "Order 77120 shipped yesterday with DHL (JD014600006281234567) to 19 Rose Lane, Apt 2, Troy, NY 12180.",
        role="ai",
    )
    assert ("address", "19 Rose Lane, Apt 2, Troy, NY 12180") in facts


def test_loyalty_balances_airports_and_the_customers_operator() -> None:
    assert ("other", "12,400 points") in text_facts("I can see 12,400 points on your Gold account", role="ai")
    assert not any(value.endswith("points") for _, value in text_facts("I'd give the app 2 points out of 10"))
    assert ("other", "Porto airport") in text_facts("I'm stuck at the hire desk at Porto airport with no car")
    operator = text_facts("Thanks. Western Power, your network operator, reports a fault on your street.", role="ai")
    assert ("other", "Western Power") in operator
    assert ("other", "Yorkshire Water") in text_facts("your supplier is Yorkshire Water, not us", role="customer")


def test_airlines_by_their_names_shape_and_flights_after_the_airline() -> None:
    facts = text_facts(
        "I found your trip: Oslo - Rome, 3-9 May, with Norse Air Shuttle and Aegean Airlines.", role="ai"
    )
    assert {("other", "Norse Air Shuttle"), ("other", "Aegean Airlines")} <= facts
    assert not any(kind == "other" for kind, _ in text_facts("my Ninja Air Fryer stopped heating"))
    assert ("other", "KL 1002") in text_facts("I can see KLM KL 1002 Amsterdam to Oslo at 9:40 today", role="ai")
    assert ("other", "BB 2207") not in text_facts("my Samsung S23 and the Brio BB9 2207 both arrived")


def test_a_portuguese_weekday_without_feira_after_desde() -> None:
    assert [c.value for c in find_dates("a linha está parada desde quarta, ninguém me liga")] == ["quarta"]
    assert find_dates("é a segunda vez que peço isto") == []


def test_a_cue_that_already_names_its_own_id_does_not_type_another_code() -> None:
    facts = conversation_facts(
        [
            ("customer", "J'ai demandé un remboursement (référence RB-440912), toujours rien."),
            ("ai", "Je vois la demande RB-440912 de 52,10 € sur le compte CL-88120044 : elle est approuvée."),
        ]
    )
    assert ("other", "RB-440912") in facts
    assert ("account_id", "RB-440912") not in facts
    assert ("account_id", "CL-88120044") in facts
