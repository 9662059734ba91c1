"""Known answers for the word readings every compose scorer shares: the lower-case words of a sentence and its
topical stems, on plain ASCII text (lower-cased whole) and on text with curly apostrophes, accents and emoji
(lowered word by word); the sentence cues read from them; and the customer's statements as value objects, the
same whether read inside a request's memo or outside it. Sentences from a pharmacy and a car-rental chat."""

from __future__ import annotations

from copilot.compose.cues import sentence_cues
from copilot.compose.statements import Statement, read_statements
from copilot.compose.text import content_stems, lower_tokens
from copilot.request_memo import request_scope
from copilot.schema import CustomerFact

from .builders import make_prepared, make_request, shipping_analysis


def test_ascii_words_are_lowered_whole() -> None:
    tokens = lower_tokens("My Prescription RX-4471 wasn't REFILLED, I've called Twice")
    assert tokens == frozenset({"my", "prescription", "rx-4471", "wasn't", "refilled", "i've", "called", "twice"})


def test_curly_apostrophes_and_accents_are_lowered_word_by_word() -> None:
    tokens = lower_tokens("I’ve been at the Zürich desk 🚗 and it’s CLOSED")
    assert {"i've", "it's", "zürich", "closed", "desk"} <= tokens
    assert not any(t != t.lower() for t in tokens)
    assert "🚗" not in " ".join(tokens)


def test_stems_skip_stopwords_and_short_words_whatever_the_case() -> None:
    assert content_stems("The PHARMACY said my refill is on hold") == frozenset({"pharm", "said", "refil", "hold"})
    # a dash makes the text non-ASCII: the word-by-word path gives the same stems
    assert content_stems("The PHARMACY said – my refill is on hold") == frozenset({"pharm", "said", "refil", "hold"})
    assert content_stems("Der Mietwagen in Zürich ist nicht da") >= frozenset({"mietw", "züric", "nicht"})


def test_repeated_words_give_one_stem_each() -> None:
    assert content_stems("refill refill REFILL refilled again and again") == frozenset({"refil", "again"})


def test_sentence_cues_read_word_lists() -> None:
    cues = sentence_cues("This is the second time my refill was late, I waited 3 days")
    assert cues.first_person and cues.recurrence and cues.digit and cues.duration
    assert not sentence_cues("Thanks for checking").first_person
    calm = sentence_cues("Can you tell me the opening hours")
    assert not (calm.recurrence or calm.consequence or calm.temporal)


RENTAL_CHAT = [
    {"id": "m1", "role": "customer", "text": "Hi. My rental RA-55821 was charged twice for the GPS add-on."},
    {"id": "m2", "role": "ai", "text": "I can see booking RA-55821. Refunds take 5-7 days."},
    {"id": "m3", "role": "customer", "text": "It has been 12 days already. I want the second charge refunded now."},
]


def test_statements_are_the_same_inside_and_outside_a_request_memo() -> None:
    request = make_request(RENTAL_CHAT)
    prepared = make_prepared(request)
    analysis = shipping_analysis(facts=[CustomerFact(type="order_id", value="RA-55821", message_id="m1")])
    outside = read_statements(prepared, analysis)
    with request_scope():
        inside = read_statements(prepared, analysis)
    assert inside == outside
    assert outside.issue is not None and outside.issue.message_id == "m1"
    assert outside.want is not None and outside.want.message_id == "m3"
    assert isinstance(outside.issue, Statement)
    assert outside.issue.order == outside.issue.position + outside.issue.sentence / 1000


def test_long_words_are_the_words_of_three_characters_or_more() -> None:
    from copilot.compose.text import _LONG_WORD, words

    for text in [
        "ok so my ID is _ab a-b a_bc -xyz it's 5G",
        "Zürich ÅB ça l’été «no» x'y 4G-LTE re-do",
        "a ab abc abcd ' '' - -- __x_",
    ]:
        assert _LONG_WORD.findall(text) == [w for w in words(text) if len(w) > 2]
