"""English templates. Formal avoids contractions; casual is shorter. No exclamation marks, no cheer."""

from __future__ import annotations

from copilot.compose.locales.phrasebook import Phrasebook

__all__ = ["PHRASEBOOK"]

PHRASEBOOK = Phrasebook(
    language="en",
    embeds_english_text=True,
    keep_case=frozenset({"I", "I'm", "I've", "I'll", "I'd"}),
    fact_refs={
        "order_id": "order {value}",
        "account_id": "account {value}",
        "ticket_id": "ticket {value}",
        "tracking_number": "tracking number {value}",
        "error_code": "error {value}",
        "product": "your {value}",
        "device": "your {value}",
        "amount": "the {value} charge",
        "other": "{value}",
        "address": "{value}",
        "date": "{value}",
        "phone": "the number {value}",
        "email": "{value}",
    },
    list_refs={"amount": "{value}", "product": "the {value}", "device": "the {value}"},
    phrases={
        # ------------------------------------------------------------------ first message
        "greet_name": {"formal": "Hello {name},", "neutral": "Hi {name},", "casual": "Hi {name},"},
        "greet_name_letter": {"formal": "Dear {name},", "neutral": "Hello {name},", "casual": "Hi {name},"},
        "greet_anon": {"formal": "Hello,", "neutral": "Hi there,", "casual": "Hi,"},
        "greet_anon_letter": {"formal": "Hello,", "neutral": "Hello,", "casual": "Hi,"},
        "greet_name_relaxed": "Hey {name},",
        "greet_anon_relaxed": "Hey there,",
        "condolence": {
            "formal": "Please accept my deepest condolences on the passing of {clause}.",
            "neutral": "My deepest condolences on the passing of {clause}.",
            "casual": "My deepest condolences on the passing of {clause}.",
        },
        "sorry_clause": {
            "formal": "I am sorry that {clause}.",
            "neutral": "I'm sorry that {clause}.",
            "casual": "Sorry {clause}.",
        },
        "understand_clause": {
            "formal": "I understand that {clause}.",
            "neutral": "I understand that {clause}.",
            "casual": "I understand {clause}.",
        },
        "understand_clause_sorry": {
            "formal": "I understand that {clause}, and I am sorry for the trouble.",
            "neutral": "I understand that {clause}, and I'm sorry for the trouble.",
            "casual": "I understand {clause}, and sorry for the hassle.",
        },
        "sorry_topic": {
            "formal": "I am sorry for the trouble with {topic}.",
            "neutral": "I'm sorry about the trouble with {topic}.",
            "casual": "Sorry about the trouble with {topic}.",
        },
        "sorry_topic_wait": {
            "formal": "I am sorry for the trouble with {topic} and for the long wait.",
            "neutral": "I'm sorry about the trouble with {topic}, and for the wait.",
            "casual": "Sorry about the trouble with {topic}, and the wait.",
        },
        "read_all_facts": {
            "formal": "I have read the entire conversation and noted {facts}, so you will not have to repeat anything.",
            "neutral": "I've read the whole conversation and noted {facts}, so you won't have to repeat anything.",
            "casual": "I've read the whole chat and noted {facts}, so you won't have to repeat anything.",
        },
        "read_all_detail_facts": {
            "formal": "I have read the entire conversation, including {clause}, and noted {facts}, so you will not "
            "have to repeat anything.",
            "neutral": "I've read the whole conversation, including {clause}, and noted {facts}, so you won't have "
            "to repeat anything.",
            "casual": "I've read the whole chat, including {clause}, and noted {facts}, so you won't have to repeat "
            "anything.",
        },
        "read_all_topic_facts": {
            "formal": "I have read the entire conversation about {topic} and noted {facts}, so you will not have "
            "to repeat anything.",
            "neutral": "I've read the whole conversation about {topic} and noted {facts}, so you won't have to "
            "repeat anything.",
            "casual": "I've read the whole chat about {topic} and noted {facts}, so you won't have to repeat anything.",
        },
        "read_all_topic_detail_facts": {
            "formal": "I have read the entire conversation about {topic}, including {clause}, and noted {facts}, "
            "so you will not have to repeat anything.",
            "neutral": "I've read the whole conversation about {topic}, including {clause}, and noted {facts}, so "
            "you won't have to repeat anything.",
            "casual": "I've read the whole chat about {topic}, including {clause}, and noted {facts}, so you won't "
            "have to repeat anything.",
        },
        "read_all": {
            "formal": "I have read the entire conversation, so you will not have to repeat anything.",
            "neutral": "I've read the whole conversation, so you won't have to repeat anything.",
            "casual": "I've read the whole chat, so you won't have to repeat anything.",
        },
        "read_all_detail": {
            "formal": "I have read the entire conversation, including {clause}, so you will not have to "
            "repeat anything.",
            "neutral": "I've read the whole conversation, including {clause}, so you won't have to repeat anything.",
            "casual": "I've read the whole chat, including {clause}, so you won't have to repeat anything.",
        },
        "read_all_topic_detail": {
            "formal": "I have read the entire conversation about {topic}, including {clause}, so you will not have "
            "to repeat anything.",
            "neutral": "I've read the whole conversation about {topic}, including {clause}, so you won't have to "
            "repeat anything.",
            "casual": "I've read the whole chat about {topic}, including {clause}, so you won't have to repeat "
            "anything.",
        },
        "read_all_topic": {
            "formal": "I have read the entire conversation about {topic}, so you will not have to repeat anything.",
            "neutral": "I've read the whole conversation about {topic}, so you won't have to repeat anything.",
            "casual": "I've read the whole chat about {topic}, so you won't have to repeat anything.",
        },
        "tried_failed": {
            "formal": "I can see that {attempt} and that it did not work, so I will try something else.",
            "neutral": "I can see {attempt} and it didn't work, so I'll try something else.",
        },
        "tried_partial": {
            "formal": "I can see that {attempt} and that it only partly helped, so I will build on that.",
            "neutral": "I can see {attempt} and it only partly helped, so I'll build on that.",
        },
        "tried_declined": {
            "formal": "I can see that {attempt} and that you would prefer not to, so we will look at other options.",
            "neutral": "I can see {attempt} and you'd rather not, so we'll look at other options.",
        },
        "tried_contact": {
            "formal": "I can see that {attempt}, so I will take it from here.",
            "neutral": "I can see {attempt}, so I'll take it from here.",
        },
        "tried_suggested": {
            "formal": "I can see that {attempt}, so I will not ask you to go through that again.",
            "neutral": "I can see {attempt}, so I won't ask you to go through that again.",
        },
        "tried_generic": {
            "formal": "I can see that some steps have already been tried, so I will not ask you to repeat them.",
            "neutral": "I can see some steps were already tried, so I won't ask you to repeat them.",
            "casual": "I can see some things were already tried, so I won't ask you to repeat them.",
        },
        "look_into": {"formal": "I am now looking into {target}", "neutral": "I'm looking into {target} now"},
        "look_into_vip": {
            "formal": "I am personally looking into {target} now",
            "neutral": "I'm personally looking into {target} now",
        },
        "next_guide": "{look}, following our “{guide}” guide, and {update}.",
        "next_plain": "{look}, and {update}.",
        "update_chat": {
            "formal": "I will keep you updated here",
            "neutral": "I'll keep you updated here",
            "casual": "I'll keep you posted here",
        },
        "update_letter": {
            "formal": "I will write to you again as soon as I have an update",
            "neutral": "I'll write back as soon as I have an update",
        },
        "update_text": {"formal": "I will message you here", "neutral": "I'll message you here"},
        "update_voice": {
            "formal": "I will walk you through what I find",
            "neutral": "I'll walk you through what I find",
        },
        "sign_off": "Kind regards,",
        "target_default": "this",
        "topic_default": "your request",
        "label_topic": "the {label} issue",
        "and_word": "and",
        "our_team": "our team",
        # ------------------------------------------------------------------ transition message
        "handover": {
            "formal": "I am transferring you to a member of {company}, who will see this entire "
            "conversation, "
            "so there is no need to repeat anything.",
            "neutral": "I'm connecting you with a person from {company} who will see this whole "
            "conversation, "
            "so you won't need to repeat anything.",
            "casual": "Connecting you with a person from {company} now. They'll see this whole chat, "
            "so no need to repeat anything.",
        },
        "handover_letter": {
            "formal": "Thank you for your message. A member of {company} is taking over this conversation "
            "and "
            "will see everything written so far, so there is no need to repeat anything.",
            "neutral": "Thanks for your message. A person from {company} is taking over and will see "
            "everything "
            "written so far, so there's no need to repeat anything.",
        },
        "transition_empathy": {
            "formal": "I understand this has been frustrating.",
            "neutral": "I understand this has been frustrating.",
            "casual": "I know this has been frustrating.",
        },
        "queue_next": {"formal": "You are next in line", "neutral": "You're next in line"},
        "queue_position": {
            "formal": "You are number {position} in the queue",
            "neutral": "You're number {position} in the queue",
            "casual": "You're #{position} in the queue",
        },
        "queue_both": {
            "neutral": "{position}, and the estimated wait is {wait}.",
            "casual": "{position}, wait is {wait}.",
        },
        "queue_position_only": "{position}.",
        "queue_wait_only": "The estimated wait is {wait}.",
        "no_eta": {
            "formal": "They will be with you as soon as possible.",
            "neutral": "They'll be with you as soon as they can.",
        },
        "wait_soon": "less than a minute",
        "wait_minute": "about a minute",
        "wait_minutes": "about {n} minutes",
        "wait_hour": "about an hour",
        "wait_hours": "about {n} hours",
        "offer_callback": {
            "formal": "If you would prefer not to wait, reply here and we can call you back instead.",
            "neutral": "If you'd rather not wait, reply here and we can call you back instead.",
            "casual": "Rather not wait? Reply here and we can call you back instead.",
        },
        "offer_email": {
            "formal": "If you would prefer not to wait, reply here and we can follow up by email instead.",
            "neutral": "If you'd rather not wait, reply here and we can follow up by email instead.",
            "casual": "Rather not wait? Reply here and we can follow up by email instead.",
        },
    },
)
