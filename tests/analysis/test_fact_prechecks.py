"""The cheap pre-checks and fast paths of the fact extractors find exactly what the full patterns find."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from copilot.analysis.fact_codes import (
    find_access_codes,
    find_charge_names,
    find_device_numbers,
    find_promo_codes,
    find_tracking_numbers,
    find_versions,
)
from copilot.analysis.fact_patterns import Candidate
from copilot.analysis.fact_quantities import _DATE_CASED, DATE, find_dates

Finder = Callable[[str], list[Candidate]]

_DATE_TEXTS = [
    "It arrived on MARCH 3rd, 2026 and again on Tuesday, Nov 4",
    "Delivered 2026-03-03, expected 3/4/26, or on 4/5",
    "le 3 Mars 2026, el 5 de Mayo de 2025, am 7. Oktober",
    "Since Sept 12 to Sept 19 nothing",
]


@pytest.mark.parametrize("text", _DATE_TEXTS)
def test_lower_case_date_pattern_finds_the_same_spans(text: str) -> None:
    assert [m.span() for m in _DATE_CASED.finditer(text.lower())] == [m.span() for m in DATE.finditer(text)]


def test_dates_keep_the_written_case() -> None:
    assert [c.value for c in find_dates("It shipped MARCH 3rd and arrives Friday")] == ["MARCH 3rd", "Friday"]


def test_may_stays_a_verb_and_non_ascii_text_uses_the_full_pattern() -> None:
    assert find_dates("you may 3 times retry") == []
    assert [c.value for c in find_dates("Llegó el 3 de marzo, señora")] == ["3 de marzo"]


@pytest.mark.parametrize(
    ("finder", "text", "value"),
    [
        (find_tracking_numbers, "ups says 1z 9 9 9 a a 1 0 1 2 3 4 5 6 7 8 4", "1z 9 9 9 a a 1 0 1 2 3 4 5 6 7 8 4"),
        (find_tracking_numbers, "tracking 123456789012", "123456789012"),
        (find_device_numbers, "sim 8901 2603 4567 8901 234", "8901 2603 4567 8901 234"),
        (find_device_numbers, "IMEI 35-209900-176148-1", "35-209900-176148-1"),
        (find_versions, "the app is on v2.1 now", "2.1"),
        (find_promo_codes, "the promo code SAVE20 failed", "SAVE20"),
        (find_access_codes, "the Gate CODE is 4417#", "4417#"),
        (find_charge_names, "a charge NORTHWIND GOODS*NW4601 appeared", "NORTHWIND GOODS*NW4601"),
    ],
)
def test_pre_checks_let_the_shapes_through(finder: Finder, text: str, value: str) -> None:
    assert value in [c.value for c in finder(text)]


@pytest.mark.parametrize(
    "finder", [find_tracking_numbers, find_device_numbers, find_versions, find_promo_codes, find_access_codes]
)
def test_pre_checks_skip_text_without_the_shape(finder: Finder) -> None:
    assert finder("it broke after 3 days, order 12 of 2025, size 9.") == []
