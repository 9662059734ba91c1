"""Phrasebooks: the customer-facing templates of the offline composer, one module per language.

A phrasebook maps a phrase key to a template per formality (``formal``, ``neutral``, ``casual``); a plain
string serves every formality. Templates use ``str.format`` fields (``{name}``, ``{topic}``...). Fact
references (``"order {value}"``, ``"el pedido {value}"``) are kept per fact type, written so they fit the
sentences of the same language (article, case and contraction included).

Only English embeds the analysis' own English text (attempt descriptions, the customer's reflected
statement); other languages use their generic sentences for those parts.

Adding a language: write ``copilot/compose/locales/<iso>.py`` with a ``PHRASEBOOK`` covering
:data:`~copilot.compose.locales.phrasebook.CORE_KEYS` and every type of ``FACT_REF_TYPES``, then list it
in ``_BOOKS`` below. The tests check completeness and that every template renders.
"""

from __future__ import annotations

from copilot.compose.locales import de, en, es, fr, pt
from copilot.compose.locales.phrasebook import Phrasebook

__all__ = ["SUPPORTED_LANGUAGES", "Phrasebook", "normalise_language", "phrasebook_for"]

_BOOKS: dict[str, Phrasebook] = {m.PHRASEBOOK.language: m.PHRASEBOOK for m in (en, es, fr, de, pt)}

SUPPORTED_LANGUAGES: tuple[str, ...] = tuple(_BOOKS)
"""Languages with templates; any other language is answered in English with a warning."""


def normalise_language(code: str) -> str:
    """Reduce a language tag to its ISO 639-1 part: ``"pt-BR"``, ``"PT_br"`` -> ``"pt"``."""
    return code.strip().lower().replace("_", "-").split("-")[0]


def phrasebook_for(language: str) -> Phrasebook | None:
    """Return the phrasebook of a language tag, or None when it has no templates."""
    return _BOOKS.get(normalise_language(language))
