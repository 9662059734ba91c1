"""Checks a batch of articles before anything is written: the all-or-nothing gate of every upsert."""

from __future__ import annotations

import re
from collections import Counter

from copilot.errors import IngestError, KnowledgeBaseError
from copilot.knowledge.models import ArticleIn

__all__ = ["MAX_ID_CHARS", "check_tenant", "validate_batch"]

MAX_ID_CHARS = 200
_TENANT = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$", re.MULTILINE)
_SHOWN = 5


def check_tenant(tenant: str) -> str:
    """Return ``tenant`` if it is a valid tenant name (the ``options.tenant`` pattern), else raise."""
    if not isinstance(tenant, str) or not _TENANT.match(tenant):
        raise KnowledgeBaseError(f"invalid tenant {tenant!r}: use 1-64 characters from A-Z a-z 0-9 _ . -")
    return tenant


def validate_batch(articles: list[ArticleIn], *, max_article_chars: int) -> list[ArticleIn]:
    """Return the batch with titles filled in, or raise IngestError naming every refused item (first five).

    Refused: an empty batch, a missing or malformed id, an empty body, a body over ``max_article_chars``
    characters, and an id given twice in the batch. Nothing is written by the caller when this raises.
    """
    if not articles:
        raise IngestError("the batch has no articles: nothing was written")
    problems: list[str] = []
    for position, article in enumerate(articles, start=1):
        problems.extend(_problems(article, position, max_article_chars))
    counts = Counter(a.id for a in articles if a.id)
    for article_id, count in counts.items():
        if count > 1:
            sources = [a.source for a in articles if a.id == article_id and a.source]
            where = f" (in {', '.join(sources[:3])})" if sources else ""
            problems.append(f"duplicate id {article_id!r} appears {count} times in the batch{where}")
    if problems:
        shown = "; ".join(problems[:_SHOWN])
        more = f" (and {len(problems) - _SHOWN} more)" if len(problems) > _SHOWN else ""
        raise IngestError(f"the batch was refused, nothing was written: {shown}{more}")
    return [_with_title(a) for a in articles]


def _problems(article: ArticleIn, position: int, max_chars: int) -> list[str]:
    where = f" ({article.source})" if article.source else ""
    if not article.id:
        return [f"item #{position}{where} has no id"]
    found = []
    if len(article.id) > MAX_ID_CHARS:
        found.append(f"{article.label}: the id is longer than {MAX_ID_CHARS} characters")
    if _CONTROL.search(article.id):
        found.append(f"{article.label}: the id contains control characters")
    if not article.body.strip():
        found.append(f"{article.label} has an empty body")
    elif len(article.body) > max_chars:
        found.append(f"{article.label} has {len(article.body):,} characters; the limit is {max_chars:,}")
    return found


def _with_title(article: ArticleIn) -> ArticleIn:
    """Fill a missing title from the body's first Markdown heading, else use the id."""
    if article.title:
        return article
    heading = _HEADING.search(article.body)
    return article.model_copy(update={"title": heading.group(1) if heading else article.id})
