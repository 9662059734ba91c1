"""Frustration phrases in other languages, one pattern per cue family (lower-cased text).

The lexicon sentiment is English-only, so for a customer writing Spanish, French, German, Portuguese, Italian,
Dutch, Polish or Turkish these phrases are all the engine reads. Each family holds the everyday phrases a
native speaker uses for the same feeling as the English family of :mod:`copilot.analysis.frustration_patterns`
("this is unacceptable", "I already told you", "I have been waiting for days", "still not working", "I'll
cancel"), not any product's words. They are long enough not to collide with English or with each other, so they
run on any text: no language gate is needed. Every alternative starts with a letter, so the phrase scanner
indexes them (an inverted "¿" or "¡" in the text is skipped over by the word start).
"""

from __future__ import annotations

__all__ = [
    "ALREADY_DONE",
    "ANGER",
    "ANNOYED",
    "BOT_COMPLAINT",
    "CONTRADICTION",
    "EXPLICIT",
    "REFUSAL",
    "REPEAT_COUNT",
    "REPEAT_SAID",
    "SARCASM",
    "STILL_FAILING",
    "THREAT",
    "URGENCY",
    "WAIT",
]

ANGER = (
    # es
    r"inaceptable|indignante|estoy\s+(?:hart[oa]|furios[oa])|una\s+vergüenza|es\s+el\s+colmo|qué\s+vergüenza"
    r"|me\s+est(?:á|ás|an)\s+tomando\s+el\s+pelo|es\s+una\s+(?:broma|estafa)"
    # fr
    r"|inacceptable|inadmissible|scandaleux|j'en\s+ai\s+marre|ras\s+le\s+bol|c'est\s+(?:une\s+honte|honteux"
    r"|n'importe\s+quoi|du\s+vol)|je\s+suis\s+furieu(?:x|se)|vous\s+vous\s+moquez\s+de\s+moi"
    # de
    r"|inakzeptabel|unverschämt|eine\s+(?:frechheit|zumutung|unverschämtheit)|nase\s+voll|ich\s+bin\s+"
    r"(?:stink)?sauer|lächerlich|das\s+ist\s+(?:ein\s+witz|betrug)|reicht\s+mir"
    # pt
    r"|inaceitável|um\s+absurdo|uma\s+vergonha|estou\s+(?:fart[oa]|furios[oa])|ridículo|palhaçada"
    # it
    r"|inaccettabile|vergognoso|una\s+vergogna|sono\s+(?:stuf[oa]|furios[oa])|ridicolo|è\s+uno\s+scandalo"
    r"|una\s+presa\s+in\s+giro"
    # nl
    r"|onacceptabel|belachelijk|schandalig|ik\s+ben\s+het\s+(?:zat|beu)|dit\s+is\s+een\s+grap|te\s+gek\s+voor\s+woorden"
    # pl
    r"|to\s+(?:jest\s+)?skandal|skandaliczn\w+|nie\s+do\s+przyjęcia|mam\s+(?:tego\s+)?dość|żenada|żenujące"
    r"|to\s+jest\s+(?:kpina|żart)"
    # tr
    r"|kabul\s+edilemez|rezalet|saçmalık|bıktım|yeter\s+artık|dalga\s+mı\s+geçiyorsunuz"
)
"""Anger: "this is unacceptable", "I'm fed up", "a disgrace", "are you kidding me"."""

