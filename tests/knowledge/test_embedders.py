"""Embedders: the offline hashing default, the provider embedder through copilot.llm, the neural extra."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import numpy as np
import pytest
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.preprocessing import normalize

from copilot.config import Settings
from copilot.errors import ConfigError
from copilot.knowledge import ArticleIn, open_knowledge_base
from copilot.knowledge.embedders import HashingEmbedder, LiteLLMEmbedder, NeuralEmbedder, build_embedder
from copilot.knowledge.text import STOP_WORDS, WORD_PATTERN, content_words


def test_hashing_vectors_are_deterministic_normalised_and_lexically_meaningful() -> None:
    embedder = HashingEmbedder()
    vectors = embedder.embed(["refund to my credit card", "refunds to credit cards", "tracking a parcel", ""])
    assert vectors.shape == (4, 1024) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors[:3], axis=1), 1.0, atol=1e-5)
    assert not vectors[3].any()  # an empty text is the zero vector, never NaN
    assert float(vectors[0] @ vectors[1]) > float(vectors[0] @ vectors[2]) + 0.3
    assert np.array_equal(HashingEmbedder().embed(["refund to my credit card"])[0], vectors[0])
    assert embedder.embed([]).shape == (0, 1024)


@pytest.mark.parametrize("cache_words", [16_384, 2])
def test_hashing_vectors_are_those_of_the_two_scikit_learn_vectorizers_they_stand_for(cache_words: int) -> None:
    """Known answer: the fast path gives the documented vectors (so stored collections stay valid)."""
    words = HashingVectorizer(
        n_features=1024, ngram_range=(1, 2), stop_words=sorted(STOP_WORDS), token_pattern=WORD_PATTERN,
        norm="l2", dtype=np.float32,
    )  # fmt: skip
    chars = HashingVectorizer(
        n_features=1024, analyzer="char_wb", ngram_range=(3, 5), preprocessor=lambda t: " ".join(content_words(t)),
        norm="l2", dtype=np.float32,
    )  # fmt: skip
    texts = [
        "My order A-1234 never arrived!! The tracking has not moved, order A-1234, since Monday.",
        "Refunds: refund refunded REFUNDING; the refund of the refund",
        "Café crème naïve Ünïcödé, ß and 東京 and e-mail x@y.example",
        "to be or not to be",
        "",
        "ab x " + "router wifi signal reset " * 60,
    ]
    expected = normalize(0.5 * words.transform(texts) + 0.5 * chars.transform(texts)).toarray()
    embedder = HashingEmbedder(cache_words=cache_words)
    for _ in range(2):  # cold, then warm word cache
        assert np.allclose(embedder.embed(texts), expected, atol=1e-6)


def test_build_embedder_reads_the_setting() -> None:
    assert isinstance(build_embedder(Settings(embedder="hashing")), HashingEmbedder)
    assert isinstance(build_embedder(Settings(embedder="neural")), NeuralEmbedder)  # lazy: nothing loaded yet
    litellm = build_embedder(Settings(embedder="litellm:text-embedding-3-small"))
    assert isinstance(litellm, LiteLLMEmbedder) and litellm.model == "text-embedding-3-small"
    assert litellm.name == "litellm-text-embedding-3-small"
    for bad in ("bogus", "litellm:", "litellm:  "):
        with pytest.raises(ConfigError, match="COPILOT_EMBEDDER"):
            build_embedder(Settings(embedder=bad))


@pytest.fixture
def fake_llm_embeddings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, list[str]]]:
    """Stand in for ``copilot.llm.embeddings.embed_texts`` (the LLM package's one provider client)."""
    calls: list[tuple[str, list[str]]] = []

    def embed_texts(settings: Settings, model: str, texts: list[str]) -> list[list[float]]:
        calls.append((model, list(texts)))
        return [[float(len(t)), 1.0, float("refund" in t.lower())] for t in texts]

    module = types.ModuleType("copilot.llm.embeddings")
    module.embed_texts = embed_texts  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "copilot.llm.embeddings", module)
    return calls


def test_litellm_embedder_batches_calls_and_normalises(
    fake_llm_embeddings: list[tuple[str, list[str]]],
) -> None:
    embedder = LiteLLMEmbedder(Settings(), "text-embedding-3-small", batch_size=2)
    vectors = embedder.embed(["a refund", "bb", "ccc"])
    assert [len(texts) for _, texts in fake_llm_embeddings] == [2, 1]
    assert {model for model, _ in fake_llm_embeddings} == {"text-embedding-3-small"}
    assert vectors.shape == (3, 3) and np.allclose(np.linalg.norm(vectors, axis=1), 1.0)


