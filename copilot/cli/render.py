"""A readable terminal view of a handoff package, laid out the way an agent reads it."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from copilot.schema import HandoffPackage, HandoffRequest

__all__ = ["render_package"]

_LEVEL_STYLE = {"none": "green", "low": "yellow", "medium": "dark_orange", "high": "bold red"}


def render_package(package: HandoffPackage, request: HandoffRequest, console: Console | None = None) -> None:
    """Print the package: flags and intent first, then summary, facts, attempts, KB, messages, next steps."""
    console = console or Console()
    console.print(_header(package, request))
    console.print(_summary(package))
    if package.customer_facts:
        console.print(_facts(package))
    if package.attempted_solutions:
        console.print(_attempts(package))
    if package.kb_articles:
        console.print(_articles(package))
    console.print(
        Panel(
            Text(package.suggested_first_message.text),
            title="[bold]Suggested first message[/]",
            subtitle=f"tone: {package.suggested_first_message.tone.formality}"
            + (", empathetic" if package.suggested_first_message.tone.empathy else ""),
            border_style="green",
        )
    )
    console.print(Panel(Text(package.customer_transition_message.text), title="Customer sees while waiting"))
    steps = "\n".join(f"{i}. {step}" for i, step in enumerate(package.next_steps, 1)) or "-"
    console.print(Panel(steps, title="[bold]Next steps[/]"))
    meta = package.meta
    footer = (
        f"{package.handoff_id} · engine {meta.engine}{' (degraded)' if meta.degraded else ''} · {meta.latency_ms} ms"
    )
    console.print(Text(footer, style="dim"))
    for warning in meta.warnings:
        console.print(Text(f"warning: {warning}", style="yellow"))


def _header(package: HandoffPackage, request: HandoffRequest) -> Panel:
    frustration = package.flags.frustration
    vip = package.flags.vip
    who = request.customer.name or "Customer"
    line = Text.assemble(
        (f"{who}", "bold"),
        f" · {package.channel} · ",
        ("VIP" if vip.is_vip else "standard", "bold magenta" if vip.is_vip else "dim"),
        " · frustration ",
        (
            f"{frustration.level} ({frustration.score:.2f}, {frustration.trend})",
            _LEVEL_STYLE[frustration.level],
        ),
    )
    intent = package.intent
    detail = Text.assemble(
        "Intent: ",
        (intent.label, "bold cyan"),
        f" ({intent.confidence:.0%}{', low confidence' if intent.low_confidence else ''})",
        "   Escalated: ",
        (package.escalation_reason.code, "bold"),
        f" — {package.escalation_reason.explanation}",
    )
    signals = [f"{s.kind} [{s.message_id}] {s.detail}" for s in frustration.signals[:4]]
    body: list[Text] = [line, detail] + [Text(f"  • {s}", style="dim") for s in signals]
    return Panel(Group(*body), title=f"[bold]{package.summary.headline}[/]", border_style="cyan")


def _summary(package: HandoffPackage) -> Panel:
    lines = [f"• {p.text} [dim]({', '.join(p.message_ids)})[/]" for p in package.summary.points]
    return Panel("\n".join(lines) or "-", title="[bold]Summary[/]")


def _facts(package: HandoffPackage) -> Table:
    table = Table(title="Already given — do not ask again", title_justify="left", expand=True)
    table.add_column("type", style="cyan")
    table.add_column("value", style="bold")
    table.add_column("from", style="dim")
    for fact in package.customer_facts:
        table.add_row(fact.type, fact.value, fact.message_id or "profile")
    return table


def _attempts(package: HandoffPackage) -> Table:
    table = Table(title="Already tried", title_justify="left", expand=True)
    table.add_column("what")
    table.add_column("by", style="dim")
    table.add_column("outcome")
    for attempt in package.attempted_solutions:
        style = {"failed": "red", "succeeded": "green", "partial": "yellow"}.get(attempt.outcome, "")
        table.add_row(attempt.description, attempt.by, Text(attempt.outcome, style=style))
    return table


def _articles(package: HandoffPackage) -> Table:
    table = Table(title="Knowledge base", title_justify="left", expand=True)
    table.add_column("article", style="bold")
    table.add_column("score", justify="right", style="dim")
    table.add_column("url", style="blue")
    for article in package.kb_articles:
        table.add_row(f"{article.title} ({article.id})", f"{article.score:.2f}", article.url or "")
    return table
