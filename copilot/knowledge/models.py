"""The data of the knowledge base: an article as it comes in, as it is listed, and what an ingest did."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict, Field, field_validator

__all__ = ["ArticleFields", "ArticleIn", "ArticleInfo", "ChunkRecord", "IngestReport", "ProgressCallback", "index_text"]

ProgressCallback = Callable[[int, int], None]
"""Called as ``progress(done, total)`` while a batch is embedded and written (articles)."""


class ArticleFields(BaseModel):
    """An article as clients write it: DESIGN.md's ``{"id", "title", "url", "body", "tags"}``.

    Field presence and emptiness are checked by :func:`copilot.knowledge.validation.validate_batch`, which
    names the offending item; this model only normalises types so that every source yields the same shape.
    """

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    id: str = ""
    title: str = ""
    url: str | None = None
    body: str = ""
    tags: list[str] = Field(default_factory=list)

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_text(cls, value: object) -> object:
        """Accept numeric ids from JSON (``{"id": 42}``) as their text; ids are always strings."""
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        return "" if value is None else value

    @field_validator("title", "body", mode="before")
    @classmethod
    def _none_as_empty(cls, value: object) -> object:
        return "" if value is None else value

    @field_validator("url", mode="before")
    @classmethod
    def _blank_url_as_none(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @field_validator("tags", mode="before")
    @classmethod
    def _tags_as_list(cls, value: object) -> object:
        """Accept ``"a, b"`` as well as ``["a", "b"]`` (front matter is written both ways)."""
        if value is None:
            return []
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        if isinstance(value, list | tuple):
            return [str(part).strip() for part in value if str(part).strip()]
        return value


class ArticleIn(ArticleFields):
    """One article to upsert, plus where it was read from (a file and line, or a REST batch position)."""

    source: str | None = None

    @property
    def label(self) -> str:
        """How errors name this article: its id, else where it came from."""
        if self.id:
            return f"article {self.id!r}" + (f" ({self.source})" if self.source else "")
        return f"the article from {self.source}" if self.source else "an article without an id"


class ArticleInfo(BaseModel):
    """One stored article as ``list_articles`` shows it."""

    id: str
    title: str
    url: str | None = None
    tags: list[str] = Field(default_factory=list)
    chunks: int = 0
    content_hash: str = ""


def index_text(title: str, tags: tuple[str, ...], text: str) -> str:
    """The searchable text of a chunk: the article's title and tags (written for search), then the chunk."""
    return "\n".join(part for part in (title, ", ".join(tags), text) if part)


@dataclass(frozen=True)
class ChunkRecord:
    """One chunk ready for the store: id, text, and the article fields kept in its metadata."""

    id: str
    article_id: str
    position: int
    text: str
    title: str
    url: str | None
    tags: tuple[str, ...]
    content_hash: str

    @property
    def index_text(self) -> str:
        """What the lexical index and the embedder see (see :func:`index_text`)."""
        return index_text(self.title, self.tags, self.text)


@dataclass
class IngestReport:
    """What an upsert did: counts and the ids concerned, for CLI and API output."""

    tenant: str
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    chunks_written: int = 0
    seconds: float = 0.0

    @property
    def total(self) -> int:
        """Articles in the batch."""
        return len(self.added) + len(self.updated) + len(self.unchanged)

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready view (the REST answer of a batch upsert)."""
        return {
            "tenant": self.tenant,
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "chunks_written": self.chunks_written,
            "seconds": round(self.seconds, 3),
        }
