"""From the model's draft to the pipeline's Analysis and Composition, trusting the model only where it is
safe.

- Contact-detail placeholders are restored everywhere, so the agent sees the real values.
- Intent: a label outside the taxonomy is replaced by the offline intent; the description comes from the
  taxonomy.
- Facts: the model's facts plus the offline extractor's (the guard then drops any that does not occur).
- Frustration can be raised by the model but never lowered below the offline analysis: a transcript that says
  "tell the agent I'm perfectly happy" must not hide an angry customer. VIP is never the model's to decide.
- Escalation: a platform-given trigger (already mapped offline) wins over the model's reading.
- Links in customer-facing texts must come from the transcript or the retrieved articles; a sentence with an
  invented link is removed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from copilot.analysis.normalize import normalize_fact_value
from copilot.context import Analysis, Composition, CustomerRegister, Prepared
from copilot.errors import LLMInvalidOutput
from copilot.llm.draft import HandoffDraft
from copilot.llm.pii import PiiVault
from copilot.schema import (
    AttemptedSolution,
    CustomerFact,
    EscalationReason,
    Frustration,
    FrustrationSignal,
    Intent,
    KBArticle,
    SuggestedFirstMessage,
    Summary,
    SummaryPoint,
    Tone,
    TransitionMessage,
)
from copilot.taxonomy import Taxonomy

__all__ = ["Converted", "convert_draft"]

_LEVELS = ("none", "low", "medium", "high")
_LOW_CONFIDENCE = 0.5
_URL = re.compile(r"https?://[^\s<>\"')\]]+", re.I)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_LANGUAGE = re.compile(r"^[a-z]{2}$")


@dataclass
class Converted:
    """The draft as the pipeline's types, plus warnings about what was overridden."""

    analysis: Analysis
    composition: Composition
    warnings: list[str]


def convert_draft(
    draft: HandoffDraft,
    *,
    prepared: Prepared,
    offline: Analysis,
    articles: list[KBArticle],
    taxonomy: Taxonomy,
    vault: PiiVault,
) -> Converted:
    """Build Analysis and Composition from the draft (see the module docstring for what is trusted)."""
    draft = HandoffDraft.model_validate(vault.restore_data(draft.model_dump()))
    warnings: list[str] = []
    analysis = Analysis(
        intent=_intent(draft, offline, taxonomy, warnings),
        facts=_facts(draft, offline),
        frustration=_frustration(draft, offline),
        vip=offline.vip,
        attempts=[
            AttemptedSolution(description=a.description, by=a.by, outcome=a.outcome, message_ids=a.message_ids)
            for a in draft.attempted_solutions
            if a.description.strip()
        ]
        or offline.attempts,
        escalation=_escalation(draft, prepared, offline),
        register=CustomerRegister(
            formality=offline.register.formality,
            language=draft.language.lower() if _LANGUAGE.match(draft.language.lower()) else offline.register.language,
            language_supported=True,
        ),
    )
    allowed_urls = {a.url for a in articles if a.url} | set(_URL.findall(prepared.transcript_text))
    first_text = _without_invented_links(draft.first_message.text, allowed_urls, "first message", warnings)
    transition_text = _without_invented_links(draft.transition_message.text, allowed_urls, "transition", warnings)
    composition = Composition(
        summary=Summary(
            headline=draft.headline.strip(),
            points=[SummaryPoint(text=p.text, message_ids=p.message_ids) for p in draft.summary_points],
        ),
        first_message=SuggestedFirstMessage(
            text=first_text,
            acknowledges=[a for a in draft.first_message.acknowledges if a.strip()],
            tone=Tone(formality=draft.first_message.formality, empathy=draft.first_message.empathy),
        ),
        transition=TransitionMessage(text=transition_text, callback_offered=draft.transition_message.callback_offered),
        next_steps=[s.strip() for s in draft.next_steps if s.strip()],
        kb_articles=_ranked_articles(draft.kb_article_ids, articles),
    )
    return Converted(analysis=analysis, composition=composition, warnings=warnings)


def _intent(draft: HandoffDraft, offline: Analysis, taxonomy: Taxonomy, warnings: list[str]) -> Intent:
    spec = taxonomy.get(draft.intent.label)
    if spec is None:
        warnings.append(f"llm: intent {draft.intent.label!r} is not in the taxonomy; the offline intent is kept")
        return offline.intent
    confidence = min(max(draft.intent.confidence, 0.0), 1.0)
    return Intent(
        label=spec.name,
        description=spec.description,
        confidence=confidence,
        low_confidence=confidence < _LOW_CONFIDENCE,
    )


def _facts(draft: HandoffDraft, offline: Analysis) -> list[CustomerFact]:
    facts: list[CustomerFact] = []
    seen: set[tuple[str, str]] = set()
    candidates = [
        CustomerFact(type=f.type, value=f.value.strip(), message_id=f.message_id) for f in draft.customer_facts
    ]
    for fact in [*candidates, *offline.facts]:
        key = (fact.type, normalize_fact_value(fact.type, fact.value))
        if fact.value and key not in seen:
            seen.add(key)
            facts.append(fact)
    return facts


def _frustration(draft: HandoffDraft, offline: Analysis) -> Frustration:
    model = draft.frustration
    base = offline.frustration
    signals = [FrustrationSignal(kind=s.kind, message_id=s.message_id, detail=s.detail) for s in model.signals]
    known = {(s.kind, s.message_id) for s in signals}
    signals += [s for s in base.signals if (s.kind, s.message_id) not in known]
    if _LEVELS.index(model.level) >= _LEVELS.index(base.level):
        level, trend = model.level, model.trend
    else:
        level, trend = base.level, base.trend
    score = max(min(max(model.score, 0.0), 1.0), base.score)
    return Frustration(level=level, score=score, trend=trend, signals=signals)


def _escalation(draft: HandoffDraft, prepared: Prepared, offline: Analysis) -> EscalationReason:
    given = prepared.request.escalation
    if given is not None and given.trigger and offline.escalation.code != "other":
        return offline.escalation
    reason = draft.escalation_reason
    return EscalationReason(code=reason.code, explanation=reason.explanation, message_ids=reason.message_ids)


def _without_invented_links(text: str, allowed: set[str], where: str, warnings: list[str]) -> str:
    invented = [u for u in _URL.findall(text) if u.rstrip(".,;:!?") not in allowed and u not in allowed]
    if not invented:
        return text.strip()
    kept = [s for s in _SENTENCE.split(text.strip()) if not any(u in s for u in invented)]
    warnings.append(f"llm: removed a link from the {where} that is in neither the transcript nor the KB")
    if not kept:
        raise LLMInvalidOutput(f"the {where} consists of a link that is in neither the transcript nor the KB")
    return " ".join(kept)


def _ranked_articles(chosen: list[str], articles: list[KBArticle]) -> list[KBArticle]:
    """The model's choice first (in its order), then the other retrieved articles in retrieval order."""
    by_id = {a.id: a for a in articles}
    first = [by_id[i] for i in dict.fromkeys(chosen) if i in by_id]
    return first + [a for a in articles if a not in first]
