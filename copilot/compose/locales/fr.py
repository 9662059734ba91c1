"""French templates: vous for formal and neutral, tu for casual; no gendered agreement with the reader."""

from __future__ import annotations

from copilot.compose.locales.phrasebook import Phrasebook

__all__ = ["PHRASEBOOK"]

PHRASEBOOK = Phrasebook(
    language="fr",
    fact_refs={
        "order_id": "la commande {value}",
        "account_id": "le compte {value}",
        "ticket_id": "le dossier {value}",
        "tracking_number": "le colis {value}",
        "error_code": "l'erreur {value}",
        "product": "le produit {value}",
        "device": "l'appareil {value}",
        "amount": "le montant de {value}",
        "other": "{value}",
        "address": "l'adresse {value}",
        "date": "{value}",
        "phone": "le numéro {value}",
        "email": "l'e-mail {value}",
    },
    phrases={
        # ------------------------------------------------------------------ first message
        "greet_name": "Bonjour {name},",
        "greet_name_letter": "Bonjour {name},",
        "greet_anon": "Bonjour,",
        "greet_anon_letter": "Bonjour,",
        "greet_name_relaxed": "Salut {name},",
        "greet_anon_relaxed": "Salut,",
        "issue_quote": "Je comprends le problème : « {quote} ».",
        "sorry_quote": "Toutes mes excuses pour ce qui s'est passé : « {quote} ».",
        "sorry_topic": "Toutes mes excuses pour les difficultés concernant {topic}.",
        "sorry_topic_wait": "Toutes mes excuses pour les difficultés concernant {topic} et pour l'attente.",
        "read_all_facts": {
            "neutral": "J'ai lu toute la conversation et noté {facts}, vous n'avez donc rien à répéter.",
            "casual": "J'ai lu toute la conversation et noté {facts}, tu n'as donc rien à répéter.",
        },
        "read_all": {
            "neutral": "J'ai lu toute la conversation, vous n'avez donc rien à répéter.",
            "casual": "J'ai lu toute la conversation, tu n'as donc rien à répéter.",
        },
        "read_all_topic": {
            "neutral": "J'ai lu toute la conversation concernant {topic}, vous n'avez donc rien à répéter.",
            "casual": "J'ai lu toute la conversation concernant {topic}, tu n'as donc rien à répéter.",
        },
        "tried_generic": {
            "neutral": "Je vois que certaines solutions ont déjà été essayées sans succès, je ne vous "
            "demanderai "
            "donc pas de les refaire.",
            "casual": "Je vois que certaines solutions ont déjà été essayées sans succès, je ne te "
            "demanderai "
            "donc pas de les refaire.",
        },
        "look_into": "J'examine {target} dès maintenant",
        "look_into_vip": "J'examine personnellement {target} dès maintenant",
        "next_guide": "{look} en suivant notre guide « {guide} », et {update}.",
        "next_plain": "{look} et {update}.",
        "update_chat": {"neutral": "je reviens vers vous ici", "casual": "je reviens vers toi ici"},
        "update_letter": {
            "neutral": "je vous écrirai dès que j'aurai du nouveau",
            "casual": "je t'écrirai dès que j'aurai du nouveau",
        },
        "update_text": {"neutral": "je vous réponds ici", "casual": "je te réponds ici"},
        "update_voice": {
            "neutral": "je vous explique au fur et à mesure",
            "casual": "je t'explique au fur et à mesure",
        },
        "sign_off": "Cordialement,",
        "target_default": {"neutral": "votre demande", "casual": "ta demande"},
        "topic_default": {"neutral": "votre demande", "casual": "ta demande"},
        "and_word": "et",
        "our_team": "notre équipe",
        # ------------------------------------------------------------------ transition message
        "handover": {
            "neutral": "Je vous mets en relation avec une personne de {company}, qui verra toute cette "
            "conversation : vous n'aurez rien à répéter.",
            "casual": "Je te mets en relation avec une personne de {company}, qui verra toute cette "
            "conversation : tu n'auras rien à répéter.",
        },
        "handover_letter": {
            "neutral": "Merci pour votre message. Une personne de {company} prend le relais et verra tout "
            "ce qui "
            "a été écrit jusqu'ici : vous n'avez rien à répéter.",
            "casual": "Merci pour ton message. Une personne de {company} prend le relais et verra tout ce "
            "qui "
            "a été écrit jusqu'ici : tu n'as rien à répéter.",
        },
        "transition_empathy": "Je comprends que cette situation soit frustrante.",
        "queue_next": {
            "neutral": "Vous êtes en tête de la file d'attente",
            "casual": "Tu es en tête de la file d'attente",
        },
        "queue_position": {
            "neutral": "Vous êtes en position {position} dans la file d'attente",
            "casual": "Tu es en position {position} dans la file d'attente",
        },
        "queue_both": "{position} ; temps d'attente estimé : {wait}.",
        "queue_position_only": "{position}.",
        "queue_wait_only": "Temps d'attente estimé : {wait}.",
        "no_eta": {
            "neutral": "Cette personne vous répondra dès que possible.",
            "casual": "Cette personne te répondra dès que possible.",
        },
        "wait_soon": "moins d'une minute",
        "wait_minute": "environ une minute",
        "wait_minutes": "environ {n} minutes",
        "wait_hour": "environ une heure",
        "wait_hours": "environ {n} heures",
        "offer_callback": {
            "neutral": "Si vous préférez ne pas attendre, répondez ici et nous pourrons vous rappeler.",
            "casual": "Si tu préfères ne pas attendre, réponds ici et nous pourrons te rappeler.",
        },
        "offer_email": {
            "neutral": "Si vous préférez ne pas attendre, répondez ici et nous pourrons assurer le suivi par e-mail.",
            "casual": "Si tu préfères ne pas attendre, réponds ici et nous pourrons assurer le suivi par e-mail.",
        },
    },
)
