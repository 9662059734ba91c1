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

from copilot.analysis.cues import word_list
from copilot.analysis.language_id import FastLanguageIdentifier
from copilot.compose.locales import SUPPORTED_LANGUAGES, normalise_language
from copilot.context import CustomerRegister, Prepared

__all__ = ["detect_language", "detect_register", "formality_of", "warm_up_language_model"]

_FORMAL = re.compile(  # one leading \b before the alternation: 5x faster than a \b in every branch
    r"^\s*dear\b|\b(?:good\s+(?:morning|afternoon|evening)\b|(?:kind|best|warm)\s+regards\b|sincerely\b"
    r"|yours\s+(?:faithfully|truly)\b|i\s+am\s+writing\b|i\s+would\s+(?:like|appreciate|be\s+grateful)\b"
    r"|could\s+you\s+please\b|would\s+you\s+(?:kindly|please)\b|please\s+advise\b|kindly\b"
    r"|thank\s+you\s+(?:for\s+your|in\s+advance)\b|(?:mr|mrs|ms|dr)\.\s|regarding\b|furthermore\b"
    r"|however,|therefore\b|at\s+your\s+earliest\s+convenience\b|i\s+look\s+forward\b)",
    re.M,
)
_FORMAL_LITERALS = (
    "dear", "good", "regards", "sincerely", "yours", "writing", "would", "could", "advise", "kindly", "thank",
    "mr.", "mrs.", "ms.", "dr.", "regarding", "furthermore", "however,", "therefore", "earliest", "forward",
)  # fmt: skip
"""One word of every ``_FORMAL`` branch: a turn with none of them has no formal marker (a cheap test first)."""
_CASUAL_WORDS = word_list(
    "lol lmao rofl omg u ur r pls plz thx thnx ty gonna wanna gotta ya yeah yep yup nope nah hey yo dude bro cuz",
    "coz kinda sorta btw idk tbh imo asap wtf k kk cya hiya sup ain't aint y'all yall lemme gimme dunno",
)
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_OKAY = re.compile(r"ok+")
_CASUAL_MARKS = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]|!!|\?\?|:\)|:\(|:d|;\)|xd")
_ASCII_CASUAL_MARKS = ("!!", "??", ":)", ":(", ":d", ";)", "xd")
"""Every ``_CASUAL_MARKS`` branch but the emoji (a lower-cased text never holds ":D" or "XD")."""
_CONTRACTION = re.compile(r"\b\w+'(?:t|s|re|ve|ll|d|m)\b", re.I)
_CHANNEL_LEAN = {"email": 0.5, "sms": -0.5, "whatsapp": -0.5, "messenger": -0.5}
_MIN_LETTERS = 12
_MIN_PROBABILITY = 0.8
_MAX_CHARS = 600
_NOT_LANGUAGE = re.compile(r"https?://\S+|\S+@\S+|[\w-]*\d[\w-]*")
"""Links, e-mail addresses and anything with a digit (order numbers, codes): no evidence of a language."""
_CODE_RUN = re.compile(r"(?<!\S)[^\s@\d:]*+(?::(?!//)[^\s@\d:]*+)*+(?:[@\d]|://)\S*")
"""A run of non-space characters holding "@", a digit or "://": the only runs ``_NOT_LANGUAGE`` can match in
(none of its patterns spans whitespace), found in one linear pass; the rest of the text is left alone. The run
before the "@", digit or "://" is read as plain characters with a colon now and then (``A*(:A*)*``), not as a
choice made at every character (``(A|:)*``): the same matches, in half the time."""
_SPACE = re.compile(r"\s")

_IDENTIFIER: Any = None
_LOCK = threading.Lock()


def _identifier() -> Any:
    global _IDENTIFIER
    with _LOCK:
        if _IDENTIFIER is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            plain = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
            try:
                _IDENTIFIER = FastLanguageIdentifier(plain)
            except (AttributeError, TypeError, ValueError):  # py3langid's internals moved: its own, slower path
                _IDENTIFIER = plain
        return _IDENTIFIER


