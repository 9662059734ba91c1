"""The ``copilot`` command: serve, handoff, schema, plus the ``kb`` and ``eval`` groups.

Errors become exit codes in one place, :func:`main`: every ``CopilotError`` maps to its ``exit_code``.
"""

from __future__ import annotations

import sys

import click
import typer
from rich.console import Console

from copilot.cli import eval as eval_cli
from copilot.cli import handoff as handoff_cli
from copilot.cli import kb as kb_cli
from copilot.errors import CopilotError

__all__ = ["app", "main", "run"]

app = typer.Typer(
    name="copilot",
    help="Handoff Copilot: AI-to-human handoff packages for helpdesk agents.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("serve")(handoff_cli.serve)
app.command("handoff")(handoff_cli.handoff)
app.command("schema")(handoff_cli.schema)
app.add_typer(kb_cli.app, name="kb", help="Ingest, search, list and delete knowledge-base articles.")
app.add_typer(eval_cli.app, name="eval", help="Score the engine against golden handoff suites.")

_err = Console(stderr=True)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI on ``argv`` and return the exit code; the one place errors become exit codes."""
    try:
        result = app(args=argv, prog_name="copilot", standalone_mode=False)
    except click.exceptions.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.exceptions.Abort:
        _err.print("aborted")
        return 1
    except CopilotError as exc:
        _err.print(f"[bold red]error[/] [red]{exc.code}[/]: {exc.message}")
        return exc.exit_code
    return result if isinstance(result, int) else 0


def run() -> None:
    """Console-script entry point (``copilot``) and ``python -m copilot``."""
    sys.exit(main(sys.argv[1:]))
