"""Known answers for the fact shapes and cues added for issue 6: codes, quantities, names, addresses,
products and plans, multilingual cues, short answers, and the junk that must stay out."""

from __future__ import annotations

import pytest

from .builders import conversation_facts, text_facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Here is your tracking link: https://carrier.example/track?trknbr=775201836644",
            ("tracking_number", "775201836644"),
        ),
        ("the little white box on the wall says LOS now", ("error_code", "LOS")),
        ("it says ICCID not recognised (ACT-09).", ("error_code", "ACT-09")),
        ("'This code is no longer valid' E-SIM-412", ("error_code", "E-SIM-412")),
        ("IMEI: 35 209871 654432 3", ("device", "35 209871 654432 3")),
        ("It's 8901 4102 7733 9816 455 and my ZIP is 80211.", ("other", "8901 4102 7733 9816 455")),
        ("It's 8901 4102 7733 9816 455 and my ZIP is 80211.", ("address", "80211")),
        ('Your email says WINTER20 is "20% off everything".', ("other", "WINTER20")),
        ("After my WELCOME15 code the subtotal was $58.20", ("other", "WELCOME15")),
        (
            "a charge of $37.48 that says NORTHWIND GOODS*NW4601 and I can't match it",
            ("other", "NORTHWIND GOODS*NW4601"),
        ),
        ("there's a charge on my bill called 'StarQuiz Mobile' for 9.99 every week", ("other", "StarQuiz Mobile")),
        ("there's a charge on my bill called 'StarQuiz Mobile' for 9.99 every week", ("amount", "9.99")),
        ("my gift card (ending 8812) had $150 on it", ("other", "8812")),
        ("the gate code is 4417#, in case the driver needs it", ("other", "4417#")),
        ("app version 8.4.1, it says Session expired", ("other", "8.4.1")),
        ("our hallway door is 29 inches, will it fit?", ("other", "29 inches")),
        ("can I swap for a 9.5?", ("other", "9.5")),
        ("Why did my bill go from 243 to 263 this month?", ("amount", "263")),
        ("Zapłaciłem 380 dolarów.", ("amount", "380 dolarów")),
        ("Meine Kundennummer ist 7781 330 254.", ("account_id", "7781 330 254")),
        ("Hesap numaram 6034 117 892.", ("account_id", "6034 117 892")),
        ("refund email (ref RF-20931) says $118.55", ("other", "RF-20931")),
        ("yes cancun, nov 1 to nov 7. unlimited plus", ("date", "nov 1 to nov 7")),
        ("on a 24-month term until March 2027", ("date", "March 2027")),
        ("I know I'm behind but I get paid friday", ("date", "friday")),
        ("Mit freundlichen Grüßen\nJürgen Hoffmann", ("name", "Jürgen Hoffmann")),
        ("Is it on track?\n\nBest wishes,\nMargaret Okonkwo", ("name", "Margaret Okonkwo")),
        ("My husband Gerald passed away on October 30th.", ("name", "Gerald")),
        ("His name is Mr. Petrov, number 718-555-0190", ("name", "Mr. Petrov")),
        ('confirm the address ending in "Apt 4C, Denver, CO 80205"', ("address", "Apt 4C, Denver, CO 80205")),
        ("Mon adresse : 5480 avenue du Parc, Montréal, H2T 1S6", ("address", "5480 avenue du Parc, Montréal, H2T 1S6")),
        ("the Vela 10 tablet includes a USB-C cable", ("product", "Vela 10 tablet")),
        ("do the Ridgeline hiking boots run small?", ("product", "Ridgeline hiking boots")),
        ("will the Northwind Volt wireless pad charge my iPhone 14 through a case", ("device", "iPhone 14")),
        ("Speeds far below Fiber 500 since early November", ("product", "Fiber 500")),
        ("a laptop plugged directly into the Hub 6 with a cable", ("device", "Hub 6")),
        ("Paired to a Pixel 8. Bought them Sep 28", ("device", "Pixel 8")),
        ("I'm on the basic plan. 5GB lasted me 2 hours", ("product", "basic plan")),
        ("I think we should all move to Unlimited Max, we travel a lot", ("product", "Unlimited Max")),
        ("there's an order for a new iphone 16 pro on my account", ("device", "iphone 16 pro")),
        ("J'ai activé le Travel Pass avant de partir.", ("product", "Travel Pass")),
    ],
)
def test_known_answers(text: str, expected: tuple[str, str]) -> None:
    assert expected in text_facts(text)


