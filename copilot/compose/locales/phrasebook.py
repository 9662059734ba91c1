"""The phrasebook type and the keys every language must define."""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass, field

from copilot.errors import ConfigError

__all__ = ["CORE_KEYS", "ENGLISH_TEXT_KEYS", "FACT_REF_TYPES", "FORMALITIES", "QUOTE_KEYS", "Phrasebook"]

Template = str | Mapping[str, str]

_FIRST_MESSAGE_KEYS = """greet_name greet_name_letter greet_name_relaxed greet_anon greet_anon_letter
    greet_anon_relaxed sorry_topic sorry_topic_wait read_all read_all_topic read_all_facts tried_generic look_into
    look_into_vip next_guide next_plain update_chat update_letter update_text update_voice sign_off
    target_default topic_default and_word our_team"""
_TRANSITION_KEYS = """handover handover_letter transition_empathy queue_next queue_position queue_both
    queue_position_only queue_wait_only no_eta wait_soon wait_minute wait_minutes wait_hour wait_hours
    offer_callback offer_email"""
CORE_KEYS: frozenset[str] = frozenset(_FIRST_MESSAGE_KEYS.split() + _TRANSITION_KEYS.split())
"""Keys every phrasebook must define."""

ENGLISH_TEXT_KEYS: frozenset[str] = frozenset(
    """sorry_clause understand_clause understand_clause_sorry read_all_detail read_all_detail_facts
    read_all_topic_detail label_topic
    tried_failed tried_partial tried_declined tried_suggested""".split()  # noqa: SIM905
)
"""Keys a phrasebook that embeds English analysis text (``embeds_english_text``) must define too."""

QUOTE_KEYS: frozenset[str] = frozenset({"issue_quote", "sorry_quote"})
"""Keys a phrasebook without English text embedding must define: it names the issue by quoting the customer."""

FACT_REF_TYPES: frozenset[str] = frozenset(
    {
        "order_id",
        "account_id",
        "ticket_id",
        "tracking_number",
        "error_code",
        "product",
        "device",
        "amount",
        "address",
        "date",
        "phone",
        "email",
        "other",
    }
)
"""Fact types a message may name; every phrasebook has a reference template for each."""

FORMALITIES = ("formal", "neutral", "casual")


@dataclass(frozen=True)
class Phrasebook:
    """The templates of one language."""

    language: str
    phrases: Mapping[str, Template]
    fact_refs: Mapping[str, str]
    embeds_english_text: bool = False
    list_refs: Mapping[str, str] = field(default_factory=dict)
    """Overrides of ``fact_refs`` for a fact named in a list ("noted $16.50" rather than "the $16.50 charge")."""
    keep_case: frozenset[str] = field(default_factory=frozenset)
    """Words whose capital stays after a greeting ("I", German "Sie"); other first letters are lowered."""

    def say(self, key: str, formality: str = "neutral", **values: object) -> str:
        """Render phrase ``key`` in ``formality`` (falling back to neutral) with ``values``.

        Raises ConfigError when the key or a field is missing: a phrasebook bug must fail loudly in tests.
        """
        template = self.template(key, formality)
        try:
            return template.format(**values)
        except (KeyError, IndexError) as exc:
            raise ConfigError(f"phrase {key!r} ({self.language}) needs field {exc}") from exc

    def template(self, key: str, formality: str = "neutral") -> str:
        """Return the raw template of ``key`` for ``formality``."""
        try:
            entry = self.phrases[key]
        except KeyError as exc:
            raise ConfigError(f"phrasebook {self.language!r} has no phrase {key!r}") from exc
        if isinstance(entry, str):
            return entry
        return entry.get(formality) or entry["neutral"]  # every variant map has a neutral entry (tested)

    def fact_ref(self, fact_type: str, value: str) -> str:
        """Name a fact in a sentence of this language: ``order A-1234``, ``la commande A-1234``.

        When the customer's value already starts with the noun ("Order 55012"), the value is used alone.
        """
        template = self.fact_refs.get(fact_type, self.fact_refs["other"])
        noun = template.split("{value}")[0].split()
        if noun and value.lower().startswith(noun[-1].lower()):
            return value
        return template.format(value=value)

    def list_ref(self, fact_type: str, value: str) -> str:
        """Name a fact as an item of a list: ``list_refs`` when the language has one for the type."""
        template = self.list_refs.get(fact_type)
        return template.format(value=value) if template else self.fact_ref(fact_type, value)

    def fields_of(self, key: str) -> set[str]:
        """The format fields used by every variant of ``key`` (for the completeness tests)."""
        entry = self.phrases[key]
        variants = [entry] if isinstance(entry, str) else list(entry.values())
        return {name for text in variants for _, name, _, _ in string.Formatter().parse(text) if name}
