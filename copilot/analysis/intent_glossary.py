"""Customer-service words of other languages, glossed into English for the intent classifier.

A tenant's taxonomy is written in one language (English here): a customer writing Spanish, French, German, Dutch,
Portuguese, Italian, Polish or Turkish shares almost no words with its examples, so the classifier reads noise and
the turn is weighted down to nothing, leaving the intent to whatever English the assistant wrote. Customers of every
domain name their issue with the same everyday words, though: order, delivery, refund, charge, account, password,
cancel, change, flight, booking, bag, internet, signal, bill, a letter, a debt, a job lost... This glossary maps
those words (and their inflections, by prefix) to English, and drops the languages' function words, so an
untranslated turn becomes a few English words the model can read ("mi pedido no ha llegado" -> "order not arrived").
It holds no product's or company's words.

Entries are ``word:english`` (exact, accents ignored) or ``prefix*:english`` (any word starting so, four letters
or more). It runs only on a turn the taxonomy cannot read, so English turns never pay for it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache

__all__ = ["LANGUAGE_TABLES", "english_of", "entries", "fold", "function_words", "gloss", "merged_tables"]

_ES = """
pedido*:order; compra*:purchase; envio*:shipping; entreg*:delivered; llega:arrive; llegar*:arrive; llegado:arrived;
llego:arrived; recib*:received; cuando:when; donde:where; cuanto*:how much; diferencia*:difference;
paquete*:package; devolu*:return; devolver:return; reemplaz*:replacement; reembols*:refund; reintegr*:refund;
cobr*:charged; cargo*:charge; tarjeta*:card; pago*:payment; pagar*:pay; pague:paid; pagad*:paid;
factura*:invoice bill; cuenta*:account; contrasena*:password; sesion:login; acceso*:access; acceder:access;
bloque*:locked; correo*:email; direccion*:address; cancel*:cancel; anul*:cancel; suscrip*:subscription;
membresia*:membership; cambi*:change; talla*:size; equivocad*:wrong; incorrect*:wrong; roto:broken; rota:broken;
rompi*:broken; danad*:damaged; defectu*:defective; falta*:missing; perdid*:lost; producto*:product; articulo*:item;
codigo*:code; descuento*:discount; cupon*:coupon; precio*:price; datos:data; borrar:delete; elimin*:delete;
privacidad:privacy; conexion*:connection; lent*:slow; senal:signal; cobertura:coverage; movil*:mobile phone;
telefon*:phone; numero*:number; portabilidad:porting; linea*:line; tarifa*:plan; desbloque*:unlock; activ*:activate;
sincroniz*:sync; banco*:bank; bancari*:bank; exporta*:export; usuario*:user; permiso*:permission; nomina*:payroll;
vuelo*:flight; reserva*:booking reservation; equipaje*:luggage bag; maleta*:suitcase bag; retras*:delayed;
demora*:delay; seguro*:insurance; reclam*:claim; puntos:points; asiento*:seat; coche*:car; alquil*:rental;
fianza*:deposit; deposito*:deposit; confirmacion*:confirmation; billete*:ticket; fecha*:date; dinero:money;
todavia:still; nada:nothing; no:not; nunca:never; duplicad*:duplicate twice; movimiento*:transactions;
transacci*:transactions; extracto*:statement; averia*:outage; funciona*:working; aument*:increase;
contrato*:contract; seguimiento:tracking; rastre*:tracking; estado:status; tasa*:fee;
cartas:letters; deuda*:debt; debo:owe; debe:owe; debemos:owe; trabajo*:job; instal*:install; puedo:can;
pueden:can; puede:can
"""
_FR = """
commande*:order; quand:when; comment:how; pourquoi:why; combien:how much; difference*:difference;
livr*:delivered delivery; recu:received; recue:received; arrive*:arrived; colis:package; retour*:return;
renvoy*:return; echang*:exchange; remplac*:replacement; avoir:credit; rembours*:refund; factur*:invoice bill;
preleve*:charged; prelevement*:charged; debite*:charged; carte*:card; paiement*:payment; paye*:paid; payer:pay;
compte*:account; connecter:log in; connexion:login connection; identifi*:login; bloque*:locked; courriel*:email;
adresse*:address; annul*:cancel; resili*:cancel; abonnement*:subscription; adhesion:membership; chang*:change;
modifi*:change; taille*:size; mauvais*:wrong; errone*:wrong; casse*:broken; endommag*:damaged; abime*:damaged;
defectu*:defective; manqu*:missing; perdu*:lost; produit*:product; article*:item; reduction*:discount; promo*:promo;
prix:price; donnees:data; supprim*:delete; confidentialite:privacy; lent*:slow; reseau*:network signal;
couverture:coverage; portable*:mobile phone; telephon*:phone; numero*:number; portabilite:porting; ligne*:line;
forfait*:plan; itinerance:roaming; debloq*:unlock; activ*:activate; synchronis*:sync; banque*:bank; bancaire*:bank;
exporte*:export; utilisateur*:user; acces:access; droits:permission; paie:payroll; vol:flight; vols:flights;
reserv*:reservation booking; bagage*:luggage bag; valise*:suitcase bag; retard*:delayed; assurance*:insurance;
sinistre*:claim; reclamation*:claim; points:points; siege*:seat; fauteuil*:wheelchair; voiture*:car;
location*:rental; caution*:deposit; confirmation*:confirmation; billet*:ticket; argent:money; toujours:still;
rien:nothing; pas:not; jamais:never; double*:duplicate twice; doublon*:duplicate; releve*:statement; panne*:outage;
fonctionne*:working; marche:working; augment*:increase; contrat*:contract; suivi:tracking; transporteur*:carrier;
frais:fee;
lettre*:letter; courrier:letter; dette*:debt; dois:owe; doit:owe; travail:job; emploi:job; install*:install;
peux:can; peut:can
"""
_DE = """
bestell*:order; wann:when; warum:why; wieviel:how much; differenz*:difference; unterschied*:difference;
liefer*:delivery delivered; geliefert:delivered; zugestellt:delivered; zustell*:delivery; angekommen:arrived;
erhalten:received; bekommen:received; paket*:package; rucksend*:return; retoure*:return; zuruckschick*:return;
zuruckgeb*:return; ruckgabe*:return; umtausch*:exchange; gutschrift*:credit refund; ersatz*:replacement;
ruckerstatt*:refund; erstatt*:refund; rechnung*:invoice bill; abgebucht:charged; abbuchung*:charged;
belastet:charged; karte*:card; kreditkarte*:card; zahlung*:payment; bezahl*:paid; gezahlt:paid; konto*:account;
passwort*:password; kennwort*:password; anmeld*:login; einlogg*:login; gesperrt:locked; sperr*:locked;
adresse*:address; stornier*:cancel; storno*:cancel; kundig*:cancel; abonnement*:subscription; abo:subscription;
mitglied*:membership; anderung*:change; andern:change; geandert:change; umbuch*:change rebook;
verschieb*:change reschedule; grosse:size; falsch*:wrong; kaputt*:broken; beschadigt*:damaged; defekt*:defective;
fehlt:missing; fehlen*:missing; verloren*:lost; produkt*:product; artikel*:item; gutschein*:coupon code;
rabatt*:discount; preis*:price; daten:data; losch*:delete; datenschutz*:privacy; wlan:wifi; langsam*:slow;
empfang:signal; netz:network; abdeckung:coverage; handy*:mobile phone; telefon*:phone; nummer*:number;
rufnummer*:number; portier*:porting; leitung*:line; tarif*:plan; entsperr*:unlock; aktivier*:activate;
synchronis*:sync; bank:bank; banken:bank; exportier*:export; benutzer*:user; nutzer*:user; zugriff*:access;
berechtigung*:permission; lohn*:payroll; gehalt*:payroll; flug:flight; fluge:flights; flug*:flight;
ruckflug*:return flight; hinflug*:outbound flight; reservier*:reservation booking; buchung*:booking; gebucht:booked;
gepack*:luggage bag; koffer*:suitcase bag; verspat*:delayed; versicher*:insurance; schaden*:claim damage;
anspruch*:claim; punkte*:points; sitzplatz*:seat; fensterplatz*:seat; rollstuhl*:wheelchair; mietwagen*:car rental;
miet*:rental; auto:car; kaution*:deposit; bestatig*:confirmation; datum:date; geld:money; noch:still;
nichts:nothing; nicht:not; kein*:no; nie:never; zweimal:twice; doppelt*:duplicate twice; kontoauszug*:statement;
umsatz*:transactions; buchungen:transactions; storung*:outage; funktionier*:working; erhoh*:increase;
vertrag*:contract; sendungsverfolgung:tracking; gebuhr*:fee;
brief:letter; schuld*:debt owe; arbeit*:job; job:job; installier*:install; einbau*:install; kann:can; kannst:can
"""
_NL = """
bestelling*:order; wanneer:when; waarom:why; hoeveel:how much; verschil*:difference; besteld:ordered;
geleverd:delivered; levering*:delivery; bezorg*:delivery delivered; aangekomen:arrived; ontvang*:received;
pakket*:package; retour*:return; terugsturen:return; ruil*:exchange; vervang*:replacement; tegoed*:credit;
terugbetal*:refund; restitutie:refund; factuur*:invoice bill; afgeschreven:charged; afschrijving*:charged;
kaart*:card; creditcard*:card; betal*:payment; betaald:paid; rekening*:bill account; wachtwoord*:password;
inlog*:login; aanmeld*:login; geblokkeerd:locked; adres*:address; annuler*:cancel; opzeg*:cancel;
abonnement*:subscription; lidmaatschap*:membership; wijzig*:change; verander*:change; omboek*:change rebook;
verzetten:change; maat:size; maten:sizes; verkeerd*:wrong; kapot*:broken; beschadigd*:damaged; defect*:defective;
ontbre*:missing; kwijt:lost; verloren:lost; artikel*:item; korting*:discount; prijs:price; gegevens:data;
verwijder*:delete; traag:slow; langzaam:slow; signaal:signal; bereik:coverage; netwerk:network; mobiel*:mobile;
telefoon*:phone; nummer*:number; overzet*:porting; bundel*:plan; ontgrendel*:unlock; activer*:activate;
synchronis*:sync; gebruiker*:user; toegang:access; rechten:permission; salaris*:payroll; vlucht*:flight;
reservering*:reservation booking; boeking*:booking; geboekt:booked; bagage*:luggage bag; koffer*:suitcase bag;
vertraag*:delayed; vertraging*:delay; verzeker*:insurance; schade*:damage claim; punten:points; stoel*:seat;
zitplaats*:seat; rolstoel*:wheelchair; auto:car; huurauto*:car rental; gehuurd:rented; huur*:rental; borg:deposit;
borgsom:deposit; aanbetaling:deposit; bevestig*:confirmation; geld:money; niets:nothing; niks:nothing; niet:not;
geen:no; nooit:never; dubbel*:duplicate twice; transacties:transactions; afschrift*:statement; storing*:outage;
werkt:working; verhoog*:increase; kosten:fee;
brief:letter; schuld*:debt owe; werk:job; baan:job; installer*:install; kan:can
"""
_PT = """
encomenda*:order; quando:when; onde:where; quanto*:how much; diferenca*:difference; cheg*:arrived; receb*:received;
pacote*:package; devolv*:return; estorn*:refund; substitu*:replacement; fatura*:invoice bill; cartao:card;
pagamento*:payment; paguei:paid; conta:account; senha*:password; bloquead*:locked; endereco*:address;
assinatura*:subscription; troc*:exchange; alter*:change; mudar:change; tamanho*:size; errad*:wrong; quebrad*:broken;
danific*:damaged; defeito*:defective; produto*:product; desconto*:discount; cupom:coupon; preco*:price; dados:data;
exclu*:delete; apag*:delete; sinal:signal; celular*:mobile phone; telefone*:phone; linha*:line; plano*:plan;
ativ*:activate; usuario*:user; voo*:flight; bagagem*:luggage bag; mala:suitcase bag; malas:suitcases bags;
atras*:delayed; sinistro*:claim; pontos:points; assento*:seat; cadeira*:wheelchair; carro*:car; aluguel*:rental;
alug*:rental; caucao:deposit; confirmacao*:confirmation; bilhete*:ticket; passagem*:ticket; dinheiro:money;
ainda:still; nao:not; funcion*:working; taxa*:fee; movimento*:transactions; transac*:transactions;
extrato*:statement; duplicad*:duplicate twice;
divida*:debt; devo:owe; trabalho*:job; emprego*:job; instal*:install; posso:can; pode:can
"""
_IT = """
ordin*:order; dove:where; perche:why; differenza*:difference; consegn*:delivered delivery; arrivat*:arrived;
ricevut*:received; pacco*:package; reso:return; restitu*:return; sostitu*:replacement; rimbors*:refund;
addebit*:charged; fattura*:invoice bill; carta:card; pagament*:payment; pagat*:paid; accedere:login;
accesso:access login; bloccat*:locked; indirizzo*:address; annull*:cancel; disdett*:cancel; disdir*:cancel;
abbonament*:subscription; modific*:change; taglia*:size; sbagliat*:wrong; rotto:broken; rotta:broken;
danneggiat*:damaged; difettos*:defective; manca*:missing; smarrit*:lost; perso:lost; persa:lost; prodott*:product;
articol*:item; codice*:code; sconto*:discount; prezzo*:price; dati:data; segnale:signal; copertura:coverage;
cellulare*:mobile phone; telefon*:phone; sblocc*:unlock; attiva*:activate; sincronizz*:sync; banca*:bank;
utent*:user; permess*:permission; stipend*:payroll; volo:flight; voli:flights; albergo:hotel;
prenota*:booking reservation; bagagli*:luggage bag; valigi*:suitcase bag; ritard*:delayed; assicura*:insurance;
punti:points; posto:seat; sedia:wheelchair; macchina:car; noleggi*:rental; cauzione:deposit; conferma*:confirmation;
bigliett*:ticket; soldi:money; ancora:still; niente:nothing; nulla:nothing; non:not; mai:never; duplicat*:duplicate;
transazion*:transactions; estratto*:statement; moviment*:transactions; guasto:outage; funziona*:working;
aumenta*:increase; contratto*:contract; commission*:fee;
lettera*:letter; devo:owe; lavoro:job; install*:install; posso:can; puo:can
"""
_PL = """
zamówien*:order; zamowien*:order; zamówił*:ordered; zamówi*:order; kiedy:when; gdzie:where; dlaczego:why;
dostaw*:delivery; dostarcz*:delivered; doszł*:arrived; dotarł*:arrived; otrzymał*:received; dostał*:received;
paczk*:package; przesyłk*:package; zwrot*:return refund; zwróc*:return; zwraca*:return; wymian*:exchange;
faktur*:invoice bill; rachun*:bill; opłat*:charge fee; obciąż*:charged; pobra*:charged; kart*:card;
płatnoś*:payment; zapłaci*:paid; płaci*:pay; konto:account; konta:account; kontem:account; hasł*:password;
zalogowa*:login; logowani*:login; zablokow*:locked; odblokow*:unlock; adres*:address; anulow*:cancel;
subskrypc*:subscription; abonament*:subscription plan; członkost*:membership; zmian*:change; zmieni*:change;
rozmiar*:size; zły:wrong; zła:wrong; złe:wrong; błędn*:wrong; zepsut*:broken; uszkodz*:damaged; wadliw*:defective;
brak*:missing; zgubi*:lost; zgubion*:lost; produkt*:product; towar*:item; kod:code; kodu:code; kodem:code;
rabat*:discount; zniżk*:discount; podarunkow*:gift; saldo:balance; dane:data; danych:data; usuń:delete;
usun*:delete; prywatnoś*:privacy; internet*:internet; sieć:network; sieci:network; zasięg*:coverage; telefon*:phone;
numer*:number; linia:line; linii:line; aktywow*:activate; bank*:bank; użytkowni*:user; dostęp*:access; lot:flight;
lotu:flight; loty:flights; rezerwac*:booking reservation; bagaż*:luggage bag; walizk*:suitcase bag; opóźni*:delayed;
ubezpiecz*:insurance; odszkodowa*:claim; miejsc*:seat; samoch*:car; wynaj*:rental; kaucj*:deposit;
potwierdz*:confirmation; bilet*:ticket; pieniąd*:money; pieniędz*:money; nadal:still; wciąż:still; nie:not;
nic:nothing; nigdy:never; podwójn*:duplicate twice; skradzion*:stolen; kradzion*:stolen; działa:working;
działać:working; awari*:outage; podwyżk*:increase; umow*:contract; list:letter; dług*:debt; praca:job; pracy:job;
pracę:job; instalac*:install; mogę:can; może:can
"""
_TR = """
sipariş*:order; nerede:where; neden:why; niye:why; kaç:how much; teslim*:delivered delivery; kargo*:shipping
package; paket*:package; ulaşma*:not arrived; gelmedi:not arrived; geldi:arrived; aldım:received; iade*:return
refund; değişim*:exchange; fatura*:invoice bill; ücret*:charge fee; çekil*:charged; çekti*:charged; kart*:card;
ödeme*:payment; ödedim:paid; otomatik:automatic; hesap*:account; hesab*:account; şifre*:password; unut*:forgot;
parola*:password; giriş*:login; kilitlen*:locked; engellen*:locked; adres*:address; iptal*:cancel;
abonelik*:subscription; üyelik*:membership; değiş*:change; beden:size; bedeni:size; yanlış*:wrong; hatalı*:wrong;
kırık*:broken; bozuk*:broken; hasar*:damaged; arızal*:defective; eksik*:missing; kayıp*:lost; ürün*:product;
kod:code; kodu:code; indirim*:discount; kupon*:coupon; fiyat*:price; veri:data; verileri*:data; sil:delete;
silin*:delete; gizlilik*:privacy; internet*:internet; bağlantı*:connection; yavaş*:slow; sinyal*:signal;
şebeke*:network; kapsama:coverage; telefon*:phone; numara*:number; hattı*:line; tarife*:plan; kilit*:locked;
aktif*:activate; banka*:bank; kullanıcı*:user; erişim*:access; uçuş*:flight; rezervasyon*:booking reservation;
bagaj*:luggage bag; valiz*:suitcase bag; gecik*:delayed; rötar*:delayed; sigorta*:insurance; talep*:claim;
koltuk*:seat; araba*:car; kiralık*:rental; depozito*:deposit; onay*:confirmation; bilet*:ticket; parayı:money;
hala:still; hâlâ:still; değil:not; yok:no; hiç:never; çift:duplicate twice; çalışmıyor:not working; çalış*:working;
kesinti*:outage; arıza*:outage; zam:increase; sözleşme*:contract; mektup*:letter; borç*:debt; işimi:job; işsiz*:job
lost; kurulum*:install
"""
_FUNCTION_WORDS = """
el la los las un una unos unas del al y o que en por para con mi mis me te se su sus es son esta este esto ese eso
lo le les ya pero como muy mas hay ha he han hola gracias buenas tardes dias desde hace porque cuando donde yo tu
usted nos nuestro tambien si le les du des et ou qui dans pour avec mon ma mes je tu il elle nous vous ils est sont
ce cet cette ces ai avez a ont mais comme tres plus bonjour merci sur au aux sa ses leur der die das den dem des ein
eine einen einem und oder ich sie wir ihr mein meine meinen ist sind war hat habe haben aber wie sehr mehr guten tag
hallo danke fur auf mit von zu im am bitte het een ik je jij hij zij wij mijn is zijn was heb hebben maar ook heel
meer hoi dank voor op van naar met om dat dit er al os um uma e ou em com meu minha eu voce ele ela sao mas muito
obrigado obrigada ola do da dos das na nos nas ao aos pelo pela il lo gli le di da per con mio mia io lui lei noi
voi sono ho hai abbiamo ma anche molto piu ciao grazie buongiorno che non
w z na do od po że ze się sie jest są był była mam masz ma mamy ale jak bardzo więcej dzień dobry dziękuję dzieki
proszę to ten ta te tego mój moja moje mnie mi ja ty on ona my wy oni czy już tylko też i a o u
bir bu şu ve veya ile için da mi mı mu mü ben sen o biz siz onlar benim bana var ama çok daha merhaba teşekkürler
teşekkür ederim lütfen gibi ki ne şimdi bu ay
"""
_PHRASES = {
    "mot de passe": "password",
    "silla de ruedas": "wheelchair",
    "cadeira de rodas": "wheelchair",
    "sedia a rotelle": "wheelchair",
    "dos veces": "twice",
    "deux fois": "twice",
    "twee keer": "twice",
    "duas vezes": "twice",
    "due volte": "twice",
    "geld zuruck": "refund",
    "geld terug": "refund",
    "nog steeds": "still",
    "dwa razy": "twice",
    "iki kez": "twice",
    "ne zaman": "when",
    "immer noch": "still",
}
"""Words that only mean something together ("mot de passe" is a password, "passe" alone is not)."""
_PHRASE = re.compile(r"\b(?:" + "|".join(p.replace(" ", r"\s+") for p in _PHRASES) + r")\b")
_GENERAL = frozenset(
    {"not", "no", "nothing", "never", "still", "twice", "when", "where", "how", "why", "how much", "can"}
)
"""Glosses that say nothing about the topic: a turn glossed only into these ("not ... not") stays unread."""
_MIN_TOPICAL = 2
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_MIN_PREFIX = 4


LANGUAGE_TABLES = {"es": _ES, "fr": _FR, "de": _DE, "nl": _NL, "pt": _PT, "it": _IT, "pl": _PL, "tr": _TR}
"""Each language's own table of entries, by ISO 639-1 code."""


