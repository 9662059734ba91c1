"""The offline composer: writes the package texts from the analysis, deterministically and without network."""

from __future__ import annotations

from copilot.compose.first_message import write_first_message
from copilot.compose.next_steps import plan_next_steps
from copilot.compose.statements import read_statements
from copilot.compose.summary import write_summary
from copilot.compose.tone import resolve_voice
from copilot.compose.transition import write_transition
from copilot.config import Settings
from copilot.context import Analysis, Composition, Prepared
from copilot.schema import KBArticle

__all__ = ["OfflineComposer"]


class OfflineComposer:
    """Implements :class:`copilot.ports.Composer`: summary, first message, transition message, next steps.

    Stateless apart from the settings, so one instance serves every request (and threads) of a process.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def compose(self, prepared: Prepared, analysis: Analysis, articles: list[KBArticle]) -> Composition:
        """Write the texts of the package; adds a warning when the customer's language has no templates."""
        voice = resolve_voice(prepared, analysis)
        statements = read_statements(prepared, analysis)
        return Composition(
            summary=write_summary(prepared, analysis, statements),
            first_message=write_first_message(prepared, analysis, articles, voice, statements),
            transition=write_transition(prepared, analysis, voice, self.settings),
            next_steps=plan_next_steps(prepared, analysis, articles),
            warnings=[voice.warning] if voice.warning else [],
        )
