"""Known answers: a customer telling us someone close to them died is offered condolences first, in their words."""

from __future__ import annotations

from copilot.compose import build_composer
from copilot.compose.condolence import loss_of, tells_loss
from copilot.config import Settings

from .builders import LOST_PACKAGE, calm, make_prepared, make_request, shipping_analysis

BEREAVEMENT = [
    {
        "id": "m1",
        "role": "customer",
        "text": "Hello. My husband Gerald passed away on October 30th. I need to cancel his phone line and our "
        "internet, we had everything in his name.",
    },
    {"id": "m2", "role": "ai", "text": "I'm very sorry for your loss. Can I have the account number?"},
    {"id": "m3", "role": "customer", "text": "I don't know it. Would it be possible to keep his number for a while?"},
    {"id": "m4", "role": "ai", "text": "I'm connecting you with our Bereavement Support team now."},
]


def first_message(messages: list[dict[str, str]], channel: str = "web_chat") -> str:
    prepared = make_prepared(make_request(messages, channel=channel, customer={"name": "Patricia Nguyen"}))
    analysis = calm(shipping_analysis(facts=[], attempts=[]))
    return build_composer(Settings()).compose(prepared, analysis, [LOST_PACKAGE]).first_message.text


def test_whom_the_customer_lost_is_read_in_their_words() -> None:
    def lost(text: str) -> str | None:
        return loss_of(make_prepared(make_request([{"id": "m1", "role": "customer", "text": text}])))

    assert lost("My husband Gerald passed away on October 30th.") == "your husband, Gerald"
    assert lost("My father, Arthur Bellamy, passed away on 2 November.") == "your father, Arthur Bellamy"
    assert lost("I lost my wife last month and need to close her account") == "your wife"
    assert lost("I'm the executor of my late mother's estate") == "your mother"
    assert lost("my son passed his driving test, can I add him to my plan?") is None
    assert lost("the parcel was lost in transit") is None


def test_the_first_message_opens_with_condolences_and_does_not_retell_the_death() -> None:
    text = first_message(BEREAVEMENT)
    assert text.startswith("Hi Patricia, my deepest condolences on the passing of your husband, Gerald.")
    assert not tells_loss(text.split(".", 1)[1])  # the death is not told back again as a detail
    assert "sorry" not in text  # the condolence stands for the apology: no "sorry that ..." after it
    letter = first_message(BEREAVEMENT, channel="email")
    assert "condolences on the passing of your husband, Gerald." in letter


def test_no_condolence_without_a_death() -> None:
    messages = [{"id": "m1", "role": "customer", "text": "My husband wants his own line on our plan."}]
    assert "condolences" not in first_message(messages)
