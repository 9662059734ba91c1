"""normalize_fact_value: known canonical forms per type, and properties (never raises, idempotent)."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from copilot.analysis.normalize import normalize_fact_value
from copilot.schema import FACT_TYPES


@pytest.mark.parametrize(
    ("fact_type", "raw", "canonical"),
    [
        ("order_id", "#a-1234", "A1234"),
        ("order_id", "A 1234", "A1234"),
        ("ticket_id", "tkt-00912", "TKT00912"),
        ("account_id", "acct_77.31", "ACCT7731"),
        ("tracking_number", "1z 999 aa1 0123 4567 84", "1Z999AA10123456784"),
        ("error_code", "e-403", "E403"),
        ("email", "<Dana.Lee@Example.COM>", "dana.lee@example.com"),
        ("email", "mailto:dana@example.com.", "dana@example.com"),
        ("phone", "+1 (555) 010-0100", "+15550100100"),
        ("phone", "555-010-0100", "5550100100"),
        ("phone", "0044 20 7946 0958", "+442079460958"),
        ("amount", "$89.99", "89.99 USD"),
        ("amount", "89.99 USD", "89.99 USD"),
        ("amount", "USD 89.99", "89.99 USD"),
        ("amount", "89,99 €", "89.99 EUR"),
        ("amount", "€1.299,00", "1299.00 EUR"),
        ("amount", "1,299", "1299.00"),
        ("amount", "£12", "12.00 GBP"),
        ("amount", "CA$20.5", "20.50 CAD"),
        ("amount", "40 dollars", "40.00 USD"),
        ("amount", "$1.2k", "1200.00 USD"),
        ("date", "Nov 20th, 2026", "2026-11-20"),
        ("date", "20 November 2026", "2026-11-20"),
        ("date", "2026-11-20", "2026-11-20"),
        ("date", "11/20/2026", "2026-11-20"),
        ("date", "20/11/2026", "2026-11-20"),
        ("date", "the 3rd of March", "--03-03"),
        ("date", "Tuesday, March 3", "--03-03"),
        ("date", "last Monday", "last monday"),
        ("date", "13/13/2026", "13/13/2026"),
        ("date", "March 2027", "2027-03"),
        ("date", "nov 1 to nov 7", "--11-01/--11-07"),
        ("date", "Nov 1 – Nov 7, 2026", "--11-01/2026-11-07"),
        ("date", "friday", "friday"),
        ("amount", "380 dolarów", "380.00 USD"),
        ("amount", "5 dolarlık", "5.00 USD"),
        ("amount", "20 dólares", "20.00 USD"),
        ("address", "12 Baker Street, Apt. 4", "12 baker st apt 4"),
        ("name", "  Dana  LEE ", "dana lee"),
        ("product", "AirPods Pro 2", "airpods pro 2"),
        ("device", "Pixel 8", "pixel 8"),
        ("other", "  Hello,  World! ", "hello, world"),
        ("not_a_type", "Mixed Case", "mixed case"),
    ],
)
def test_canonical_forms(fact_type: str, raw: str, canonical: str) -> None:
    assert normalize_fact_value(fact_type, raw) == canonical


@pytest.mark.parametrize(
    ("fact_type", "a", "b"),
    [
        ("order_id", "#A-1234", "a1234"),
        ("email", "DANA@example.com", "dana@EXAMPLE.com"),
        ("phone", "(555) 010-0100", "555.010.0100"),
        ("amount", "$89.99", "USD 89.99"),
        ("date", "March 3, 2026", "2026-03-03"),
        ("tracking_number", "9400 1000 0000 0000 0000 00", "9400100000000000000000"),
    ],
)
def test_two_spellings_of_one_fact_are_equal(fact_type: str, a: str, b: str) -> None:
    assert normalize_fact_value(fact_type, a) == normalize_fact_value(fact_type, b)


def test_different_facts_stay_different() -> None:
    assert normalize_fact_value("amount", "$89.99") != normalize_fact_value("amount", "€89.99")
    assert normalize_fact_value("order_id", "A1234") != normalize_fact_value("order_id", "A1243")
    assert normalize_fact_value("date", "03/04/2026") != normalize_fact_value("date", "04/03/2026")


_types = st.sampled_from([*FACT_TYPES, "unknown"])
_texty = st.one_of(
    st.text(max_size=40),
    st.from_regex(r"[#$€£ ]{0,2}[0-9., ]{1,12}(USD|EUR| k| dollars)?", fullmatch=True),
    st.from_regex(r"(\d{1,2}/\d{1,2}/\d{2,4}|[A-Za-z]{3,9} \d{1,2}(st|th)?,? ?\d{0,4})", fullmatch=True),
    st.from_regex(r"\+?[0-9 ()\-.]{3,20}", fullmatch=True),
)


@settings(max_examples=400, deadline=None)
@given(_types, _texty)
@example("email", "A\u00b4")  # NFKC turns the spacing accent into space + combining mark; dropping the space
def test_never_raises_and_is_idempotent(fact_type: str, value: str) -> None:
    once = normalize_fact_value(fact_type, value)
    assert isinstance(once, str)
    assert normalize_fact_value(fact_type, once) == once
