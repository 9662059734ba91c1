"""The write path on both backends: idempotent upserts, all-or-nothing batches, deletes, BM25 kept in sync."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from chromadb.api.types import DefaultEmbeddingFunction
from chromadb.utils.embedding_functions.onnx_mini_lm_l6_v2 import ONNXMiniLM_L6_V2

from copilot.errors import IngestError, KnowledgeBaseError, NotFound
from copilot.knowledge import ArticleIn, KnowledgeBase

from .conftest import HELPCENTER, HELPCENTER_IDS, CountingEmbedder


def _snapshot(kb: KnowledgeBase, tenant: str = "default") -> tuple[Any, ...]:
    """Everything observable about a tenant: articles, every chunk id in the store, and a search."""
    articles = [a.model_dump() for a in kb.list_articles(tenant)]
    chunk_ids = sorted(c.id for c in kb.store.fetch_all(tenant))
    results = [a.model_dump() for a in kb.search("scooter parking refund battery", tenant=tenant, top_k=5)]
    return articles, chunk_ids, results


def _article(article_id: str, body: str = "Body text about walruses and scooters.") -> ArticleIn:
    return ArticleIn(id=article_id, title=f"Title {article_id}", body=body)


def test_reingesting_unchanged_articles_embeds_nothing(kb: KnowledgeBase, embedder: CountingEmbedder) -> None:
    first = kb.ingest_path(HELPCENTER)
    assert set(first.added) == HELPCENTER_IDS and first.chunks_written >= len(HELPCENTER_IDS)
    assert embedder.texts == first.chunks_written
    embedder.reset()
    again = kb.ingest_path(HELPCENTER)
    assert set(again.unchanged) == HELPCENTER_IDS and not again.added and not again.updated
    assert embedder.calls == 0 and again.chunks_written == 0


def test_a_changed_article_alone_is_re_embedded_and_replaced(seeded: KnowledgeBase, embedder: CountingEmbedder) -> None:
    before = {c.id for c in seeded.store.fetch_all("default")}
    report = seeded.upsert(
        [
            ArticleIn(id="spk-battery-died", title="Battery died", body="Batteries now last 90 km. Zebra crossing."),
            _article("spk-new"),
        ]
    )
    assert report.updated == ["spk-battery-died"] and report.added == ["spk-new"]
    assert embedder.texts == report.chunks_written == 2
    after = {c.id for c in seeded.store.fetch_all("default")}
    old_battery = {i for i in before if i.startswith("spk-battery-died::")}
    assert old_battery and not (old_battery & after)  # the old chunks are gone, not duplicated
    assert [a.id for a in seeded.search("zebra crossing", top_k=1)] == ["spk-battery-died"]
    assert seeded.search("pushed motor stops flat", mode="bm25", top_k=10)[0].id != "spk-battery-died"


def test_article_ids_are_stable_across_reingestion(seeded: KnowledgeBase) -> None:
    ids = [a.id for a in seeded.list_articles()]
    seeded.ingest_path(HELPCENTER)
    assert [a.id for a in seeded.list_articles()] == ids


@pytest.mark.parametrize(
    ("batch", "message"),
    [
        ([], "no articles"),
        ([_article("ok-1"), ArticleIn(title="No id", body="text")], "item #2 has no id"),
        ([_article("dup"), _article("ok-2"), _article("dup")], "duplicate id 'dup'"),
        ([_article("ok-3"), _article("huge", "x" * 100_001)], "'huge' has 100,001 characters"),
        ([_article("ok-4"), ArticleIn(id="blank", body="   ")], "'blank' has an empty body"),
    ],
)
def test_a_bad_batch_is_refused_whole_and_changes_nothing(
    seeded: KnowledgeBase, embedder: CountingEmbedder, batch: list[ArticleIn], message: str
) -> None:
    before = _snapshot(seeded)
    with pytest.raises(IngestError, match=message):
        seeded.upsert(batch)
    assert embedder.calls == 1  # only the snapshot's search query: nothing of the batch was embedded
    assert _snapshot(seeded) == before


def test_the_size_limit_is_configurable(kb: KnowledgeBase) -> None:
    kb.max_article_chars = 50
    with pytest.raises(IngestError, match="'long' has 51 characters; the limit is 50"):
        kb.upsert([_article("long", "y" * 51)])


def test_an_embedder_failure_mid_batch_rolls_everything_back(
    seeded: KnowledgeBase, embedder: CountingEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("copilot.knowledge.ingest.EMBED_BATCH_ARTICLES", 2)
    before = _snapshot(seeded)
    embedder.reset()
    embedder.fail_on_call = 3  # groups 1 and 2 are written, group 3 fails
    batch = [_article(f"new-{i}") for i in range(5)] + [_article("spk-pass-cancel", "Changed pass text.")]
    with pytest.raises(KnowledgeBaseError, match="embedding service exploded"):
        seeded.upsert(batch)
    embedder.fail_on_call = None
    assert _snapshot(seeded) == before


def test_a_store_failure_mid_batch_rolls_everything_back(
    seeded: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("copilot.knowledge.ingest.EMBED_BATCH_ARTICLES", 2)
    before = _snapshot(seeded)
    real_add = seeded.store.add
    calls = {"n": 0}

    def flaky_add(*args: Any, **kwargs: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise KnowledgeBaseError("chroma: disk full")
        real_add(*args, **kwargs)

    monkeypatch.setattr(seeded.store, "add", flaky_add)
    with pytest.raises(KnowledgeBaseError, match="disk full"):
        seeded.upsert([_article(f"n-{i}") for i in range(4)] + [_article("spk-unlock-failed", "Replaced.")])
    assert calls["n"] == 2
    assert _snapshot(seeded) == before


def test_delete_removes_the_article_from_both_rankers(seeded: KnowledgeBase) -> None:
    assert seeded.has_article("spk-promo-codes")
    seeded.delete("spk-promo-codes")
    assert not seeded.has_article("spk-promo-codes")
    assert "spk-promo-codes" not in {a.id for a in seeded.list_articles()}
    for mode in ("bm25", "dense", "hybrid"):
        assert "spk-promo-codes" not in {a.id for a in seeded.search("promo code", top_k=20, mode=mode)}
    with pytest.raises(NotFound, match="'spk-promo-codes' not found"):
        seeded.delete("spk-promo-codes")


def test_delete_is_scoped_to_the_tenant(seeded: KnowledgeBase) -> None:
    with pytest.raises(NotFound):
        seeded.delete("spk-promo-codes", tenant="other")
    assert seeded.has_article("spk-promo-codes")


def test_ensure_seeded_ingests_only_an_empty_tenant(kb: KnowledgeBase, embedder: CountingEmbedder) -> None:
    kb.ensure_seeded(HELPCENTER)
    assert {a.id for a in kb.list_articles()} == HELPCENTER_IDS
    kb.delete("spk-group-rides")
    embedder.reset()
    kb.ensure_seeded(HELPCENTER)  # not empty: nothing is re-ingested, the deletion stands
    assert not kb.has_article("spk-group-rides")
    assert embedder.texts == 1  # the warm-up only
    kb.ensure_seeded(HELPCENTER, tenant="acme")
    assert kb.has_article("spk-group-rides", "acme")


def test_progress_reports_every_article(kb: KnowledgeBase) -> None:
    seen: list[tuple[int, int]] = []
    kb.ingest_path(HELPCENTER, progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, len(HELPCENTER_IDS)) and seen[-1] == (len(HELPCENTER_IDS), len(HELPCENTER_IDS))
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_chromas_default_embedding_function_never_runs(kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    def forbidden(*_: Any, **__: Any) -> Any:
        raise AssertionError("chromadb's default embedding function ran (it would download a model)")

    monkeypatch.setattr(DefaultEmbeddingFunction, "__call__", forbidden)
    monkeypatch.setattr(ONNXMiniLM_L6_V2, "__call__", forbidden)
    kb.ingest_path(HELPCENTER)
    assert kb.search("unlock the scooter")
    kb.delete("spk-unlock-failed")


def test_an_unreadable_source_names_the_file(kb: KnowledgeBase, tmp_path: Path) -> None:
    (tmp_path / "good.md").write_text("---\nid: good\n---\nFine text.", encoding="utf-8")
    (tmp_path / "latin1.md").write_bytes("---\nid: bad\n---\nCaf\xe9 cr\xe8me".encode("latin-1"))
    with pytest.raises(IngestError, match=r"latin1\.md: not UTF-8"):
        kb.ingest_path(tmp_path)
    assert kb.list_articles() == []
