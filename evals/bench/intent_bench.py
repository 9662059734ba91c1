"""Intent benchmark: few-shot accuracy of the offline intent classifiers on single-utterance intent sets.

Trains on a dataset folder's ``intents.yaml`` (the taxonomy format: descriptions plus ~10 examples per intent)
and scores ``dev.jsonl`` and ``test.jsonl`` (lines ``{"text", "label"}``) for:

- ``baseline``: plain TF-IDF (word unigrams) + logistic regression on the examples only;
- ``tfidf``: the default classifier of the service (copilot/analysis/intent_model.py, no torch);
- ``neural``: the optional sentence-embedding classifier, when sentence-transformers is installed.

It also reports training time (calibration folds included; wall and CPU seconds) and the expected calibration
error of the calibrated classifiers. The neural encoder is loaded (torch import and weights, once per process)
before the neural training starts, and that import and load time is printed on its own line, not in
``train_s``. Tune on ``--split dev`` only; run ``--split test`` once at the end.

    .venv/bin/python evals/bench/intent_bench.py evals/intent_bench/banking77 --split dev
    .venv/bin/python evals/bench/intent_bench.py evals/intent_bench/banking77 --split both
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline

from copilot.analysis.intent import trained_model
from copilot.analysis.intent_neural import load_encoder, neural_available
from copilot.taxonomy import Taxonomy, load_taxonomy

Predictor = Callable[[list[str]], tuple[list[str], np.ndarray | None]]


def read_split(folder: Path, split: str) -> tuple[list[str], list[str]]:
    """Texts and gold labels of one split file."""
    rows = [json.loads(line) for line in (folder / f"{split}.jsonl").read_text().splitlines() if line.strip()]
    return [r["text"] for r in rows], [r["label"] for r in rows]


def train_baseline(taxonomy: Taxonomy) -> Predictor:
    """Plain TF-IDF + logistic regression on the examples only (the reference to beat)."""
    texts = [e for spec in taxonomy.intents for e in spec.examples]
    labels = [spec.name for spec in taxonomy.intents for _ in spec.examples]
    model = make_pipeline(TfidfVectorizer(), LogisticRegression(max_iter=1000)).fit(texts, labels)
    return lambda batch: (list(model.predict(batch)), None)


def train_service(taxonomy: Taxonomy, kind: str) -> Predictor:
    """The service's calibrated classifier of ``kind`` (``tfidf`` or ``neural``)."""
    model = trained_model(taxonomy, kind)

    def predict(batch: list[str]) -> tuple[list[str], np.ndarray | None]:
        probabilities = model.probabilities(batch)
        return [model.labels[i] for i in probabilities.argmax(axis=1)], probabilities.max(axis=1)

    return predict


def calibration_error(confidence: np.ndarray, correct: np.ndarray, bins: int = 10) -> float:
    """Expected calibration error: mean |accuracy - confidence| over equal-width confidence bins."""
    edges = np.linspace(0.0, 1.0, bins + 1)
    total = 0.0
    for low, high in pairwise(edges):
        inside = (confidence > low) & (confidence <= high)
        if inside.any():
            total += inside.mean() * abs(correct[inside].mean() - confidence[inside].mean())
    return float(total)


def main() -> int:
    """Parse arguments, train every classifier, print one row per classifier and split."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", type=Path, help="folder with intents.yaml, dev.jsonl, test.jsonl")
    parser.add_argument("--split", choices=["dev", "test", "both"], default="dev")
    parser.add_argument("--no-neural", action="store_true", help="skip the neural classifier")
    args = parser.parse_args()

    taxonomy = load_taxonomy(args.dataset / "intents.yaml")
    splits = ["dev", "test"] if args.split == "both" else [args.split]
    data = {split: read_split(args.dataset, split) for split in splits}
    trainers: list[tuple[str, Callable[[], Predictor]]] = [
        ("baseline", lambda: train_baseline(taxonomy)),
        ("tfidf", lambda: train_service(taxonomy, "tfidf")),
    ]
    load_s = None
    started = time.perf_counter()
    if not args.no_neural and neural_available():
        load_encoder()
        load_s = time.perf_counter() - started
        trainers.append(("neural", lambda: train_service(taxonomy, "neural")))
    examples = sum(len(s.examples) for s in taxonomy.intents)
    print(f"dataset {args.dataset} · {len(taxonomy.intents)} intents · {examples} examples")
    if load_s is not None:
        print(f"neural import + encoder load (once per process, not in train_s): {load_s:.2f} s")
    print(f"{'classifier':<10} {'split':<5} {'n':>5} {'accuracy':>9} {'ECE':>6} {'train_s':>8} {'cpu_s':>6}")
    for name, trainer in trainers:
        started, cpu_started = time.perf_counter(), time.process_time()
        predict = trainer()
        train_s, cpu_s = time.perf_counter() - started, time.process_time() - cpu_started
        for split, (texts, gold) in data.items():
            predicted, confidence = predict(texts)
            correct = np.asarray([p == g for p, g in zip(predicted, gold, strict=True)], dtype=float)
            ece = f"{calibration_error(confidence, correct):.3f}" if confidence is not None else "-"
            print(
                f"{name:<10} {split:<5} {len(texts):>5} {correct.mean():>9.3f} {ece:>6} {train_s:>8.2f} {cpu_s:>6.2f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
