"""Known-answer tests: how the summary's note says the assistant repeated itself."""

from __future__ import annotations

from copilot.compose.repeats import Repeat


def test_repeated_advice_reads_as_the_same_answer() -> None:
    repeat = Repeat("Please restart your Hub: unplug it for 30 seconds.", 3, ["m2", "m4", "m6"])
    assert repeat.note == "assistant repeated the same answer three times: “Please restart your Hub: unplug it for 30…”"


def test_a_repeated_question_reads_as_the_same_question() -> None:
    repeat = Repeat("Could you confirm the order number?", 2, ["m2", "m4"])
    assert repeat.note == "assistant asked the same question twice: “Could you confirm the order number?”"
