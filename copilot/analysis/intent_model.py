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
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import StratifiedKFold
from sklearn.svm import LinearSVC

from copilot.taxonomy import Taxonomy

try:  # scipy's sparse-times-dense kernel: private, so the public (slower) product stands in if it moves
    from scipy.sparse._sparsetools import csr_matvecs as _csr_matvecs
except ImportError:  # pragma: no cover
    _csr_matvecs = None

__all__ = ["CalibratedIntentModel", "LexicalScorer", "Scorer", "train_calibrated", "training_set"]

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_CLAUSE_BREAK = re.compile(r"\s*(?:;|\s-\s|\s\u2013\s|\s\u2014\s)\s*")
_EXCLUSION = re.compile(
    r"(?:but\s+|and\s+)?(?:nothing|not|never|none|without|with\s+no|other\s+than|rather\s+than|except)\b",
    re.IGNORECASE,
)
"""A description clause that rules cases out ("...; nothing is late yet", "... - with no two-step verification
problem") names what the intent is NOT: its words would teach the model the opposite."""
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
    return [*words, *map(" ".join, pairwise(words))]


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

        This is on every request's path, so the TF-IDF rows are counted by :class:`_TfidfRows` (the same floats
        as sklearn's ``transform``, without its per-call machinery) and multiplied by the SVM weights without
        building a sparse matrix."""
        rows = self.__dict__.get("_rows")
        if rows is None:  # built on first use, so models fitted by an older version still load
            rows = self._rows = _TfidfRows(self._words, self._chars)
        weights = self.__dict__.get("_weights_by_feature")
        if weights is None:
            weights = self._weights_by_feature = np.ascontiguousarray(self._model.coef_.T, dtype=np.float64)
        raw = rows.products(list(texts), weights) + self._model.intercept_
        if raw.shape[1] == 1:  # binary problem: sklearn returns one margin
            raw = np.hstack([-raw, raw])
        return _expand(raw, self._model.classes_, self._n_classes)


class _TfidfRows:
    """The joined word + character TF-IDF rows of a fitted :class:`LexicalScorer`, counted directly.

    sklearn's ``transform`` spends most of its time in per-call checks, its analyzer chain, a Python loop over
    every n-gram and sparse stacking. Here a term becomes a vocabulary id with one dict lookup, the character
    n-gram ids of a word (``char_wb``: n-grams inside each space-padded word) are looked up once per distinct
    word and remembered (words recur across conversations), and counting is one ``np.unique`` over
    ``row * width + id`` keys. The arithmetic (1 + log tf, times idf, unit rows per vectorizer, both blocks side
    by side) is sklearn's, in the same order, so the matrix holds the same floats."""

    _WORD_MEMO_LIMIT = 50_000

    def __init__(self, words: TfidfVectorizer, chars: TfidfVectorizer) -> None:
        self._word_vocabulary: dict[str, int] = words.vocabulary_
        self._char_vocabulary: dict[str, int] = chars.vocabulary_
        # a callable analyzer (ours) is what sklearn calls on each text; anything else goes through sklearn's chain
        self._word_analyzer = words.analyzer if callable(words.analyzer) else words.build_analyzer()
        self._idf = np.concatenate([np.asarray(words.idf_, dtype=np.float64), np.asarray(chars.idf_, dtype=np.float64)])
        self._char_lowercase = bool(chars.lowercase)
        self._min_n, self._max_n = chars.ngram_range
        self._offset = len(self._word_vocabulary)
        self._width = self._offset + len(self._char_vocabulary)
        self._char_ids_of_word: dict[str, list[int]] = {}

    def matrix(self, texts: list[str]) -> csr_matrix:
        """The (len(texts), n_features) TF-IDF matrix, as ``hstack([words.transform, chars.transform])``."""
        data, ids, indptr = self._entries(texts)
        return csr_matrix((data, ids, indptr), shape=(len(texts), self._width))

    def products(self, texts: list[str], weights: np.ndarray) -> np.ndarray:
        """``matrix(texts) @ weights`` for a C-contiguous (n_features, k) float ``weights``: scipy's own kernel on
        the CSR arrays (the same floats), without the cost of building and checking a sparse matrix."""
        data, ids, indptr = self._entries(texts)
        if _csr_matvecs is None:
            return np.asarray(csr_matrix((data, ids, indptr), shape=(len(texts), self._width)) @ weights)
        out = np.zeros((len(texts), weights.shape[1]), dtype=np.float64)
        _csr_matvecs(len(texts), self._width, weights.shape[1], indptr, ids, data, weights.ravel(), out.ravel())
        return out

    def _entries(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The CSR arrays (data, column ids, row pointers) of :meth:`matrix`."""
        width = self._width
        vocabulary = self._word_vocabulary
        found: list[int] = []
        lengths: list[int] = []
        for text in texts:
            start = len(found)
            found.extend([vocabulary[t] for t in self._word_analyzer(text) if t in vocabulary])
            self._add_char_ids(text, found)
            lengths.append(len(found) - start)
        keys = np.asarray(found, dtype=np.int64) + np.repeat(np.arange(len(texts), dtype=np.int64) * width, lengths)
        keys, counts = np.unique(keys, return_counts=True)
        rows, ids = np.divmod(keys, width)
        # one segment per (row, vectorizer), in key order: row 0 words, row 0 chars, row 1 words, ...
        segments = rows * 2 + (ids >= self._offset)
        indptr = np.searchsorted(segments, np.arange(2 * len(texts) + 1))
        data = (np.log(counts.astype(np.float64)) + 1.0) * self._idf[ids]
        norms = np.sqrt(_row_sums(data * data, indptr))
        norms[norms == 0.0] = 1.0
        data /= np.repeat(norms, np.diff(indptr))
        return data, ids, indptr[::2]

    def _add_char_ids(self, text: str, found: list[int]) -> None:
        """Append to ``found`` the character n-gram ids (offset into the joined matrix) of each word of ``text``."""
        if self._char_lowercase:
            text = text.lower()
        memo = self._char_ids_of_word
        for word in text.split():  # sklearn first squeezes whitespace runs: split() gives the same words
            ids = memo.get(word)
            if ids is None:
                ids = [index + self._offset for index in self._char_ids(word)]
                if len(memo) >= self._WORD_MEMO_LIMIT:
                    memo.clear()
                memo[word] = ids
            found.extend(ids)

    def _char_ids(self, word: str) -> list[int]:
        """Vocabulary ids of the n-grams of `` word `` (with repeats), as sklearn's ``_char_wb_ngrams``: every
        n-gram of each length up to the padded word's length, the whole padded word once when it is shorter."""
        padded = f" {word} "
        size = len(padded)
        vocabulary = self._char_vocabulary
        ids = []
        for n in range(self._min_n, min(self._max_n, size) + 1):
            for start in range(size - n + 1):
                index = vocabulary.get(padded[start : start + n])
                if index is not None:
                    ids.append(index)
        if size < self._min_n:
            index = vocabulary.get(padded)
            if index is not None:
                ids.append(index)
        return ids


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
        extra = [description_without_exclusions(spec.description), re.sub(r"[_.-]+", " ", spec.name)]
        for text, example in [*((e, True) for e in spec.examples), *((t, False) for t in extra)]:
            if text.strip():
                texts.append(text)
                labels.append(index)
                is_example.append(example)
    return texts, np.asarray(labels), np.asarray(is_example)


def description_without_exclusions(description: str) -> str:
    """``description`` without its exclusion clauses ("where an order is; nothing is late yet" -> "where an order
    is"): a clause, after a semicolon or a dash, that opens with a negation ("nothing", "not", "with no",
    "without", "rather than") says which cases belong elsewhere, so its words are evidence against this intent. A
    symptom clause ("- no connection at all") opens with a bare "no" and is kept."""
    clauses = _CLAUSE_BREAK.split(description)
    kept = [clauses[0], *(c for c in clauses[1:] if not _EXCLUSION.match(c))]
    return "; ".join(c for c in kept if c) if len(kept) < len(clauses) else description


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
