"""Shared building blocks of the fact extractors, and the contact patterns (e-mail addresses, phone numbers).

Every extractor takes one message text and returns :class:`Candidate` spans; they know formats and cue words,
never a list of particular customers' values, so they carry over to any domain. The extractors live in
:mod:`~copilot.analysis.fact_ids` (ids after cue words), :mod:`~copilot.analysis.fact_codes` (tracking numbers,
error codes, device numbers, promo codes), :mod:`~copilot.analysis.fact_quantities` (amounts, dates,
measurements) and :mod:`~copilot.analysis.entities` / :mod:`~copilot.analysis.fact_products` (names,
addresses, products). The orchestration (priority, overlaps, AI-turn filtering, de-duplication) lives in
:mod:`copilot.analysis.facts`. ``find_emails`` and ``find_phones`` are also used by :mod:`copilot.llm.pii`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from copilot.analysis.cues import word_list

__all__ = [
    "HAS_DIGIT",
    "Candidate",
    "around",
    "clean",
    "find_emails",
    "find_phones",
    "looks_foreign",
    "lowered",
    "sentence_bounds",
]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A fact found at ``text[start:end]``; ``value`` is the surface form as the customer wrote it."""

    type: str
    value: str
    start: int
    end: int


HAS_DIGIT = re.compile(r"\d")
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)|\n")
_WINDOW = 70

_ENGLISH_FUNCTION = word_list(
    "the and to my is it i you of for on in that this was with have but not can be are your it's i'm",
)
_FOREIGN_FUNCTION = word_list(
    "de la le les el los las un une des du et est que qui pour pas je j'ai mais avec dans sur",
    "y por para con del lo una pero mi es yo ya muy",
    "der die das und ich ist nicht mit ein eine für auf zu den dem sie wir bitte meine",
    "não um uma com é os ao eu meu minha",
    "il di che per sono della non",
    "się nie jest na czy ale ten bo",
    "ve bir bu ama için",
)
_WORD = re.compile(r"[a-zà-ÿ'’]+")

EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])")

_PHONE = re.compile(
    r"(?=[\d+(])"  # what every phone starts with: other positions fail on one class test (same matches, faster)
    r"(?:(?<![\w+#-])(?:(?:\+|00)?\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){1,4}(?![\w-])"
    r"|(?<![\w+#-])\+\d{7,15}(?![\w-])"
    r"|(?<![\w#-])\d{10,11}(?![\w-])"
    r"|(?<![\w+#-])(?:\+\d{1,3}[\s.-]?|0)\d{3,4}[\s.-]\d{6}(?![\w-]))"
)
_PHONE_CUE = re.compile(
    r"\b(?:phone|call(?:ed|ing)?|ring|mobile|cell|number|tel|text|sms|whatsapp|reach me|contact me|landline"
    r"|t[ée]l[ée]fono|t[ée]l[ée]phone|telefon\w*|celular|m[óo]vil|portable|handy|rufnummer|nummer|numero)\b"
)
_ID_CUE_NEAR = re.compile(
    r"\b(?:order|ticket|case|account|acct|tracking|invoice|ref(?:erence)?|serial|imei|iccid|sim|cuenta|compte"
    r"|konto|kundennummer|pedido|commande|bestellung|conta|hesap|confirmation|confirmaci[óo]n)\b"
)
_NUMERIC_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The start and end offsets of the sentence (or line) holding ``text[start:end]``."""
    left = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        left = match.end()
    right_match = _SENTENCE_END.search(text, end)
    return left, right_match.start() if right_match else len(text)


_LAST_LOWERED: tuple[str, str] = ("", "")


def lowered(text: str) -> str:
    """``text.lower()`` with the same offsets (a character whose lower case is longer, such as "İ", stays as is),
    so a case-insensitive pre-check can run on it without the much slower ``re.IGNORECASE``.

    The extractors of one message each ask for it: the last answer is kept for that same string object (an
    identity test, so no other text can ever get it)."""
    global _LAST_LOWERED
    last_text, last_low = _LAST_LOWERED
    if text is last_text:
        return last_low
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    _LAST_LOWERED = (text, low)
    return low


def looks_foreign(text: str) -> bool:
    """More Spanish/French/German/Portuguese/Italian/Polish/Turkish function words than English ones: English
    noun tails and capitalisation cues do not apply (German capitalises every noun)."""
    words = _WORD.findall(text.lower())
    foreign = sum(word in _FOREIGN_FUNCTION for word in words)
    return foreign > 1 and foreign > sum(word in _ENGLISH_FUNCTION for word in words)


def around(text: str, start: int, end: int, width: int = _WINDOW) -> str:
    """The passage of ``width`` characters either side of ``text[start:end]``."""
    return text[max(0, start - width) : end + width]


def clean(candidate: Candidate) -> Candidate:
    """Trim spaces and trailing sentence punctuation from a candidate's span."""
    value = candidate.value
    stripped = value.rstrip(" .,;:!?)")
    lead = len(stripped) - len(stripped.lstrip(" ("))
    stripped = stripped.lstrip(" (")
    if stripped == value:
        return candidate
    start = candidate.start + lead
    return Candidate(candidate.type, stripped, start, start + len(stripped))


def find_emails(text: str) -> list[Candidate]:
    """Email addresses."""
    if "@" not in text:
        return []
    return [Candidate("email", m.group(0), m.start(), m.end()) for m in EMAIL.finditer(text)]


def find_phones(text: str) -> list[Candidate]:
    """Phone numbers: 7 to 15 digits in a phone layout ("+1 555 010 0100", "(555) 010-0100"); an unformatted
    digit run counts only next to a phone word, and never next to an order/ticket/account word."""
    if HAS_DIGIT.search(text) is None:
        return []
    found: list[Candidate] = []
    lower = text.lower()
    for match in _PHONE.finditer(text):
        value = match.group(0).strip()
        digits = sum(c.isdigit() for c in value)
        if not 7 <= digits <= 15 or _NUMERIC_DATE.fullmatch(value):
            continue
        passage = around(lower, match.start(), match.end(), 40)
        phone_cue = _PHONE_CUE.search(passage) is not None
        formatted = value.startswith(("+", "(")) or re.search(r"\d[\s.-]\d", value) is not None
        if not phone_cue and (not formatted or _ID_CUE_NEAR.search(passage)):
            continue
        found.append(Candidate("phone", value, match.start() + match.group(0).index(value), match.end()))
    return found