EXPLICIT = (
    r"frustrante|frustrant|frustrierend|frustrerend|frustrując\w*|ärgerlich|fastidioso"
    # es
    r"|estoy\s+(?:muy\s+|bastante\s+)?(?:molest[oa]|enfadad[oa]|enojad[oa]|decepcionad[oa]|cansad[oa]\s+de)"
    r"|(?:una|qué)\s+pérdida\s+de\s+tiempo|no\s+(?:me\s+lo\s+)?puedo\s+creer|qué\s+pesadilla|en\s+serio\s*\?"
    r"|no\s+sirve\s+(?:de|para)\s+nada"
    # fr
    r"|je\s+suis\s+(?:très\s+|vraiment\s+)?(?:énervée?|agacée?|déçue?|fâchée?|excédée?)|c'est\s+pénible"
    r"|perte\s+de\s+temps|je\s+n'en\s+reviens\s+pas|sérieusement\s*\?|ça\s+ne\s+sert\s+à\s+rien"
    # de
    # either word order: "ich bin sehr enttäuscht", "ehrlich gesagt bin ich ziemlich enttäuscht"
    r"|(?:ich\s+bin|bin\s+ich)\s+(?:(?:sehr|wirklich|echt|ziemlich|total|so|schon|etwas)\s+)?(?:verärgert|enttäuscht"
    r"|genervt|frustriert)|zeitverschwendung"
    r"|das\s+ist\s+(?:doch\s+)?nicht\s+ihr\s+ernst|im\s+ernst\s*\?|nervig"
    # pt
    r"|estou\s+(?:muito\s+|bem\s+)?(?:chatead[oa]|irritad[oa]|decepcionad[oa]|cansad[oa]\s+de|frustrad[oa])"
    r"|perda\s+de\s+tempo|não\s+acredito|sério\s*\?"
    # it
    r"|sono\s+(?:molto\s+|davvero\s+)?(?:arrabbiat[oa]|delus[oa]|seccat[oa]|frustrat[oa])|perdita\s+di\s+tempo"
    r"|non\s+ci\s+posso\s+credere|sul\s+serio\s*\?"
    # nl
    r"|ik\s+ben\s+(?:echt\s+|erg\s+|heel\s+)?(?:boos|geïrriteerd|teleurgesteld|gefrustreerd)|tijdverspilling"
    r"|zonde\s+van\s+mijn\s+tijd|serieus\s*\?"
    # pl
    r"|jestem\s+(?:bardzo\s+|naprawdę\s+)?(?:zł[ya]|wkurzon[ya]|zdenerwowan[ya]|rozczarowan[ya]|sfrustrowan[ya])"
    r"|strata\s+czasu|nie\s+wierzę|serio\s*\?"
    # tr
    r"|sinir\s+bozucu|çok\s+sinirliyim|hayal\s+kırıklığı|zaman\s+kaybı|ciddi\s+misiniz"
)
"""Clear frustration: "this is frustrating", "I'm very disappointed", "a waste of time", "seriously?"."""

THREAT = (
    # es
    r"voy\s+a\s+(?:cancelar|denunciar|dar\s+de\s+baja|cambiar(?:me)?\s+de\s+(?:compañía|operador|banco))"
    r"|me\s+doy\s+de\s+baja|darme\s+de\s+baja|cambiarme\s+de\s+(?:compañía|operador|banco)|hoja\s+de\s+reclamaciones|mi\s+abogado"
    # fr
    r"|je\s+vais\s+(?:résilier|porter\s+plainte|changer\s+d'opérateur|aller\s+(?:voir\s+)?ailleurs)|mon\s+avocat"
    r"|que\s+choisir"
    # de
    r"|ich\s+(?:werde\s+)?kündige|ich\s+werde\s+(?:den\s+vertrag\s+)?kündigen|verbraucherzentrale|mein(?:em)?\s+anwalt"
    r"|ich\s+wechsle\s+(?:den\s+anbieter|zur\s+konkurrenz)"
    # pt
    r"|vou\s+(?:cancelar|trocar\s+de\s+(?:operadora|empresa|banco)|processar)|procon|reclame\s+aqui|meu\s+advogado"
    # it
    r"|disdico|disdirò|cambio\s+operatore|il\s+mio\s+avvocato|(?:farò|faccio)\s+(?:una\s+)?denuncia"
    # nl
    r"|ik\s+(?:ga\s+(?:\w+\s+){0,2}opzeggen|zeg\s+(?:\w+\s+){0,2}op\b)|ik\s+stap\s+over|mijn\s+advocaat|consumentenbond"
    # pl
    r"|rezygnuję|zrezygnuję|zmieniam\s+(?:operatora|dostawcę|bank)|rzecznik\w*\s+praw\s+konsument\w*|uokik"
    r"|mój\s+prawnik"
    # tr
    r"|iptal\s+edeceğim|şikayet\s+edeceğim|şikayetvar|avukatım|tüketici\s+hakem"
)
"""Threats to leave or complain: "I'll cancel", "I'm switching provider", "consumer protection", "my lawyer"."""

