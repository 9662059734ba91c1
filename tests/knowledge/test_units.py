"""Pure units of the knowledge base: validation, chunking, fusion, snippets, query builder, BM25 index."""

from __future__ import annotations

import itertools

import bm25s
import pytest

from copilot.config import Settings
from copilot.context import Analysis, Prepared
from copilot.errors import IngestError, KnowledgeBaseError
from copilot.knowledge import ArticleIn
from copilot.knowledge.chunking import Chunker
from copilot.knowledge.fusion import RRF_K, fuse_by_article
from copilot.knowledge.lexical import LexicalIndex, query_terms
from copilot.knowledge.query import build_query, writes_another_language
from copilot.knowledge.snippets import make_snippet, snippet_for_terms
from copilot.knowledge.text import STOP_WORDS, WORD_PATTERN, english_stemmer, stemmed_words
from copilot.knowledge.validation import check_tenant, validate_batch
from copilot.prepare import prepare
from copilot.schema import CustomerFact, EscalationReason, Frustration, HandoffRequest, Intent, VipFlag

LONG = "\n\n".join(
    f"## Section {n}\n" + " ".join(f"sentence {n}.{i} about topic{n} and more words here." for i in range(12))
    for n in range(6)
)

# ---------------------------------------------------------------- validation


def test_titles_come_from_the_first_heading_else_the_id() -> None:
    batch = validate_batch(
        [ArticleIn(id="a", body="intro\n## Reset a password\ntext"), ArticleIn(id="b", body="plain text")],
        max_article_chars=1000,
    )
    assert [a.title for a in batch] == ["Reset a password", "b"]


def test_validation_lists_several_problems_at_once() -> None:
    bad = [ArticleIn(id="", body="x", source="f.jsonl:1"), ArticleIn(id="bad\nid", body="x")]
    with pytest.raises(IngestError) as caught:
        validate_batch(bad, max_article_chars=1000)
    assert "item #1 (f.jsonl:1) has no id" in caught.value.message
    assert "control characters" in caught.value.message
    assert caught.value.code == "kb_ingest_error"


@pytest.mark.parametrize("tenant", ["", "a b", "x" * 65, "../up", "é"])
def test_invalid_tenants_are_refused(tenant: str) -> None:
    with pytest.raises(KnowledgeBaseError, match="invalid tenant"):
        check_tenant(tenant)


# ---------------------------------------------------------------- chunking


