"""Hybrid retrieval on both backends (embedded store and a real ``chroma run`` server)."""

from __future__ import annotations

from unittest import mock

import numpy as np
import pytest

from copilot.config import Settings
from copilot.context import Analysis
from copilot.errors import KnowledgeBaseError
from copilot.knowledge import KnowledgeBase, open_knowledge_base
from copilot.prepare import prepare
from copilot.schema import (
    CustomerFact,
    EscalationReason,
    Frustration,
    HandoffRequest,
    Intent,
    VipFlag,
)

from .conftest import HELPCENTER_IDS, CountingEmbedder


@pytest.fixture(params=["exact-scan", "hnsw-index"])
def kb(request: pytest.FixtureRequest, kb: KnowledgeBase) -> KnowledgeBase:
    """Every retrieval test runs on both dense read paths: the in-memory exact scan (small tenants) and
    Chroma's HNSW index (large tenants; forced here by a zero threshold), on both backends."""
    if request.param == "hnsw-index":
        kb.exact_search_max_chunks = 0
    return kb


def _analysis(label: str = "other", description: str = "", facts: list[CustomerFact] | None = None) -> Analysis:
    return Analysis(
        intent=Intent(label=label, description=description, confidence=0.8),
        facts=facts or [],
        frustration=Frustration(),
        vip=VipFlag(),
        attempts=[],
        escalation=EscalationReason(code="customer_requested_human"),
    )


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("the scooter won't unlock, app says E-21", "spk-unlock-failed"),
        ("I parked but the timer is still running and I keep getting charged", "spk-ride-not-ended"),
        ("battery went flat halfway home", "spk-battery-died"),
        ("I got a 15 euro fine for parking, I want to contest it", "spk-parking-rules"),
        ("I fell off and hurt my wrist, does insurance cover it?", "spk-safety-accident"),
        ("stop my monthly pass from renewing", "spk-pass-cancel"),
        ("my promo code says invalid", "spk-promo-codes"),
        ("left my phone in the basket", "pages-lost-item"),
        ("the app closes every time I open the map", "spk-app-crash"),
    ],
)
def test_search_finds_the_article_in_the_top_three(seeded: KnowledgeBase, query: str, expected: str) -> None:
    ids = [a.id for a in seeded.search(query, top_k=3)]
    assert expected in ids, ids


def test_results_are_articles_with_a_passage_not_the_whole_text(seeded: KnowledgeBase) -> None:
    results = seeded.search("does the insurance pay for my medical receipts after an accident", top_k=5)
    assert len({a.id for a in results}) == len(results)  # one entry per article, never one per chunk
    top = results[0]
    assert top.id == "spk-safety-accident"
    assert top.title == "Report an accident or injury"
    assert top.url == "https://help.spokes.example/accident"
    assert 0 < len(top.snippet) <= 320
    assert "receipt" in top.snippet.lower()
    assert [a.score for a in results] == sorted((a.score for a in results), reverse=True)
    assert all(0.0 < a.score <= 1.0 for a in results)


def test_bm25_and_dense_modes_each_work_alone(seeded: KnowledgeBase) -> None:
    for mode in ("bm25", "dense"):
        ids = [a.id for a in seeded.search("promo code invalid free minutes", top_k=3, mode=mode)]
        assert ids[0] == "spk-promo-codes", (mode, ids)


def test_dense_half_matches_misspellings_bm25_misses(seeded: KnowledgeBase) -> None:
    query = "drivng licnce verifcation"  # no exact word in common: BM25 finds nothing, character n-grams do
    assert seeded.search(query, mode="bm25") == []
    assert seeded.search(query, top_k=1, mode="dense")[0].id == "spk-account-verify"
    assert seeded.search(query, top_k=1)[0].id == "spk-account-verify"


def test_retrieve_builds_the_query_from_the_whole_conversation(seeded: KnowledgeBase, settings: Settings) -> None:
    request = HandoffRequest.model_validate(
        {
            "conversation_id": "c1",
            "messages": [
                {
                    "role": "customer",
                    "text": "Hi, I ended my ride an hour ago but the app still shows it running",
                },
                {"role": "ai", "text": "Please try pressing End ride again."},
                {"role": "customer", "text": "Done that twice, still charging me per minute"},
                {"role": "ai", "text": "I'm sorry about that."},
                {"role": "customer", "text": "agent please. now."},
            ],
        }
    )
    articles = seeded.retrieve(prepare(request, settings), _analysis(), top_k=3, tenant="default")
    assert articles[0].id == "spk-ride-not-ended"
    assert len(articles) == 3


def test_an_unsure_intent_bridges_a_conversation_in_another_language(seeded: KnowledgeBase, settings: Settings) -> None:
    request = HandoffRequest.model_validate(
        {
            "conversation_id": "c-es",
            "messages": [
                {"role": "customer", "text": "Hola, terminé mi viaje hace una hora pero la aplicación sigue contando."},
                {
                    "role": "ai",
                    "text": "¡Hola! Veo un viaje abierto desde las 14:05. ¿Pulsaste el botón dentro de la zona?",
                },
                {
                    "role": "customer",
                    "text": "Sí, dos veces, y me siguen cobrando cada minuto. Quiero hablar con una persona.",
                },
            ],
        }
    )
    analysis = _analysis("ride_not_ended", "The ride did not end and the customer is still being charged")
    analysis.intent.low_confidence = True
    articles = seeded.retrieve(prepare(request, settings), analysis, top_k=3, tenant="default")
    assert articles[0].id == "spk-ride-not-ended"


