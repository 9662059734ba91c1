"""``copilot kb ingest|search|list|delete``: manage the knowledge base from the terminal.

Every command opens the store the settings describe (``COPILOT_CHROMA_URL`` or the embedded store under
``COPILOT_DATA_DIR``) and closes it when done. Errors propagate to :func:`copilot.cli.main.main`, the one
place that turns them into exit codes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from copilot.config import get_settings
from copilot.knowledge import KnowledgeBase, open_knowledge_base

__all__ = ["app"]

app = typer.Typer(no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)

Tenant = Annotated[str, typer.Option("--tenant", "-t", help="Tenant whose knowledge base to use.")]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


@contextmanager
def _knowledge() -> Iterator[KnowledgeBase]:
    knowledge = open_knowledge_base(get_settings())
    try:
        yield knowledge
    finally:
        knowledge.close()


@app.command()
def ingest(
    path: Annotated[Path, typer.Argument(help="A folder (searched recursively) or a .md/.jsonl/.html file.")],
    tenant: Tenant = "default",
) -> None:
    """Ingest help-center articles; unchanged ones are skipped, the whole batch is refused on bad input."""
    console = Console()
    columns = (TextColumn("[bold]ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with _knowledge() as knowledge, Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("ingest", total=None)
        report = knowledge.ingest_path(
            path, tenant, progress=lambda done, total: bar.update(task, completed=done, total=total)
        )
    console.print(
        f"tenant [bold]{report.tenant}[/]: {len(report.added)} added, {len(report.updated)} updated, "
        f"{len(report.unchanged)} unchanged; {report.chunks_written} chunks written in {report.seconds:.2f}s"
    )


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="What to look for, in the customer's words.")],
    tenant: Tenant = "default",
    top_k: Annotated[int, typer.Option("--top-k", "-k", min=1, max=50, help="How many articles.")] = 5,
    as_json: AsJson = False,
) -> None:
    """Hybrid search (BM25 + vectors): the best articles for a query, each with its best passage."""
    with _knowledge() as knowledge:
        articles = knowledge.search(query, tenant=tenant, top_k=top_k)
    if as_json:
        typer.echo(json.dumps([a.model_dump() for a in articles], indent=2, ensure_ascii=False))
        return
    table = Table("#", "id", "score", "title", "snippet", title=f"{len(articles)} articles", show_lines=True)
    for rank, article in enumerate(articles, start=1):
        table.add_row(str(rank), article.id, f"{article.score:.3f}", article.title, article.snippet)
    Console().print(table)


@app.command("list")
def list_articles(tenant: Tenant = "default", as_json: AsJson = False) -> None:
    """List the stored articles of a tenant."""
    with _knowledge() as knowledge:
        articles = knowledge.list_articles(tenant)
    if as_json:
        typer.echo(json.dumps([a.model_dump() for a in articles], indent=2, ensure_ascii=False))
        return
    table = Table("id", "title", "chunks", "url", title=f"tenant {tenant}: {len(articles)} articles")
    for article in articles:
        table.add_row(article.id, article.title, str(article.chunks), article.url or "")
    Console().print(table)


@app.command()
def delete(
    article_id: Annotated[str, typer.Argument(metavar="ID", help="The article id to remove.")],
    tenant: Tenant = "default",
) -> None:
    """Delete one article (all its chunks); exits with the not-found code when it does not exist."""
    with _knowledge() as knowledge:
        knowledge.delete(article_id, tenant)
    Console().print(f"deleted article [bold]{article_id}[/] from tenant [bold]{tenant}[/]")