def test_a_knowledge_base_on_provider_embeddings_has_its_own_collection(
    tmp_path: Path, fake_llm_embeddings: list[tuple[str, list[str]]]
) -> None:
    settings = Settings(data_dir=tmp_path, embedder="litellm:text-embedding-3-small")
    kb = open_knowledge_base(settings)
    try:
        kb.upsert([ArticleIn(id="r", title="Refunds", body="How refunds work.")])
        assert fake_llm_embeddings and kb.search("refund", top_k=1)[0].id == "r"
    finally:
        kb.close()
    hashing = open_knowledge_base(Settings(data_dir=tmp_path))
    try:
        assert hashing.list_articles() == []  # another embedder: another vector space, another collection
    finally:
        hashing.close()


def test_litellm_embedder_through_the_openai_route() -> None:
    import httpx
    import respx

    with respx.mock(assert_all_called=True) as mock:
        route = mock.post("https://api.openai.com/v1/embeddings").mock(
            return_value=httpx.Response(
                200,
                json={
                    "object": "list",
                    "data": [{"object": "embedding", "index": 0, "embedding": [0.6, 0.8]}],
                    "model": "text-embedding-3-small",
                    "usage": {"prompt_tokens": 2, "total_tokens": 2},
                },
            )
        )
        embedder = build_embedder(Settings(embedder="litellm:text-embedding-3-small", llm_api_key="sk-test"))
        vectors = embedder.embed(["refund please"])
    assert route.called
    assert np.allclose(vectors, [[0.6, 0.8]])


@pytest.mark.neural
def test_neural_embedder_ranks_by_meaning() -> None:
    pytest.importorskip("sentence_transformers")
    embedder = NeuralEmbedder()
    vectors = embedder.embed(["I want my money back", "how do refunds work", "my scooter will not unlock"])
    assert vectors.shape == (3, 384)
    assert float(vectors[0] @ vectors[1]) > float(vectors[0] @ vectors[2])


def test_each_word_is_hashed_into_the_feature_hashers_buckets_exactly() -> None:
    """The per-word character hashing (murmurhash3 without a sparse matrix) gives FeatureHasher's vector, bit
    for bit: stored collections built with the older path keep matching new queries."""
    from sklearn.feature_extraction import FeatureHasher

    hasher = FeatureHasher(n_features=1024, input_type="string", dtype=np.float32)
    grams = HashingVectorizer(analyzer="char_wb", ngram_range=(3, 5), lowercase=False).build_analyzer()
    embedder = HashingEmbedder()
    words = [
        "iban",
        "DE89370400440532013000",
        "2fa",
        "sso-login",
        "boarding",
        "pass",
        "kWh",
        "Überweisung",
        "東京",
        "x",
    ]
    for word in words:
        row = hasher.transform([grams(word)])
        expected = np.bincount(row.indices, weights=row.data.astype(np.float64), minlength=1024)
        assert np.array_equal(embedder._char_vector([word]), expected), word
    assert np.array_equal(
        embedder._char_vector(words + words[:3]), sum(embedder._char_vector([w]) for w in words + words[:3])
    )


@pytest.mark.parametrize(
    "text",
    [
        "Wire transfer to IBAN DE89 3704 pending; a b c — ok?",
        "SSO_login fails for user_42 after the v2.1 upgrade",
        "Flight LH-401 rebooked: Zürich→東京, seat 12A, naïve e\u0301 check",
    ],
)
def test_content_words_are_the_words_of_the_documented_pattern(text: str) -> None:
    """The faster word regex finds exactly what ``WORD_PATTERN`` (the scikit-learn token pattern) finds."""
    import re

    expected = [w for w in re.findall(WORD_PATTERN, text.lower()) if w not in STOP_WORDS]
    assert content_words(text) == expected


def test_content_words_of_ascii_text_split_at_every_non_word_character() -> None:
    """The ASCII fast path splits at exactly the characters ``\\w`` rejects: every printable and control
    character between two words, digits and underscores kept inside words, one-letter words dropped."""
    import re
    import string

    separators = "".join(c for c in map(chr, range(128)) if not re.fullmatch(r"\w", c))
    text = "".join(f"Refund{sep}ord_3{sep}x{sep}" for sep in separators) + string.printable
    expected = [w for w in re.findall(WORD_PATTERN, text.lower()) if w not in STOP_WORDS]
    assert content_words(text) == expected
    assert expected.count("refund") == len(separators)
