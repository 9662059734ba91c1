"""``/v1/kb``: batch upsert, delete, list and search of knowledge-base articles.

``POST /v1/kb/articles`` accepts either ``{"articles": [...], "tenant": "default"}`` or a bare JSON list of
articles (then ``?tenant=`` names the tenant). Each article is ``{"id", "title", "url", "body", "tags"}``; the
batch is all or nothing. Errors are ``CopilotError`` subclasses (``kb_ingest_error`` 400 names the refused
items, ``not_found`` 404); the app's one exception handler renders them. The handlers are plain functions:
FastAPI runs them in its thread pool, so embedding and Chroma calls never block the event loop.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Query, Request, Response
from pydantic import BaseModel, Field

from copilot.errors import IngestError, StoreError
from copilot.knowledge import ArticleFields, ArticleIn, ArticleInfo, KnowledgeBase
from copilot.schema import KBArticle

__all__ = ["router"]

router = APIRouter(prefix="/v1/kb", tags=["knowledge base"])

TenantQuery = Annotated[str, Query(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.-]+$")]


class UpsertBody(BaseModel):
    """The object form of a batch upsert."""

    articles: list[ArticleFields] = Field(default_factory=list)
    tenant: str = Field(default="default", min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.-]+$")


class SearchResult(BaseModel):
    """Answer of ``GET /v1/kb/search``."""

    query: str
    tenant: str
    articles: list[KBArticle]


def get_knowledge(request: Request) -> KnowledgeBase:
    """The process's knowledge base, set in ``app.state.knowledge`` at start-up."""
    knowledge: KnowledgeBase | None = getattr(request.app.state, "knowledge", None)
    if knowledge is None:
        raise StoreError("the knowledge base is not available yet (the service is still starting)")
    return knowledge


@router.post("/articles")
def upsert_articles(
    request: Request,
    payload: Annotated[UpsertBody | list[ArticleFields] | None, Body()] = None,
    tenant: TenantQuery | None = None,
) -> dict[str, Any]:
    """Insert or update a batch of articles; unchanged ones are not re-embedded. Returns the ingest report."""
    if payload is None:
        raise IngestError('the request body is empty: send {"articles": [...]} or a JSON list of articles')
    if isinstance(payload, UpsertBody):
        articles, target = payload.articles, tenant or payload.tenant
    else:
        articles, target = payload, tenant or "default"
    named = [ArticleIn(**a.model_dump(), source=f"articles[{i}]") for i, a in enumerate(articles)]
    return get_knowledge(request).upsert(named, target).to_dict()


@router.get("/articles")
def list_articles(request: Request, tenant: TenantQuery = "default") -> list[ArticleInfo]:
    """Every stored article of the tenant (id, title, url, tags, chunk count, content hash)."""
    return get_knowledge(request).list_articles(tenant)


@router.delete("/articles/{article_id:path}", status_code=204)
def delete_article(request: Request, article_id: str, tenant: TenantQuery = "default") -> Response:
    """Remove one article and its chunks; 404 when the tenant has no such article."""
    get_knowledge(request).delete(article_id, tenant)
    return Response(status_code=204)


@router.get("/search")
def search(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=4000, description="The query text.")],
    tenant: TenantQuery = "default",
    top_k: Annotated[int, Query(ge=1, le=50)] = 5,
) -> SearchResult:
    """Hybrid search: the best ``top_k`` articles for ``q``, each with its best passage as snippet."""
    articles = get_knowledge(request).search(q, tenant=tenant, top_k=top_k)
    return SearchResult(query=q, tenant=tenant, articles=articles)
