"""French cues: the tense of a clause and event types (see store/languages/en/cues.py)."""

TENSE_FUTURE = (
    # "plus tôt que prévu", "comme prévu": measured against a plan, the act itself has happened.
    r"va|vont|allait|allaient|doit|doivent|devra|devront|devrait|devraient|sera|seront|"
    r"(?<!que\s)(?<!qu'\s)(?<!comme\s)(?:prévu|prévue|prévus)|prévoit|"
    r"d'ici|jusqu'au|jusqu'à|prochain|prochaine|\w{3,}(?:era|eront|ira|iront)|"
    # irregular futures ("se rendra", "prendra", "mettra", "suivra", "pourra", "conclura", "fera"), lower
    # case: "Sandra", "Sierra" are names, "ultra", "extra" no verbs
    r"(?-i:[a-zà-ÿœ])(?!ltra|xtra)\w+(?:dra|dront|tra|tront|vra|vront|rra|rront|ura|uront)|fera|feront|aura|auront|"
    # the conditional of what may come ("pourraient partir en octobre"); "aurait", "serait" + participle
    # report a past by hearsay ("l'attaque aurait fait dix morts"), and "-rait" also ends "retrait"
    r"pourrait|pourraient|"
    # A term that ends on a date told in the present ("le mandat expire le 30 juin"): ahead, as Spanish
    # "vence el 30 de junio".
    r"(?:expire|expirent|prend\s+fin|prennent\s+fin|arrive\s+à\s+échéance)(?=\s+(?:le\s+)?\d)"
)
# Regular participles end in -é; the common irregular ones are listed ("est parti", "a pris").
TENSE_PAST = (
    r"a|ont|avait|avaient|était|étaient|fut|furent|dernier|dernière|hier|depuis|\w{3,}(?:é|ée|és|ées)|"
    # "(rester) lettre morte", a dead letter: an idiom of a defunct text, not a death
    r"partie?s?|(?<!lettre\s)(?<!lettres\s)morte?s?|venue?s?|sortie?s?|devenue?s?|revenue?s?|prise?s?|mise?s?|fait|dit|eu|été|"
    r"détruite?s?|reprise?s?|conquise?s?|"
    # participles in -u: "un accord conclu à la mi-mai", "des élections tenues en juillet"
    r"conclue?s?|obtenue?s?|tenue?s?|maintenue?s?|rendue?s?|perdue?s?|élue?s?|reçue?s?|vaincue?s?"
)
# "doit avoir quitté le pays au 31 décembre": a perfect infinitive is a deadline or a step before
# another act, its participle no past tense (the finite verb gives the tense).
PERFECT_INFINITIVE = r"\b(?:avoir|être)\s+(?:(?:été|entièrement|totalement|complètement|déjà)\s+)?\w+"
# A participle alone is an adjective ("les troupes déployées au Niger"): the past needs "a", "ont",
# "est" (themselves cues), so it dates only the date it introduces ("remis le 11 décembre").
BARE_PARTICIPLE = r"\w{3,}(?:é|ée|és|ées)"
# "n'est plus appliqué", "sont déployés": a present passive; verbs conjugated with "être" are past.
# "doit être achevé": a passive infinitive, future or present, never the past.
PRESENT_PASSIVE_BEFORE = (
    r"(?:n['’])?(?:est|sont|être|sera|seront|serait|seraient)\s+"
    r"(?:(?:plus|pas|toujours|encore|désormais|déjà|jamais)\s+)*$"
)
# A participle-looking word after a determiner is a noun: "aux autorités", "la sécurité".
NOUN_AFTER = r"(?:le|la|les|l['’]|des|du|aux|au|une|un|sa|son|ses|leur|leurs|cette|ce|ces|nos|notre)\s+$"
# Un délai encore à venir après un retrait annoncé ("le retrait total d'ici quatre à six mois", "dans un délai
# de trois mois"): ce qui est annoncé est un projet.
PERIOD_TO_COME = (
    r"\b(?:d['’]ici|dans\s+un\s+délai\s+d[e'’]|dans\s+les|au\s+cours\s+des)\s*(?:[\w-]+\s+){0,4}?"
    r"(?:jours|semaines|mois|ans|années)\b"
)
PAST_WITH_ETRE = (
    "parti",
    "arrivé",
    "venu",
    "mort",
    "né",
    "tombé",
    "entré",
    "sorti",
    "resté",
    "devenu",
    "allé",
    "retourné",
    "rentré",
    "revenu",
    "passé",
    "décédé",
)
# A past verb of phase or attempt before an infinitive dates the act itself, no plan ("ont commencé à
# partir mi-juillet").
ASPECTUAL = r"commencée?s?|recommencée?s?|continuée?s?|cessée?s?|finie?s?|tentée?s?|essayée?s?|réussie?s?"
# A verb is written in lower case: "à Alger", "de Niger" name a place, no planned act.
INFINITIVE = r"\b(?:de|d['’]|à)\s*(?-i:[a-zàâçéèêëîïôûùüÿœ])\w*(?:er|ir|re)\b|\bque\s+"
SPEECH = (
    "a déclaré", "a annoncé", "a indiqué", "selon", "communiqué", "déclaré", "a affirmé", "a dit",
    "a expliqué", "a souligné", "a assuré", "a confirmé", "a précisé",
)  # fmt: skip
# The word that opens a reported statement after a speech verb ("said that ...").
REPORTED_THAT = ("que", "qu'", "qu’")
# Qui continue de parler sans être nommé à nouveau (« Il a précisé que les soldats partiraient ») : celui
# de la déclaration rapportée juste avant (store/extraction/speaker_days.py).
SPEAKER_PRONOUNS = ("il", "elle", "a-t-il", "a-t-elle")
# Present verbs of saying, as chronologies write them ("22 novembre : Berlin confirme que ses soldats
# partiront"): what follows is what was said, not the entry's own tense (store/dates/tense.py).
REPORTING_PRESENT = (
    "annonce", "annoncent", "confirme", "confirment", "déclare", "déclarent", "affirme", "assure",
    "indique", "promet", "prévient", "informe", "notifie", "fait savoir", "précise", "ajoute", "souligne",
    "explique", "dit",
)  # fmt: skip
CLAUSE_WORDS = ("mais", "et", "que", "alors", "après", "avant", "tandis", "lorsque", "quand")

