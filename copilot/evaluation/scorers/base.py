"""What a scorer sees (:class:`CaseView`) and what the harness keeps of its decision (:class:`Score`)."""

from __future__ import annotations

from dataclasses import dataclass

from copilot.evaluation.suite import Expected, GoldenCase
from copilot.schema import HandoffPackage, HandoffRequest

__all__ = ["CaseView", "Score", "customer_texts"]


@dataclass(frozen=True)
class CaseView:
    """One golden case with the package the engine built for it, and the suite's ``kb_top_k``."""

    case: GoldenCase
    package: HandoffPackage
    kb_top_k: int

    @property
    def expected(self) -> Expected:
        """The golden answers."""
        return self.case.expected

    @property
    def request(self) -> HandoffRequest:
        """The request the package was built from."""
        return self.case.request

    @property
    def first_message(self) -> str:
        """The suggested first message's text."""
        return self.package.suggested_first_message.text


@dataclass(frozen=True)
class Score:
    """One scorer's decision on one case: the value, whether the case passes the metric's bar, and why."""

    value: float
    passed: bool
    why: str

    def to_dict(self) -> dict[str, object]:
        """The JSON form stored per case in report.json."""
        return {"value": self.value, "passed": self.passed, "why": self.why}


def customer_texts(request: HandoffRequest, *, last: int | None = None) -> list[str]:
    """The customer's message texts, oldest first (only the ``last`` ones when given)."""
    texts = [m.text for m in request.messages if m.role == "customer" and m.text.strip()]
    return texts[-last:] if last else texts
