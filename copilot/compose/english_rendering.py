"""A customer's note in another language rendered word by word into English, for the agent's summary.

The summary is read by an English-speaking agent, but a customer writing Spanish, French, German, Dutch,
Portuguese, Italian, Polish or Turkish is condensed in their own words ("mi pedido no ha llegado"), which tells
that agent nothing. The intent classifier already reads such turns through a glossary of the everyday words every
support conversation uses (:mod:`copilot.analysis.intent_glossary`); the same glossary renders the note here, in
the clipped style of agent notes: each word the glossary knows in the conversation's language becomes its English
word, the language's function words go, and every other word stays as written ("pedido A-1234 no ha llegado" ->
"order A-1234 not arrived"). Facts are never touched: tokens with a digit or a symbol (ids, amounts, e-mail
addresses), all-capital tokens and capitalised words inside a sentence (names, brands) stay verbatim; in German,
where every noun is capitalised, only tokens with digits or symbols and all-capital ones are kept. A note the
glossary reads too little of is left as it was written: a sentence with one English word and its function words
gone would be harder to read, not easier.
"""

from __future__ import annotations

import re
from functools import cache

from copilot.analysis import intent_glossary
from copilot.analysis.attempt_foreign_nouns import english_gist

__all__ = ["render_english"]

_COMPOUNDS = frozenset(
    {"how much", "log in", "not arrived", "not working", "car rental", "return flight", "outbound flight", "job lost"}
)
"""Glosses that are one English expression; the glossary's other multi-word glosses list synonyms for the
classifier ("invoice bill"), of which the note keeps the first."""
_MIN_GLOSSED = 2
_MIN_SHARE = 0.2
"""A note is rendered when at least two of its words, and this share of its words (facts and names aside), have
an English gloss; otherwise it stays as written."""
_NUMBERS = {
    "es": "dos tres cuatro cinco seis siete ocho nueve diez",
    "fr": "deux trois quatre cinq six sept huit neuf dix",
    "de": "zwei drei vier fünf sechs sieben acht neun zehn",
    "nl": "twee drie vier vijf zes zeven acht negen tien",
    "pt": "dois três quatro cinco seis sete oito nove dez",
    "it": "due tre quattro cinque sei sette otto nove dieci",
}
_ENGLISH_NUMBERS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
"""Number words from two to ten, a closed class like the month names of :mod:`copilot.compose.english_dates`:
"dos rechazos" is two refusals, and the merged list of function words would drop the Spanish "dos" (Portuguese
"of the")."""
_MIN_NOUN_LETTERS = 5
_NOUN_LANGUAGES = frozenset({"es", "fr", "de", "pt", "it", "nl"})
"""The languages of :mod:`copilot.analysis.attempt_foreign_nouns`."""
_TOKEN = re.compile(r"\S+")
_SPLIT = re.compile(r"^([^\w]*)(.*?)([^\w]*)$", re.UNICODE)
_PLAIN_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?;:…]$")
_SPACE_BEFORE = re.compile(r"\s+([,.;:!?…)”\]])")
_SPACE_AFTER = re.compile(r"([(“\[])\s+")
_REPEATED_MARK = re.compile(r"([,;:])(?:\s*[,;:])+")
_EDGE_MARKS = re.compile(r"^[\s,;:]+|[\s,;:]+$")


@cache
def _glossary(language: str) -> tuple[dict[str, str], dict[str, str], frozenset[str]] | None:
    """The language's exact words and prefixes with their English, and the function words to drop; None for a
    language the glossary does not cover."""
    table = intent_glossary.LANGUAGE_TABLES.get(language)
    if table is None:
        return None
    exact: dict[str, str] = {
        intent_glossary.fold(word): english
        for word, english in zip(_NUMBERS.get(language, "").split(), _ENGLISH_NUMBERS, strict=False)
    }
    prefixes: dict[str, str] = {}
    for key, english in intent_glossary.entries(table):
        if not key or not english:
            continue
        english = english if english in _COMPOUNDS else english.split()[0]
        if key.endswith("*"):
            prefixes.setdefault(key[:-1], english)
        else:
            exact.setdefault(key, english)
    _, _, function_words = intent_glossary.merged_tables()
    return exact, prefixes, frozenset(function_words - exact.keys())


def _support_noun(word: str, language: str) -> str | None:
    """The English of a word the intent glossary lacks from the attempts' lexicon of support things and states
    ("abgelehnt" -> "denied", "Entsperrung" -> "unlock"); that lexicon mixes six languages, so only words long
    enough not to be another language's short word ("vol" is a flight in French, "full" in Dutch) are read."""
    if len(word) < _MIN_NOUN_LETTERS or language not in _NOUN_LANGUAGES:
        return None
    found = english_gist(word.lower())
    return found[0] if len(found) == 1 else None


def _verbatim(core: str, initial: bool, language: str) -> bool:
    """A token that is a fact or a name: digits or symbols in it, all capitals, or a capital inside a sentence
    (outside German, whose nouns all have one)."""
    if not _PLAIN_WORD.fullmatch(core):
        return True
    if len(core) > 1 and core.isupper():
        return True
    return core[:1].isupper() and not initial and language != "de"


def render_english(note: str, language: str) -> str:
    """``note`` (a condensed customer sentence in ``language``, an ISO code) with the words the glossary knows in
    English and its function words dropped, facts and unknown words as written ("No he recibido mi pedido
    A-1234" -> "not received order A-1234"); the note unchanged when the language is not covered or too few
    of its words are known."""
    glossary = _glossary(language)
    if glossary is None or not note:
        return note
    exact, prefixes, function_words = glossary
    out: list[str] = []
    glossed = content = 0
    initial = True
    for token in _TOKEN.findall(note):
        match = _SPLIT.match(token)
        lead, core, trail = match.groups() if match else ("", token, "")
        word = core
        if core and not _verbatim(core, initial, language):
            folded = intent_glossary.fold(core)
            if folded in function_words:
                word = ""
            else:
                content += 1
                english = intent_glossary.english_of(folded, exact, prefixes) or _support_noun(core, language)
                if english is not None:
                    glossed += 1
                    word = english
        if word and out and word == out[-1]:
            word = ""  # "pagar pago" -> "pay payment", but never "order order"
        out.append(f"{lead}{word}{trail}")
        initial = bool(_SENTENCE_END.search(token)) or (initial and not core)
    if glossed < _MIN_GLOSSED or glossed < _MIN_SHARE * content:
        return note
    text = " ".join(piece for piece in out if piece)
    text = _REPEATED_MARK.sub(r"\1", _SPACE_AFTER.sub(r"\1", _SPACE_BEFORE.sub(r"\1", text)))
    return _EDGE_MARKS.sub("", text) or note
