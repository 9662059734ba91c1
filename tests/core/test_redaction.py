"""Secrets masking: what must go, and what must stay (order ids, IMEIs, ordinary words)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from copilot.redaction import luhn_valid, mask_secrets


def _with_check_digit(body: str) -> str:
    for digit in "0123456789":
        if luhn_valid(body + digit):
            return body + digit
    raise AssertionError("unreachable")


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "my card is 4242 4242 4242 4242 exp 12/27 cvv 123",
            "my card is [card ending 4242] [redacted expiry] cvv [redacted cvv]",
        ),
        ("4111-1111-1111-1111 12/26 987", "[card ending 1111] [redacted expiry] [redacted cvv]"),
        ("amex 3782 822463 10005 please", "amex [card ending 0005] please"),
        ("my password is hunter22", "my password is [redacted password]"),
        ("password: sunshine", "password: [redacted password]"),
        ("Verification code: 839201", "Verification code: [redacted code]"),
        ("use key sk-proj-abcdefghijklmnopqrstuv", "use key [redacted key]"),
    ],
)
def test_secrets_are_masked(text: str, masked: str) -> None:
    assert mask_secrets(text).text == masked


@pytest.mark.parametrize(
    "text",
    [
        "order 4242424242424241 never arrived",  # not Luhn-valid: an order number, not a card
        "IMEI 354678129033762 is blocked",
        "my sim 8901 4102 7733 9816 455 is not active",
        "tracking 1Z999AA10123456784",
        "I'll pass your request to the team",
        "the password reset email never arrives",
        "my password is wrong apparently",
        "order NW-448812, ticket #55012, call +1 555 0100",
    ],
)
def test_non_secrets_pass_unchanged(text: str) -> None:
    assert mask_secrets(text).text == text
    assert mask_secrets(text).kinds == []


@given(st.sampled_from(["4", "51", "55", "6011"]), st.integers(min_value=0, max_value=10**14))
def test_every_luhn_valid_card_is_masked(prefix: str, middle: int) -> None:
    number = _with_check_digit((prefix + str(middle).zfill(15 - len(prefix)))[:15])
    masked = mask_secrets(f"charge it to {number} please")
    assert number not in masked.text
    assert masked.text == f"charge it to [card ending {number[-4:]}] please"


@given(st.text(max_size=300))
def test_masking_never_raises_and_is_idempotent(text: str) -> None:
    once = mask_secrets(text).text
    assert mask_secrets(once).text == once


@pytest.mark.parametrize(
    "text",
    [
        "My wire transfer to the landlord has been pending since Monday",  # banking: nothing to mask
        "The SSO login loops back to the dashboard after the upgrade",  # SaaS
        "Boarding gate changed and the app still shows the old one",  # travel
        "Shipping a spinner to Spain",  # "pin" inside words is no keyword
    ],
)
def test_texts_without_digits_or_secret_keywords_are_returned_as_they_are(text: str) -> None:
    masked = mask_secrets(text)
    assert (masked.text, masked.kinds) == (text, [])


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("My online banking PASSWORD: Hunter2!", "password"),
        ("the Pin = 8842 for the new debit card", "password"),
        ("our staging key is SK_LIVE_ABCDEFGHIJKLMNOPQRSTUV", "api_key"),
        ("Verification code 448812 for the airline app", "one_time_code"),
        ("Mein Passwort: ist pa\u017f\u017fword: Geheim99", "password"),  # non-ASCII text takes the case-blind search
    ],
)
def test_keyword_and_digit_secrets_are_still_found_in_any_case(text: str, kind: str) -> None:
    assert kind in mask_secrets(text).kinds


@pytest.mark.parametrize(
    ("text", "masked", "kinds"),
    [
        ("PASSWORD: Tr0ub4dor and OTP IS 482913", "PASSWORD: [redacted password] and OTP IS [redacted code]",
         ["one_time_code", "password"]),
        ("Order 48291374 shipped; TOKEN = abcdefghijklmnopqrst", "Order 48291374 shipped; [redacted key]",
         ["api_key"]),
        ("the SMS code 1234 and the card 4242 4242 4242 4242",
         "the SMS code [redacted code] and the card [card ending 4242]", ["card_number", "one_time_code"]),
        # case-insensitive matching folds the long s to "s": a non-ASCII text is always searched
        ("paſsword: ſunshine1", "paſsword: [redacted password]", ["password"]),
        ("login 20 times, order 1234 5678 arrived", "login 20 times, order 1234 5678 arrived", []),
    ],
)  # fmt: skip
def test_each_pattern_still_runs_whenever_its_keyword_or_digits_are_present(
    text: str, masked: str, kinds: list[str]
) -> None:
    """The cheap per-pattern gates (keyword substrings, four digits) never skip a pattern that would match."""
    result = mask_secrets(text)
    assert (result.text, result.kinds) == (masked, kinds)
