"""Facts, round 3: what the SaaS and second dev splits showed the extractor missed or got wrong, as general
rules. Workspace and invoice ids, the last digits of a number, codes typed by a later segment, error codes
told by their message, dates with a weekday or without a day, people named by their role or sign-off,
companies with "&" or a legal suffix, plans with a billing period, foreign noun-first brand names, sizes
in other languages, a store's web address; and the junk kept out: a phone number's tail read as an id, a
no-reply sender, "Black Friday" read as a product, one item as both product and device, one weekday as two
dates. Sentences from payroll, hosting, travel, insurance and clothing, not from the suites."""

from __future__ import annotations

import pytest

from copilot.analysis.fact_quantities import find_dates

from .builders import conversation_facts, text_facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("our workspace ID is TN-55012, can you check it", ("account_id", "TN-55012")),
        ("the workspace is Rossi Catering, TN-88120", ("account_id", "TN-88120")),
        ("the client says invoice IV-3321 still shows unpaid", ("order_id", "IV-3321")),
        ("they can't open INV-7781 from the email", ("order_id", "INV-7781")),
        ("Re: [HLP-CS-1023] refund still missing", ("ticket_id", "HLP-CS-1023")),
    ],
)
def test_ids_typed_by_workspace_invoice_and_code_segment(text: str, expected: tuple[str, str]) -> None:
    assert expected in text_facts(text)


def test_last_digits_of_a_number_are_no_id() -> None:
    facts = text_facts("the payroll account (ending 7731) was debited twice")
    assert ("other", "7731") in facts
    assert not any(kind == "account_id" for kind, _ in facts)


def test_ids_listed_after_a_count_take_the_counted_noun_not_the_container() -> None:
    facts = text_facts("I can see three bookings on your account this week: BK1-20931 and BK1-20977.", role="ai")
    assert {("order_id", "BK1-20931"), ("order_id", "BK1-20977")} <= facts


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("every time I log in I get 'AU-412 Incorrect password' even after a reset", "AU-412"),
        ("HX-503 rate limited", "HX-503"),
        ("the upload stops with SY-220 file expired", "SY-220"),
    ],
)
def test_error_codes_told_by_their_message(text: str, code: str) -> None:
    assert ("error_code", code) in text_facts(text)


def test_a_phone_number_read_again_without_its_area_code_is_no_id() -> None:
    facts = conversation_facts(
        [
            ("customer", "my SIM was swapped, the number is (415) 555-0132"),
            ("ai", "Thanks. I found the line (415) 555-0132 on your account; the SIM changed at 9:02 am today."),
        ]
    )
    assert ("phone", "(415) 555-0132") in facts
    assert not any(value == "555-0132" for _, value in facts)


def test_a_no_reply_sender_is_no_customer_email() -> None:
    facts = conversation_facts(
        [("customer", "reset mails to ines@verde-tours.example never come, nothing from no-reply@hostly.example")]
    )
    assert ("email", "ines@verde-tours.example") in facts
    assert not any(value.startswith("no-reply") for _, value in facts)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the policy starts Friday the 13th, which is too late", "Friday the 13th"),
        ("the claim portal crashed last Monday as well", "last Monday"),
        ("premiums went up since March and nobody told me", "March"),
        ("we closed the shop at the end of June", "end of June"),
        ("the site went down at 9:15 this morning", "9:15 this morning"),
        ("the courier now says Wednesday, Dec 2 for the parcel", "Wednesday, Dec 2"),
        ("je pars le samedi 5 décembre en vacances", "samedi 5 décembre"),
        ("die Prämie ist seit Oktober höher", "Oktober"),
    ],
)
def test_dates_with_a_weekday_or_without_a_day(text: str, value: str) -> None:
    assert [c.value for c in find_dates(text)] == [value]


@pytest.mark.parametrize(
    "text",
    ["I may cancel since may is busy", "we did it in may", "at the end of the month", "since mar", "in oct"],
)
def test_months_alone_need_a_preposition_and_a_full_month_name(text: str) -> None:
    assert not find_dates(text)


def test_a_weekday_alone_is_no_second_date_when_the_full_date_is_known() -> None:
    facts = conversation_facts(
        [
            ("customer", "the painter can only come Thursday"),
            ("ai", "I can book Thursday, Dec 3 between 8 and 12 for your visit."),
            ("customer", "ok Thursday, Dec 3 works"),
        ]
    )
    dates = {value for kind, value in facts if kind == "date"}
    assert dates == {"Thursday, Dec 3"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Our office manager Priya Nair set up the account", {"Priya Nair"}),
        ("my accountant is Tom Ellis if you need the files", {"Tom Ellis"}),
        ("two of my employees, Ana and Raj, were paid twice", {"Ana", "Raj"}),
        ("the bookkeeper who closed March is Lena Ford", {"Lena Ford"}),
        ("Best regards,\nSofia Marin\nMarin Dental Group", {"Sofia Marin"}),
    ],
)
def test_people_named_by_their_role_or_a_signature_with_a_company_line(text: str, names: set[str]) -> None:
    assert {value for kind, value in text_facts(text) if kind == "name"} == names