@pytest.mark.parametrize(
    ("text", "role", "junk"),
    [
        ("Thanks for contacting Brightline. I'm the Brightline virtual assistant.", "ai", "virtual assistant"),
        ("I'm connecting you with our Customer Care team now.", "ai", "Customer Care"),
        ("It's a Christmas present for my son.", "customer", "Christmas"),
        ("Please open Account > Orders > Warranty claim.", "customer", "Orders"),
        ("MY PLAN INCLUDES MEXICO. I checked", "customer", "MEXICO"),
        ("enter the 19-digit ICCID printed on the holder", "ai", "19-digit"),
        ("it says '24-month promotional price' on my order", "customer", "24-month"),
        ("the gate code is 4417#, an error code is what the app gives", "customer", "error_code:4417"),
        ("I ordered on a Sunday and it's Black Friday", "customer", "Sunday"),
        ("The Hub 5 works best with firmware 5.4 or later", "ai", "5.4"),
        ("Before November we consistently got 480-520.", "customer", "480-520"),
    ],
)
def test_no_junk(text: str, role: str, junk: str) -> None:
    """``junk`` must be in no fact value ("type:value" narrows it to one type)."""
    kind, _, value = junk.rpartition(":")
    assert not any(value in found and kind in ("", found_kind) for found_kind, found in text_facts(text, role))


def test_assistant_products_count_only_when_they_are_the_customers() -> None:
    facts = conversation_facts(
        [
            ("customer", "my internet drops every evening"),
            ("ai", "For larger homes we recommend WiFi Pods. I found order A-1234. It's a Pulse 2 smartwatch."),
        ]
    )
    assert ("product", "Pulse 2 smartwatch") in facts
    assert not any(value == "WiFi Pods" for _, value in facts)


def test_short_answers_take_the_type_asked_in_any_language() -> None:
    assert ("device", "BP2-7A41-0093") in conversation_facts(
        [
            ("customer", "the pod won't pair"),
            ("ai", "Could you share the serial number from the sticker on the Pod?"),
            ("customer", "BP2-7A41-0093"),
        ]
    )
    spanish = conversation_facts(
        [
            ("customer", "me cobraron de más"),
            ("ai", "Gracias. ¿Me puedes dar tu número de cuenta de Brightline?"),
            ("customer", "4471 902 215"),
        ]
    )
    assert ("account_id", "4471 902 215") in spanish
    assert not any(kind == "phone" for kind, _ in spanish)
    assert ("order_id", "NW-454420") in conversation_facts(
        [
            ("customer", "my order goes to my old address"),
            ("ai", "Could you share the order number?"),
            ("customer", "NW-454420. I left that house last week, I'm staying with my sister now."),
        ]
    )


def test_a_phone_shaped_number_named_as_an_account_is_one_fact() -> None:
    facts = conversation_facts(
        [
            ("customer", "4471 902 215"),
            ("ai", "Veo un pago recibido en la cuenta 4471 902 215."),
        ]
    )
    assert ("account_id", "4471 902 215") in facts
    assert not any(kind == "phone" for kind, _ in facts)


def test_one_code_is_one_fact_whatever_its_cue() -> None:
    facts = conversation_facts(
        [
            ("customer", "Order NW-455613 is late"),
            ("customer", "NW-455613. Same as in my first message, the error is still there."),
        ]
    )
    assert [value for _, value in facts if "455613" in value] == ["NW-455613"]


def test_a_range_shadows_its_ends() -> None:
    facts = conversation_facts(
        [
            ("customer", "I was in Cancun nov 1 to nov 7"),
            ("ai", "I can see charges on your line between Nov 1 and Nov 7."),
        ]
    )
    assert {v for k, v in facts if k == "date"} == {"nov 1 to nov 7"}