# Ce qui place un acte avant le jour du récit ("avait remis", "déjà", "auparavant"): une phrase qui en a
# un ne prend pas la date de la phrase précédente (store/dates/continuation.py).
BACKGROUND = r"avait|avaient|était|étaient|eut|eurent|déjà|auparavant|précédemment|plus\s+tôt"
# Parmi eux, les auxiliaires que décale un verbe de parole au passé suivi de « que » (« a confirmé que le
# retrait avait été achevé ») : le temps de ce qui est dit, pas un retour en arrière du récit.
BACKSHIFT = ("avait", "avaient", "était", "étaient")

# A date told between a verb and its object ("ont remis ce dimanche 7 juillet la base"): it is skipped
# before counting the words a cue allows between them.
_DATE_RUN = (
    r"(?:(?:ce|cette|le|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|soir|dernier|\d{1,4}(?:er)?|"
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre),?\s+)*"
)

# Event-type cues, regex fragments per stage (store/about/event_types.py says how each is used).
# "leur laissant un mois pour partir", "a donné deux semaines aux soldats pour quitter": un ultimatum, le
# départ d'autrui exigé (quelques heures données à une personne l'expulsent : acts.py) ; pas "s'est donné".
_ULTIMATUM = (
    r"(?<!\bse\s)(?<!s'est\s)(?<!s’est\s)\b(?:donn|laiss|accord)\w*\s+(?:\S+\s+){0,4}?"
    r"(?:un|deux|trois|six|\d+)\s+(?:semaines?|mois)\s+(?:\S+\s+){0,3}?pour\b"
)

