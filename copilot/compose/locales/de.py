"""German templates: Sie for formal and neutral, du for casual.

Fact references carry no article ("Bestellung A-1234"), which reads naturally with the prepositions the
templates use ("mit", "zu", "um"); ``topic_default`` is dative and ``target_default`` accusative to match.
"""

from __future__ import annotations

from copilot.compose.locales.phrasebook import Phrasebook

__all__ = ["PHRASEBOOK"]

PHRASEBOOK = Phrasebook(
    language="de",
    keep_case=frozenset({"Sie", "Ihr", "Ihre", "Ihnen", "Ihrem", "Ihren", "Ihrer"}),
    fact_refs={
        "order_id": "Bestellung {value}",
        "account_id": "Konto {value}",
        "ticket_id": "Ticket {value}",
        "tracking_number": "Sendung {value}",
        "error_code": "Fehler {value}",
        "product": "Produkt {value}",
        "device": "Gerät {value}",
        "amount": "Zahlung über {value}",
        "other": "{value}",
        "address": "Adresse {value}",
        "date": "{value}",
        "phone": "Nummer {value}",
        "email": "E-Mail {value}",
    },
    phrases={
        # ------------------------------------------------------------------ first message
        "greet_name": {"formal": "Guten Tag {name},", "neutral": "Hallo {name},"},
        "greet_name_letter": {"formal": "Guten Tag {name},", "neutral": "Hallo {name},"},
        "greet_anon": {"formal": "Guten Tag,", "neutral": "Hallo,"},
        "greet_anon_letter": {"formal": "Guten Tag,", "neutral": "Hallo,"},
        "greet_name_relaxed": "Hi {name},",
        "greet_anon_relaxed": "Hi,",
        "issue_quote": "Ich verstehe das Problem: „{quote}“.",
        "sorry_quote": "Es tut mir leid, was passiert ist: „{quote}“.",
        "sorry_topic": "Es tut mir leid, dass es Probleme mit {topic} gibt.",
        "sorry_topic_wait": {
            "neutral": "Es tut mir leid, dass es Probleme mit {topic} gibt und Sie warten mussten.",
            "casual": "Es tut mir leid, dass es Probleme mit {topic} gibt und du warten musstest.",
        },
        "read_all_facts": {
            "neutral": "Ich habe das gesamte Gespräch gelesen und mir {facts} notiert, Sie müssen also nichts "
            "wiederholen.",
            "casual": "Ich habe den ganzen Chat gelesen und mir {facts} notiert, du musst also nichts wiederholen.",
        },
        "read_all": {
            "neutral": "Ich habe das gesamte Gespräch gelesen, Sie müssen also nichts wiederholen.",
            "casual": "Ich habe den ganzen Chat gelesen, du musst also nichts wiederholen.",
        },
        "read_all_topic": {
            "neutral": "Ich habe das gesamte Gespräch zu {topic} gelesen, Sie müssen also nichts wiederholen.",
            "casual": "Ich habe den ganzen Chat zu {topic} gelesen, du musst also nichts wiederholen.",
        },
        "tried_generic": {
            "neutral": "Ich sehe, dass bereits einige Lösungen ohne Erfolg versucht wurden, deshalb werde "
            "ich Sie "
            "nicht bitten, diese zu wiederholen.",
            "casual": "Ich sehe, dass bereits einige Lösungen ohne Erfolg versucht wurden, deshalb werde "
            "ich dich "
            "nicht bitten, diese zu wiederholen.",
        },
        "look_into": "Ich kümmere mich jetzt um {target}",
        "look_into_vip": "Ich kümmere mich jetzt persönlich um {target}",
        "next_guide": "{look} und halte mich dabei an unseren Leitfaden „{guide}“; {update}.",
        "next_plain": "{look}, und {update}.",
        "update_chat": {
            "neutral": "ich melde mich hier wieder bei Ihnen",
            "casual": "ich melde mich hier wieder bei dir",
        },
        "update_letter": {
            "neutral": "ich schreibe Ihnen, sobald ich Neuigkeiten habe",
            "casual": "ich schreibe dir, sobald ich Neuigkeiten habe",
        },
        "update_text": {"neutral": "ich schreibe Ihnen hier", "casual": "ich schreibe dir hier"},
        "update_voice": {
            "neutral": "ich erkläre Ihnen dabei, was ich finde",
            "casual": "ich erkläre dir dabei, was ich finde",
        },
        "sign_off": "Mit freundlichen Grüßen",
        "target_default": {"neutral": "Ihr Anliegen", "casual": "dein Anliegen"},
        "topic_default": {"neutral": "Ihrem Anliegen", "casual": "deinem Anliegen"},
        "and_word": "und",
        "our_team": "unserem Team",
        # ------------------------------------------------------------------ transition message
        "handover": {
            "neutral": "Ich verbinde Sie mit einer Person aus {company}, die das gesamte Gespräch sehen "
            "wird, "
            "Sie müssen also nichts wiederholen.",
            "casual": "Ich verbinde dich mit einer Person aus {company}, die den ganzen Chat sehen wird, "
            "du musst also nichts wiederholen.",
        },
        "handover_letter": {
            "neutral": "Vielen Dank für Ihre Nachricht. Eine Person aus {company} übernimmt dieses Gespräch "
            "und "
            "sieht alles, was bisher geschrieben wurde, Sie müssen also nichts wiederholen.",
            "casual": "Danke für deine Nachricht. Eine Person aus {company} übernimmt dieses Gespräch und "
            "sieht alles, was bisher geschrieben wurde, du musst also nichts wiederholen.",
        },
        "transition_empathy": "Ich verstehe, dass das frustrierend ist.",
        "queue_next": {
            "neutral": "Sie sind als Nächstes an der Reihe",
            "casual": "Du bist als Nächstes an der Reihe",
        },
        "queue_position": {
            "neutral": "Sie sind auf Platz {position} der Warteschlange",
            "casual": "Du bist auf Platz {position} der Warteschlange",
        },
        "queue_both": "{position}, die geschätzte Wartezeit beträgt {wait}.",
        "queue_position_only": "{position}.",
        "queue_wait_only": "Die geschätzte Wartezeit beträgt {wait}.",
        "no_eta": {
            "neutral": "Sie werden so schnell wie möglich betreut.",
            "casual": "Du wirst so schnell wie möglich betreut.",
        },
        "wait_soon": "weniger als eine Minute",
        "wait_minute": "etwa eine Minute",
        "wait_minutes": "etwa {n} Minuten",
        "wait_hour": "etwa eine Stunde",
        "wait_hours": "etwa {n} Stunden",
        "offer_callback": {
            "neutral": "Wenn Sie nicht warten möchten, antworten Sie hier, und wir können Sie zurückrufen.",
            "casual": "Wenn du nicht warten möchtest, antworte hier, und wir können dich zurückrufen.",
        },
        "offer_email": {
            "neutral": "Wenn Sie nicht warten möchten, antworten Sie hier, und wir können uns per E-Mail bei "
            "Ihnen melden.",
            "casual": "Wenn du nicht warten möchtest, antworte hier, und wir können uns per E-Mail bei dir melden.",
        },
    },
)
