"""Fact extraction patterns added for issue 6, checked on sentences from domains the suites do not cover
(banking, SaaS, travel, utilities), so the rules are language patterns and not fixtures."""

from __future__ import annotations

import pytest

from copilot.analysis.normalize import normalize_fact_value

from .builders import text_facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The engineer visit for my boiler repair, reference VIS-55102, never happened.", ("ticket_id", "VIS-55102")),
        ("the wire transfer (ref TRX-88120) still shows pending", ("other", "TRX-88120")),
        ("I filed a fraud report, report number is FR-2026-4471.", ("other", "FR-2026-4471")),
    ],
)
def test_reference_cue_types_by_topic(text: str, expected: tuple[str, str]) -> None:
    assert expected in text_facts(text)


def test_discount_code_is_not_an_error_code() -> None:
    assert ("other", "SPRING30") in text_facts("I forgot to apply my loyalty code SPRING30 to the annual renewal")
    assert ("error_code", "E502") in text_facts("the banking app shows error code E502 at login")


def test_postcode_after_a_zip_word_in_an_earlier_sentence() -> None:
    found = text_facts("the postcode on my card statement is wrong. it says 94107, it should be 94117")
    assert {("address", "94107"), ("address", "94117")} <= found
    assert not any(t == "address" for t, _ in text_facts("I was charged 94107 points for my flight"))


def test_known_device_families_in_any_case() -> None:
    assert ("device", "galaxy s23 ultra") in text_facts("the banking app crashes on my galaxy s23 ultra")
    assert ("device", "macbook pro") in text_facts("can I run the desktop client on a macbook pro")


def test_home_equipment_keeps_its_count_and_normalises_without_it() -> None:
    assert ("device", "two mesh pods") in text_facts("my internet bundle came with two mesh pods and the modem")
    assert normalize_fact_value("device", "two mesh pods") == normalize_fact_value("device", "2 Mesh Pods")
    assert normalize_fact_value("product", "300") == "300"
    assert not text_facts("I changed the router settings page")


def test_rates_and_day_ranges() -> None:
    assert ("amount", "$19/month") in text_facts("the premium seat is $19/month per user")
    assert normalize_fact_value("amount", "$19/mo") == normalize_fact_value("amount", "$19 per month")
    assert ("date", "March 3rd to the 9th") in text_facts("we stayed at the hotel March 3rd to the 9th")
    assert normalize_fact_value("date", "March 3rd to the 9th") == "--03-03/--03-09"
    assert normalize_fact_value("date", "Mar 3-9") == "--03-03/--03-09"


def test_plans_named_as_plans() -> None:
    assert ("product", "premium plus") in text_facts("we're on premium plus so the API limit should be higher")
    assert ("product", "Business Pro") in text_facts("Quiero cambiar al plan Business Pro mañana")
    assert not text_facts("I'm on hold again. I'm on my way home")


def test_names_of_relatives_and_in_other_languages() -> None:
    assert ("name", "Tom Becker") in text_facts("My ex-husband, Tom Becker, still has access to our joint account.")
    assert ("name", "Lucie Martin") in text_facts("Ma fille s'appelle Lucie Martin et elle voyage avec moi")


def test_brand_before_common_nouns_in_a_purchase_sentence() -> None:
    assert ("product", "Nimbus travel pillow") in text_facts("I ordered the Nimbus travel pillow but it never arrived")
    assert not any(t == "product" for t, _ in text_facts("Please read the Terms page before booking"))
    assert ("product", "Travel Pass doesn") not in text_facts("the Travel Pass doesn't cover cruise ships")


def test_city_after_a_street_without_a_comma() -> None:
    assert ("address", "18 Harbor Road Portsmouth") in text_facts("the meter is at 18 Harbor Road Portsmouth.")
    assert ("address", "22 Ocean View Drive") in text_facts("please ship to 22 Ocean View Drive. Thanks")