EVENT_CUES = {
    "attack": (
        r"\b(?:une|l'|l’|cette|la)\s*(?:\w+\s+)?(?:attaque|embuscade|offensive)\b|"
        r"\battaqu[ée]s?\b|\battentats?\b|\bengins?\s+explosifs?|\bEEI\b|\bIED\b|"
        r"\bmines?\s+artisanales?|\bexplosion\b|\bkamikaze|\bvoiture\s+piégée|\btirs?\s+d'obus|"
        r"\bpris\s+pour\s+cible"
    ),
    "withdraw": (
        r"\bretir\w*|\bretraits?\b|\bquitt\w*|\bdépart\b|\bpartir\b|\bparti[es]?\b|\bdésengag\w+|"
        r"\brapatri\w+|\bévacu\w+|\bredéploy\w+\s+(?:\w+\s+){0,4}?(?:depuis|hors)\b|"
        # "a annoncé le retour de son contingent": troops brought home (not "le retour de l'ambassadeur")
        r"\bretour\s+(?:de\s+)?(?:son|ses|sa|leurs?|du|des|de\s+ses|de\s+son|de\s+leurs?)\s+(?:\w+\s+)?"
        r"(?:contingents?|troupes|soldats|militaires|forces|casques\s+bleus)\b|"
        # "va ramener ses forces spéciales", "fait revenir ses soldats": troops brought home
        r"\b(?:ramen\w+|ramèn\w+|(?:fai(?:t|re|sait|ra|ront)|font)\s+revenir)\s+(?:\w+\s+){0,2}?(?:ses|leurs|les|son|leur)\s+"
        r"(?:\w+\s+)?(?:contingents?|troupes|soldats|militaires|forces|casques\s+bleus|instructeurs)\b"
    ),
    "withdrew": (
        r"\b(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:quitté|retiré|évacué|rapatrié)\b|"
        r"\b(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:ramené|fait\s+revenir)\s+(?:\w+\s+){0,2}?(?:ses|leurs|les|son|leur)\s+"
        r"(?:\w+\s+)?(?:contingents?|troupes|soldats|militaires|forces|casques\s+bleus|instructeurs)\b|"
        r"\b(?:a|ont|avait|avaient)\s+(?:\w+\s+)?redéployé\w*\s+(?:\w+\s+){0,4}?(?:depuis|hors)\b|"
        r"\bs'est\s+retiré|\bse\s+sont\s+retirés|\best\s+parti|\bsont\s+partis|\bquitté(?:e|s|es)?\b|"
        # "il n'y a plus de soldats de Barkhane au Mali": the last of a force gone, told as a state
        r"\bil\s+n['’]y\s+a\s+(?:désormais\s+|maintenant\s+)?plus\s+(?:aucun\s+|un\s+seul\s+|de\s+)"
        r"(?:soldats?|militaires?|troupes|casques\s+bleus)\b"
    ),
    "ongoing": (
        r"\b(?:est|sont)\s+en\s+train\s+de\s+(?:se\s+retirer|quitter|partir)|"
        r"\bpoursui\w+\s+(?:son|leur)\s+retrait"
    ),
    "deadline": (
        r"^\W*(?:\w+\W+){0,3}?(?:d'ici|avant)\s+(?:la\s+fin|le\s+\d|\d|fin|janvier|février|mars|"
        r"avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
    ),
    "complete": (
        r"\bachev\w+|\bachèv\w+|\bterminé\w*|\bdéfinitif\w*|\bdéfinitivement\b|\bcomplet\w*|\btotal\w*|"
        r"\bderni(?:er|ers|ère|ères)\s+(?:\w+\s+){0,2}?(?:soldats|militaires|casques|éléments|"
        r"convoi|contingent|détachement|troupes|légionnaires|parachutistes)|"
        # "fin officielle du retrait des casques bleus": son achèvement
        r"\bfin\s+(?:\w+\s+)?(?:du|de\s+(?:son|leur|la))\s+(?:retrait|désengagement)\b|"
        # "la remise du camp met fin au retrait", "clôt le retrait": an ending said of the withdrawal
        r"\bfin\s+(?:au|à\s+(?:son|leur|la))\s+(?:\w+\s+)?(?:retrait|désengagement)\b|"
        r"\bcl(?:ô|o)(?:t|turent|ture|turé\w*)\s+(?:le|son|leur)\s+(?:\w+\s+)?(?:retrait|désengagement)\b|"
        # "leur retrait est devenu effectif à minuit": a withdrawal in force is done
        r"\b(?:est|sont)\s+devenue?s?\s+effecti(?:f|ve|fs|ves)\b|\ba\s+pris\s+effet\b|\best\s+entrée?\s+en\s+vigueur\b"
    ),
    "start": (
        r"\bcommenc\w+|\bdébut\w*|\bentam\w+|\bamorc\w+|\blanc[ée]\w*|"
        # "le premier convoi", "les premières troupes": the first of a force to go (as "the first contingent")
        r"\bpremi(?:er|ère)s?\s+(?:soldats|militaires|convoi|troupes|contingent|détachement|groupe)"
    ),
    # A future or conditional ending, less the nouns that end like one ("le retrait", "un extrait", "le
    # Sahara", "une caméra"): "depuis l'annonce du retrait" plans nothing.
    "future": (
        r"\bva\b|\bvont\b|\ballait\b|\bdevr\w+|\bprévoi\w+|\bprévue?s?\s+(?:pour|le|en|d'ici|au|à)\b|\bcompte\b|"
        r"\bdécid\w+|\bs'apprête\w*|"
        r"\bd'ici\b|\b(?!(?:re|ex|at|por|abs|dis|sous)?trait\b|(?:ul|ex)tra\b|sahara\b|caméra\b|opéra\b)"
        r"\w+(?:ra|ront|rait|raient)\b|\bpromis\b|\bs'est\s+engagé"
    ),
    # "a notifié son retrait de l'OIF": leaving a body is notified to it
    "announce": r"\bannonc\w+|\bdéclar\w+|\bconfirm\w+|\bdécid\w+|\bnotifi\w+",
    "ultimatum": _ULTIMATUM,
    "demand": (
        r"\bexig\w+|\bdemand\w+|\bréclam\w+|\bappel\w*\s+(?:à|au)\b|\bordonn\w+|\bsomm\w+\s+de|"
        r"\bexpuls\w+|" + _ULTIMATUM
    ),
    # "a abaissé son drapeau à Gao": le drapeau d'une force descend là où elle part (pas en berne)
    "flag": (
        r"\b(?:abaiss|amen|descend)\w*\s+(?:\w+\s+){0,3}?drapeaux?\b(?!\s+(?:\w+\s+){0,2}?en\s+berne)|"
        r"\bdrapeaux?\s+(?:\w+\s+){0,3}?(?:a|ont)\s+été\s+(?:abaiss|amen|descend)\w*\b"
        r"(?!\s+(?:\w+\s+){0,2}?en\s+berne)|"
        # "le drapeau malien a été hissé sur le camp": un poste désormais au pays hôte (pas une ville)
        r"\bdrapeaux?\s+(?:\w+\s+){0,3}?(?:a|ont)\s+été\s+hiss\w*\s+(?:\w+\s+){0,2}?(?:sur|au-dessus\s+d[eu])\s+(?:le|la|l['’]|leur|son|sa)"
        r"\s*(?:\w+\s+){0,2}?(?:camp|base|emprise|poste)\b|\bhiss\w+\s+(?:\w+\s+){0,3}?drapeaux?\s+(?:\w+\s+){0,2}?"
        r"(?:sur|au-dessus\s+d[eu])\s+(?:le|la|l['’]|leur|son|sa)\s*(?:\w+\s+){0,2}?(?:camp|base|emprise|poste)\b"
    ),
    "handover": (
        rf"\brétrocéd\w+|\brétrocession\b|\bremis\w*\s+{_DATE_RUN}(?:[\w'’-]+\s+){{0,4}}?(?:aux|à\s+l)|"
        r"\bpassation\b|"
        # "reprendra les missions du groupe": les tâches d'une autre force
        r"\brepren\w+\s+(?:[^\s,;]+\s+){0,3}?(?:missions|tâches|attributions)\b|"
        # "ont remis dimanche leur camp de Mopti à l'armée": a post given, whatever comes between
        # (barracks given back too: "a remis vendredi au Sénégal les quartiers Maréchal", "restitue ses")
        rf"\b(?:remis\w*|restitu\w*)\s+{_DATE_RUN}(?:\w+\s+){{0,4}}?(?:camp|base|emprise|poste|quartier|caserne)s?\b|"
        # "a rendu mardi sa base de Tombouctou à l'armée": a post given back to someone (not "rendu hommage",
        # not "rendre sa base plus sûre")
        rf"\brend\w*\s+{_DATE_RUN}(?:sa|son|ses|leur|leurs|la|le|les)\s+(?:\w+\s+){{0,2}}?"
        r"(?:camp|base|emprise|poste|quartier|caserne)s?\b[^.;]{0,60}?\s(?:à|aux|au)\s|"
        rf"\btransf[ée]r\w+\s+{_DATE_RUN}(?:\w+\s+){{0,4}}?(?:aux|à\s+l)|"
        # "la première des trois emprises à être rendue": a post named as given back
        r"\b(?:camp|base|emprise|poste|caserne)s?\b[^.;]{0,80}?\bà\s+être\s+(?:rendu|remis|rétrocédé|restitué)e?s?\b"
    ),
    "mission": (
        r"\bmission\b|\bmandat\b|\bMINUSMA\b|\bopérations?\b|\bBarkhane\b|\bTakuba\b|\bEUTM\b|"
        r"\bServal\b|\bdéploiement\b|\bprésence\s+(?:militaire|armée|française|étrangère)|"
        r"\bprésence\s+(?:de\s+(?:ses|leurs|ces)|des)\s+(?:troupes|forces|soldats|militaires)\b|"
        r"\b(?:force|mission|contingent|troupes|unité)\b[^.;:]{0,60}?\bcess\w+\s+d['’]opérer\b"
    ),
    "ended": (
        r"\bfin\s+(?:de|du|à)\b|\bm(?:et|ettent|ettant|ettre|is|ise)\s+fin\s+(?:\w+\s+){0,3}?(?:à|au|aux)\b|\bpris\s+fin\b|\bprend\s+fin\b|\bprendra\s+fin\b|\bterminé\w*|"
        r"\bach[eè]v\w+|\bclos\w*|\bclôtur\w+|\bexpir\w+|"
        # "a cessé ses opérations", "a cessé d'opérer": a force that stops operating ends its mission
        r"\bcess(?:é|e|ent|era)\s+(?:toutes\s+)?(?:ses|leurs|les)\s+(?:opérations|activités)\b|\bcess\w+\s+d['’]opérer\b|"
        # "la force a été dissoute", "la dissolution de la task force": une force qui cesse d'exister
        r"\bdissou(?:s|te|tes)\b|\bdissolution\b"
    ),
    "casualty": (
        r"\btu[ée]s?\b|\bmorts?\b|\bdécéd\w+|\bblessés?\b|\bpéri\b|\bperdu\s+la\s+vie\b|"
        r"\bvictimes\b"
    ),
    "deploy": (
        r"\bdéploi\w*|\b(?:présente?s?|stationnée?s?)\s+(?:au\s+\w+\s+)?depuis\b|\bdéploy\w+|"
        r"\bredéploy\w+|\benvoy\w+\s+(?:\w+\s+){0,3}?(?:soldats|militaires|troupes)|\barriv\w+\b(?!\s+là\b)(?!\s+à\s+(?:un|une|l['’])\s*(?:accord|entente|compromis|consensus|conclusion)\b)|"
        r"\bstationn\w+"
        # "resteront sur place", "restera dans le pays": une présence maintenue (pas "au pouvoir")
        r"|\brest(?:e|ent|era|eront|ait|aient|er|é|és)\s+(?:sur\s+place|dans\s+le\s+pays|sur\s+le\s+terrain)\b"
        # "lance l'opération Serval", "a lancé une opération militaire"
        r"|\blan[cç]\w*\s+(?:l['’]|une\s+|son\s+|leur\s+)?(?:\w+\s+){0,2}?(?:op[ée]ration|intervention)\b"
        # "la France est intervenue militairement au Mali" (pas une intervention seulement envisagée)
        r"|\b(?:est|sont|était|étaient)\s+intervenue?s?\s+militairement\b|\bintervien(?:t|nent)\s+militairement\b"
    ),
    "coup": (
        r"\bcoups?\s+d['’][ée]tat\b|\bputsch(?!iste)\w*|\bpris\s+le\s+pouvoir\b|\bprise\s+du\s+pouvoir\b|"
        # "les militaires prennent le pouvoir", "se sont emparés du pouvoir"
        r"\bprenn?ent\s+le\s+pouvoir\b|\bprend\s+le\s+pouvoir\b|\bempar\w+\s+du\s+pouvoir\b|"
        r"\brenvers\w+"
    ),
    # Text before a cue that makes it qualify a noun, not tell the act (store/about/event_types.py
    # _subordinate): "issu du coup d'État", "depuis le coup", ", mettant fin à", "l'accord ... signé avec".
    "modifier": (
        r"\b(?:issue?s?|née?s?)\s+(?:du|de|des|d')\s*[^,;]{0,30}$|\b(?:après|depuis)\s+"
        # "dix ans après son déploiement": the mission's deployment qualifies the time, it is no act
        r"(?:le|la|l'|les|un|une|son|sa|ses|leur|leurs)\s*"
        r"(?:\w+\s+){0,2}$|,\s+(?!avant\b|pendant\b|durant\b|cependant\b|maintenant\b)\w+ant\b[^,;]{0,40}$|"
        r"\b(?:accords?|traités?|pactes?|protocoles?|conventions?)\b(?:(?!\b(?:a|ont|avait|avaient|est|sont|"
        r"été|fut|sera|seront|et)\b)[^,;.]){0,60}$"
    ),
    "relative": r"\b(?:qui|que|dont)\b[^,;]{0,40}$",
    "vote": (
        r"\bvot\w*\s+(?:\w+\s+){0,3}?(?:la\s+fin\b|l['’]arrêt\b|(?:pour\s+)?mettr?e?\s+fin|mettant\s+fin)|"
        r"\brésolution\s+(?:\w+\s+){0,3}?(?:mettant\s+fin|qui\s+met\s+fin|pour\s+mettre\s+fin|"
        r"met\s+fin|terminant)"
    ),
    # "a franchi ce lundi la frontière nigérienne": the day may come between the verb and the border
    "cross": r"\b(?:franchi|traversé|passé)\w*\s+(?:[\w'’-]+\s+){0,3}?(?:la\s+)?frontière",
    "away": (
        r"\brentr(?:é|ée|és|ées|er|ent|ant)\s+(?:en|au|aux|à|dans|chez)\b|\bde\s+retour\s+(?:en|au|aux|à|"
        r"dans|chez)\b|\bretour\s+au\s+pays\b"
    ),
    # Diplomates : celui qu'on fait partir est expulsé, pas retiré ("72 heures à l'ambassadeur pour quitter")
    "envoy": r"\b(?:ambassadeur|ambassadrice|diplomates?|chargée?\s+d'affaires|consul)\b",
    "troops": (
        r"\b(?:soldats|militaires|troupes|casques\s+bleus|forces|contingent|détachement|bataillon|"
        r"éléments|légionnaires|parachutistes)\b"
    ),
    # Departures told as movements: out of a place with troops ("se sont envolés de Niamey", "ont levé
    # le camp"), or any movement of "les derniers" soldiers ("ont atterri à Istres").
    "exit": (
        r"\b(?:envol(?:é|és|ée|ées|er|ent)|décoll(?:é|és|ée|ées|er|ent))\s+(?:\w+\s+){0,2}?"
        r"(?:de|du|des|d'|depuis)|\bfait\s+mouvement\s+hors\b|\b(?:se\s+sont|s'est)\s+repli(?:é|és|ée|ées)\b|"
        r"\blev(?:é|er|ent)\s+le\s+camp\b|\bsortie?s?\s+(?:du|de\s+la|des)\s+(?:pays|camp|base|emprise|"
        r"territoire)\b"
    ),
    "travel": r"\b(?:atterri\w*|décoll\w+|envol\w+|embarqu\w+)",
    # Un accord qui maintient des troupes dans un pays: sa fin annonce leur départ.
    "pact": (
        r"\b(?:accords?|traités?|coopération|partenariat|pacte)\s+(?:\w+\s+){0,4}?(?:de\s+défense|militaires?|"
        r"sécuritaires?|en\s+matière\s+de\s+(?:défense|sécurité)|de\s+sécurité)\b|\bstatut\s+des\s+forces\b"
    ),
    # Verbes qui mettent fin à un accord, lus seulement près d'un "pact" ("a dénoncé l'accord de défense").
    "revoke": (
        r"\bdénon(?:c|ç)\w+|\babrog\w+|\brompu\w*|\brompt\b|\bromp(?:re|ent)\b|\brupture\b|\bannul\w+|"
        r"\brésili\w+|\b(?:mettre|mettant|met|mis|a\s+mis)\s+un\s+terme\b|\bretir\w+\s+de\b"
    ),
    "sign": r"\bsign\w+|\bparaph\w+|\bconclu\w*",
    "agreement_made": r"\b(?:trouvé|obtenu|conclu)\s+(?:un|l')\s*accord\b|\bse\s+sont\s+entendus\b",
    "statement": (
        r"\bdéclar\w+|\ba\s+dit\b|\bdit\b|\bselon\b|\baffirm\w+|\bannonc\w+|\bappel\w+|\bexig\w+|"
        r"\bdemand\w+|\bestim\w+|\bassur\w+|\bsoulign\w+|\baccus\w+|\bcondamn\w+|\bdénonc\w+|"
        r"\bconfirm\w+|\bindiqu\w+|\bprécis\w+|\ba\s+promis\b|\bs'est\s+engagé|\b(?:a|ont|avait|avaient)\s+fait\s+savoir\b"
    ),
    # a demonstrative before a cue points at what was told before (« ce déploiement »): no new act
    "pointing": r"\b(?:ce|cet|cette|ces)\s+$",
}