def test_retrieve_uses_intent_and_error_codes(seeded: KnowledgeBase, settings: Settings) -> None:
    request = HandoffRequest.model_validate(
        {
            "conversation_id": "c2",
            "messages": [{"role": "customer", "text": "it keeps failing with E-34, help"}],
        }
    )
    analysis = _analysis(
        "unlock_problem",
        "The vehicle does not unlock after scanning",
        [CustomerFact(type="error_code", value="E-34")],
    )
    articles = seeded.retrieve(prepare(request, settings), analysis, top_k=1, tenant="default")
    assert [a.id for a in articles] == ["spk-unlock-failed"]


def test_tenant_a_never_sees_tenant_b(kb: KnowledgeBase) -> None:
    from copilot.knowledge import ArticleIn

    kb.upsert([ArticleIn(id="a-1", title="Alpha refunds", body="Refunds for alpha customers take 3 days.")], "alpha")
    kb.upsert([ArticleIn(id="b-1", title="Beta refunds", body="Refunds for beta customers take 9 days.")], "beta")
    assert [a.id for a in kb.search("refunds customers days", tenant="alpha", top_k=10)] == ["a-1"]
    assert [a.id for a in kb.search("refunds customers days", tenant="beta", top_k=10)] == ["b-1"]
    assert kb.search("refunds", tenant="gamma") == []
    assert [a.id for a in kb.list_articles("alpha")] == ["a-1"]
    assert not kb.has_article("b-1", "alpha")
    assert kb.has_article("b-1", "beta")


def test_empty_queries_and_tenants_return_nothing(seeded: KnowledgeBase) -> None:
    assert seeded.search("   ") == []
    assert seeded.search("unlock", top_k=0) == []
    assert seeded.search("zzzz qqqq", tenant="nobody") == []


def test_an_invalid_tenant_is_refused(seeded: KnowledgeBase) -> None:
    with pytest.raises(KnowledgeBaseError, match="invalid tenant"):
        seeded.search("unlock", tenant="../etc")


def test_a_second_instance_sees_writes_of_the_first(
    backend: Settings, kb: KnowledgeBase, embedder: CountingEmbedder
) -> None:
    from copilot.knowledge import ArticleIn

    other = open_knowledge_base(backend, embedder=embedder)
    other.sync_interval_s = 0.0
    try:
        assert other.search("walrus") == []  # builds (and caches) the other instance's empty index
        kb.upsert([ArticleIn(id="w", title="Walrus policy", body="Walrus rides are not allowed.")])
        assert [a.id for a in other.search("walrus")] == ["w"]  # its BM25 index was rebuilt from the store
    finally:
        other.close()


def test_ingested_fixture_has_every_article(seeded: KnowledgeBase) -> None:
    listed = seeded.list_articles()
    assert {a.id for a in listed} == HELPCENTER_IDS
    accident = next(a for a in listed if a.id == "spk-safety-accident")
    assert accident.chunks >= 2 and accident.tags == ["accident", "injury", "safety", "insurance"]


def test_reads_never_create_a_tenant_collection(kb: KnowledgeBase) -> None:
    for read in (
        lambda: kb.search("refund", tenant="ghost"),
        lambda: kb.list_articles("ghost"),
        lambda: kb.has_article("x", "ghost"),
    ):
        read()
    names = {c.name for c in kb.store._client.list_collections()}
    assert kb.store.collection_name("ghost") not in names
    assert kb.store.count("ghost") == 0


def test_the_exact_scan_ranks_like_the_hnsw_index(seeded: KnowledgeBase) -> None:
    """On a small tenant Chroma's HNSW search is exact too: both dense read paths agree, scores included."""
    indexed = KnowledgeBase(seeded.store, seeded.embedder, exact_search_max_chunks=0)
    exact = KnowledgeBase(seeded.store, seeded.embedder, exact_search_max_chunks=10_000)
    for query in ("scooter won't unlock E-21", "refund an overcharge on my card", "lost phone in the basket"):
        for mode in ("dense", "hybrid"):
            a, b = exact.search(query, top_k=5, mode=mode), indexed.search(query, top_k=5, mode=mode)
            assert [x.id for x in a] == [x.id for x in b], (query, mode)
            assert [x.score for x in a] == pytest.approx([x.score for x in b]), (query, mode)
    with mock.patch.object(seeded.store, "query", wraps=seeded.store.query) as chroma_query:
        exact.search("scooter won't unlock", mode="dense")
        assert chroma_query.call_count == 0  # small tenant: answered from memory
        indexed.search("scooter won't unlock", mode="dense")
        assert chroma_query.call_count == 1


def test_stored_vectors_come_back_in_the_order_asked_or_not_at_all(seeded: KnowledgeBase) -> None:
    chunks = seeded.store.fetch_all("default")[::-1]
    vectors = seeded.store.fetch_vectors("default", [c.id for c in chunks])
    assert vectors is not None
    assert np.allclose(vectors, seeded.embedder.embed([c.index_text for c in chunks]), atol=1e-6)
    assert seeded.store.fetch_vectors("default", [chunks[0].id, "gone::0"]) is None  # changed while read
    assert seeded.store.fetch_vectors("nobody", ["x"]) is None


def test_a_tenant_changed_between_reads_is_searched_through_chroma(
    seeded: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = KnowledgeBase(seeded.store, seeded.embedder)
    monkeypatch.setattr(seeded.store, "fetch_vectors", lambda tenant, ids: None)
    with mock.patch.object(seeded.store, "query", wraps=seeded.store.query) as chroma_query:
        assert fresh.search("scooter won't unlock E-21", top_k=1)[0].id == "spk-unlock-failed"
        assert chroma_query.call_count == 1
