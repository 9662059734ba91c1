"""The offline compose stage: summary, suggested first message, customer transition message, next steps.

Public entry point: :func:`build_composer`. Module map:

- ``composer``       the :class:`OfflineComposer` that ties the parts together
- ``summary``        headline and 3-6 cited points within 100 words
- ``summary_points`` the points: issue and details, what was tried and found, the state, the current ask
- ``budget``         fits the points' pieces into the word budget, most informative per word first
- ``condense``       a customer's sentence as a third-person note (fillers, articles, emoji dropped)
- ``notes``          remarks on the conversation: another language, a masked secret, a prompt injection
- ``english_dates``  es/fr/de/pt/it/nl month and weekday names in English ("9 de noviembre" -> "9 November")
- ``first_message``  the agent's first message (issue, facts, what was tried, next step; never asks)
- ``acknowledge``    the details, current ask and facts the first message acknowledges
- ``transition``     the queue-aware hand-over message with a callback / e-mail offer
- ``next_steps``     2-5 concrete steps for the agent
- ``statements``     finds the customer's issue statement, informative sentences and their current ask
- ``cues``           the cross-domain cues that score a customer's sentence
- ``assistant``      finds what the assistant established (a status, a date, a policy, a limit)
- ``reflect``        turns an English statement, question or fragment into words addressed back to the customer
- ``attempts``       which attempts to mention and how to tell them to the customer
- ``keyfacts``       which facts name the case, which the customer gave; what is known about the customer
- ``salience``       how much the conversation is about a fact (turns that mention it, taken up by the customer)
- ``repeats``        the assistant repeating the same advice or question (a note in the summary)
- ``tone``           language, formality, empathy, channel shape, greeting name
- ``locales``        the phrasebooks (en, es, fr, de, pt)
- ``text``           small text tools
- ``folded``         case-insensitive patterns matched fast on ASCII text (same spans as IGNORECASE)
"""

from __future__ import annotations

from copilot.compose.composer import OfflineComposer
from copilot.config import Settings

__all__ = ["OfflineComposer", "build_composer"]


def build_composer(settings: Settings) -> OfflineComposer:
    """Build the offline composer (the default engine's texts, and the guard's fallback texts)."""
    return OfflineComposer(settings)