WAIT = (
    # es
    r"llevo\s+(?:\w+\s+){1,2}(?:días|semanas|horas?|meses|minutos|rato)|ya\s+(?:van|pasaron|son|han\s+pasado)\s+"
    r"(?:\w+\s+){1,2}(?:días|semanas|horas|meses)|sigo\s+esperando|hace\s+(?:\w+\s+)?(?:días|semanas|meses)"
    r"\s+que|todavía\s+(?:nada|sin\s+respuesta)"
    # fr
    r"|j'attends\s+(?:depuis|toujours)|toujours\s+(?:rien|aucune\s+réponse|pas\s+de\s+(?:réponse|nouvelles))"
    r"|ça\s+fait\s+(?:\w+\s+)?(?:jours|semaines|mois)"
    # de
    r"|warte\s+(?:schon\s+|bereits\s+)?seit|immer\s+noch\s+(?:nichts|keine\s+antwort)|seit\s+(?:\w+\s+)?(?:tagen|wochen"
    r"|monaten)"
    # pt
    r"|esperando\s+há|estou\s+esperando|já\s+faz\s+(?:\w+\s+)?(?:dias|semanas|meses)|até\s+agora\s+nada|ainda\s+nada"
    # it
    r"|aspetto\s+da|sto\s+aspettando\s+da|ancora\s+(?:niente|nessuna\s+risposta)|sono\s+passati\s+(?:\w+\s+)?"
    r"(?:giorni|settimane|mesi)"
    # nl
    r"|ik\s+wacht\s+(?:al|nu\s+al|sinds)|nog\s+steeds\s+(?:niets|geen\s+(?:antwoord|reactie))|al\s+(?:\w+\s+)?"
    r"(?:dagen|weken|maanden)\s+(?:lang|wachten)|al\s+\d+\s+(?:dagen|weken|maanden)\b"
    # pl
    r"|czekam\s+(?:już|od)|(?:wciąż|nadal|dalej)\s+(?:nic|brak\s+odpowiedzi)|od\s+(?:\w+\s+)?(?:dni|tygodni|miesięcy)"
    # tr
    r"|hala\s+bekliyorum|hâlâ\s+bekliyorum|günlerdir|haftalardır|aylardır"
)
"""Waiting too long: "I've been waiting for days", "still nothing", "for weeks now"."""

URGENCY = (
    # es
    r"lo\s+antes\s+posible|cuanto\s+antes|es\s+urgente|con\s+urgencia|(?:perdí|he\s+perdido)\s+(?:toda\s+)?(?:la\s+"
    r"(?:tarde|mañana)|el\s+día)"
    # fr
    r"|au\s+plus\s+vite|dès\s+que\s+possible|c'est\s+urgent|de\s+toute\s+urgence|j'ai\s+perdu\s+(?:toute\s+)?"
    r"(?:ma\s+(?:journée|matinée|soirée)|mon\s+après-midi)"
    # de
    r"|so\s+schnell\s+wie\s+möglich|schnellstmöglich|(?:es\s+ist|ist)\s+dringend|bitte\s+schnell"
    r"|(?:den|einen)\s+ganzen\s+(?:tag|nachmittag|vormittag|abend)\s+(?:verloren|verbracht|damit)"
    # pt
    r"|o\s+mais\s+(?:rápido|depressa)\s+possível|o\s+quanto\s+antes|com\s+urgência|é\s+urgente"
    r"|perdi\s+(?:toda\s+)?(?:a\s+(?:tarde|manhã|noite)|o\s+dia|\w+\s+horas)"
    # it
    r"|il\s+prima\s+possibile|al\s+più\s+presto|con\s+urgenza|è\s+urgente|ho\s+perso\s+(?:tutto\s+)?"
    r"(?:il\s+pomeriggio|la\s+(?:mattinata|giornata|serata))"
    # nl
    r"|zo\s+snel\s+mogelijk|graag\s+snel|met\s+spoed|het\s+is\s+dringend|(?:hele|halve)\s+(?:dag|middag|ochtend)"
    r"\s+(?:kwijt|verloren)"
    # pl
    r"|jak\s+najszybciej|to\s+pilne|(?:straciłem|straciłam)\s+(?:cały\s+)?(?:dzień|popołudnie|ranek)"
    # tr
    r"|bir\s+an\s+önce|en\s+kısa\s+sürede|acil\s+(?:lütfen|bir)"
    # "hopefully it won't take long": es, fr, de, pt, it, nl
    r"|ojal[aá]\s+(?:que\s+)?no\s+(?:tarde|tarden|demore|demoren)|j'esp[eè]re\s+que\s+(?:ça|cela)\s+ne\s+(?:va\s+pas\s+)?"
    r"(?:prend|dur)\w*\s+pas\s+(?:trop\s+)?longtemps|hoffentlich\s+(?:dauert\s+(?:es|das)\s+nicht|nicht\s+zu)\s+lange"
    r"|tomara\s+que\s+n[aã]o\s+demore|spero\s+che\s+non\s+(?:ci\s+)?(?:voglia|metta|duri)\s+(?:molto|tanto)"
    r"|hopelijk\s+duurt\s+het\s+niet\s+(?:te\s+)?lang"
)
"""Asking for speed or counting the time lost on the issue: "as soon as possible", "it's urgent", "quickly
please", "I've lost the whole afternoon on this"."""

