"""Reading a help center from disk: Markdown with front matter, JSONL, HTML pages, or a folder of them.

Every error names the file (and the line, for JSONL). Nothing here writes: the loaded articles go through
:func:`copilot.knowledge.validation.validate_batch` and one all-or-nothing upsert.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import frontmatter
import yaml
from pydantic import ValidationError

from copilot.errors import IngestError, error_location
from copilot.knowledge.html import parse_html
from copilot.knowledge.models import ArticleIn

__all__ = ["SUPPORTED_SUFFIXES", "load_articles", "read_utf8"]

_MARKDOWN = (".md", ".markdown")
_JSONL = (".jsonl",)
_HTML = (".html", ".htm")
SUPPORTED_SUFFIXES = _MARKDOWN + _JSONL + _HTML
_SLUG = re.compile(r"[^a-z0-9]+")


def load_articles(path: Path) -> list[ArticleIn]:
    """Load every article under ``path``: one supported file, or a folder searched recursively.

    Hidden files and folders (``.name``) are skipped; files are read in sorted order so ids and reports are
    stable. Raises IngestError when the path is missing, unsupported, unreadable or holds no article.
    """
    path = Path(path)
    if not path.exists():
        raise IngestError(f"knowledge-base source not found: {path}")
    if path.is_file():
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            raise IngestError(f"{path}: unsupported file type; use {', '.join(SUPPORTED_SUFFIXES)}")
        return _load_file(path, path.parent)
    files = sorted(
        p
        for p in path.rglob("*")
        if p.is_file()
        and p.suffix.lower() in SUPPORTED_SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(path).parts)
    )
    articles = [article for file in files for article in _load_file(file, path)]
    if not articles:
        raise IngestError(f"no articles found in {path} (looked for {', '.join(SUPPORTED_SUFFIXES)} files)")
    return articles


def read_utf8(path: Path) -> str:
    """Read a file as UTF-8 (a BOM is accepted); raise IngestError naming the file and the bad byte."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"{path}: cannot be read: {exc.strerror or exc}") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IngestError(
            f"{path}: not UTF-8 text (invalid byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it to UTF-8 and ingest again"
        ) from exc


def _load_file(path: Path, root: Path) -> list[ArticleIn]:
    suffix = path.suffix.lower()
    text = read_utf8(path)
    if suffix in _JSONL:
        return _load_jsonl(text, path)
    if suffix in _HTML:
        return [_load_html(text, path, root)]
    return [_load_markdown(text, path)]


def _load_markdown(text: str, path: Path) -> ArticleIn:
    """A Markdown file: front matter ``id``/``title``/``url``/``tags``, the rest is the body."""
    try:
        post = frontmatter.loads(text)
    except (yaml.YAMLError, ValueError) as exc:
        raise IngestError(f"{path}: the front matter is not valid YAML: {exc}") from exc
    meta: dict[str, Any] = dict(post.metadata)
    if not meta.get("id"):
        raise IngestError(f"{path}: missing id (add an 'id:' line to the front matter)")
    return _article({**meta, "body": post.content}, f"{path}")


def _load_jsonl(text: str, path: Path) -> list[ArticleIn]:
    """One ``{"id", "title", "url", "body", "tags"}`` object per line; blank lines are skipped."""
    articles = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise IngestError(f"{path}:{number}: not valid JSON: {exc.msg}") from exc
        if not isinstance(record, dict):
            raise IngestError(f"{path}:{number}: expected a JSON object, got {type(record).__name__}")
        articles.append(_article(record, f"{path}:{number}"))
    return articles


def _load_html(text: str, path: Path, root: Path) -> ArticleIn:
    """An HTML page: a declared id (``<meta name="kb-id">``) or one derived from its path under the root."""
    page = parse_html(text)
    article_id = page.article_id or _slug(path.relative_to(root).with_suffix("").as_posix())
    record = {"id": article_id, "title": page.title, "url": page.url, "tags": page.tags, "body": page.body}
    return _article(record, f"{path}")


def _article(record: dict[str, Any], source: str) -> ArticleIn:
    try:
        return ArticleIn.model_validate({**record, "source": source})
    except ValidationError as exc:
        err = exc.errors()[0]
        field = error_location(err, "record")
        raise IngestError(f"{source}: field {field!r}: {err['msg']}") from exc


def _slug(text: str) -> str:
    return _SLUG.sub("-", text.lower()).strip("-") or "page"
