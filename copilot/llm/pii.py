"""Reversible placeholders for emails and phone numbers sent to the model.

Card numbers, passwords, codes and keys are already masked for good in the prepare stage
(``copilot.redaction.mask_secrets``); this layer hides the contact details the agent still needs. Before the
call each email becomes ``[EMAIL_1]``, each phone ``[PHONE_1]`` (the same value always gets the same
placeholder); after the call :meth:`PiiVault.restore` puts the real values back in every text the model wrote.
Detection reuses the offline fact extractor's patterns, so exactly the values it reports as
``email``/``phone`` facts are hidden, plus the profile's own email and phone wherever they appear. Order ids,
tracking numbers and ticket ids pass unchanged.
"""

from __future__ import annotations

import re
from typing import Any

from copilot.analysis.fact_patterns import find_emails, find_phones

__all__ = ["PiiVault"]

_PLACEHOLDER = re.compile(r"\[?\b(EMAIL|PHONE)_(\d+)\b\]?")


def _phone_key(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    return digits[-10:]  # "+1 555 010 0100" and "(555) 010-0100" are the same line


class PiiVault:
    """Maps emails and phones to placeholders for one handoff, and back."""

    def __init__(self, *, known_emails: list[str] | None = None, known_phones: list[str] | None = None) -> None:
        self._by_key: dict[tuple[str, str], str] = {}
        self._values: dict[str, str] = {}
        self._known_emails = [e for e in (known_emails or []) if e and e.strip()]
        self._known_phones = [p for p in (known_phones or []) if p and len(re.sub(r"\D", "", p)) >= 7]

    @property
    def size(self) -> int:
        """How many distinct values are held."""
        return len(self._values)

    def placeholder(self, kind: str, value: str) -> str:
        """Return the placeholder of ``value`` (``kind`` is EMAIL or PHONE), creating it on first sight."""
        key = (kind, value.strip().lower() if kind == "EMAIL" else _phone_key(value))
        if key not in self._by_key:
            count = sum(1 for k in self._by_key if k[0] == kind) + 1
            token = f"[{kind}_{count}]"
            self._by_key[key] = token
            self._values[token] = value.strip()
        return self._by_key[key]

    def mask(self, text: str) -> str:
        """Replace every email and phone number in ``text`` by its placeholder."""
        spans: list[tuple[int, int, str]] = []
        for candidate in find_emails(text):
            spans.append((candidate.start, candidate.end, self.placeholder("EMAIL", candidate.value)))
        for candidate in find_phones(text):
            spans.append((candidate.start, candidate.end, self.placeholder("PHONE", candidate.value)))
        for email in self._known_emails:
            for match in re.finditer(re.escape(email.strip()), text, re.I):
                spans.append((match.start(), match.end(), self.placeholder("EMAIL", email)))
        for phone in self._known_phones:
            for match in _digits_pattern(phone).finditer(text):
                spans.append((match.start(), match.end(), self.placeholder("PHONE", phone)))
        return _replace_spans(text, spans)

    def restore(self, text: str) -> str:
        """Put the real values back wherever the model wrote a placeholder (with or without brackets)."""

        def _value(match: re.Match[str]) -> str:
            return self._values.get(f"[{match.group(1)}_{match.group(2)}]", match.group(0))

        return _PLACEHOLDER.sub(_value, text) if self._values else text

    def restore_data(self, data: Any) -> Any:
        """Restore placeholders in every string of a JSON-like structure (dicts, lists, strings)."""
        if isinstance(data, str):
            return self.restore(data)
        if isinstance(data, list):
            return [self.restore_data(item) for item in data]
        if isinstance(data, dict):
            return {key: self.restore_data(value) for key, value in data.items()}
        return data


def _digits_pattern(phone: str) -> re.Pattern[str]:
    """Match the profile phone's last ten digits whatever separators the customer typed between them."""
    digits = _phone_key(phone)
    return re.compile(r"(?<!\d)(?:\+?\d{1,3}[\s.-]?)?\(?" + r"[\s().-]{0,2}".join(digits) + r"(?!\d)")


def _replace_spans(text: str, spans: list[tuple[int, int, str]]) -> str:
    """Replace non-overlapping spans, the earliest (then longest) winning where two overlap."""
    if not spans:
        return text
    out: list[str] = []
    cursor = 0
    for start, end, token in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if start < cursor:
            continue
        out.append(text[cursor:start])
        out.append(token)
        cursor = end
    out.append(text[cursor:])
    return "".join(out)