PERFECT_AUX = ("a", "ont", "avait", "avaient")
CONTRAST_WORDS = ("mais", "tandis")
AGREEMENT_NOUNS = ("accord", "traité", "protocole", "charte", "mémorandum", "convention")
# Verbs that tell the signing itself: then the year in the agreement's name dates the sentence.
SIGNING = r"sign(?:é|ée|és|ées|ent|e|era|eront)|conclue?s?|paraphée?s?"


# Ce qui, avant « que », fait une conjonction de temps ou de cause : ni propos rapporté ni projet ne suit
# (« après que le Conseil a décidé en mars » ; store/dates/temporal_clauses.py).
CONJUNCTION_BEFORE_THAT = (
    "après", "avant", "depuis", "dès", "parce", "bien", "alors", "tandis", "pendant", "lors", "si bien",
    "de sorte", "étant donné", "vu",
)  # fmt: skip
# Une proposition ouverte par ces mots sous un verbe de l'avenir dit ce qui reste à venir (« pourraient
# revenir dès que le Tchad aura voté le 6 mai »).
PENDING = ("dès que", "une fois que", "aussitôt que", "sitôt que", "dès qu'", "une fois qu'", "aussitôt qu'")
# Le conditionnel et le présent de « pouvoir » : TENSE_FUTURE ne les a pas (« pouvait » est un passé).
MODALS = ("pourrait", "pourraient", "pourra", "pourront", "peut", "peuvent")
# Écrire, publier sur un réseau attribuent un propos comme « dire » : « Aujourd'hui ... », a écrit samedi
# une journaliste, est l'aujourd'hui de samedi (store/dates/tense.py).
WRITING = ("a écrit", "a tweeté", "a posté", "écrit-il", "écrit-elle")
# « ... », a-t-il insisté : l'inversion qui attribue une citation (store/extraction/quote_told_on.py).
SAID_INVERTED = (
    r"(?<!\w)(?:a|avait|ont|avaient)-t?-?(?:il|elle|ils|elles)\s+\w+|(?<!\w)\w+-t-(?:il|elle)(?!\w)"
)


# What opens a list of a group's members ("les partenaires, dont la Suède, l'Estonie et l'Italie"):
# those countries are who the group is, not where it is (store/about/member_countries.py).
MEMBERS_LISTED = (r"\b(?:dont|parmi\s+lesquels|parmi\s+lesquelles|parmi\s+eux)",)
