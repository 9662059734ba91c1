"""Bad suites are refused with a clear SuiteError before any case runs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from copilot.config import Settings
from copilot.errors import SuiteError
from copilot.evaluation.harness import RunOptions, run_suite
from copilot.evaluation.suite import iter_cases, load_suite

from .helpers import MINI, MINI_ARTICLES, ScriptedEngine, good_script, scripted_factory


@pytest.fixture
def suite_dir(tmp_path: Path) -> Path:
    """A writable copy of the mini suite."""
    target = tmp_path / "suite"
    shutil.copytree(MINI, target)
    return target


async def _run(suite_dir: Path, settings: Settings, engines: list[ScriptedEngine], articles=MINI_ARTICLES):
    factory = scripted_factory(good_script(), set(articles), engines)
    return await run_suite(
        suite_dir, RunOptions(), suite_dir.parent / "out", settings=settings, backend_factory=factory
    )


def _rewrite_cases(suite_dir: Path, edit) -> None:
    path = suite_dir / "cases.jsonl"
    cases = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    edit(cases)
    path.write_text("".join(json.dumps(c) + "\n" for c in cases))


async def test_folder_without_suite_yaml(tmp_path: Path, settings: Settings) -> None:
    (tmp_path / "empty").mkdir()
    engines: list[ScriptedEngine] = []
    with pytest.raises(SuiteError, match=r"has no suite\.yaml"):
        await _run(tmp_path / "empty", settings, engines)
    assert engines == []


async def test_missing_folder(tmp_path: Path, settings: Settings) -> None:
    with pytest.raises(SuiteError, match="suite folder not found"):
        await _run(tmp_path / "nope", settings, [])


async def test_malformed_json_line_is_named(suite_dir: Path, settings: Settings) -> None:
    with (suite_dir / "cases.jsonl").open("a") as cases:
        cases.write('{"id": "broken", "request": \n')
    engines: list[ScriptedEngine] = []
    with pytest.raises(SuiteError, match=r"cases\.jsonl:4: invalid JSON"):
        await _run(suite_dir, settings, engines)
    assert engines == []


async def test_case_not_matching_the_format_is_named(suite_dir: Path, settings: Settings) -> None:
    _rewrite_cases(suite_dir, lambda cases: cases[1]["expected"].update(frustration="furious"))
    with pytest.raises(SuiteError, match=r"cases\.jsonl:2: case 'refund-1': expected\.frustration"):
        await _run(suite_dir, settings, [])


async def test_request_without_messages_is_named(suite_dir: Path, settings: Settings) -> None:
    _rewrite_cases(suite_dir, lambda cases: cases[2]["request"].update(messages=[]))
    with pytest.raises(SuiteError, match=r"cases\.jsonl:3: case 'login-1': request\.messages"):
        await _run(suite_dir, settings, [])


async def test_expected_intent_missing_from_the_taxonomy(suite_dir: Path, settings: Settings) -> None:
    _rewrite_cases(suite_dir, lambda cases: cases[2]["expected"].update(intent="password_reset"))
    engines: list[ScriptedEngine] = []
    with pytest.raises(SuiteError, match=r"cases\.jsonl:3: case 'login-1' expects intent 'password_reset'"):
        await _run(suite_dir, settings, engines)
    assert engines == []


async def test_kb_id_that_does_not_exist(suite_dir: Path, settings: Settings) -> None:
    engines: list[ScriptedEngine] = []
    with pytest.raises(SuiteError, match=r"'kb-refund' \(case 'refund-1'\)"):
        await _run(suite_dir, settings, engines, articles={"kb-late", "kb-login"})
    assert len(engines) == 1
    assert engines[0].calls == []  # the backend was built, but no case ran


async def test_duplicate_case_ids(suite_dir: Path, settings: Settings) -> None:
    _rewrite_cases(suite_dir, lambda cases: cases[2].update(id="late-1"))
    with pytest.raises(SuiteError, match=r"cases\.jsonl:3: duplicate case id 'late-1'"):
        await _run(suite_dir, settings, [])


async def test_empty_suite(suite_dir: Path, settings: Settings) -> None:
    (suite_dir / "cases.jsonl").write_text("\n")
    with pytest.raises(SuiteError, match="holds no case"):
        await _run(suite_dir, settings, [])


@pytest.mark.parametrize(
    ("yaml_text", "message"),
    [
        ("name: x\ntaxonomy: missing.yaml\n", "taxonomy path missing.yaml does not exist"),
        ("name: x\ntaxonomy: taxonomy.yaml\nkb: nowhere\n", "kb path nowhere does not exist"),
        ("taxonomy: taxonomy.yaml\n", "name: Field required"),
        ("name: x\ntaxonomy: taxonomy.yaml\nthresholds: {intent_acc: 0.9}\n", "unknown metric.*intent_acc"),
        ("name: x\ntaxonomy: taxonomy.yaml\nkb_top_k: 50\n", "kb_top_k"),
        ("- just\n- a list\n", "must be a mapping"),
        ("name: [unclosed\n", "cannot be read"),
    ],
)
def test_malformed_suite_yaml(suite_dir: Path, yaml_text: str, message: str) -> None:
    (suite_dir / "suite.yaml").write_text(yaml_text)
    with pytest.raises(SuiteError, match=message):
        load_suite(suite_dir)


async def test_threshold_on_a_metric_no_case_measures(suite_dir: Path, settings: Settings) -> None:
    (suite_dir / "suite.yaml").write_text(
        "name: mini\ntaxonomy: taxonomy.yaml\nkb: kb\nthresholds: {attempted_solution_recall: 0.5}\n"
    )
    _rewrite_cases(suite_dir, lambda cases: cases[0]["expected"].pop("attempted_solutions"))
    with pytest.raises(SuiteError, match="no case of mini carries"):
        await _run(suite_dir, settings, [])


async def test_threshold_on_a_judge_metric_needs_the_judge(suite_dir: Path, settings: Settings) -> None:
    (suite_dir / "suite.yaml").write_text("name: mini\ntaxonomy: taxonomy.yaml\nthresholds: {judge_tone_match: 0.5}\n")
    with pytest.raises(SuiteError, match="--judge"):
        await _run(suite_dir, settings, [])


async def test_broken_taxonomy_is_a_suite_error(suite_dir: Path, settings: Settings) -> None:
    (suite_dir / "taxonomy.yaml").write_text("intents: []\n")
    with pytest.raises(SuiteError, match="taxonomy"):
        await _run(suite_dir, settings, [])


def test_cases_are_streamed_with_line_numbers(suite_dir: Path) -> None:
    with (suite_dir / "cases.jsonl").open("a") as cases:
        cases.write("\n\n")
    suite = load_suite(suite_dir)
    lines = iter_cases(suite)
    assert next(lines)[0] == 1  # a generator: nothing beyond the first line has been parsed yet
    assert [number for number, _ in lines] == [2, 3]


def test_unknown_keys_become_warnings(suite_dir: Path) -> None:
    (suite_dir / "suite.yaml").write_text("name: mini\ntaxonomy: taxonomy.yaml\nthreshold: {x: 1}\n")
    assert load_suite(suite_dir).warnings == [f"{suite_dir / 'suite.yaml'}: unknown key 'threshold' ignored"]
