"""The guard: checks every package passes, whichever engine made it.

Rules (each violation is repaired, never fatal, and leaves a warning in ``meta.warnings``):
- VIP comes from the profile only: the flag is always the offline, profile-derived one.
- KB articles only from the retrieved set: unknown ids are dropped.
- Every customer fact occurs in the transcript (normalised comparison); others are dropped as fabricated.
- Summary points, attempts, escalation and frustration signals cite existing message ids only.
- The first message never asks for a fact already known (from the transcript or the profile): if it does, it
  is replaced by the offline composer's message.
- No secret (card number, password, code, key) appears in any text of the package.
"""

from __future__ import annotations

from copilot.analysis.asks import requested_fact_types
from copilot.analysis.facts import fact_occurs_in
from copilot.context import Analysis, Prepared
from copilot.ports import Composer
from copilot.redaction import mask_secrets
from copilot.schema import CustomerFact, HandoffPackage, KBArticle

__all__ = ["guard_package"]


def guard_package(
    package: HandoffPackage,
    *,
    prepared: Prepared,
    offline: Analysis,
    retrieved: list[KBArticle],
    composer: Composer,
) -> HandoffPackage:
    """Repair ``package`` in place so it satisfies every rule above; return it."""
    warnings = package.meta.warnings
    ids = prepared.message_ids

    package.flags.vip = offline.vip

    allowed = {a.id for a in retrieved}
    kept = [a for a in package.kb_articles if a.id in allowed]
    if len(kept) != len(package.kb_articles):
        dropped = sorted({a.id for a in package.kb_articles} - allowed)
        warnings.append(f"guard: dropped KB ids not in the retrieved set: {', '.join(dropped)}")
    package.kb_articles = kept

    package.customer_facts = _checked_facts(package.customer_facts, prepared, offline.facts, warnings)

    _cite_existing(package, ids, warnings)
    if not package.summary.points:
        package.summary = composer.compose(prepared, offline, retrieved).summary
        warnings.append("guard: summary had no cited points; the offline summary is used")

    known = prepared.known_fact_types(package.customer_facts)
    redundant = requested_fact_types(package.suggested_first_message.text) & known if known else set()
    if redundant:
        package.suggested_first_message = composer.compose(prepared, offline, retrieved).first_message
        warnings.append(
            f"guard: first message asked for known facts ({', '.join(sorted(redundant))}); "
            "replaced by the offline message"
        )

    _mask_texts(package)
    return package


def _checked_facts(
    facts: list[CustomerFact], prepared: Prepared, extracted: list[CustomerFact], warnings: list[str]
) -> list[CustomerFact]:
    """Drop duplicates and facts that do not occur in the transcript. Facts the offline extractor found were
    read from the transcript, so only the others (an LLM's) are searched for."""
    text = prepared.transcript_text
    ids = prepared.message_ids
    from_transcript = {(f.type, f.value) for f in extracted}
    seen: set[tuple[str, str]] = set()
    kept: list[CustomerFact] = []
    for fact in facts:
        key = (fact.type, fact.value.strip().lower())
        if key in seen:
            continue
        if (fact.type, fact.value) not in from_transcript and not fact_occurs_in(fact, text):
            warnings.append(f"guard: dropped fact {fact.type}={fact.value!r}: it does not occur in the transcript")
            continue
        if fact.message_id is not None and fact.message_id not in ids:
            fact = fact.model_copy(update={"message_id": None})
        seen.add(key)
        kept.append(fact)
    return kept


def _cite_existing(package: HandoffPackage, ids: set[str], warnings: list[str]) -> None:
    points = []
    for point in package.summary.points:
        point.message_ids = [i for i in point.message_ids if i in ids]
        if point.message_ids:
            points.append(point)
        else:
            warnings.append(f"guard: dropped a summary point citing no existing message: {point.text[:60]!r}")
    package.summary.points = points
    for attempt in package.attempted_solutions:
        attempt.message_ids = [i for i in attempt.message_ids if i in ids]
    package.escalation_reason.message_ids = [i for i in package.escalation_reason.message_ids if i in ids]
    signals = package.flags.frustration.signals
    package.flags.frustration.signals = [s for s in signals if s.message_id in ids]


def _mask_texts(package: HandoffPackage) -> None:
    package.suggested_first_message.text = mask_secrets(package.suggested_first_message.text).text
    package.customer_transition_message.text = mask_secrets(package.customer_transition_message.text).text
    package.summary.headline = mask_secrets(package.summary.headline).text
    for point in package.summary.points:
        point.text = mask_secrets(point.text).text
    package.next_steps = [mask_secrets(step).text for step in package.next_steps]