def test_a_person_with_an_email_in_brackets_is_a_name() -> None:
    facts = text_facts("please copy our payroll lead, who is Omar Haddad (omar@haddad-bakes.example)")
    assert ("name", "Omar Haddad") in facts


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("refunds for Birch & Stone never reached our bank", "Birch & Stone"),
        ("the account was under Redwood Bakery LLC until we sold it", "Redwood Bakery LLC"),
    ],
)
def test_company_names_with_an_ampersand_or_a_legal_suffix(text: str, value: str) -> None:
    assert ("other", value) in text_facts(text)


def test_a_shorter_spelling_of_a_known_company_is_no_second_fact() -> None:
    facts = conversation_facts(
        [
            ("customer", "I sold Redwood Bakery last spring and need old statements"),
            ("customer", "to be exact the company was Redwood Bakery LLC"),
        ]
    )
    assert ("other", "Redwood Bakery LLC") in facts
    assert ("other", "Redwood Bakery") not in facts


@pytest.mark.parametrize(
    ("text", "products"),
    [
        ("we want to move from Premium down to Basic.", {"Premium", "Basic"}),
        ("if I move to Team yearly do I save anything?", {"Team yearly"}),
        ("I pay for Stream Max and it buffers every night", {"Stream Max"}),
        ("please remove the invoicing add-on from my bill", {"invoicing add-on"}),
        ("j'ai commandé les chaussures TrailFox Mid en 8,5", {"TrailFox Mid"}),
    ],
)
def test_plans_add_ons_and_noun_first_brands(text: str, products: set[str]) -> None:
    assert products <= {value for kind, value in text_facts(text) if kind == "product"}


@pytest.mark.parametrize(
    "text",
    [
        "we had a Cyber Monday sale and the sync stopped",
        "can't we just pay for the extra 2?",
        "I tried the Possible matches filter already",
    ],
)
def test_events_counts_and_interface_labels_are_no_products(text: str) -> None:
    assert not any(kind in {"product", "device"} for kind, _ in text_facts(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("j'ai reçu la pointure 8,5 au lieu de 9", "8,5"),
        ("ich brauche Größe 42 statt 44", "42"),
        ("eu meço 1,65 m de altura", "1,65 m"),
    ],
)
def test_sizes_and_heights_in_other_languages(text: str, value: str) -> None:
    assert ("other", value) in text_facts(text)


def test_the_customers_store_address_is_a_fact() -> None:
    facts = text_facts("orders stopped syncing yesterday, my store is maple-soap-co.myshopify.com")
    assert ("other", "maple-soap-co.myshopify.com") in facts


def test_one_item_is_one_fact_whether_read_as_product_or_device() -> None:
    facts = conversation_facts(
        [
            ("customer", "Is the jaqueta NorthPeak waterproof? I'm hiking next week"),
            ("ai", "Yes, your NorthPeak jacket keeps your phone dry and the NorthPeak has sealed seams."),
        ]
    )
    items = [value for kind, value in facts if kind in {"product", "device"} and "NorthPeak" in value]
    assert len({value.casefold() for value in items}) == len(items)


def test_assistant_names_the_customers_plan_in_another_language() -> None:
    facts = conversation_facts(
        [
            ("customer", "Hola, me cobraron $48 en lugar de $30 este mes"),
            ("ai", "Veo tu recibo del 2 de noviembre por $48.00: plan Starter ($30) más 3 usuarios a $6 cada uno."),
        ]
    )
    assert ("product", "Starter") in facts
    assert ("amount", "$6") not in facts  # a unit price, not what the customer paid


def test_an_error_code_the_assistant_only_names_in_general_help_is_no_fact() -> None:
    facts = conversation_facts(
        [
            ("customer", "I can't log in, it says AU-412 wrong password"),
            ("ai", "Tips: after 5 failed attempts your account is locked for 15 minutes (AU-429). Reset links expire."),
        ]
    )
    assert ("error_code", "AU-412") in facts
    assert ("error_code", "AU-429") not in facts


def test_a_bare_number_equal_to_a_known_amount_is_no_second_amount() -> None:
    facts = conversation_facts(
        [
            ("customer", "I was charged $129.00 for the heater and returned it"),
            ("customer", "so where is my refund of 129?"),
        ]
    )
    amounts = {value for kind, value in facts if kind == "amount"}
    assert amounts == {"$129.00"}


def test_a_sum_first_given_without_a_currency_keeps_the_customers_words() -> None:
    facts = conversation_facts(
        [
            ("customer", "there's a charge on my bill for 14.50 every week that I never agreed to"),
            ("ai", "I can see 3 charges of $14.50 on your line since Nov 2."),
        ]
    )
    amounts = {value for kind, value in facts if kind == "amount"}
    assert amounts == {"14.50"}
