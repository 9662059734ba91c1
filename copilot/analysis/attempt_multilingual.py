"""Attempts in conversations held in French, Spanish, German, Portuguese or Italian: ``foreign_descriptions``.

The English extractor rewrites a turn into "<actor> <verb> ..."; in another language it finds nothing, and the
agent is left without the list of what was tried. Here a sentence that carries a clear cue of its language is
told in an English frame with the sentence quoted as it was written, so the agent reads who did what in the
customer's own words: "AI suggested “Verifica que el PIN sea reciente y vuelve a enviar la solicitud”",
"Customer tried “ho attivato il Travel Pass prima di partire”". The cues are the same in every language: a
lookup ("j'ai trouvé", "vedo"), a meaning explained ("significa", "bedeutet"), a suggestion (an imperative,
"puoi controllare", "sehen Sie"), what the assistant cannot do ("je ne peux pas", "leider kann ich ... nicht"),
and the customer's own attempt ("ya lo hice", "habe ich gemacht", "j'ai essayé"). A turn without enough words
of these languages is not read (English turns pay one word-set lookup).
"""

from __future__ import annotations

import re

from copilot.analysis.attempt_foreign_nouns import english_gist
from copilot.analysis.attempt_foreign_verbs import english_verb
from copilot.analysis.attempt_text import ACTOR, clip_to, sentences
from copilot.request_memo import per_request

__all__ = ["foreign_descriptions"]