def test_long_articles_are_split_with_overlap_and_stable_ids() -> None:
    chunker = Chunker(chunk_chars=400, overlap_chars=80)
    article = ArticleIn(id="long", title="Long", body=LONG)
    chunks = chunker.split(article)
    assert len(chunks) >= 5
    assert all(len(c.text) <= 400 + 400 // 8 + 2 for c in chunks)
    overlaps = [set(a.text.split()[-6:]) & set(b.text.split()[:30]) for a, b in itertools.pairwise(chunks)]
    assert sum(1 for o in overlaps if o) >= len(overlaps) // 2  # consecutive chunks share text
    assert [c.id for c in chunker.split(article)] == [c.id for c in chunks]
    assert chunks[0].id.startswith("long::") and chunks[0].index_text.startswith("Long\n")
    changed = chunker.split(article.model_copy(update={"body": LONG + " extra"}))
    assert changed[0].id != chunks[0].id  # new content, new chunk ids (old ones can be removed after)


def test_a_short_article_is_one_chunk_and_orphan_headings_are_merged() -> None:
    chunker = Chunker(chunk_chars=200, overlap_chars=20)
    [only] = chunker.split(ArticleIn(id="s", body="Short body."))
    assert only.text == "Short body."
    pieces = chunker.split(ArticleIn(id="h", body="## Title\n\n" + "word " * 60))
    assert all(len(p.text) >= 200 // 8 for p in pieces)


def test_the_content_hash_covers_every_field_and_the_chunking() -> None:
    base = ArticleIn(id="a", title="T", url="u", body="B", tags=["x"])
    digest = Chunker().content_hash(base)
    for change in ({"title": "T2"}, {"url": "u2"}, {"body": "B2"}, {"tags": ["y"]}):
        assert Chunker().content_hash(base.model_copy(update=change)) != digest
    assert Chunker(800, 100).content_hash(base) != digest
    with pytest.raises(ValueError):
        Chunker(chunk_chars=50)


# ---------------------------------------------------------------- fusion


def test_rrf_sums_ranks_and_normalises() -> None:
    article_of = ["a", "a", "b", "c"]
    hits = fuse_by_article([[0, 2], [2, 3]], article_of, top_k=3)
    assert [h.article_id for h in hits] == ["b", "a", "c"]
    expected_b = (1 / (RRF_K + 2) + 1 / (RRF_K + 1)) / (2 / (RRF_K + 1))
    assert hits[0].score == pytest.approx(expected_b, abs=1e-4)
    assert fuse_by_article([[2], [2]], article_of, top_k=1)[0].score == 1.0
    assert fuse_by_article([[], []], article_of, top_k=3) == []


def test_many_chunks_of_one_article_do_not_crowd_out_others() -> None:
    article_of = ["long"] * 5 + ["short"]
    hits = fuse_by_article([[0, 1, 2, 3, 5], [5, 2]], article_of, top_k=2)
    # per article: short ranks 2 and 1, long ranks 1 and 2, a tie kept in first-seen order; summing per chunk
    # instead would let long's four chunks outvote short. With short alone in the second ranking it wins:
    assert [h.article_id for h in hits] == ["long", "short"]
    assert hits[0].chunk == 2  # the long article's best chunk is the one both rankers liked
    assert [h.article_id for h in fuse_by_article([[0, 1, 2, 3, 5], [5]], article_of, top_k=2)] == [
        "short",
        "long",
    ]


# ---------------------------------------------------------------- snippets


def test_the_snippet_starts_at_the_best_matching_sentence() -> None:
    chunk = (
        "## Returns\nReturns are free. Labels are printed at home.\n\n| a | b |\n|---|---|\nRefunds take **5 days**."
    )
    assert make_snippet(chunk, "how long do refunds take") == "Refunds take 5 days."
    assert make_snippet(chunk, "").startswith("Returns Returns are free.")
    long = " ".join(["word"] * 200)
    cut = make_snippet(long, "word", limit=50)
    assert len(cut) <= 50 and cut.endswith("…")


def test_the_snippet_from_stemmed_terms_is_the_snippet_from_the_query() -> None:
    chunk = "## Returns\nReturns are free. Labels are printed at home.\n\nRefunds take **5 days**."
    for query in ("how long do refunds take", "printing labels", "", "zzz"):
        assert snippet_for_terms(chunk, query_terms(query)) == make_snippet(chunk, query)


# ---------------------------------------------------------------- query builder


def _analysis(low: bool = False) -> Analysis:
    return Analysis(
        intent=Intent(label="ride_not_ended", description="The ride keeps running", confidence=0.7, low_confidence=low),
        facts=[CustomerFact(type="error_code", value="E-99"), CustomerFact(type="email", value="a@b.c")],
        frustration=Frustration(),
        vip=VipFlag(),
        attempts=[],
        escalation=EscalationReason(code="customer_requested_human"),
    )


def test_the_query_covers_intent_facts_and_every_statement_but_not_handoff_chatter(
    settings: Settings,
) -> None:
    request = HandoffRequest.model_validate(
        {
            "conversation_id": "c",
            "messages": [
                {"role": "customer", "text": "My ride is still running after parking"},
                {"role": "ai", "text": "Have you tried the End ride button in the app?"},
                {"role": "customer", "text": "yes, twice, and the lock light blinks red"},
                {"role": "customer", "text": "I want to talk to a real human agent now please"},
                {"role": "system", "text": "Conversation routed to queue billing-2"},
                {"role": "ai", "text": "I'm sorry, I'm transferring you to a specialist now. Please hold."},
            ],
        }
    )
    query = build_query(prepare(request, settings), _analysis())
    assert query.splitlines() == [
        "ride not ended",
        "The ride keeps running",
        "E-99",
        "My ride is still running after parking",
        "yes, twice, and the lock light blinks red",
        "Have you tried the End ride button in the app?",  # the assistant's turns come after the customer's
    ]  # no handoff request, no hand-over line, no system turn, no email address
    unsure = build_query(prepare(request, settings), _analysis(low=True))
    assert "ride not ended" not in unsure


def test_the_query_falls_back_to_short_turns_and_is_clipped(settings: Settings) -> None:
    short = HandoffRequest.model_validate({"conversation_id": "c", "messages": [{"role": "customer", "text": "agent"}]})
    assert build_query(prepare(short, settings), _analysis(low=True)) == "E-99\nagent"
    wordy = HandoffRequest.model_validate(
        {"conversation_id": "c", "messages": [{"role": "customer", "text": "broken scooter " * 400}]}
    )
    assert len(build_query(prepare(wordy, settings), _analysis(), max_chars=300)) <= 300


SPANISH_RIDE = [
    {"role": "customer", "text": "Hola, terminé mi viaje hace una hora pero la aplicación todavía lo muestra activo."},
    {"role": "ai", "text": "¡Hola! Veo un viaje abierto desde las 14:05. ¿Pulsaste Finalizar viaje dentro de la zona?"},
    {"role": "customer", "text": "Sí, dos veces, y me siguen cobrando cada minuto. Quiero hablar con una persona."},
    {"role": "ai", "text": "Entiendo, te comunico con un agente de nuestro equipo."},
]
ENGLISH_RIDE = [
    {"role": "customer", "text": "Hi, I ended my ride an hour ago but the app still shows it as running."},
    {"role": "ai", "text": "I see an open ride since 14:05. Did you press End ride inside the zone?"},
    {"role": "customer", "text": "Yes, twice, and it is still charging me every minute. I want a person."},
]


def _conversation(settings: Settings, messages: list[dict[str, str]]) -> Prepared:
    return prepare(HandoffRequest.model_validate({"conversation_id": "c", "messages": messages}), settings)


def test_an_unsure_intent_is_kept_when_the_customer_writes_another_language(settings: Settings) -> None:
    # the Spanish turns share no word with English articles: the intent is the only bridge to them
    spanish = build_query(_conversation(settings, SPANISH_RIDE), _analysis(low=True))
    assert spanish.splitlines()[:2] == ["ride not ended", "The ride keeps running"]
    # in the help center's language the customer's own words carry the query and a doubtful intent stays out
    english = build_query(_conversation(settings, ENGLISH_RIDE), _analysis(low=True))
    assert "ride not ended" not in english
    assert english.splitlines()[0] == "E-99"


@pytest.mark.parametrize(
    ("turns", "other_language"),
    [
        (
            ["Hallo, ich möchte den Mantel zurückgeben, Bestellung NW-1. Er ist ungetragen und mir einfach zu weit."],
            True,
        ),
        (["Bonjour, j'ai reçu ma commande ce matin mais ce n'est pas le bon article.", "Merci, je patiente."], True),
        (["Oi! A jaqueta é impermeável de verdade? Vou fazer uma trilha em dezembro, serve em mim?"], True),
        (["Hi, my order arrived this morning but it is the wrong item, I ordered a medium and got a large."], False),
        (["need to cancel order NW-458001 i ordered the aura buds by mistake, meant to get the pro version"], False),
        (["refund pls", "order NW-1 broken charger cable", "agent"], False),  # terse: too few words to tell
        (["Zurückgeben bitte, Bestellung NW-1"], False),  # foreign but too short to tell
    ],
)
def test_the_customers_language_is_told_by_english_stop_words(
    settings: Settings, turns: list[str], other_language: bool
) -> None:
    conversation = _conversation(settings, [{"role": "customer", "text": text} for text in turns])
    assert writes_another_language(conversation) is other_language


def test_assistant_turns_do_not_decide_the_customers_language(settings: Settings) -> None:
    english_bot = [
        SPANISH_RIDE[0],
        {"role": "ai", "text": "Sorry, I can only help in English. Is your ride still open?"},
    ]
    assert writes_another_language(_conversation(settings, english_bot))
    assert not writes_another_language(_conversation(settings, [*ENGLISH_RIDE, SPANISH_RIDE[1]]))


# ---------------------------------------------------------------- lexical index


def test_bm25_stems_and_ignores_unknown_words() -> None:
    index = LexicalIndex(["Refund timelines for cards", "Tracking a parcel", "Cancelled orders are refunded"])
    positions = [p for p, _ in index.search("refunds", 5)]
    assert set(positions) == {0, 2}
    assert index.search("zzzz qqqq", 5) == []
    assert LexicalIndex([]).search("refund", 5) == []


@pytest.mark.parametrize(
    "text",
    ["Refunds REFUNDED; the refunding of cards!", "Ünïcödé café naïve 東京 x y", "", "the a an", "E-42 order A-1234"],
)
def test_one_tokenizer_equals_bm25s_tokenize_with_the_same_settings(text: str) -> None:
    """Chunks and queries share stemmed_words; it must stay what bm25s.tokenize would produce."""
    expected = bm25s.tokenize(
        [text], token_pattern=WORD_PATTERN, stopwords=sorted(STOP_WORDS), stemmer=english_stemmer(),
        return_ids=False, show_progress=False,
    )[0]  # fmt: skip
    assert stemmed_words(text) == expected
    assert query_terms(text + " " + text) == list(dict.fromkeys(expected))
