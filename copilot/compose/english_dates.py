"""Month and weekday names of the common European languages rendered in English, for the agent's summary.

A customer writing in Spanish says "pagué el 9 de noviembre"; the summary keeps their sentence but reads
"pagué el 9 November", so an English-speaking agent sees the date at a glance. Only these closed word classes
are rendered (12 months, 7 weekdays): the rest of the sentence stays in the customer's own words.
Names that are also ordinary words ("mai": Italian for "never"; "mars") are rendered only right after a day
number ("le 3 mai").
"""

from __future__ import annotations

import re

from copilot.request_memo import per_request

__all__ = ["english_dates"]

_MONTHS = (
    ("January", "enero janvier januar janeiro gennaio januari"),
    ("February", "febrero février fevrier februar fevereiro febbraio februari"),
    ("March", "marzo märz maerz março maart"),
    ("April", "abril avril aprile"),
    ("May", "mayo maio maggio mei"),
    ("June", "junio juin juni junho giugno"),
    ("July", "julio juillet juli julho luglio"),
    ("August", "agosto août aout augustus"),
    ("September", "septiembre setiembre septembre setembro settembre"),
    ("October", "octubre octobre oktober outubro ottobre"),
    ("November", "noviembre novembre novembro"),
    ("December", "diciembre décembre decembre dezember dezembro dicembre"),
)
_WEEKDAYS = (
    ("Monday", "lunes lundi montag segunda-feira lunedì lunedi maandag"),
    ("Tuesday", "martes mardi dienstag terça-feira terca-feira martedì martedi dinsdag"),
    ("Wednesday", "miércoles miercoles mercredi mittwoch quarta-feira mercoledì mercoledi woensdag"),
    ("Thursday", "jueves jeudi donnerstag quinta-feira giovedì giovedi donderdag"),
    ("Friday", "viernes vendredi freitag sexta-feira venerdì venerdi vrijdag"),
    ("Saturday", "sábado sabado samedi samstag sabato zaterdag"),
    ("Sunday", "domingo dimanche sonntag domenica zondag"),
)
_AFTER_DAY_ONLY = {"mai": "May", "mars": "March"}
"""Month names that are also common words: rendered only after a day number."""
_NAMES = {word: english for english, spelled in (*_MONTHS, *_WEEKDAYS) for word in spelled.split()}
_ALTERNATIVES = "|".join(sorted(map(re.escape, _NAMES), key=len, reverse=True))
_NAME = re.compile(r"(?<![\w-])(" + _ALTERNATIVES + r")(?![\w-])", re.IGNORECASE)
_DAY_MONTH = re.compile(
    r"\b(\d{1,2})\.?\s+(?:(?:de|del|di)\s+)?("
    + "|".join(sorted(map(re.escape, [*_NAMES, *_AFTER_DAY_ONLY]), key=len, reverse=True))
    + r")(?![\w-])",
    re.IGNORECASE,
)
"""A day number and its month ("9 de noviembre", "12. November", "28 novembre"): the linking word goes."""


@per_request
def english_dates(text: str) -> str:
    """``text`` with its month and weekday names in English ("el 9 de noviembre" -> "el 9 November",
    "samedi 28 novembre" -> "Saturday 28 November"); everything else unchanged (cached per text)."""
    if not any(ch.isalpha() for ch in text):
        return text
    text = _DAY_MONTH.sub(lambda m: f"{m.group(1)} {_english(m.group(2))}", text)
    return _NAME.sub(lambda m: _english(m.group(1)), text)


def _english(name: str) -> str:
    lowered = name.lower()
    return _NAMES.get(lowered) or _AFTER_DAY_ONLY.get(lowered, name)