REPEAT_SAID = (
    # es
    r"ya\s+(?:te|se|le|os|les)\s+lo\s+(?:dije|di|expliqué|mandé|envié|he\s+dicho)|ya\s+lo\s+(?:dije|he\s+dicho)"
    # fr
    r"|je\s+(?:l'ai|vous\s+l'ai|te\s+l'ai)\s+déjà\s+(?:dit|donné|expliqué|envoyé|écrit)"
    # de
    r"|(?:habe|hab)\s+ich\s+(?:ihnen\s+|dir\s+)?(?:doch\s+)?(?:schon|bereits)\s+(?:gesagt|geschrieben|geschickt"
    r"|gegeben|erklärt|genannt)"
    # pt
    r"|já\s+(?:te\s+|lhe\s+)?(?:disse|falei|informei|enviei|mandei|expliquei)"
    # it
    r"|(?:l'ho|te\s+l'ho|gliel'ho|ve\s+l'ho)\s+già\s+(?:detto|dato|scritto|mandato|inviato)"
    # nl
    r"|(?:heb|had)\s+ik\s+(?:je\s+|u\s+)?(?:toch\s+)?al\s+(?:gezegd|gegeven|gestuurd|doorgegeven|uitgelegd)"
    # pl
    r"|już\s+(?:to\s+)?(?:mówiłe[mś]|mówiłam|pisałe[mś]|pisałam|podałe[mś]|podałam|wysłałe[mś]|wysłałam)"
    # tr
    r"|zaten\s+(?:söyledim|yazdım|verdim|belirttim|gönderdim)|daha\s+önce\s+(?:söyledim|yazdım|verdim)"
)
""""I already told you / gave it to you": mild, as the rest of the turn cannot be read."""

REPEAT_COUNT = (
    # es
    r"(?:como|ya)\s+(?:le\s+|te\s+)?(?:dije|expliqué)\s+antes|por\s+(?:la\s+)?(?:segunda|tercera|cuarta|enésima)\s+vez"
    r"|cuántas\s+veces|la\s+(?:segunda|tercera|cuarta|enésima)\s+vez\s+que"
    # fr
    r"|comme\s+je\s+(?:l'ai|vous\s+l'ai)\s+(?:déjà\s+)?dit|pour\s+la\s+(?:deuxième|troisième|quatrième|énième)\s+fois"
    r"|combien\s+de\s+fois|la\s+(?:deuxième|seconde|troisième|quatrième|énième)\s+fois\s+que"
    # de
    r"|wie\s+(?:ich\s+)?(?:schon|bereits)\s+gesagt|zum\s+(?:zweiten|dritten|vierten|x-ten)\s+mal|wie\s+oft\s+noch"
    # pt
    r"|como\s+(?:eu\s+)?já\s+disse|pela\s+(?:segunda|terceira|quarta|enésima)\s+vez|quantas\s+vezes"
    r"|a\s+(?:segunda|terceira|quarta|enésima)\s+vez\s+que"
    # it
    r"|come\s+ho\s+già\s+detto|per\s+la\s+(?:seconda|terza|quarta|ennesima)\s+volta|quante\s+volte"
    r"|la\s+(?:seconda|terza|quarta|ennesima)\s+volta\s+che"
    # nl
    r"|zoals\s+ik\s+al\s+(?:zei|schreef)|voor\s+de\s+(?:tweede|derde|vierde|zoveelste)\s+keer|hoe\s+vaak\s+nog"
    # pl
    r"|jak\s+już\s+(?:mówiłe[mś]|mówiłam|pisałe[mś]|pisałam)|po\s+raz\s+(?:drugi|trzeci|czwarty|kolejny|enty)"
    r"|ile\s+razy"
    # tr
    r"|(?:ikinci|üçüncü|dördüncü)\s+kez|kaç\s+kere|kaç\s+kez"
)
"""Asking again and saying so: "as I already said", "for the third time", "how many times"."""

