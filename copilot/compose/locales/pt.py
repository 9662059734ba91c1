"""Portuguese templates (Brazilian usage): "você" throughout; no gendered agreement with the reader."""

from __future__ import annotations

from copilot.compose.locales.phrasebook import Phrasebook

__all__ = ["PHRASEBOOK"]

PHRASEBOOK = Phrasebook(
    language="pt",
    fact_refs={
        "order_id": "o pedido {value}",
        "account_id": "a conta {value}",
        "ticket_id": "o chamado {value}",
        "tracking_number": "o envio {value}",
        "error_code": "o erro {value}",
        "product": "o produto {value}",
        "device": "o aparelho {value}",
        "amount": "a cobrança de {value}",
        "other": "{value}",
        "address": "o endereço {value}",
        "date": "{value}",
        "phone": "o número {value}",
        "email": "o e-mail {value}",
    },
    phrases={
        # ------------------------------------------------------------------ first message
        "greet_name": "Olá {name},",
        "greet_name_letter": "Olá {name},",
        "greet_anon": "Olá,",
        "greet_anon_letter": "Olá,",
        "greet_name_relaxed": "Oi {name},",
        "greet_anon_relaxed": "Oi,",
        "issue_quote": "Entendo o problema: “{quote}”.",
        "sorry_quote": "Sinto muito pelo que aconteceu: “{quote}”.",
        "sorry_topic": "Sinto muito pelos problemas com {topic}.",
        "sorry_topic_wait": "Sinto muito pelos problemas com {topic} e pela espera.",
        "read_all_facts": {
            "neutral": "Li toda a conversa e anotei {facts}, então não é necessário repetir nada.",
            "casual": "Li toda a conversa e anotei {facts}, então não precisa repetir nada.",
        },
        "read_all": {
            "neutral": "Li toda a conversa, então não é necessário repetir nada.",
            "casual": "Li toda a conversa, então não precisa repetir nada.",
        },
        "read_all_topic": {
            "neutral": "Li toda a conversa sobre {topic}, então não é necessário repetir nada.",
            "casual": "Li toda a conversa sobre {topic}, então não precisa repetir nada.",
        },
        "tried_generic": "Vejo que algumas soluções já foram tentadas sem sucesso, então não vou pedir que "
        "você "
        "as repita.",
        "look_into": "Estou verificando {target} agora",
        "look_into_vip": "Estou verificando pessoalmente {target} agora",
        "next_guide": "{look}, seguindo o nosso guia “{guide}”, e {update}.",
        "next_plain": "{look} e {update}.",
        "update_chat": "volto a falar com você por aqui",
        "update_letter": "vou escrever para você assim que tiver novidades",
        "update_text": {"neutral": "escrevo para você por aqui", "casual": "te escrevo por aqui"},
        "update_voice": "vou explicando o que encontrar",
        "sign_off": "Atenciosamente,",
        "target_default": "o seu caso",
        "topic_default": "a sua solicitação",
        "and_word": "e",
        "our_team": "nossa equipe",
        # ------------------------------------------------------------------ transition message
        "handover": {
            "neutral": "Estou transferindo você para uma pessoa de {company}, que verá toda esta conversa, "
            "então "
            "não será necessário repetir nada.",
            "casual": "Vou passar você para uma pessoa de {company}, que vai ver toda a conversa, então não "
            "precisa repetir nada.",
        },
        "handover_letter": "Agradecemos a sua mensagem. Uma pessoa de {company} vai assumir esta conversa e "
        "verá "
        "tudo o que foi escrito até agora, então não é necessário repetir nada.",
        "transition_empathy": "Entendo que isso tem sido frustrante.",
        "queue_next": "Você está em primeiro lugar na fila",
        "queue_position": "Você está na posição {position} da fila",
        "queue_both": "{position}, e o tempo de espera estimado é de {wait}.",
        "queue_position_only": "{position}.",
        "queue_wait_only": "O tempo de espera estimado é de {wait}.",
        "no_eta": "O atendimento começará o mais rápido possível.",
        "wait_soon": "menos de um minuto",
        "wait_minute": "cerca de um minuto",
        "wait_minutes": "cerca de {n} minutos",
        "wait_hour": "cerca de uma hora",
        "wait_hours": "cerca de {n} horas",
        "offer_callback": "Se preferir não esperar, responda aqui e podemos ligar para você.",
        "offer_email": "Se preferir não esperar, responda aqui e podemos dar continuidade por e-mail.",
    },
)
