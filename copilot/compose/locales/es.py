"""Spanish templates: usted for formal and neutral, tú for casual; no gendered agreement with the reader."""

from __future__ import annotations

from copilot.compose.locales.phrasebook import Phrasebook

__all__ = ["PHRASEBOOK"]

PHRASEBOOK = Phrasebook(
    language="es",
    fact_refs={
        "order_id": "el pedido {value}",
        "account_id": "la cuenta {value}",
        "ticket_id": "el caso {value}",
        "tracking_number": "el envío {value}",
        "error_code": "el error {value}",
        "product": "el producto {value}",
        "device": "el dispositivo {value}",
        "amount": "el cargo de {value}",
        "other": "{value}",
        "address": "la dirección {value}",
        "date": "{value}",
        "phone": "el número {value}",
        "email": "el correo {value}",
    },
    phrases={
        # ------------------------------------------------------------------ first message
        "greet_name": "Hola {name},",
        "greet_name_letter": "Hola {name}:",
        "greet_anon": "Hola,",
        "greet_anon_letter": "Hola:",
        "greet_name_relaxed": "Hola {name},",
        "greet_anon_relaxed": "Hola,",
        "issue_quote": "Entiendo el problema: «{quote}».",
        "sorry_quote": "Siento mucho lo ocurrido: «{quote}».",
        "sorry_topic": "Siento mucho los problemas con {topic}.",
        "sorry_topic_wait": "Siento mucho los problemas con {topic} y la espera.",
        "read_all_facts": {
            "neutral": "He leído toda la conversación y tengo anotado {facts}, así que no hace falta que repita nada.",
            "casual": "He leído todo el chat y tengo anotado {facts}, así que no hace falta que repitas nada.",
        },
        "read_all": {
            "neutral": "He leído toda la conversación, así que no hace falta que repita nada.",
            "casual": "He leído todo el chat, así que no hace falta que repitas nada.",
        },
        "read_all_topic": {
            "neutral": "He leído toda la conversación sobre {topic}, así que no hace falta que repita nada.",
            "casual": "He leído todo el chat sobre {topic}, así que no hace falta que repitas nada.",
        },
        "tried_generic": {
            "neutral": "Veo que ya se intentaron algunas soluciones sin éxito, así que no le pediré que las repita.",
            "casual": "Veo que ya se probaron algunas cosas sin éxito, así que no te pediré que las repitas.",
        },
        "look_into": "Ahora mismo estoy revisando {target}",
        "look_into_vip": "Estoy revisando personalmente {target} ahora mismo",
        "next_guide": "{look} según nuestra guía «{guide}», y {update}.",
        "next_plain": "{look}, y {update}.",
        "update_chat": {"neutral": "le iré informando por aquí", "casual": "te iré informando por aquí"},
        "update_letter": {
            "neutral": "le escribiré en cuanto tenga novedades",
            "casual": "te escribiré en cuanto tenga novedades",
        },
        "update_text": {"neutral": "le escribiré por aquí", "casual": "te escribo por aquí"},
        "update_voice": {
            "neutral": "le iré contando lo que encuentre",
            "casual": "te iré contando lo que encuentre",
        },
        "sign_off": "Saludos cordiales,",
        "target_default": {"neutral": "su caso", "casual": "tu caso"},
        "topic_default": {"neutral": "su consulta", "casual": "tu consulta"},
        "and_word": "y",
        "our_team": "nuestro equipo",
        # ------------------------------------------------------------------ transition message
        "handover": {
            "neutral": "Le paso con una persona de {company}, que verá toda esta conversación, así que no "
            "hace "
            "falta que repita nada.",
            "casual": "Te paso con una persona de {company}, que verá todo este chat, así que no hace falta "
            "que "
            "repitas nada.",
        },
        "handover_letter": {
            "neutral": "Gracias por su mensaje. Una persona de {company} se encargará de esta conversación "
            "y verá "
            "todo lo escrito hasta ahora, así que no hace falta que repita nada.",
            "casual": "Gracias por tu mensaje. Una persona de {company} se encargará de esta conversación y "
            "verá "
            "todo lo escrito hasta ahora, así que no hace falta que repitas nada.",
        },
        "transition_empathy": "Entiendo que esto está siendo frustrante.",
        "queue_next": {"neutral": "Su turno es el siguiente", "casual": "Tu turno es el siguiente"},
        "queue_position": {
            "neutral": "Está en la posición {position} de la cola",
            "casual": "Estás en la posición {position} de la cola",
        },
        "queue_both": "{position} y el tiempo de espera estimado es de {wait}.",
        "queue_position_only": "{position}.",
        "queue_wait_only": "El tiempo de espera estimado es de {wait}.",
        "no_eta": {"neutral": "Le atenderán lo antes posible.", "casual": "Te atenderán lo antes posible."},
        "wait_soon": "menos de un minuto",
        "wait_minute": "un minuto aproximadamente",
        "wait_minutes": "unos {n} minutos",
        "wait_hour": "una hora aproximadamente",
        "wait_hours": "unas {n} horas",
        "offer_callback": {
            "neutral": "Si prefiere no esperar, responda aquí y podemos llamarle.",
            "casual": "Si prefieres no esperar, responde aquí y podemos llamarte.",
        },
        "offer_email": {
            "neutral": "Si prefiere no esperar, responda aquí y podemos continuar por correo electrónico.",
            "casual": "Si prefieres no esperar, responde aquí y podemos seguir por correo electrónico.",
        },
    },
)
