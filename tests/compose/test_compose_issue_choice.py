"""Known answers: which customer sentence the first message names as the issue, which details it tells back,
and how long statements in other languages are cut for a quotation (sentences from banking, SaaS, travel)."""

from __future__ import annotations

from copilot.compose.acknowledge import Told, details_to_tell
from copilot.compose.first_message import _issue_clause, _on_topic, _same_root
from copilot.compose.reflect import quotable
from copilot.context import Analysis, Intent

from .builders import shipping_analysis


def _analysis(label: str, description: str) -> Analysis:
    return shipping_analysis(intent=Intent(label=label, description=description, confidence=0.9))


def _told(text: str) -> Told:
    return Told(text, True, "issue", 0.0, text)


def test_a_side_remark_that_shares_no_word_with_the_intent_is_off_topic() -> None:
    analysis = _analysis("card_declined", "A card payment is declined or blocked at checkout or an ATM")
    assert not _on_topic(_told("you're on the basic plan so 500 a month isn't enough"), analysis)
    assert _on_topic(_told("your card was declined at the pharmacy"), analysis)


def test_word_forms_share_a_root() -> None:
    analysis = _analysis("login_problem", "Cannot sign in, password reset or two-factor codes not arriving")
    assert _on_topic(_told("your reset codes never arrive"), analysis)
    assert _same_root("pay", "payme")
    assert not _same_root("flight", "fligz")


def test_a_detail_that_repeats_the_opening_is_not_told_again() -> None:
    opening = "I understand your transfers to savings keep failing, and I'm sorry for the trouble."
    repeat = Told("that the transfer failed again", True, "detail", 4.0, "the transfer failed again")
    new = Told("that the bank app shows error 503 since Monday", True, "detail", 2.0, "the bank app shows error 503")
    chosen = details_to_tell([repeat, new], opening, 24, [])
    assert [d.text for d in chosen] == [new.text]


def test_a_flight_detail_that_adds_something_is_kept() -> None:
    opening = "I understand your flight to Lisbon was cancelled."
    detail = Told("that the rebooking page shows no seats until Friday", True, "detail", 2.0, "rebooking page no seats")
    assert details_to_tell([detail], opening, 24, []) == [detail]


def test_long_statements_in_other_languages_are_cut_at_a_conjunction() -> None:
    german = (
        "Ich habe gestern in der App eine Überweisung an meinen Vermieter für die Miete im Dezember angelegt, "
        "aber das Geld ist bis heute nicht angekommen"
    )
    spanish = (
        "Intenté cambiar la contraseña de mi cuenta de empresa tres veces esta mañana desde el portal web, "
        "pero el enlace de recuperación nunca llega"
    )
    assert quotable(german, []) == (
        "Ich habe gestern in der App eine Überweisung an meinen Vermieter für die Miete im Dezember angelegt"
    )
    assert quotable(spanish, []) == (
        "Intenté cambiar la contraseña de mi cuenta de empresa tres veces esta mañana desde el portal web"
    )


def test_an_on_topic_detail_replaces_an_off_topic_issue_sentence() -> None:
    analysis = _analysis("card_declined", "A card payment is declined or blocked at checkout or an ATM")
    side = _told("you're on the basic plan so 500 a month isn't enough")
    wish = Told("that you'd like a new card sent", False, "detail", 5.0, "you'd like a new card sent")
    fact = Told("that your card was declined twice at the hotel", True, "detail", 2.0, "your card was declined twice")
    chosen, rest = _issue_clause([side, wish, fact], analysis, late=True)
    assert [c.text for c in chosen] == ["your card was declined twice"]
    assert fact not in rest and wish in rest


def test_an_off_topic_sentence_from_a_later_turn_is_dropped_without_a_replacement() -> None:
    analysis = _analysis("account_locked", "The customer cannot sign in because the account is locked")
    side = _told("your team moved the meeting to Friday")
    assert _issue_clause([side], analysis, late=True) == ([], [side])
    assert _issue_clause([side], analysis, late=False) == ([side], [side])


def test_the_customers_own_apology_is_not_told_back() -> None:
    from copilot.compose.acknowledge import _APOLOGY

    assert _APOLOGY.match("sorry my english is not so good")
    assert _APOLOGY.match("Apologies for the long message")
    assert not _APOLOGY.match("the sorry state of my invoice")


def test_a_shorter_stem_on_either_side_puts_the_sentence_on_topic() -> None:
    """The one-call prefix test reads roots both ways: the sentence's stem may begin the intent's or the other
    way round (banking, SaaS and travel sentences)."""
    payment = _analysis("payment_failed", "A card payment fails")
    assert _on_topic(_told("the app will not let me pay"), payment)  # "pay" begins "payme"
    sso = _analysis("sso_error", "SSO sign-in loops")
    assert _on_topic(_told("the ssologin page is blank"), sso)  # "sso" begins "ssolo"
    boarding = _analysis("boarding_pass", "Cannot get the boarding pass or check in")
    assert not _on_topic(_told("the lounge was closed"), boarding)
