"""``tone_match``: does the first message's tone fit the customer and the reference message?

    tone_match = 0.40 * F + 0.35 * S + 0.25 * L

- F, formality agreement. Each text gets a label (formal / neutral / casual, see ``style.formality_label``);
  two labels agree by ``1 - |rank_a - rank_b| / 2`` (ranks formal=2, neutral=1, casual=0), so formal vs casual
  is 0 and one step apart is 0.5. F is the agreement with the customer's messages, averaged with the agreement
  with ``expected.first_message`` when the case has one.
- S, sentiment appropriateness. The customer is *frustrated* when ``expected.frustration`` is medium or high
  or, without that field, when the mean VADER compound of their last five messages is <= -0.25.
  Frustrated: ``S = 0.5 * empathy + 0.5 * (1 - cheer)`` (empathy: the message acknowledges the trouble;
  cheer: share of its sentences that are cheerful exclamations, see ``style.cheer``).
  Not frustrated: ``S = 1 - clip((-c - 0.25) / 0.5, 0, 1)`` with c the message's VADER compound: only a
  gloomy reply to a calm customer loses points.
- L, language style matching (Ireland & Pennebaker) between the first message and the customer's last ten
  messages.

Weights: formality and sentiment are what a customer notices first; LSM is noisy on a message of two
sentences, so it weighs least.
"""

from __future__ import annotations

from copilot.evaluation.scorers import style
from copilot.evaluation.scorers.base import CaseView, customer_texts

__all__ = ["WEIGHTS", "formality_agreement", "sentiment_appropriateness", "tone_match"]

WEIGHTS = {"formality": 0.40, "sentiment": 0.35, "lsm": 0.25}
_RANK = {"casual": 0, "neutral": 1, "formal": 2}
_FRUSTRATED_LEVELS = frozenset({"medium", "high"})
_FRUSTRATED_COMPOUND = -0.25


def formality_agreement(label_a: str, label_b: str) -> float:
    """1 for equal formality labels, 0.5 one step apart, 0 for formal vs casual."""
    return 1.0 - abs(_RANK[label_a] - _RANK[label_b]) / 2


def _customer_frustrated(view: CaseView) -> tuple[bool, str]:
    level = view.expected.frustration
    if level is not None:
        return level in _FRUSTRATED_LEVELS, f"expected frustration {level}"
    texts = customer_texts(view.request, last=5)
    mean = sum(style.compound(t) for t in texts) / len(texts) if texts else 0.0
    return mean <= _FRUSTRATED_COMPOUND, f"customer VADER mean {mean:+.2f}"


def sentiment_appropriateness(message: str, frustrated: bool) -> tuple[float, str]:
    """S of the module docstring for one message, with a short explanation."""
    if frustrated:
        empathy = style.has_empathy(message)
        cheer = style.cheer(message)
        value = 0.5 * float(empathy) + 0.5 * (1.0 - cheer)
        return value, f"frustrated customer: empathy={'yes' if empathy else 'no'}, cheer={cheer:.2f}"
    compound = style.compound(message)
    value = 1.0 - min(1.0, max(0.0, (-compound - 0.25) / 0.5))
    return value, f"calm customer: message sentiment {compound:+.2f}"


def tone_match(view: CaseView) -> tuple[float, str]:
    """0..1 agreement of the first message's tone with the conversation and the reference (see above)."""
    message = view.first_message
    customer = "\n".join(customer_texts(view.request, last=10))
    agent_label = style.formality_label(message)
    customer_label = style.formality_label(customer)
    agreements = [formality_agreement(agent_label, customer_label)]
    formality_why = f"message {agent_label} vs customer {customer_label}"
    if view.expected.first_message:
        reference_label = style.formality_label(view.expected.first_message)
        agreements.append(formality_agreement(agent_label, reference_label))
        formality_why += f" and reference {reference_label}"
    formality = sum(agreements) / len(agreements)
    frustrated, frustration_why = _customer_frustrated(view)
    sentiment, sentiment_why = sentiment_appropriateness(message, frustrated)
    lsm = style.language_style_matching(message, customer)
    value = WEIGHTS["formality"] * formality + WEIGHTS["sentiment"] * sentiment + WEIGHTS["lsm"] * lsm
    why = (
        f"F={formality:.2f} ({formality_why}); S={sentiment:.2f} ({sentiment_why}; {frustration_why}); "
        f"LSM={lsm:.2f}; 0.40*F + 0.35*S + 0.25*LSM = {value:.2f}"
    )
    return round(value, 4), why
