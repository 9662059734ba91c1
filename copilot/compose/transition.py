"""The message the customer sees while the conversation moves to a person.

It says a person is taking over and will see the whole conversation (nothing to repeat), gives the queue
position and a humanely rounded wait when the platform sent ``queue``, and, when the wait is over
``settings.callback_wait_threshold_s`` (or nobody is online and no estimate exists), offers a callback when a
phone number is known or an e-mail follow-up when an address is known. It promises no time or outcome of its
own: the wait is the platform's estimate, and the offers say "we can", not "we will".
"""

from __future__ import annotations

from copilot.compose.keyfacts import contact_known
from copilot.compose.tone import Voice
from copilot.config import Settings
from copilot.context import Analysis, Prepared
from copilot.schema import QueueInfo, TransitionMessage

__all__ = ["humane_wait", "write_transition"]


def humane_wait(seconds: float) -> tuple[str, int]:
    """Round a wait the way a person would say it: the phrase key and its number.

    Under 45 s is "less than a minute", then whole minutes up to 10, multiples of five up to 55 minutes,
    "about an hour" up to 90 minutes, and whole hours beyond.
    """
    if seconds < 45:
        return "wait_soon", 0
    if seconds < 90:
        return "wait_minute", 1
    minutes = round(seconds / 60)
    if minutes <= 10:
        return "wait_minutes", minutes
    if seconds < 55 * 60:
        return "wait_minutes", 5 * round(seconds / 300)
    if seconds < 90 * 60:
        return "wait_hour", 1
    return "wait_hours", round(seconds / 3600)


def write_transition(prepared: Prepared, analysis: Analysis, voice: Voice, settings: Settings) -> TransitionMessage:
    """Write the queue-aware hand-over message in the customer's language and the channel's register."""
    company = (settings.company_name or "").strip() or voice.say("our_team")
    letter = voice.shape == "letter"
    sentences = [voice.say("handover_letter" if letter else "handover", company=company)]
    if voice.empathy:  # a letter opens with its thanks; a chat line opens with the acknowledgement
        sentences.insert(len(sentences) if letter else 0, voice.say("transition_empathy"))
    queue = prepared.request.queue
    sentences.append(_queue_sentence(voice, queue))
    offer = _offer(prepared, analysis, voice, queue, settings.callback_wait_threshold_s)
    if offer:
        sentences.append(offer)
    return TransitionMessage(text=" ".join(s for s in sentences if s), callback_offered=offer is not None)


def _queue_sentence(voice: Voice, queue: QueueInfo | None) -> str:
    position = wait = None
    if queue is not None and queue.position is not None:
        position = (
            voice.say("queue_next") if queue.position <= 1 else voice.say("queue_position", position=queue.position)
        )
    if queue is not None and queue.estimated_wait_seconds is not None:
        key, amount = humane_wait(queue.estimated_wait_seconds)
        wait = voice.say(key, n=amount)
    if position and wait:
        return voice.say("queue_both", position=position, wait=wait)
    if position:
        return voice.say("queue_position_only", position=position)
    if wait:
        return voice.say("queue_wait_only", wait=wait)
    return voice.say("no_eta")


def _offer(
    prepared: Prepared, analysis: Analysis, voice: Voice, queue: QueueInfo | None, threshold_s: float
) -> str | None:
    """A callback or e-mail follow-up offer when the wait is long and there is a way to reach the customer."""
    if queue is None:
        return None
    if queue.estimated_wait_seconds is not None:
        long_wait = queue.estimated_wait_seconds > threshold_s
    else:
        long_wait = queue.agents_online == 0
    if not long_wait:
        return None
    phone, email = contact_known(prepared, analysis.facts)
    if phone:
        return voice.say("offer_callback")
    if email and voice.shape != "letter":
        return voice.say("offer_email")
    return None