def fold(word: str) -> str:
    """Lower-cased, without accents ("Rückflug" -> "ruckflug"), so entries match however the accents were typed."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def entries(table: str) -> Iterator[tuple[str, str]]:
    """The ``(folded key, english)`` pairs of one language table; a key ending in ``*`` is a prefix entry."""
    for entry in table.split(";"):
        key, _, english = entry.partition(":")
        yield fold(key.strip()), " ".join(english.split())


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """The folded function words of all the glossed languages (dropped when glossing)."""
    return frozenset(fold(w) for w in _FUNCTION_WORDS.split())


@lru_cache(maxsize=1)
def merged_tables() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """Exact words and prefixes to English, and the function words to drop."""
    exact: dict[str, str] = {}
    prefixes: dict[str, str] = {}
    for table in LANGUAGE_TABLES.values():
        for key, english in entries(table):
            if key.endswith("*"):
                prefixes.setdefault(key[:-1], english)
            else:
                exact.setdefault(key, english)
    return exact, prefixes, function_words() - exact.keys()


def english_of(word: str, exact: dict[str, str], prefixes: dict[str, str]) -> str | None:
    """The English gloss of one folded word: an exact entry, else the longest prefix entry it starts with."""
    found = exact.get(word)
    if found is not None:
        return found
    for end in range(len(word), _MIN_PREFIX - 1, -1):
        found = prefixes.get(word[:end])
        if found is not None:
            return found
    return None


def gloss(text: str, is_known: Callable[[str], bool]) -> tuple[str, float]:
    """``text`` as the English words the classifier can read, and the share of its content words that made it
    with a topical word (not a bare "not" or "when"); empty when fewer than two topical words made it.

    Each word is kept when the taxonomy knows it already (English, cognates such as "hotel" or "internet"),
    replaced by its English gloss when the glossary has it, and dropped otherwise (names, words the glossary lacks);
    function words are dropped and not counted. ``is_known`` tells whether the taxonomy knows a word."""
    exact, prefixes, function_words = merged_tables()
    folded = _PHRASE.sub(lambda match: _PHRASES[" ".join(match.group().split())].upper(), fold(text))
    words: list[str] = []
    content = topical = 0
    for word in _WORD.findall(folded):
        if len(word) < 2 or word in function_words:
            continue
        content += 1
        english = word.lower() if word.isupper() else english_of(word, exact, prefixes)  # upper: a phrase glossed above
        if english is None and is_known(word):
            english = word
        if english is not None:
            words.append(english)
            topical += english not in _GENERAL
    if topical < _MIN_TOPICAL:
        return "", 0.0
    return " ".join(words), topical / content
