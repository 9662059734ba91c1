"""The per-request memo: shared inside one request, never across requests or concurrent requests."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from pathlib import Path

from copilot.request_memo import per_request, request_scope

FIXTURE = Path(__file__).parent / "fixtures" / "handoff_long_40.json"


def _counting() -> tuple[list[str], Callable[..., str]]:
    calls: list[str] = []

    @per_request
    def shout(text: str, suffix: str = "!") -> str:
        calls.append(text)
        return text.upper() + suffix

    return calls, shout


def test_inside_a_scope_each_distinct_call_is_computed_once() -> None:
    calls, shout = _counting()
    with request_scope():
        assert shout("where is my parcel") == "WHERE IS MY PARCEL!"
        assert shout("where is my parcel") == "WHERE IS MY PARCEL!"
        assert shout("where is my parcel", suffix="?") == "WHERE IS MY PARCEL?"
    assert calls == ["where is my parcel", "where is my parcel"]


def test_a_new_scope_forgets_the_previous_requests_texts() -> None:
    calls, shout = _counting()
    for _ in range(2):
        with request_scope():
            shout("refund please")
    assert calls == ["refund please", "refund please"]


def test_outside_a_scope_the_function_simply_computes() -> None:
    calls, shout = _counting()
    shout("hello")
    shout("hello")
    assert calls == ["hello", "hello"]


def test_concurrent_requests_keep_separate_memos() -> None:
    calls, shout = _counting()

    async def request(text: str) -> None:
        with request_scope():
            shout(text)
            await asyncio.sleep(0)
            shout(text)

    async def both() -> None:
        await asyncio.gather(request("same words"), request("same words"))

    asyncio.run(both())
    assert calls == ["same words", "same words"]


def test_the_pipeline_gives_the_same_package_twice_without_process_wide_text_caches(tmp_path: Path) -> None:
    from copilot.config import Settings
    from copilot.factory import build_pipeline
    from copilot.schema import HandoffRequest

    body = json.loads(FIXTURE.read_text())
    body.setdefault("options", {})["engine"] = "offline"
    pipeline = build_pipeline(Settings(data_dir=tmp_path, chroma_url=None))
    request = HandoffRequest.model_validate(body)
    first = asyncio.run(pipeline.run(request))
    second = asyncio.run(pipeline.run(request))
    skip = {"handoff_id", "created_at", "meta"}
    assert first.model_dump(exclude=skip) == second.model_dump(exclude=skip)


def test_a_none_result_is_remembered_and_keyword_calls_stay_apart_from_positional_ones() -> None:
    calls: list[tuple[object, ...]] = []

    @per_request
    def nothing_found(text: object, suffix: object = "") -> None:
        calls.append((text, suffix))

    with request_scope():
        nothing_found("no order number here")
        nothing_found("no order number here")
        nothing_found(("a",), (("suffix", "b"),))
        nothing_found(("a",), suffix="b")
    assert calls == [("no order number here", ""), (("a",), (("suffix", "b"),)), (("a",), "b")]


def test_a_request_table_exists_only_inside_a_scope() -> None:
    from copilot.request_memo import request_table

    assert request_table(test_a_request_table_exists_only_inside_a_scope) is None
    with request_scope():
        table = request_table(test_a_request_table_exists_only_inside_a_scope)
        assert table == {}
        table["seen"] = 1
        assert request_table(test_a_request_table_exists_only_inside_a_scope) == {"seen": 1}
    with request_scope():
        assert request_table(test_a_request_table_exists_only_inside_a_scope) == {}


def test_a_one_argument_reader_is_remembered_by_its_argument_alone() -> None:
    calls: list[str] = []

    @per_request
    def first_word(text: str) -> str | None:
        calls.append(text)
        return text.split()[0] if text.split() else None

    with request_scope():
        assert first_word("my router keeps dropping") == "my"
        assert first_word("my router keeps dropping") == "my"
        assert first_word("   ") is None
        assert first_word("   ") is None  # None is a result too: not computed again
        assert first_word(text="my router keeps dropping") == "my"  # by keyword: its own entry, same answer
        assert first_word(text="my router keeps dropping") == "my"
    assert calls == ["my router keeps dropping", "   ", "my router keeps dropping"]
    first_word("outside any request")
    first_word("outside any request")
    assert calls[-2:] == ["outside any request", "outside any request"]


def test_a_one_argument_reader_keeps_equal_keys_of_other_types_apart_only_as_python_does() -> None:
    @per_request
    def kind(value: object) -> str:
        return type(value).__name__

    with request_scope():
        assert kind(("a", "b")) == "tuple"  # a tuple argument is not confused with an argument tuple
        assert kind("a") == "str"
        assert kind(("a",)) == "tuple"