def warm_up_language_model() -> None:
    """Load the language model now (about half a second) rather than on the first request."""
    _identifier()


def formality_of(texts: list[str], channel: str = "web_chat") -> str:
    """``formal``, ``neutral`` or ``casual`` from the customer's turns; the channel breaks ties."""
    formal = casual = 0.0
    for text in texts:
        lowered = text.lower()
        if any(map(lowered.__contains__, _FORMAL_LITERALS)):
            formal += len(_FORMAL.findall(lowered))
        casual += _casual_markers(lowered)
        stripped = text.strip()
        if stripped and stripped[0].islower():
            casual += 0.5
        if _long_plain_sentence(stripped, text):
            formal += 0.5
    balance = formal - casual + _CHANNEL_LEAN.get(channel, 0.0)
    if balance >= 1.0:
        return "formal"
    if balance <= -1.0:
        return "casual"
    return "neutral"


def _long_plain_sentence(stripped: str, text: str) -> bool:
    """Twelve words or more ending in "." or "?" without a contraction: a formal writer's sentence."""
    if stripped[-1:] not in {".", "?"} or len(stripped.split()) < 12:
        return False
    return "'" not in text or _CONTRACTION.search(text) is None


def _casual_markers(lowered: str) -> int:
    """Slang and texting shorthand (a word-set lookup, much faster than one big alternation), emoji, "!!"."""
    words = _WORD.findall(lowered)
    casual = sum(map(_CASUAL_WORDS.__contains__, words))
    if "ok" in lowered:
        casual += sum(1 for w in words if w[:2] == "ok" and w not in _CASUAL_WORDS and _OKAY.fullmatch(w))
    if lowered.isascii() and not any(map(lowered.__contains__, _ASCII_CASUAL_MARKS)):
        return casual  # no emoji in ASCII text, and none of the other marks: the pattern cannot match
    return casual + len(_CASUAL_MARKS.findall(lowered))


def detect_language(text: str, fallback: str | None = None) -> str:
    """ISO 639-1 code of ``text``; ``fallback`` (or ``en``) when the text is too short or ambiguous."""
    default = normalise_language(fallback) if fallback else "en"
    sample = _sample(text)
    if not _has_letters(sample, _MIN_LETTERS):
        return default or "en"
    language, probability = _identifier().classify(sample)
    return str(language) if probability >= _MIN_PROBABILITY else (default or "en")


def _has_letters(text: str, wanted: int) -> bool:
    """Does ``text`` hold at least ``wanted`` letters? Counted only until there are enough (a sample of a long
    conversation has them within its first words)."""
    found = 0
    for character in text:
        if character.isalpha():
            found += 1
            if found >= wanted:
                return True
    return False


def _sample(text: str) -> str:
    """The first ``_MAX_CHARS`` characters of ``text`` once links, e-mails and codes are blanked out.

    Only a prefix is cleaned: none of the blanked patterns spans whitespace, so cleaning ``text`` up to a
    whitespace gives the same start as cleaning all of it, and a long conversation does not pay for its tail.
    """
    cut = _MAX_CHARS * 2
    if len(text) > cut:
        space = _SPACE.search(text, cut)
        if space is not None:
            cleaned = _blank_non_language(text[: space.start()])
            if len(cleaned) >= _MAX_CHARS:
                return cleaned[:_MAX_CHARS]
    return _blank_non_language(text)[:_MAX_CHARS]


def _blank_non_language(text: str) -> str:
    """``_NOT_LANGUAGE.sub(" ", text)``, running the pattern only inside the runs that can hold a match."""
    return _CODE_RUN.sub(lambda run: _NOT_LANGUAGE.sub(" ", run.group(0)), text)


def detect_register(prepared: Prepared) -> CustomerRegister:
    """The customer's register: formality, language and whether the composer has templates for it."""
    texts = [m.text for m in prepared.customer_messages if m.text.strip()]
    language = detect_language("\n".join(texts), prepared.request.customer.language)
    return CustomerRegister(
        formality=formality_of(texts, prepared.request.channel),
        language=language,
        language_supported=language in SUPPORTED_LANGUAGES,
    )
