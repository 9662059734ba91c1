"""Secrets that must never leave the transcript: payment card numbers (Luhn-valid), CVV and expiry near them,
passwords, one-time codes and API keys. ``mask_secrets`` runs in the prepare stage for every engine, so no
package, stored row, log line or provider request ever carries them.

(The LLM engine adds reversible placeholders for emails and phones on top of this: see ``copilot/llm/``.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["MaskResult", "luhn_valid", "mask_secrets"]

_CARD_CANDIDATE = re.compile(
    r"(?<![\w-])(?:\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?|\d{4}([ -])\d{6}\2\d{4,5})(?![\w-])"
)
_NEAR_CARD = 80
_CVV = re.compile(r"\b(?:cvv2?|cvc2?|csc|security code)\b\W{0,3}(?:is\W{0,3})?(\d{3,4})\b", re.I)
_EXPIRY = re.compile(
    r"\b(?:exp(?:iry|iration|ires)?\.?(?:\s+date)?\W{0,3}(?:is\W{0,3})?)?(0[1-9]|1[0-2])\s?/\s?(\d{2}|\d{4})\b",
    re.I,
)
_PASSWORD = re.compile(
    r"\b(password|passcode|passwd|pwd|pin)\b(\s*[:=]\s*|\s+(?:is|was)\s*[:=]?\s*)(?:\"|')?([^\s\"',;]{3,})",
    re.I,
)
_OTP = re.compile(
    r"\b((?:one[- ]time|verification|security|otp|2fa|auth(?:entication)?|login|sms)\s*(?:code|pin|passcode)?)"
    r"(\s*(?:is|was|=|:)?\s*)(\d{4,8})\b",
    re.I,
)
_API_KEY = re.compile(
    r"\b(?:sk|pk|rk)[-_](?:live|test|proj)?[-_]?[A-Za-z0-9]{16,}\b|\bAKIA[0-9A-Z]{16}\b|\bgh[pousr]_[A-Za-z0-9]{30,}\b"
    r"|\b(?:api[_ -]?key|token|secret)\b\s*(?:is|=|:)\s*[A-Za-z0-9_\-]{16,}",
    re.I,
)

_FOUR_DIGITS = re.compile(r"\d{4}")
_KEYWORD_STARTS = r"p(?:ass|wd\b|in\b|k[-_])|s(?:k[-_]|ecret)|rk[-_]|a(?:kia|pi)|gh[pousr]_|token"
_KEYWORD = re.compile(_KEYWORD_STARTS)
_KEYWORD_ANY_CASE = re.compile(_KEYWORD_STARTS, re.I)


def _may_hold_secret(text: str) -> bool:
    """False when ``text`` lacks what every pattern above needs (four digits in a row, or the start of one of
    their keywords): it has nothing to mask, decided by two quick searches instead of four substitutions. An
    ASCII text is searched lower-cased (a case-sensitive search is several times faster, same answer)."""
    if _FOUR_DIGITS.search(text) is not None:
        return True
    if text.isascii():
        return _KEYWORD.search(text.lower()) is not None
    return _KEYWORD_ANY_CASE.search(text) is not None


@dataclass
class MaskResult:
    """The masked text and the kinds of secret that were removed (for ``meta.warnings``)."""

    text: str
    kinds: list[str] = field(default_factory=list)


_NOT_CARD_CONTEXT = re.compile(r"\b(?:imei|meid|iccid|sim|serial|s/n|tracking|imsi)\b", re.I)


def _not_a_card(digits: str, before: str) -> bool:
    """Luhn-valid identifiers that are not payment cards: IMEIs (15 digits), SIM ICCIDs (89...), labelled ids."""
    if _NOT_CARD_CONTEXT.search(before):
        return True
    if len(digits) == 15 and not digits.startswith(("34", "37")):
        return True  # 15 digits is Amex (34/37) or an IMEI
    return digits.startswith("89") and len(digits) >= 18  # ICCID of a SIM card


def luhn_valid(digits: str) -> bool:
    """Return True when ``digits`` (13 to 19 digits) passes the Luhn checksum of payment cards."""
    if not digits.isdigit() or not 13 <= len(digits) <= 19:
        return False
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def mask_secrets(text: str) -> MaskResult:
    """Replace card numbers (Luhn-valid only), nearby CVV/expiry, passwords, one-time codes and API keys."""
    if not _may_hold_secret(text):
        return MaskResult(text=text)
    kinds: list[str] = []
    card_spans: list[tuple[int, int]] = []

    def _card(match: re.Match[str]) -> str:
        digits = re.sub(r"\D", "", match.group(0))
        if not luhn_valid(digits) or _not_a_card(digits, text[max(0, match.start() - 30) : match.start()]):
            return match.group(0)
        kinds.append("card_number")
        card_spans.append(match.span())
        return f"[card ending {digits[-4:]}]"

    if _CARD_GATE.search(text) is not None:
        text = _CARD_CANDIDATE.sub(_card, text)
    if card_spans:
        text = _mask_near_card(text)
    if _may_match(text, _PASSWORD_WORDS):
        masked = _PASSWORD.sub(_password, text)
        if masked != text:
            kinds.append("password")
        text = masked
    if _may_match(text, _OTP_WORDS, digits=True):
        text, n = _OTP.subn(lambda m: f"{m.group(1)}{m.group(2)}[redacted code]", text)
        kinds += ["one_time_code"] * n
    if _may_match(text, _API_KEY_WORDS):
        text, n = _API_KEY.subn("[redacted key]", text)
        kinds += ["api_key"] * n
    return MaskResult(text=text, kinds=sorted(set(kinds)))


_CARD_GATE = re.compile(r"\d{4}[ -]?\d{4}")
"""Inside every card candidate: thirteen digits in a row, or four-digit groups split by a space or a dash. A
search for it skips digit-free stretches quickly, which the candidate pattern (led by a look-behind) cannot."""
_PASSWORD_WORDS = ("pass", "pwd", "pin")
_OTP_WORDS = ("one", "verification", "security", "otp", "2fa", "auth", "login", "sms")
_API_KEY_WORDS = ("sk-", "sk_", "pk-", "pk_", "rk-", "rk_", "akia", "gh", "api", "token", "secret")
"""Lower-case pieces of text that ``_PASSWORD``, ``_OTP`` and ``_API_KEY`` cannot match without (one of the
literal words each of their branches starts with)."""


def _may_match(text: str, words: tuple[str, ...], *, digits: bool = False) -> bool:
    """False when the (ASCII) text holds none of ``words`` (or, with ``digits``, no four digits in a row):
    the pattern they gate cannot match, and a few substring tests replace a case-insensitive regex pass.
    Non-ASCII text is always searched (case-insensitive matching folds some non-ASCII letters to ASCII)."""
    if not text.isascii():
        return True
    if digits and _FOUR_DIGITS.search(text) is None:
        return False
    lowered = text.lower()
    return any(word in lowered for word in words)


def _password(match: re.Match[str]) -> str:
    """Mask a password value; after "is"/"was" only a value that looks like a secret (not "wrong", "reset")."""
    keyword, separator, value = match.groups()
    explicit = ":" in separator or "=" in separator
    looks_secret = (
        any(c.isdigit() for c in value) or not value.isalpha() or (value != value.lower() and value != value.title())
    )
    if explicit or looks_secret:
        return f"{keyword}{separator}[redacted password]"
    return match.group(0)


def _mask_near_card(text: str) -> str:
    """Mask CVV and expiry dates that stand within a short distance of a masked card number."""
    anchors = [m.start() for m in re.finditer(r"\[card ending \d{4}\]", text)]

    def near(pos: int) -> bool:
        return any(abs(pos - a) <= _NEAR_CARD for a in anchors)

    def _cvv(m: re.Match[str]) -> str:
        return m.group(0).replace(m.group(1), "[redacted cvv]") if near(m.start()) else m.group(0)

    def _exp(m: re.Match[str]) -> str:
        return "[redacted expiry]" if near(m.start()) else m.group(0)

    text = _CVV.sub(_cvv, text)
    text = _EXPIRY.sub(_exp, text)
    # a bare 3-4 digit group right after the card/expiry ("4242 4242 4242 4242 12/27 123") is the CVV
    return re.sub(
        r"(\[(?:card ending \d{4}|redacted expiry)\][^\d\[]{0,12})(\d{3,4})\b",
        lambda m: f"{m.group(1)}[redacted cvv]",
        text,
    )