_MAX_PER_MESSAGE = 3
_QUOTE_WORDS = 20
_MIN_FOREIGN_WORDS = 3
_FOREIGN_WORDS = frozenset(
    """je vous nous j'ai c'est est avec pour mais les des une dans sur votre vos pas très
    el los las usted que por para con pero una está mi tu su del muy también ya
    ich sie ihr und der die das nicht ist mit für ihre ihnen bitte auch leider habe wir
    você não para com uma está meu minha obrigado obrigada também já
    il di che non sono per con una ho gli della nel è mio anche già grazie
    la le en es lo se et ne du au zu auf ein eine dem da em os ao de y eso este esta esto
    ik het een niet mijn uw heb wil bent zijn
    bonjour hola hallo olá ciao buongiorno merci gracias danke dank""".split()  # noqa: SIM905
)
"""Frequent function words of the six languages, few of them English words (a turn needs three)."""
_LOOKUP = re.compile(
    r"\b(?:j'ai\s+(?:bien\s+)?trouvé|je\s+vois|encontré|he\s+encontrado|veo|ich\s+habe\b[^.?!]{0,80}\bgefunden|ich\s+sehe|"
    r"encontrei|vejo|ho\s+trovato|vedo)\b"
)
_CONFIRM = re.compile(r"\b(?:je\s+confirme|confirmo|ich\s+bestätige|confermo)\b")
_MEANS = re.compile(r"\b(?:signifie|significa|bedeutet|vuol\s+dire|quer\s+dizer)\b")
_CANNOT = re.compile(
    r"\b(?:je\s+ne\s+(?:peux|suis)\s+pas|je\s+n'ai\s+pas\s+(?:accès|d'informations?)|no\s+puedo|no\s+tengo\s+"
    r"(?:acceso|información)|no\s+es\s+posible|(?:ich\s+)?kann\s+ich\b[^.?!]{0,60}\bnicht|ich\s+kann\b[^.?!]{0,60}\bnicht|"
    r"não\s+(?:posso|consigo|tenho\s+(?:acesso|informações?))|non\s+(?:posso|riesco)|non\s+ho\s+(?:accesso|informazioni)|"
    r"desculpe,\s+não\s+tenho|desolé,\s+je\s+n'ai)\b"
)
_SUGGEST = re.compile(
    # imperatives and "you can" of the five languages: "choisissez", "vous pouvez signaler", "verifica que",
    # "puoi controllare", "sehen Sie", "Starten Sie", "você pode", "tente"
    r"(?:^|[,;:]\s*|\b(?:et|y|e|und|ou|o|oder|puis|luego|dann|depois|poi)\s+|\b(?:veuillez|por\s+favor|bitte|per\s+favore)\s+)"
    r"(?:(?!(?:avez|êtes|pouvez|voulez|devez|savez|allez)\b)[a-zéèêàç]{3,}ez\b(?!-vous)"
    r"|(?:intenta|intente|prueba|pruebe|verifica|verifique|revisa|revise|corrige|corrija|reinicia|reinicie|vuelve\s+a|"
    r"vuelva\s+a|actualiza|actualice|elige|elija|selecciona|seleccione|abre|abra|comprueba|compruebe|desconecta|"
    r"conecta|activa|active|desactiva|tente|verifique|reinicie|acesse|clique|escolha|atualize|prova|controlla|"
    r"riavvia|scegli|apri|attiva|disattiva|aggiorna)\b"
    r"|[a-zäöüß]{3,}en\s+sie\b)"
    r"|\b(?:vous\s+pouvez|tu\s+peux|puedes|puede\s+usted|podés|können\s+sie|sehen\s+sie|você\s+pode|pode|puoi|può)\s+"
    r"[a-zéèêàçäöüßíóúãõ]+"
)
_CUSTOMER_DID = re.compile(
    r"\b(?:j'(?:ai|avais)\s+(?:déjà\s+|aussi\s+|bien\s+)?(?:essayé|fait|vérifié|redémarré|réinitialisé|contrôlé|désinstallé|"
    r"réinstallé|mis\s+à\s+jour|changé|supprimé|envoyé|renvoyé|appelé|activé|désactivé|reconnecté|rempli)|ya\s+lo\s+hice|"
    r"ya\s+(?:lo\s+|la\s+)?(?:intenté|probé)|(?:intenté|probé|reinicié|verifiqué|revisé|borré|llamé|pedí|activé|"
    r"desactivé|reinstalé|actualicé)|lo\s+volví\s+a|acabo\s+de|(?:he|había)\s+(?:intentado|probado|reiniciado|verificado|"
    r"revisado|cambiado|borrado|llamado|pedido|activado|desactivado)|habe\s+ich\s+(?:schon\s+|bereits\s+)?(?:gemacht|versucht|"
    r"geprüft|überprüft|getan)|ich\s+(?:habe|hatte)\b[^.?!]{0,60}\b(?:versucht|gemacht|geprüft|überprüft|neu\s+gestartet|"
    r"zurückgesetzt|aktiviert|deaktiviert|gelöscht|installiert|angerufen|kontaktiert|beantragt)|já\s+(?:fiz|tentei)|"
    r"(?:tentei|verifiquei|reiniciei|reinstalei|atualizei|apaguei|liguei|ativei|desativei)|tinha\s+(?:tentado|verificado|reiniciado|desativado|ativado|apagado)|(?:ho|avevo)\s+(?:già\s+|anche\s+)?"
    r"(?:provato|fatto|controllato|verificato|riavviato|attivato|disattivato|reinstallato|aggiornato|chiamato|"
    r"inviato)|l'ho\s+(?:già\s+)?(?:controllato|fatto|provato|verificato)|ik\s+heb\b[^.?!]{0,60}\b(?:gedaan|geprobeerd|"
    r"gecontroleerd|herstart|opnieuw\s+opgestart|gebeld|aangevraagd|verstuurd|geactiveerd|gedeactiveerd|"
    r"geïnstalleerd|verwijderd|gewijzigd))\b"
)
_DENIED = re.compile(
    # the customer's own request turned down: "Mein Antrag vom 10. November wurde mit dem Code UNL-07 abgelehnt"
    r"\b(?:solicitud|petición|demande|requête|antrag|anfrage|solicitação|pedido|richiesta|domanda|aanvraag|verzoek)\b"
    r"[^?!]{0,80}?\b(?:rechazad[ao]|denegad[ao]|refusée?|rejetée?|abgelehnt|recusad[ao]|negad[ao]|rejeitad[ao]|"
    r"rifiutat[ao]|respint[ao]|afgewezen)\b"
)
_YES = re.compile(
    # an answer that opens with "yes" confirms what the customer asked: "Sim, as jaquetas StormShell são impermeáveis"
    r"^\W*(?:sí|sim|oui|ja|sì|si(?=\s*,)|claro|certo|genau|exacto|exactement|esatto|bien\s+sûr|natürlich)\s*[,:!.]\s*",
    re.I,
)
_PATH = re.compile(r"\w\s*>\s*\w")
"""A menu path ("Compte > Commandes > Problème avec la commande"): the suggestion points to a place in the app."""
_VERB_WINDOW = 40  # characters after a cue in which the action's verb is looked for ("Acabo de bajarlo a 3")
_TRIED = re.compile(r"essayé|intenté|probé|intentado|probado|versucht|tentei|provato|geprobeerd")
_QUESTION = re.compile(r"\?\s*$")
_MIN_QUOTED_WORDS = 4  # "Ya lo hice", "¿Es correcto?": an answer to the turn before, not an attempt of its own
_HANDOFF = re.compile(
    # the transfer to a person announced: "Passo la conversazione a un operatore", "je vous mets en relation"
    r"\b(?:operatore|operador[a]?|agente|conseill(?:er|ère)|mitarbeiter(?:in)?|atendente|membre|miembro|kollegen?|"
    r"collega|especialista|spécialiste|spezialist(?:in)?|mets\s+en\s+relation|comuni(?:co|que)\s+con|weiterleiten|"
    r"transf[eé]r(?:e|o|ir|iero|iré|irei|isco|erisco|ieren|iere|ons)\b|"
    r"leite\b[^.?!]*\bweiter)"
)
_LEAD = re.compile(
    r"^\W*(?:(?:merci|gracias|danke|obrigad[oa]|grazie|d'accord|vale|ok|bien|gut|perfecto|parfait|perfetto|"
    r"entiendo|je\s+comprends|ich\s+verstehe|capisco|entendo)\b[^,.!]{0,25}[,.!]\s*)+",
    re.I,
)
_DETAILS = re.compile(
    # a question for the customer's details ("Pouvez-vous me confirmer le numéro de la ligne ?") is no attempt
    r"\b(?:confirm|indiqu|indic|angeb|fourn|proporcion|envi|nummer|numéro|número|numero|e-?mail|correo|adresse|"
    r"direcci|endereço|indirizzo|nom\b|nombre|name\b|nome\b|identifiant|kundennummer|código\s+postal|code\s+postal)"
)


