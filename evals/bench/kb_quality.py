"""Retrieval quality on the golden suites: recall@k and MRR for hybrid vs BM25 alone vs dense alone.

Run from the repository root:

    .venv/bin/python evals/bench/kb_quality.py                       # every evals/suites/* except *-holdout*
    .venv/bin/python evals/bench/kb_quality.py evals/suites/retail --misses

For each suite, its KB is ingested into a fresh embedded store; every case that has
``expected.kb_article_ids`` is prepared and analysed by the offline engine exactly as the pipeline does, and
the query the pipeline would send (:func:`copilot.knowledge.query.build_query`) is searched in each mode.
A hit is any expected id in the top k (k from suite.yaml, ``--k`` overrides); MRR uses the rank of the first
expected id within the top k (0 when absent), as the eval harness does. ``--no-analysis`` leaves the
detected intent and facts out of the query (the transcript alone), to see what the analysis adds.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from rich.console import Console
from rich.table import Table

from copilot.analysis import build_analyzer
from copilot.config import Settings
from copilot.evaluation.suite import GoldenCase, Suite, iter_cases, load_suite
from copilot.knowledge import KnowledgeBase, SearchMode, open_knowledge_base
from copilot.knowledge.query import build_query
from copilot.ports import Analyzer
from copilot.prepare import prepare
from copilot.schema import Intent
from copilot.taxonomy import load_taxonomy

REPO = Path(__file__).resolve().parents[2]
MODES: tuple[SearchMode, ...] = ("hybrid", "bm25", "dense")
TENANT = "quality"


@dataclass
class ModeScore:
    """Hits and reciprocal ranks of one mode over a suite's cases."""

    hits: list[float] = field(default_factory=list)
    ranks: list[float] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def add(self, case_id: str, expected: set[str], returned: list[str]) -> None:
        """Score one case."""
        rank = next((i for i, article in enumerate(returned, start=1) if article in expected), None)
        self.hits.append(1.0 if rank else 0.0)
        self.ranks.append(1.0 / rank if rank else 0.0)
        if rank is None:
            self.misses.append(f"{case_id}: expected {sorted(expected)}, got {returned}")

    @property
    def recall(self) -> float:
        """Share of cases with an expected article in the top k."""
        return sum(self.hits) / len(self.hits) if self.hits else 0.0

    @property
    def mrr(self) -> float:
        """Mean reciprocal rank within the top k."""
        return sum(self.ranks) / len(self.ranks) if self.ranks else 0.0


def default_suites() -> list[Path]:
    """Every suite folder under evals/suites, holdout suites excluded."""
    folders = (REPO / "evals" / "suites").glob("*")
    return sorted(p for p in folders if (p / "suite.yaml").is_file() and "-holdout" not in p.name)


def score_suite(suite: Suite, k: int, with_analysis: bool, root: Path) -> dict[str, ModeScore]:
    """Ingest the suite's KB into a fresh store and score every case with expected articles in each mode."""
    settings = Settings(data_dir=root / suite.directory.name, taxonomy=suite.taxonomy_path)
    analyzer = build_analyzer(settings, load_taxonomy(suite.taxonomy_path))
    kb = open_knowledge_base(settings)
    scores: dict[str, ModeScore] = {mode: ModeScore() for mode in MODES}
    try:
        if suite.kb_path is None:
            return scores
        kb.ingest_path(suite.kb_path, TENANT)
        for _, case in iter_cases(suite):
            if case.expected.kb_article_ids:
                _score_case(kb, analyzer, case, k, with_analysis, settings, scores)
    finally:
        kb.close()
    return scores


def _score_case(
    kb: KnowledgeBase,
    analyzer: Analyzer,
    case: GoldenCase,
    k: int,
    with_analysis: bool,
    settings: Settings,
    scores: dict[str, ModeScore],
) -> None:
    prepared = prepare(case.request, settings)
    analysis = analyzer.analyze(prepared)
    if not with_analysis:
        analysis.intent = Intent(label="", confidence=0.0)
        analysis.facts = []
    query = build_query(prepared, analysis)
    expected = set(case.expected.kb_article_ids or [])
    for mode in MODES:
        returned = [a.id for a in kb.search(query, tenant=TENANT, top_k=k, mode=mode)]
        scores[mode].add(case.id, expected, returned)


def main(argv: list[str] | None = None) -> int:
    """Score every suite given (or found) and print one table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("suites", type=Path, nargs="*", help="suite folders (default: evals/suites/*)")
    parser.add_argument("--k", type=int, default=None, help="top k (default: the suite's kb_top_k)")
    parser.add_argument("--no-analysis", action="store_true", help="query from the transcript alone")
    parser.add_argument("--misses", action="store_true", help="list the hybrid misses")
    args = parser.parse_args(argv)
    folders = [p for p in (args.suites or default_suites()) if "-holdout" not in p.name]
    if not folders:
        print("no suites found under evals/suites", file=sys.stderr)
        return 1
    console = Console()
    source = "transcript only" if args.no_analysis else "pipeline query"
    table = Table(title=f"KB retrieval quality ({source}, embedder: {Settings().embedder})")
    for column in ("suite", "cases", "k", "mode", "recall@k", "MRR"):
        table.add_column(column, justify="left" if column in ("suite", "mode") else "right")
    with tempfile.TemporaryDirectory(prefix="kb-quality-") as tmp:
        for folder in folders:
            suite = load_suite(folder)
            k = args.k or suite.config.kb_top_k
            scores = score_suite(suite, k, not args.no_analysis, Path(tmp))
            for mode, score in scores.items():
                cells = (
                    suite.name,
                    str(len(score.hits)),
                    str(k),
                    mode,
                    f"{score.recall:.3f}",
                    f"{score.mrr:.3f}",
                )
                table.add_row(*cells)
            if args.misses:
                for miss in scores["hybrid"].misses:
                    console.print(f"[yellow]miss[/] {suite.name} {miss}")
    console.print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
