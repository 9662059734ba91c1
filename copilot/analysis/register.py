"""The customer's register: how formally they write, and in which language.

Formality counts markers in the customer's own turns: formal ones ("Dear", "I am writing", "Kind regards",
"Could you please", no contractions over long sentences) against casual ones (slang and texting shorthand, emoji,
lower-case starts, "!!", missing punctuation). The channel only breaks a tie (e-mail leans formal, SMS and
messaging apps casual): the composer weighs the channel again when it picks the reply's tone.

The language is identified offline with py3langid (a naive Bayes model shipped in the package) over the
customer's turns; short or ambiguous text falls back to the profile's ``customer.language``, then English.
"""

from __future__ import annotations

import re
import threading
from typing import Any

from copilot.compose.locales import SUPPORTED_LANGUAGES, normalise_language
from copilot.context import CustomerRegister, Prepared

__all__ = ["detect_language", "detect_register", "formality_of", "warm_up_language_model"]

_FORMAL = re.compile(
    r"^\s*dear\b|\bgood\s+(?:morning|afternoon|evening)\b|\b(?:kind|best|warm)\s+regards\b|\bsincerely\b"
    r"|\byours\s+(?:faithfully|truly)\b|\bi\s+am\s+writing\b|\bi\s+would\s+(?:like|appreciate|be\s+grateful)\b"
    r"|\bcould\s+you\s+please\b|\bwould\s+you\s+(?:kindly|please)\b|\bplease\s+advise\b|\bkindly\b"
    r"|\bthank\s+you\s+(?:for\s+your|in\s+advance)\b|\b(?:mr|mrs|ms|dr)\.\s|\bregarding\b|\bfurthermore\b"
    r"|\bhowever,|\btherefore\b|\bat\s+your\s+earliest\s+convenience\b|\bi\s+look\s+forward\b",
    re.M,
)
_CASUAL = re.compile(
    r"\b(?:lol|lmao|rofl|omg|u|ur|r|pls|plz|thx|thnx|ty|gonna|wanna|gotta|ya|yeah|yep|yup|nope|nah|hey|yo|dude|"
    r"bro|cuz|coz|kinda|sorta|btw|idk|tbh|imo|asap|wtf|k|kk|cya|hiya|sup|ain'?t|y'?all|lemme|gimme|dunno|ok+)\b"
    r"|[\U0001F300-\U0001FAFF\u2600-\u27BF]|!!|\?\?|:\)|:\(|:d|;\)|xd"
)
_CONTRACTION = re.compile(r"\b\w+'(?:t|s|re|ve|ll|d|m)\b", re.I)
_CHANNEL_LEAN = {"email": 0.5, "sms": -0.5, "whatsapp": -0.5, "messenger": -0.5}
_MIN_LETTERS = 12
_MIN_PROBABILITY = 0.8
_MAX_CHARS = 600

_IDENTIFIER: Any = None
_LOCK = threading.Lock()


def _identifier() -> Any:
    global _IDENTIFIER
    with _LOCK:
        if _IDENTIFIER is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            _IDENTIFIER = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        return _IDENTIFIER


def warm_up_language_model() -> None:
    """Load the language model now (about half a second) rather than on the first request."""
    _identifier()


def formality_of(texts: list[str], channel: str = "web_chat") -> str:
    """``formal``, ``neutral`` or ``casual`` from the customer's turns; the channel breaks ties."""
    formal = casual = 0.0
    for text in texts:
        lowered = text.lower()
        formal += len(_FORMAL.findall(lowered))
        casual += len(_CASUAL.findall(lowered))
        stripped = text.strip()
        if stripped and stripped[0].islower():
            casual += 0.5
        words = len(stripped.split())
        if words >= 12 and not _CONTRACTION.search(text) and stripped[-1:] in {".", "?"}:
            formal += 0.5
    balance = formal - casual + _CHANNEL_LEAN.get(channel, 0.0)
    if balance >= 1.0:
        return "formal"
    if balance <= -1.0:
        return "casual"
    return "neutral"


def detect_language(text: str, fallback: str | None = None) -> str:
    """ISO 639-1 code of ``text``; ``fallback`` (or ``en``) when the text is too short or ambiguous."""
    default = normalise_language(fallback) if fallback else "en"
    sample = re.sub(r"https?://\S+|\S+@\S+|[\w-]*\d[\w-]*", " ", text)[:_MAX_CHARS]
    if sum(c.isalpha() for c in sample) < _MIN_LETTERS:
        return default or "en"
    language, probability = _identifier().classify(sample)
    return str(language) if probability >= _MIN_PROBABILITY else (default or "en")


def detect_register(prepared: Prepared) -> CustomerRegister:
    """The customer's register: formality, language and whether the composer has templates for it."""
    texts = [m.text for m in prepared.customer_messages if m.text.strip()]
    language = detect_language("\n".join(texts), prepared.request.customer.language)
    return CustomerRegister(
        formality=formality_of(texts, prepared.request.channel),
        language=language,
        language_supported=language in SUPPORTED_LANGUAGES,
    )
