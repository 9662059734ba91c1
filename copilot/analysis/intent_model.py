"""Few-shot intent models trained on a taxonomy's examples and descriptions, with calibrated probabilities.

Two scorers share one calibration routine:

- :class:`LexicalScorer` (default, no torch): stemmed word uni/bi-gram TF-IDF joined with character 2-5-gram
  TF-IDF (robust to typos and word forms), scored by a linear SVM (one-vs-rest). Training texts are each
  intent's examples, its description and its name as a phrase ("missing_delivery" -> "missing delivery"), so an
  intent with few examples still has its description's words.
- :class:`copilot.analysis.intent_neural.NeuralScorer` (optional extra): sentence embeddings + logistic
  regression.

Calibration: the scorer is refit on ``k`` stratified folds of the examples; the held-out decision scores fit a
softmax temperature by minimising the negative log-likelihood. The final model, trained on everything, turns its
scores into probabilities with that temperature, so "0.8" means right about 80% of the time on unseen phrasings
of the same taxonomy.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Protocol

import numpy as np
import snowballstemmer
from scipy.optimize import minimize_scalar
from scipy.sparse import csr_matrix, hstack
from sklearn import config_context
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.model_selection import StratifiedKFold
from sklearn.svm import LinearSVC

from copilot.taxonomy import Taxonomy

__all__ = ["CalibratedIntentModel", "LexicalScorer", "Scorer", "train_calibrated", "training_set"]

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_CALIBRATION_FOLDS = 3


class Scorer(Protocol):
    """A multi-class text scorer: ``fit`` on labelled texts, ``scores`` gives one row of class scores per text."""

    def fit(self, texts: Sequence[str], labels: np.ndarray) -> Scorer:
        """Train on ``texts`` with integer ``labels``; return self."""
        ...

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        """Decision scores, shape (len(texts), n_classes); higher means more likely."""
        ...


@lru_cache(maxsize=1)
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("english")


def stemmed_terms(text: str) -> list[str]:
    """Stemmed word unigrams and bigrams of ``text`` ("refunds refunded" -> "refund", "refund refund")."""
    words = _stemmer().stemWords(_TOKEN.findall(text.lower()))
    return [*words, *(f"{a} {b}" for a, b in pairwise(words))]


class LexicalScorer:
    """Word (stemmed) + character n-gram TF-IDF with a linear SVM: fast to train, no model download."""

    def __init__(self, c: float = 1.0) -> None:
        self.c = c
        self._words = TfidfVectorizer(analyzer=stemmed_terms, sublinear_tf=True)
        self._chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)
        self._model = LinearSVC(C=c, random_state=0)  # the solver shuffles: fixed seed, same model every process
        self._n_classes = 0

    def fit(self, texts: Sequence[str], labels: np.ndarray) -> LexicalScorer:
        """Fit the vocabulary and the SVM."""
        texts = list(texts)
        matrix = hstack([self._words.fit_transform(texts), self._chars.fit_transform(texts)]).tocsr()
        self._model.fit(matrix, labels)
        self._n_classes = int(labels.max()) + 1
        return self

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        """SVM margins per class (classes absent from training score -inf-like).

        Inputs are our own finite TF-IDF rows, so sklearn's per-call validation is skipped and the margins are
        one sparse product: this is on every request's path."""
        texts = list(texts)
        with config_context(assume_finite=True, skip_parameter_validation=True):
            matrix = hstack([_tfidf(self._words, texts), _tfidf(self._chars, texts)], format="csr")
        raw = np.asarray(matrix @ self._model.coef_.T) + self._model.intercept_
        if raw.shape[1] == 1:  # binary problem: sklearn returns one margin
            raw = np.hstack([-raw, raw])
        return _expand(raw, self._model.classes_, self._n_classes)


def _tfidf(vectorizer: TfidfVectorizer, texts: list[str]) -> csr_matrix:
    """``vectorizer.transform(texts)`` for a fitted sublinear, l2-normed vectorizer, without sklearn's input
    checks (a third of the request-time cost): counts, 1 + log(tf), times idf, unit rows."""
    counts = CountVectorizer.transform(vectorizer, texts).astype(np.float64)
    counts.data = (np.log(counts.data) + 1.0) * vectorizer.idf_[counts.indices]
    norms = np.sqrt(_row_sums(counts.data * counts.data, counts.indptr))
    norms[norms == 0.0] = 1.0
    counts.data /= np.repeat(norms, np.diff(counts.indptr))
    return counts


