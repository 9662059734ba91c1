"""Round-4 readability rules of the summary, checked on sentences from banking, SaaS and travel."""

from copilot.compose.condense import condense
from copilot.compose.summary import _first_clauses
from copilot.compose.summary_points import _as_wish, _rhetorical, _short_attempt


def test_interjection_lead_ins_are_dropped() -> None:
    assert condense("ugh ok yes close that card then") == "close that card then"
    assert condense("Hmm, the dashboard still shows the old plan") == "dashboard still shows old plan"
    assert condense("Well I already paid the invoice") == "they already paid invoice"


def test_words_that_only_look_like_interjections_stay() -> None:
    assert condense("fine print says 30 days") == "fine print says 30 days"


def test_wish_turns_a_plea_for_speed_into_urgent_and_drops_closing_then() -> None:
    assert _as_wish("hurry, the flight boards at 6", True) == "urgent: the flight boards at 6"
    assert _as_wish("refund the second charge then", True) == "refund the second charge"
    assert _as_wish("fast transfer please", True) == "fast transfer please"
    assert _as_wish("what happens then", True) == "what happens then"


def test_short_statement_of_disbelief_is_rhetorical() -> None:
    assert _rhetorical("it was 3 days ago??")
    assert not _rhetorical("can someone reverse it??")
    assert not _rhetorical("the wire left my account on Monday and it still is not there??")


def test_attempt_is_shortened_before_it_is_cut() -> None:
    short = _short_attempt("AI suggested the customer make sure their browser is on the latest version of Chrome")
    assert short.startswith("AI suggested: check browser is on latest")
    assert _short_attempt("AI suggested a reset") == "AI suggested: a reset"


def test_headline_statement_ends_at_a_clause_break() -> None:
    note = "booking BK-7781, made on March 3, the airline cancelled the flight and nobody told them"
    assert _first_clauses(note, 8) == "booking BK-7781, made on March 3"
