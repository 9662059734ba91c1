"""Every phrasebook is complete, every template renders, and no customer-facing template cheers."""

from __future__ import annotations

import pytest

from copilot.compose.locales import SUPPORTED_LANGUAGES, phrasebook_for
from copilot.compose.locales.phrasebook import (
    CORE_KEYS,
    ENGLISH_TEXT_KEYS,
    FACT_REF_TYPES,
    FORMALITIES,
    QUOTE_KEYS,
    Phrasebook,
)
from copilot.errors import ConfigError

SAMPLE_VALUES = {
    "name": "Dana",
    "clause": "your order A-1234 never arrived",
    "topic": "order A-1234",
    "target": "order A-1234",
    "attempt": "the assistant already shared the tracking link",
    "look": "LOOK",
    "guide": "Lost package claims",
    "update": "UPDATE",
    "label": "missing delivery",
    "company": "Acme",
    "position": 3,
    "wait": "WAIT",
    "n": 4,
    "quote": "mi pedido no llegó",
    "facts": "order A-1234 and $49.99",
}


def books() -> list[Phrasebook]:
    found = [phrasebook_for(language) for language in SUPPORTED_LANGUAGES]
    return [b for b in found if b is not None]


def test_the_five_required_languages_ship() -> None:
    assert set(SUPPORTED_LANGUAGES) >= {"en", "es", "fr", "de", "pt"}
    assert len(books()) == len(SUPPORTED_LANGUAGES)


@pytest.mark.parametrize("book", books(), ids=lambda b: b.language)
def test_phrasebook_is_complete(book: Phrasebook) -> None:
    required = CORE_KEYS | (ENGLISH_TEXT_KEYS if book.embeds_english_text else QUOTE_KEYS)
    assert required <= set(book.phrases), sorted(required - set(book.phrases))
    assert set(book.fact_refs) >= FACT_REF_TYPES
    for key, entry in book.phrases.items():
        if not isinstance(entry, str):
            assert "neutral" in entry, key
            assert set(entry) <= set(FORMALITIES), key


@pytest.mark.parametrize("book", books(), ids=lambda b: b.language)
def test_every_template_renders_in_every_formality(book: Phrasebook) -> None:
    for key in book.phrases:
        assert book.fields_of(key) <= set(SAMPLE_VALUES), key
        for formality in FORMALITIES:
            rendered = book.say(key, formality, **SAMPLE_VALUES)
            assert "{" not in rendered and "}" not in rendered, (key, formality)
            assert "!" not in rendered, (key, formality)


@pytest.mark.parametrize("book", books(), ids=lambda b: b.language)
def test_fact_references_include_the_value(book: Phrasebook) -> None:
    for fact_type in FACT_REF_TYPES:
        assert "A-77" in book.fact_ref(fact_type, "A-77")


def test_a_value_that_already_names_its_noun_is_not_doubled() -> None:
    english = phrasebook_for("en")
    assert english is not None
    assert english.fact_ref("order_id", "Order 55012") == "Order 55012"
    assert english.fact_ref("order_id", "55012") == "order 55012"


@pytest.mark.parametrize(("tag", "language"), [("pt-BR", "pt"), ("EN_us", "en"), ("de", "de")])
def test_language_tags_are_normalised(tag: str, language: str) -> None:
    book = phrasebook_for(tag)
    assert book is not None and book.language == language


def test_unknown_language_has_no_phrasebook() -> None:
    assert phrasebook_for("ja") is None


def test_a_missing_key_or_field_fails_loudly() -> None:
    english = phrasebook_for("en")
    assert english is not None
    with pytest.raises(ConfigError):
        english.say("no_such_phrase")
    with pytest.raises(ConfigError):
        english.say("greet_name")  # {name} not given
