"""Splitting articles into overlapping chunks, and the content hash that makes re-ingestion idempotent."""

from __future__ import annotations

import hashlib
import json

from langchain_text_splitters import Language, RecursiveCharacterTextSplitter

from copilot.knowledge.models import ArticleIn, ChunkRecord

__all__ = ["Chunker"]


class Chunker:
    """Markdown-aware recursive splitting (headings, then paragraphs, lines, words) with overlap.

    Pieces shorter than an eighth of ``chunk_chars`` (an orphan heading, a one-line tail) are merged into the
    next piece so no chunk is a bare title. Chunk ids embed the article's content hash, so a changed article
    gets new chunk ids and the old ones can be removed after the new ones are written.
    """

    def __init__(self, chunk_chars: int = 1000, overlap_chars: int = 150) -> None:
        if chunk_chars < 100 or not 0 <= overlap_chars < chunk_chars:
            raise ValueError("chunk_chars must be >= 100 and 0 <= overlap_chars < chunk_chars")
        self.chunk_chars = chunk_chars
        self.overlap_chars = overlap_chars
        self._splitter = RecursiveCharacterTextSplitter.from_language(
            Language.MARKDOWN, chunk_size=chunk_chars, chunk_overlap=overlap_chars
        )

    @property
    def config_tag(self) -> str:
        """Identifies the chunking settings; part of the content hash (new settings re-chunk everything)."""
        return f"md-recursive:{self.chunk_chars}:{self.overlap_chars}"

    def content_hash(self, article: ArticleIn) -> str:
        """SHA-256 of every stored field of the article plus the chunking settings."""
        payload = json.dumps(
            [article.id, article.title, article.url, article.body, article.tags, self.config_tag],
            ensure_ascii=False,
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def split(self, article: ArticleIn) -> list[ChunkRecord]:
        """Return the article's chunks in order, each carrying the article's id, title, url, tags and hash."""
        digest = self.content_hash(article)
        pieces = self._merge_small(self._splitter.split_text(article.body)) or [article.body.strip()]
        return [
            ChunkRecord(
                id=f"{article.id}::{digest[:16]}::{position}",
                article_id=article.id,
                position=position,
                text=piece,
                title=article.title,
                url=article.url,
                tags=tuple(article.tags),
                content_hash=digest,
            )
            for position, piece in enumerate(pieces)
        ]

    def _merge_small(self, pieces: list[str]) -> list[str]:
        floor = self.chunk_chars // 8
        merged: list[str] = []
        carry = ""
        for piece in (p.strip() for p in pieces):
            if not piece:
                continue
            piece = f"{carry}\n\n{piece}" if carry else piece
            carry = ""
            if len(piece) < floor:
                carry = piece
            else:
                merged.append(piece)
        if carry:
            if merged:
                merged[-1] = f"{merged[-1]}\n\n{carry}"
            else:
                merged.append(carry)
        return merged