def _row_sums(data: np.ndarray, indptr: np.ndarray) -> np.ndarray:
    """Per-row sums of CSR ``data``, added exactly as scipy's ``sum(axis=1)`` does (``np.add.reduceat`` over
    the non-empty rows), without building a second sparse matrix for the squares."""
    sums = np.zeros(len(indptr) - 1, dtype=data.dtype)
    rows = np.flatnonzero(np.diff(indptr))
    if rows.size:
        sums[rows] = np.add.reduceat(data, indptr[rows])
    return sums


def _expand(raw: np.ndarray, classes: np.ndarray, n_classes: int) -> np.ndarray:
    """Place the scores of the trained classes into a full (n, n_classes) matrix."""
    if raw.shape[1] == n_classes:
        return raw
    full = np.full((raw.shape[0], n_classes), -1e3)
    full[:, classes] = raw
    return full


@dataclass
class CalibratedIntentModel:
    """A trained scorer plus the softmax temperature fitted on held-out folds."""

    labels: list[str]
    scorer: Scorer
    temperature: float

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """Calibrated class probabilities, shape (len(texts), len(labels))."""
        return softmax(self.scorer.scores(texts) / self.temperature)


def softmax(logits: np.ndarray) -> np.ndarray:
    """Row-wise softmax, numerically stable."""
    shifted = logits - logits.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    return np.asarray(exp / exp.sum(axis=1, keepdims=True))


def training_set(taxonomy: Taxonomy) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Texts and integer labels for training: examples, descriptions and names-as-phrases. The third array marks
    which rows are examples (only those are held out for calibration)."""
    texts: list[str] = []
    labels: list[int] = []
    is_example: list[bool] = []
    for index, spec in enumerate(taxonomy.intents):
        extra = [spec.description, re.sub(r"[_.-]+", " ", spec.name)]
        for text, example in [*((e, True) for e in spec.examples), *((t, False) for t in extra)]:
            if text.strip():
                texts.append(text)
                labels.append(index)
                is_example.append(example)
    return texts, np.asarray(labels), np.asarray(is_example)


def train_calibrated(taxonomy: Taxonomy, make_scorer: Callable[[], Scorer]) -> CalibratedIntentModel:
    """Train ``make_scorer()`` on the taxonomy and fit its temperature on held-out example folds."""
    texts, labels, is_example = training_set(taxonomy)
    names = taxonomy.names
    temperature = _fit_temperature(texts, labels, is_example, make_scorer)
    return CalibratedIntentModel(labels=names, scorer=make_scorer().fit(texts, labels), temperature=temperature)


def _fit_temperature(
    texts: list[str], labels: np.ndarray, is_example: np.ndarray, make_scorer: Callable[[], Scorer]
) -> float:
    """Temperature minimising the NLL of held-out examples; 1.0 when the taxonomy is too small to fold."""
    example_rows = np.flatnonzero(is_example)
    counts = np.bincount(labels[example_rows], minlength=int(labels.max()) + 1)
    present = counts[counts > 0]
    if len(present) < 2 or present.min() < 2:
        return 1.0
    folds = StratifiedKFold(n_splits=min(_CALIBRATION_FOLDS, int(present.min())), shuffle=True, random_state=7)
    held_scores: list[np.ndarray] = []
    held_labels: list[np.ndarray] = []
    text_array = np.asarray(texts, dtype=object)
    for _, held_part in folds.split(example_rows, labels[example_rows]):
        held_rows = example_rows[held_part]
        train_rows = np.setdiff1d(np.arange(len(texts)), held_rows)
        scorer = make_scorer().fit(list(text_array[train_rows]), labels[train_rows])
        held_scores.append(scorer.scores(list(text_array[held_rows])))
        held_labels.append(labels[held_rows])
    scores, truth = np.vstack(held_scores), np.concatenate(held_labels)

    def nll(log_t: float) -> float:
        probs = softmax(scores / np.exp(log_t))
        return float(-np.mean(np.log(probs[np.arange(len(truth)), truth] + 1e-12)))

    result = minimize_scalar(nll, bounds=(np.log(0.005), np.log(20.0)), method="bounded")
    return float(np.exp(result.x))