BOT_COMPLAINT = (
    # es
    r"(?:me|dices|dice|repites|repite)\s+(?:(?:dices|dice|repites|repite)\s+)?(?:siempre\s+)?lo\s+mismo|la\s+misma\s+respuesta"
    r"|no\s+(?:me\s+)?(?:estás|está)\s+(?:escuchando|leyendo)|no\s+es\s+lo\s+que\s+(?:pregunté|pedí)"
    # fr
    r"|(?:vous|me|répétez)\s+(?:(?:me|répétez)\s+)*(?:toujours\s+)?la\s+même\s+chose|la\s+même\s+réponse|vous\s+ne\s+(?:lisez|m'écoutez)"
    r"\s+pas|ce\s+n'est\s+pas\s+ce\s+que\s+j'ai\s+demandé"
    # de
    r"|gleiche\s+antwort|dieselbe\s+antwort|das\s+habe\s+ich\s+nicht\s+gefragt|lesen\s+sie\s+(?:überhaupt|"
    r"eigentlich)"
    # pt
    r"|a\s+mesma\s+resposta|(?:você|vc)\s+não\s+(?:está|tá)\s+(?:lendo|ouvindo)|não\s+foi\s+isso\s+que\s+(?:eu\s+)?"
    r"perguntei"
    # it
    r"|la\s+stessa\s+risposta|non\s+(?:mi\s+)?(?:stai|sta)\s+(?:ascoltando|leggendo)|non\s+è\s+quello\s+che\s+ho\s+chiesto"
    # nl
    r"|hetzelfde\s+antwoord|steeds\s+hetzelfde|je\s+luistert\s+niet|dat\s+is\s+niet\s+wat\s+ik\s+(?:vroeg|bedoel)"
    # pl
    r"|ta\s+sama\s+odpowiedź|w\s+kółko\s+to\s+samo|nie\s+o\s+to\s+pyta\w+"
    # tr
    r"|aynı\s+(?:cevab\w*|yanıt\w*|şeyi\s+(?:söylüyorsunuz|tekrarlıyorsunuz))|bunu\s+sormadım"
)
"""Complaints about the bot: "you keep saying the same thing", "you're not reading", "not what I asked"."""

SARCASM = (
    r"gracias\s+por\s+nada|merci\s+pour\s+rien|danke\s+für\s+nichts|na\s+toll|obrigad[oa]\s+por\s+nada"
    r"|bedankt\s+voor\s+niks|bedankt\s+voor\s+niets|dzięki\s+za\s+nic|nou\s+geweldig|no\s+super,"
)
"""Sarcasm: "thanks for nothing", "oh great"."""

STILL_FAILING = (
    # es
    r"sigue\s+(?:sin\s+funcionar|igual|fallando|dando\s+error)|(?:todavía|aún)\s+no\s+funciona|no\s+funciona"
    r"|el\s+mismo\s+error"
    # fr
    r"|(?:ça|cela)\s+ne\s+(?:marche|fonctionne)\s+(?:toujours\s+)?pas|toujours\s+(?:le\s+même|la\s+même)\s+"
    r"(?:problème|erreur|message)"
    # de
    r"|funktioniert\s+(?:immer\s+noch\s+|noch\s+immer\s+|weiterhin\s+|trotzdem\s+)?nicht|geht\s+(?:immer\s+noch|noch"
    r"\s+immer)\s+nicht|(?:derselbe|der\s+gleiche)\s+fehler"
    # pt
    r"|não\s+funciona|continua\s+(?:sem\s+funcionar|igual|dando\s+erro)|o\s+mesmo\s+erro"
    # it
    r"|non\s+funziona|continua\s+a\s+non|lo\s+stesso\s+errore"
    # nl
    r"|werkt\s+(?:nog\s+steeds\s+|nog\s+altijd\s+)?niet|dezelfde\s+fout"
    # pl
    r"|(?:nadal|wciąż|dalej)\s+nie\s+działa|nie\s+działa|ten\s+sam\s+błąd"
    # tr
    r"|(?:hala|hâlâ)\s+çalışmıyor|çalışmıyor|aynı\s+hata"
)
"""A fix that still fails: "still not working", "the same error"."""

CONTRADICTION = r"non,?\s+non\b|nein,?\s+nein\b|não,?\s+não\b|nee,?\s+nee\b|nie,?\s+nie\b|hayır,?\s+hayır\b"
"""Turn-initial "no, no" (anchored by the caller)."""

