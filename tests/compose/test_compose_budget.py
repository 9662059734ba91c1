"""Known answers for the word-budget filler of the summary: required first, then value per word, clipped."""

from __future__ import annotations

from copilot.compose.budget import Piece, Slot, fill, repeats


def words(slots: list[Slot]) -> int:
    return sum(len(s.render().split()) for s in slots)


def test_required_pieces_are_always_placed_and_optional_ones_fill_the_room() -> None:
    slots = [
        Slot("Issue", [Piece("order A-1 never arrived", ["m1"]), Piece("stuck for 6 days", ["m3"], 4.0, 1)]),
        Slot("Tried", [Piece("link → did not help", ["m2"])]),
    ]
    filled = fill(slots, budget=100)
    assert [s.render() for s in filled] == [
        "Issue: order A-1 never arrived; stuck for 6 days",
        "Tried: link → did not help",
    ]


def test_optional_pieces_go_by_value_per_word_and_keep_their_own_order() -> None:
    long_low = Piece("a long sentence with many words that says rather little at all here", ["m2"], 2.0, 2)
    short_high = Piece("14 disconnects since 6pm", ["m5"], 3.0, 5)
    early = Piece("wired PC", ["m1"], 2.5, 1)
    slots = [Slot("Issue", [Piece("drops every 20 min", ["m0"]), long_low, short_high, early])]
    filled = fill(slots, budget=15)
    assert filled[0].render() == "Issue: drops every 20 min; wired PC; 14 disconnects since 6pm"
    assert words(filled) <= 15


def test_a_valuable_piece_that_does_not_fit_is_clipped_into_the_room_left() -> None:
    slots = [
        Slot("Issue", [Piece("one two three four five", ["m1"])]),
        Slot("Now", [Piece("alpha beta gamma delta epsilon zeta eta theta iota kappa", ["m2"], 5.0)]),
    ]
    filled = fill(slots, budget=14)
    assert filled[1].render() == "Now: alpha beta gamma delta epsilon zeta eta…"
    assert words(filled) <= 14


def test_a_slot_without_placed_pieces_is_left_out() -> None:
    slots = [Slot("Issue", [Piece("late", ["m1"])]), Slot("Wants now", [Piece("x " * 30, ["m2"], 1.0)])]
    assert [s.label for s in fill(slots, budget=5)] == ["Issue"]


def test_pieces_are_clipped_to_their_own_cap_and_quotes_are_closed() -> None:
    slots = [Slot("Tried", [Piece("AI said “one two three four five six seven”", ["m1"], cap=5)])]
    assert fill(slots, budget=100)[0].render() == "Tried: AI said “one two three…”"


def test_an_optional_piece_the_placed_pieces_already_say_is_skipped() -> None:
    # banking: the customer's sentence and the attempt built from it are one thing
    issue = Piece("they reset their online banking password twice this morning", ["m1"])
    attempt = Piece("Customer reset their online banking password → did not help", ["m1"], 3.5, 1)
    fresh = Piece("card was blocked at checkout in Lisbon", ["m3"], 2.0, 2)
    filled = fill([Slot("Issue", [issue]), Slot("Tried", [attempt, fresh])], budget=100)
    assert filled[1].render() == "Tried: card was blocked at checkout in Lisbon"


def test_a_short_piece_or_a_denial_is_never_a_repeat() -> None:
    # SaaS: "not downgrade" contradicts what the issue seems to say, so it stays
    assert not repeats("not downgrade the workspace plan", {"downg", "works", "plan"})
    assert not repeats("workspace plan", {"works", "plan"})
    assert repeats("AI explained the workspace plan limits", {"works", "plan", "limit"})


def test_the_outcome_after_the_arrow_is_not_compared() -> None:
    # travel: the failed attempt repeats the customer's words; "did not help" must not make it new
    said = {"reboo", "fligh", "onlin", "lisbo"}
    assert repeats("Customer tried to rebook the flight online to Lisbon → did not help", said)
