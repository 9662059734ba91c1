"""The English key words of a support sentence said in Spanish, French, German, Portuguese, Italian or Dutch:
``english_gist``.

A quoted sentence in another language tells an English-speaking agent little at a glance. Its verb is told by
:mod:`copilot.analysis.attempt_foreign_verbs`; what the action was about (the order, the refund, the password,
the line) and how it stands (denied, paid off, not available) is told here from a small general lexicon of the
things every support conversation talks about, each known by its stem in the six languages ("pedido",
"commande", "Bestellung", "encomenda", "ordine", "bestelling" -> "order"). Words not in the lexicon are not
guessed: the sentence stays quoted as it was written.
"""

from __future__ import annotations

import re

__all__ = ["english_gist"]

_MAX_WORDS = 5
_LEXICON: tuple[tuple[str, str], ...] = (
    # (English, stems in es/fr/de/pt/it/nl): what a support conversation is about
    ("request", "solicitud petición demande\\b requête antrag anfrage solicitação richiesta aanvraag verzoek"),
    ("order", "pedido commande bestellung encomenda ordine bestelling"),
    ("delivery", "entrega livraison livré zustellung zugestellt geliefert lieferung consegn bezorg"),
    ("package", "paquete colis paket pacote pacco pakket"),
    ("refund", "reembols rembours erstattung erstattet rimbors terugbetal"),
    ("return", "devoluci devoluç rücksend rückgabe restituz retourn"),
    ("exchange", "échange umtausch troca scambio ruil"),
    ("replacement", "reemplazo remplacement ersatz substitui sostituz vervang"),
    ("payment", "pago\\b paiement zahlung pagament betaling"),
    ("charge", "cargo cobro prélèvement abbuchung cobrança addebit"),
    ("card", "tarjeta carte\\b karte cartão kaart"),
    ("invoice", "factura facture rechnung fatura fattura"),
    ("receipt", "recibo reçu quittung ricevut"),
    ("statement", "extracto relevé kontoauszug extrato estratto"),
    ("account", "cuenta compte\\b konto conta\\b"),
    ("password", "contraseña mot\\s+de\\s+passe passwort senha wachtwoord"),
    ("code", "código code\\b codice"),
    ("app", "app\\b aplicación aplicativo applicazione"),
    ("phone", "teléfono téléphone telefon móvil celular handy"),
    ("line", "línea ligne leitung linha linea\\b lijn"),
    ("connection", "conexión connexion verbindung conexão connession"),
    ("network", "réseau netz\\b rede\\b rete\\b netwerk"),
    ("signal", "señal signal\\b sinal\\b segnale signaal"),
    ("subscription", "suscripción abonnement assinatura abbonamento"),
    ("fee", "comisión frais gebühr taxa\\b commissione"),
    ("seat", "asiento siège sitzplatz assento"),
    ("user", "usuario utilisateur benutzer nutzer usuário utente gebruiker"),
    ("booking", "reserva réservation buchung prenotazion boeking"),
    ("flight", "vuelo vol\\b flug voo\\b volo\\b vlucht"),
    ("address", "dirección adresse endereço indirizzo adres\\b"),
    ("email", "correo courriel e-mail"),
    ("number", "número numéro nummer numero"),
    ("error", "error erreur fehler erro\\b errore fout\\b"),
    ("settings", "configuración ajustes paramètres réglages einstellung configuraç impostazion instelling"),
    ("size", "talla taille größe tamanho taglia maat\\b"),
    ("unlock", "desbloque débloqu entsperr sblocc ontgrendel"),
    ("transfer", "portabilidad portabilité mitnahme portabilità portabilidade"),
    ("tracking", "seguimiento suivi sendungsverfolgung rastreamento tracciamento"),
    ("photos", "fotos photos foto\\b photo\\b"),
    ("form", "formulario formulaire formular modulo\\b"),
    ("option", "opción option opção opzione optie"),
    ("label", "etiqueta étiquette etikett etichetta"),
    ("shipping", "envío expédition versand frete spedizion verzend"),
    ("warranty", "garantía garantie garantia garanzia"),
    ("screen", "pantalla écran bildschirm schermo scherm"),
    ("battery", "batería batterie akku bateria batteria accu\\b"),
    ("data", "datos données dados dati\\b"),
    ("confirmation", "confirmación bestätigung confirmação conferma"),
    ("history", "historial historique verlauf histórico cronologia"),
    ("bank", "banco banque bank banca\\b"),
    ("duplicate", "duplicad doublon dupliqu doppelt"),
    ("difference", "diferencia différence differenz diferença differenza verschil"),
    ("deadline", "plazo délai frist prazo"),
    ("change", "cambiar cambio changer änder umbuch alterar mudar cambiare modific wijzig"),
    # how it stands
    ("paid off", "abbezahlt liquidado pagato\\s+per\\s+intero"),
    ("denied", "rechaz refusé abgelehnt recusad rifiutat negad afgewezen"),
    ("cancelled", "cancelad annulé storniert gekündigt annullat geannuleerd"),
    ("pending", "pendiente en\\s+attente ausstehend pendente in\\s+sospeso"),
    (
        "not available",
        "no\\s+(?:está\\s+)?disponible plus\\s+disponible pas\\s+disponible nicht\\s+verfügbar "
        "indisponível non\\s+(?:è\\s+)?disponibile niet\\s+beschikbaar",
    ),
    ("hidden", "oculta masqué ausgeblendet nascost verborgen"),
    ("online", "en\\s+línea en\\s+ligne online"),
    ("damaged", "dañad endommagé beschädigt danificad danneggiat beschadigd"),
    ("wrong", "equivocad incorrect falsch errad sbagliat verkeerd"),
)
_GIST = re.compile(
    r"\b(?:" + "|".join(f"(?P<g{i}>{'|'.join(stems.split())})" for i, (_, stems) in enumerate(_LEXICON)) + r")"
)
_ENGLISH = [english for english, _ in _LEXICON]


def english_gist(text: str, known: str = "") -> tuple[str, ...]:
    """The English words for the support things and states ``text`` (lower case, not English) names, in the order
    said and at most five, less those ``known`` (the description already in English) says: ("order", "paid off")
    for "ich habe die Bestellung gefunden; es ist abbezahlt"."""
    found: list[str] = []
    for match in _GIST.finditer(text):
        english = _ENGLISH[int(match.lastgroup[1:])] if match.lastgroup else ""
        if english and english not in found and not re.search(rf"\b{english}", known):
            found.append(english)
            if len(found) >= _MAX_WORDS:
                break
    return tuple(found)