@per_request
def foreign_descriptions(text: str, role: str) -> tuple[str, ...]:
    """What a French, Spanish, German, Portuguese or Italian turn tried, as "<actor> <verb> “<sentence>”", at
    most three; empty for a turn in another language (cached per text)."""
    lowered = text.lower()
    if len(_FOREIGN_WORDS.intersection(lowered.split())) < _MIN_FOREIGN_WORDS:
        return ()
    actor = ACTOR.get(role, "AI")
    found: list[str] = []
    for sentence in sentences(text):
        described = _customer(sentence) if role == "customer" else _assistant(sentence, actor)
        if described is not None:
            described = _with_gist(described, sentence)
        if described is not None and described not in found:
            found.append(described)
        if len(found) >= _MAX_PER_MESSAGE:
            break
    return tuple(found)


def _assistant(sentence: str, actor: str) -> str | None:
    """One assistant sentence in an English frame: what it says the assistant did, could not do or suggested."""
    lowered = sentence.lower()
    quoted = _quote(_LEAD.sub("", sentence))
    if not quoted or _HANDOFF.search(lowered) or len(quoted.split()) < _MIN_QUOTED_WORDS:
        return None
    if _CANNOT.search(lowered):
        return f"{actor} said {quoted}"
    yes = _YES.match(sentence)
    if yes is not None and not _QUESTION.search(lowered):
        confirmed = _quote(sentence[yes.end() :])
        if len(confirmed.split()) >= _MIN_QUOTED_WORDS:
            return f"{actor} confirmed {confirmed}"
    if _QUESTION.search(lowered):
        asks_details = _DETAILS.search(lowered) is not None or _LOOKUP.search(lowered) is not None
        return None if asks_details else f"{actor} asked {quoted}"
    for pattern, verb in ((_LOOKUP, "looked up and said"), (_CONFIRM, "confirmed"), (_MEANS, "explained")):
        if pattern.search(lowered):
            return f"{actor} {verb} {quoted}"
    suggestion = _SUGGEST.search(lowered)
    if suggestion is not None:
        action = english_verb(lowered[suggestion.start() : suggestion.end() + _VERB_WINDOW])
        if _PATH.search(sentence):
            return f"{actor} pointed the customer to " + (f"where they can {action} it: {quoted}" if action else quoted)
        return f"{actor} suggested " + (f"the customer {action} it: {quoted}" if action else quoted)
    return None


def _customer(sentence: str) -> str | None:
    """The customer's own attempt, quoted from its verb on ("ho attivato il Travel Pass prima di partire")."""
    did = _CUSTOMER_DID.search(sentence.lower())
    if _QUESTION.search(sentence):
        return None
    if did is None:
        denied = _DENIED.search(sentence.lower())
        quoted = _quote(sentence) if denied else ""
        return f"Customer's request was denied: {quoted}" if len(quoted.split()) >= _MIN_QUOTED_WORDS else None
    quoted = _quote(sentence[did.start() :])
    if len(quoted.split()) < _MIN_QUOTED_WORDS:
        return None
    window = sentence[did.start() : did.end() + _VERB_WINDOW].lower()
    if _TRIED.search(did.group(0).lower()):  # "ya intenté reiniciar el router": tried to restart it
        verb = english_verb(window)
        return f"Customer tried to {verb} it: {quoted}" if verb else f"Customer tried {quoted}"
    verb = english_verb(window, past=True)
    return f"Customer {verb} it: {quoted}" if verb else f"Customer tried {quoted}"


def _with_gist(described: str, sentence: str) -> str:
    """The description with the English words for what the quoted sentence is about, so an agent who does not
    read the language sees the gist: "AI explained “Der Code UNL-07 bedeutet...” (in English: code, unlock)"."""
    gist = english_gist(sentence.lower(), described.split("“", 1)[0].lower())
    return f"{described} (in English: {', '.join(gist)})" if gist else described


def _quote(text: str) -> str:
    """“text” in curly quotes, one line of at most 20 words; empty when nothing is left."""
    clipped = clip_to(text.strip(), _QUOTE_WORDS).strip()
    return f"“{clipped}”" if len(clipped) > 3 else ""
