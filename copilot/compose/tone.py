"""How the customer is addressed: language, formality, empathy, channel shape and the name to greet.

Formality meets halfway between the channel and the customer's register: e-mail leans formal, SMS and
WhatsApp casual, chat neutral; a neutral side defers to the other, and opposite sides (a formal customer on
SMS, a casual one by e-mail) give neutral.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from copilot.compose.locales import Phrasebook, normalise_language, phrasebook_for
from copilot.compose.locales.en import PHRASEBOOK as ENGLISH
from copilot.compose.text import first_name
from copilot.context import Analysis, Prepared

__all__ = ["Voice", "channel_shape", "resolve_formality", "resolve_voice"]

_CHANNEL_FORMALITY = {"email": "formal", "sms": "casual", "whatsapp": "casual"}
_CHANNEL_SHAPE = {"email": "letter", "sms": "text", "whatsapp": "text", "voice": "voice"}
_EMPATHY_LEVELS = frozenset({"medium", "high"})
_FORMALITIES = ("formal", "neutral", "casual")
_POLITE_YOU = {
    "fr": re.compile(r"\b(?:vous|votre|vos)\b", re.IGNORECASE),
    "de": re.compile(r"\b(?:Sie|Ihnen|Ihre?[mnrs]?)\b"),
    "es": re.compile(r"\b(?:usted|ustedes)\b", re.IGNORECASE),
    "pt": re.compile(r"\b(?:o\s+senhor|a\s+senhora)\b", re.IGNORECASE),
}
"""The polite "you" of the languages whose casual templates use the familiar one."""
_FAMILIAR_YOU = {
    "fr": re.compile(r"\b(?:tu|toi|ton|ta|tes|t'as|t'es)\b", re.IGNORECASE),
    "de": re.compile(r"\b(?:du|dich|dir|dein\w*)\b", re.IGNORECASE),
}
"""Where the familiar "you" waits for the customer's own: French and German business writing."""


@dataclass(frozen=True)
class Voice:
    """Everything about *how* the customer-facing texts are written."""

    phrasebook: Phrasebook
    language: str
    formality: str  # formal | neutral | casual
    shape: str  # letter (e-mail) | chat | text (SMS, WhatsApp) | voice
    empathy: bool
    name: str | None
    relaxed: bool = False  # a calm customer who writes casually themselves: "Hey Dana," fits
    warning: str | None = None

    def say(self, key: str, **values: object) -> str:
        """Render a phrase of this voice's language and formality."""
        return self.phrasebook.say(key, self.formality, **values)


def channel_shape(channel: str) -> str:
    """The message shape a channel calls for: ``letter``, ``chat``, ``text`` or ``voice``."""
    return _CHANNEL_SHAPE.get(channel, "chat")


def resolve_formality(channel: str, register: str) -> str:
    """Meet halfway between the channel's usual formality and the customer's register."""
    by_channel = _CHANNEL_FORMALITY.get(channel, "neutral")
    register = register if register in _FORMALITIES else "neutral"
    if register == "neutral":
        return by_channel
    if by_channel == "neutral" or by_channel == register:
        return register
    return "neutral"


def resolve_voice(prepared: Prepared, analysis: Analysis) -> Voice:
    """Decide language, formality, empathy, shape and greeting name for this conversation."""
    language = normalise_language(analysis.register.language or "") or ENGLISH.language
    book = phrasebook_for(language)
    warning = None
    if book is None:
        warning = f"language_unsupported: {language}; message written in English"
        book = ENGLISH
    request = prepared.request
    formality = _polite_address(
        book.language, resolve_formality(request.channel, analysis.register.formality), prepared
    )
    empathy = analysis.frustration.level in _EMPATHY_LEVELS
    return Voice(
        phrasebook=book,
        language=book.language,
        formality=formality,
        shape=channel_shape(request.channel),
        empathy=empathy,
        name=_greeting_name(prepared, analysis),
        relaxed=formality == "casual" and analysis.register.formality == "casual" and not empathy,
        warning=warning,
    )


def _polite_address(language: str, formality: str, prepared: Prepared) -> str:
    """Keep the polite "you" (vous, Sie, usted, o senhor) where the customer's own words call for it.

    Where the templates' casual form is the familiar "you" (tu, du, tú), a channel alone is no reason to use it:
    a customer who says "vous" or "Sie" is answered in kind, and in French and German, where businesses use the
    polite form unless the customer starts with the familiar one, casual needs the customer's own "tu" or "du".
    """
    if formality != "casual" or language not in _POLITE_YOU:
        return formality
    said = " ".join(m.text for m in prepared.customer_messages)
    polite, familiar = _POLITE_YOU[language], _FAMILIAR_YOU.get(language)
    if polite.search(said) or (familiar is not None and not familiar.search(said)):
        return "neutral"
    return formality


def _greeting_name(prepared: Prepared, analysis: Analysis) -> str | None:
    """The name the writer signs with when it is not the profile's (someone writing for the account holder: a
    widow closing her late husband's account is not greeted with his name), else the profile's name (the
    helpdesk knows it), then a name the customer gave in the chat."""
    signed = _signature(prepared)
    if signed is not None:
        profile = first_name(prepared.request.customer.name)
        if profile is None or profile.lower() != signed.lower():
            return signed
    candidates = [prepared.request.customer.name, *(f.value for f in analysis.facts if f.type == "name")]
    for candidate in candidates:
        name = first_name(candidate)
        if name:
            return name
    return None


_SIGNATURE = re.compile(r"\n[ \t]*(?:[-–—~]+[ \t]*)?([A-Z][a-z]+(?:[- ][A-Z][a-z]+){0,2})[ \t.]*$")
"""A customer turn's last line that is only a name ("Margaret", "Margaret Whitaker", "-- Tom"): the writer's
signature."""


def _signature(prepared: Prepared) -> str | None:
    """The first name the customer signs their latest signed turn with, or None when no turn ends in one."""
    for message in reversed(prepared.customer_messages):
        if "\n" not in message.text:
            continue
        found = _SIGNATURE.search(message.text.rstrip())
        if found is not None:
            name = first_name(found.group(1))
            if name is not None and name.lower() not in _NOT_NAMES:
                return name
    return None


_NOT_NAMES = frozenset({"thanks", "thank", "regards", "cheers", "best", "sincerely", "hello", "hi", "please", "help"})