REFUSAL = (
    r"no\s+quiero\s+(?:el|la|los|las|un|una|otro|otra|pagar|esperar|más)\b"
    r"|je\s+ne\s+veux\s+(?:pas|plus)\s+(?:de|du|des|le|la|les|un|une|payer|attendre|encore)\b"
    r"|ich\s+(?:will|möchte)\s+(?:kein(?:e|en|em)?|nicht\s+(?:zahlen|bezahlen|warten|noch))\b"
    r"|não\s+quero\s+(?:o|a|os|as|um|uma|outro|outra|pagar|esperar|mais)\b"
    r"|non\s+voglio\s+(?:il|la|lo|i|le|gli|un|una|altro|altra|pagare|aspettare|più)\b"
    r"|ik\s+wil\s+(?:geen|niet\s+(?:betalen|wachten))\b"
    r"|nie\s+chcę\s+(?!,|żeby|aby|by\b)\w+|istemiyorum"
)
"""Turning down what the assistant offers: "I don't want the link (again)", "I don't want to pay"."""

ALREADY_DONE = (
    r"ya\s+(?:lo\s+|la\s+|los\s+|las\s+)?(?:leí|hice|intenté|probé|revisé|comprobé|miré)|j'ai\s+(?:déjà\s+)?(?:lu|essayé"
    r"|vérifié)\b|je\s+l'ai\s+déjà\b"
    r"|(?:habe|hab)\s+ich\s+(?:schon|bereits)\s+(?:gemacht|versucht|gelesen|probiert|geprüft)|já\s+(?:li|fiz|tentei"
    r"|verifiquei)\b"
    r"|(?:l'ho|ho)\s+già\b|(?:heb|had)\s+ik\s+al\s+(?:gedaan|geprobeerd|gelezen)|już\s+(?:to\s+)?(?:zrobiłe[mś]"
    r"|zrobiłam|próbowałe[mś]|próbowałam|czytałe[mś]|czytałam)|zaten\s+(?:denedim|yaptım|okudum)"
)
""""I already did / read / tried that"."""

ANNOYED = (
    # es
    r"(?:es|qué|muy)\s+molesto|como\s+(?:ya\s+)?(?:le\s+|te\s+|les\s+)?(?:escribí|mencioné|indiqué|comenté)"
    r"|(?:he|hemos)\s+tenido\s+(?:mucha\s+)?paciencia"
    # fr
    r"|c'est\s+(?:très\s+|vraiment\s+)?(?:agaçant|énervant|embêtant)|comme\s+je\s+(?:l'ai|vous\s+l'ai)\s+(?:déjà\s+)?"
    r"(?:écrit|mentionné|indiqué|précisé)|j'ai\s+été\s+(?:très\s+)?patient"
    # de
    r"|(?:das\s+ist|ist\s+das)\s+(?:sehr\s+|echt\s+|wirklich\s+)?lästig|wie\s+(?:ich\s+)?(?:bereits|schon)"
    r"\s+(?:geschrieben|erwähnt)|ich\s+war\s+(?:sehr\s+)?geduldig|(?:habe|hab)\s+(?:\w+\s+){0,2}geduld\s+gehabt"
    # pt
    r"|(?:é|que)\s+(?:muito\s+)?chato|como\s+(?:eu\s+)?(?:já\s+)?(?:escrevi|mencionei|informei)"
    r"|tive\s+(?:muita\s+)?paciência"
    # it
    r"|(?:è|che)\s+(?:molto\s+)?fastidioso|come\s+(?:ho\s+)?(?:già\s+)?(?:scritto|accennato|indicato)"
    r"|ho\s+avuto\s+(?:molta\s+)?pazienza"
    # nl
    r"|(?:dat|het)\s+is\s+(?:erg\s+|heel\s+|best\s+)?(?:vervelend|irritant)|zoals\s+ik\s+(?:al\s+)?(?:schreef|aangaf)"
    r"|(?:heb|had)\s+(?:\w+\s+){0,3}geduld\s+gehad"
    # pl
    r"|to\s+(?:jest\s+)?(?:irytujące|denerwujące)|(?:byłem|byłam)\s+cierpliw[ya]"
    # tr
    r"|can\s+sıkıcı|sabırlı\s+davrandım"
)
"""Mild annoyance said outright: "that's annoying", "as I wrote", "I have been patient" (read as mild, as the
rest of the turn cannot be read)."""
