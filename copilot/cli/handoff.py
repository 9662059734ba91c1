"""``copilot serve``, ``copilot handoff FILE`` and ``copilot schema``."""

from __future__ import annotations

import asyncio
import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError

from copilot.config import get_settings
from copilot.errors import InvalidRequest, error_location
from copilot.schema import HandoffPackage, HandoffRequest

__all__ = ["handoff", "schema", "serve"]


class EngineChoice(StrEnum):
    """Engines selectable from the command line."""

    auto = "auto"
    offline = "offline"
    llm = "llm"


class OutputFormat(StrEnum):
    """Output formats of ``copilot handoff``."""

    json = "json"
    pretty = "pretty"


def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    workers: Annotated[int, typer.Option(help="Worker processes.")] = 1,
    log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "info",
) -> None:
    """Run the REST API (uvicorn). Offline engine unless COPILOT_LLM_MODEL is set."""
    import uvicorn

    uvicorn.run(
        "copilot.api.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level=log_level,
    )


def handoff(
    file: Annotated[Path, typer.Argument(help="A HandoffRequest as JSON ('-' reads standard input).")],
    engine: Annotated[EngineChoice, typer.Option(help="Engine to use.")] = EngineChoice.auto,
    output: Annotated[OutputFormat, typer.Option("--format", help="json, or a panel for people.")] = (
        OutputFormat.pretty
    ),
    store: Annotated[bool, typer.Option(help="Also store the package in the data dir's database.")] = False,
) -> None:
    """Build a handoff package for one transcript and print it."""
    from copilot.factory import build_pipeline

    request = _read_request(file)
    request.options.engine = engine.value
    pipeline = build_pipeline(get_settings(), with_store=store)
    package = asyncio.run(pipeline.run(request))
    if output is OutputFormat.json:
        typer.echo(package.model_dump_json(indent=2))
    else:
        from copilot.cli.render import render_package

        render_package(package, request)


def schema(
    which: Annotated[str, typer.Option(help="request, package, or both.")] = "both",
) -> None:
    """Print the JSON Schema of the wire contract (HandoffRequest and HandoffPackage)."""
    schemas = {
        "HandoffRequest": HandoffRequest.model_json_schema(),
        "HandoffPackage": HandoffPackage.model_json_schema(),
    }
    if which == "request":
        typer.echo(json.dumps(schemas["HandoffRequest"], indent=2))
    elif which == "package":
        typer.echo(json.dumps(schemas["HandoffPackage"], indent=2))
    elif which == "both":
        typer.echo(json.dumps(schemas, indent=2))
    else:
        raise InvalidRequest(f"--which must be request, package or both, not {which!r}")


def _read_request(file: Path) -> HandoffRequest:
    try:
        raw = typer.get_text_stream("stdin").read() if str(file) == "-" else file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidRequest(f"cannot read {file}: {exc}") from exc
    try:
        return HandoffRequest.model_validate_json(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = error_location(first, "body")
        raise InvalidRequest(f"{file} is not a valid HandoffRequest: {where}: {first['msg']}") from exc
