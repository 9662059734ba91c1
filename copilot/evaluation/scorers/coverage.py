"""Loose recall scorers: ``summary_coverage`` and ``attempted_solution_recall``.

Both use :mod:`copilot.evaluation.textmatch`: an expected item is covered when one candidate text contains at
least half of its stemmed content tokens (identifiers compacted, stop words ignored).
"""

from __future__ import annotations

from collections.abc import Sequence

from copilot.evaluation.scorers.base import CaseView
from copilot.evaluation.textmatch import MATCH_THRESHOLD, best_match

__all__ = ["attempted_solution_recall", "summary_coverage"]


def _recall(expected: Sequence[str], candidates: Sequence[str], noun: str) -> tuple[float, str]:
    details = []
    covered = 0
    for item in expected:
        match = best_match(item, candidates)
        if match.matched:
            covered += 1
            details.append(f"✓ {item!r} ~ {candidates[match.index]!r} ({match.recall:.0%} of its tokens)")
        else:
            details.append(f"✗ {item!r} (best {match.recall:.0%} < {MATCH_THRESHOLD:.0%})")
    value = round(covered / len(expected), 4)
    return value, f"{covered}/{len(expected)} {noun} covered: " + "; ".join(details)


def summary_coverage(view: CaseView) -> tuple[float, str]:
    """Share of ``expected.summary_points`` covered by the summary.

    A point is covered when the headline or one summary point contains at least half of its content tokens
    (stemmed, stop words ignored)."""
    summary = view.package.summary
    candidates = [summary.headline, *(p.text for p in summary.points)]
    return _recall(view.expected.summary_points or [], candidates, "points")


def attempted_solution_recall(view: CaseView) -> tuple[float, str]:
    """Share of ``expected.attempted_solutions`` matched in the package's attempted solutions.

    An expected attempt is matched when one ``attempted_solutions[].description`` contains at least half of
    its content tokens."""
    candidates = [a.description for a in view.package.attempted_solutions]
    return _recall(view.expected.attempted_solutions or [], candidates, "attempts")
