"""French word lists shared by the analysis rules (titles, reporting verbs, dates).

Only general vocabulary lives here: no name of any person in any corpus.
Everything is an immutable frozenset or tuple.
"""

from __future__ import annotations

import re
from functools import partial

from ..text import MONTH_NUMBER, MONTHS, WEEKDAY_NUMBER, WEEKDAYS  # noqa: F401  re-exported
from ..text import fold as _fold

#: Comparison key of the analysis: lower case, ASCII only (accents and other
#: non-ASCII characters dropped), straight apostrophes, single spaces.
fold = partial(_fold, quotes="apostrophes", ascii=True, spaces=True)


# --- Titles: heads of role phrases ("le secrétaire d'Etat américain X") -------------

_TITLE_HEADS = """
secrétaire ministre président présidente vice-président vice-présidente chef cheffe
porte-parole directeur directrice conseiller conseillère ambassadeur ambassadrice
sénateur sénatrice député députée maire gouverneur gouverneure chancelier chancelière
roi reine prince princesse pape général générale amiral colonel commandant capitaine
procureur procureure juge avocat avocate patron patronne pdg fondateur fondatrice
dirigeant dirigeante responsable représentant représentante envoyé envoyée émissaire
commissaire diplomate négociateur négociatrice leader candidat candidate chanteur
chanteuse acteur actrice comédien comédienne écrivain écrivaine auteur autrice
entraîneur joueur joueuse sélectionneur administrateur administratrice élu élue
militant militante opposant opposante délégué déléguée préfet préfète évêque
archevêque cardinal professeur professeure chercheur chercheuse médecin docteur
réalisateur réalisatrice musicien musicienne footballeur footballeuse cycliste
athlète pilote champion championne premier première président-directeur
haut-commissaire haut-représentant gérant gérante fondateur coprésident
copresident ministre-président vice-premier vice sous-secrétaire procureur-général
rapporteur rapporteuse maître ex-président ex-ministre analyste expert experte
économiste historien historienne politologue philosophe sociologue photographe
bourgmestre mairesse échevin échevine syndic wali adjoint adjointe
""".split()
TITLE_HEADS = frozenset(fold(w) for w in _TITLE_HEADS)

#: Modifiers that may precede a title head ("ancien ministre", "vice Premier ministre").
TITLE_PREFIXES = frozenset(
    fold(w) for w in "ancien ancienne nouveau nouvelle ex vice premier première haut haute futur future actuel actuelle".split()
)

#: Determiners that open a role phrase before a name.
ROLE_DETERMINERS = frozenset(
    fold(w)
    for w in "le la l' les son sa ses leur du au aux des un une notre votre cet cette ce".split()
)

#: Honorifics dropped from person names.
HONORIFICS = frozenset(
    fold(w)
    for w in "m. m mme mmes mlle mm. mm monsieur madame mademoiselle dr dr. pr pr. me mgr mgr. sir lord".split()
)

#: Institutions named after their building or place: organisations, not places.
METONYMIC_ORGS = frozenset(
    fold(w)
    for w in (
        "Maison Blanche", "Maison-Blanche", "Pentagone", "Kremlin", "Élysée", "Elysée",
        "Matignon", "Quai d'Orsay", "Congrès", "Sénat", "Parlement", "Assemblée nationale",
        "Bundestag", "Knesset", "Downing Street", "Capitole", "Bercy", "Beauvau",
        "Place Beauvau", "Zhongnanhai", "Foggy Bottom", "Wall Street", "Palais-Bourbon",
        "Palais Bourbon", "Quai d’Orsay",
    )
)

#: Head nouns of organisation names ("ministère chinois de la Sécurité").
ORG_HEADS = frozenset(
    fold(w)
    for w in """ministère département agence commission conseil comité gouvernement parti
    banque organisation fédération office tribunal cour armée association fondation université
    institut assemblée parlement sénat société compagnie groupe syndicat police gendarmerie
    union alliance coalition ligue front mouvement bureau service direction secrétariat
    """.split()
)

#: Organisation heads that name one institution by themselves ("la police a annoncé"):
#: never a later word for a company or an agency named before.
INSTITUTION_NOUNS = frozenset(
    fold(w) for w in "police gendarmerie gouvernement armée parlement sénat assemblée".split()
)

#: Capitalised portfolio words that follow a title ("ministre de la Défense").
PORTFOLIOS = frozenset(
    fold(w)
    for w in """Défense Justice Intérieur Économie Economie Santé Sécurité Éducation Education
    Culture Travail Agriculture Environnement Commerce Trésor Finances Budget Armées Transports
    Énergie Energie Recherche Logement Sports Industrie Affaires étrangères Affaires Étrangères
    """.split()
)

STATE_WORDS = frozenset({"etat", "etats"})

#: Head nouns of a state's official name ("République du Burundi" is Burundi).
STATE_FORMS = frozenset(fold(w) for w in "république royaume principauté émirat émirats sultanat grand-duché".split())

#: Demonyms used as nouns ("les Américains", "quatre Chinois"): not places.
DEMONYM_RE = re.compile(r"^[A-ZÉÈ][a-zéèêëïîôûç-]+(?:ains|aines|ois|oises|ais|aises|iens|iennes|ens|éens|éennes|ans|anes|ites|ins|ines|ards|ardes)$")

# --- Reporting verbs ------------------------------------------------------------------

_ER_VERBS = """déclarer affirmer souligner concéder indiquer expliquer ajouter préciser estimer
assurer confirmer annoncer insister marteler lancer noter observer rappeler juger dénoncer
regretter déplorer commenter résumer tweeter raconter confier témoigner relever ironiser
plaider répéter arguer avouer accuser critiquer qualifier fustiger prôner réclamer demander
exhorter avancer signaler constater détailler considérer protester réagir nuancer objecter
clamer proclamer scander réitérer souhaiter tonner tempêter rétorquer répliquer saluer
remarquer évoquer crier hurler exiger exprimer mentionner"""

_IRREGULAR = {
    "dire": "dit dis disent disait disaient dira",
    "écrire": "écrit écrivent écrivait écrivaient",
    "conclure": "conclu conclut concluent concluait concluaient",
    "reconnaître": "reconnu reconnaît reconnait reconnaissent reconnaissait reconnaissaient",
    "admettre": "admis admet admettent admettait admettaient",
    "poursuivre": "poursuivi poursuit poursuivent poursuivait poursuivaient",
    "avertir": "averti avertit avertissent avertissait avertissaient",
    "prévenir": "prévenu prévient préviennent prévenait prévenaient",
    "répondre": "répondu répond répondent répondait répondaient",
    "soutenir": "soutenu soutient soutiennent soutenait soutenaient",
    "maintenir": "maintenu maintient maintiennent maintenait maintenaient",
    "convenir": "convenu convient convenait",
    "promettre": "promis promet promettent promettait promettaient",
    "rapporter": "rapporté rapporte rapportent rapportait rapportaient",
    # no participle among these forms: "le prétendu complot", "un démenti", "un juré" are no speech
    "prétendre": "prétend prétendent prétendait",
    "démentir": "dément démentent démentait",
    "jurer": "jure jurent jurait",
    "nier": "nie nient niait",
    "défendre": "défendu défend défendent défendait",
    "compléter": "complété complète complètent complétait",
    "renchérir": "renchéri renchérit renchérissent renchérissait",
}


def _er_forms(lemma: str) -> set[str]:
    stem = lemma[:-2]
    forms = {stem + s for s in ("é", "e", "es", "ent", "ait", "aient", "era", "eront", "ant")}
    if stem.endswith("g"):
        forms.add(stem + "eait")
    if lemma in ("concéder", "répéter", "réitérer", "considérer"):  # é → è in the present
        base = stem[::-1].replace("é", "è", 1)[::-1]
        forms |= {base + "e", base + "ent"}
    if lemma == "rappeler":
        forms |= {"rappelle", "rappellent"}
    if lemma == "jeter":
        forms |= {"jette"}
    return forms


def _reporting():
    lemmas: set[str] = set()
    forms: set[str] = set()
    for lemma in _ER_VERBS.split():
        lemmas.add(lemma)
        forms |= _er_forms(lemma)
    for lemma, extra in _IRREGULAR.items():
        lemmas.add(lemma)
        forms |= set(extra.split())
    # pronominal verbs: "s'est exclamé", "s'inquiète"
    for lemma in ("exclamer", "écrier", "inquiéter", "alarmer", "féliciter", "interroger", "étonner"):
        lemmas.add(lemma)
        forms |= _er_forms(lemma)
    return frozenset(lemmas), frozenset(forms)


REPORTING_LEMMAS, REPORTING_FORMS = _reporting()

#: Verbs of feeling that report speech only in their pronominal use ("se réjouit que", "»,
#: s'est désolé X", "s'offusque :"; "la victoire réjouit les supporters" reports nothing).
PRONOMINAL_REPORTING_LEMMAS = frozenset({"réjouir", "indigner", "désoler", "insurger", "offusquer", "lamenter"})
PRONOMINAL_REPORTING_FORMS = frozenset(
    {"réjouit", "réjouissent", "réjouissait", "réjouissaient", "réjoui", "réjouie", "réjouis"}
    | {f for lemma in ("indigner", "désoler", "insurger", "offusquer", "lamenter") for f in _er_forms(lemma)}
)

#: Verbs of a manner of speaking that report speech only as an incise, right after the
#: closing quotation mark ("« … » souffle une habitante", "« … » glisse le maire"): elsewhere
#: they say something else ("il a glissé sur le verglas", "lâcher prise").
INCISE_LEMMAS = frozenset({"souffler", "glisser", "lâcher", "pester", "maugréer", "trancher", "sourire",
                           "plaisanter", "grincer", "soupirer", "railler"})

#: Verbs that report speech when followed by "que" (stricter set; avoids "affirme sa solidarité").
#: Nouns for what someone said ("les paroles de l'écrivain", "le communiqué du ministère").
SPEECH_NOUNS = frozenset(
    fold(w) for w in "paroles propos mots termes message déclaration réponse communiqué commentaire".split()
)

SAY_THAT_LEMMAS = REPORTING_LEMMAS | frozenset({
    "penser", "croire", "savoir", "juger", "rapporter",
    # general verbs of asserting, forecasting, suggesting (issue 8)
    "certifier", "attester", "suggérer", "prévoir", "réaffirmer", "révéler", "garantir", "supposer", "pointer",
    # by lemma only: their participles are nouns and adjectives too ("le communiqué", "bien informé")
    "communiquer", "informer",
})

# --- Dates ------------------------------------------------------------------------------

#: Words that may trail an entity span by mistake ("AFP mercredi").
TIME_WORDS = frozenset(WEEKDAYS) | frozenset(fold(m) for m in MONTHS) | frozenset(
    {"hier", "aujourd'hui", "demain", "matin", "soir", "dernier", "prochain"}
)

#: Person-denoting nouns a definite description can use for a named speaker ("le diplomate").
ANAPHORIC_HEADS = TITLE_HEADS | frozenset(
    fold(w) for w in "diplomate homme femme dirigeant responsable officiel politicien élu édile".split()
)

#: Nouns of kinship: a person, whatever their ending ("le père de famille", "la veuve").
KIN_NOUNS = frozenset(fold(w) for w in """père mère fils fille frère sœur soeur oncle tante grand-père grand-mère
veuf veuve époux épouse mari cousin cousine neveu nièce enfant parent""".split())

#: News agencies: the source of a text, not an actor in it (general knowledge).
NEWS_AGENCIES = frozenset(
    fold(w)
    for w in (
        "AFP", "Agence France-Presse", "Agence France Presse", "Reuters", "AP", "Associated Press",
        "ANSA", "DPA", "EFE", "Xinhua", "Chine nouvelle", "Kyodo", "Belga", "ATS", "APS", "MAP",
        "Anadolu", "TASS", "Ria Novosti", "Interfax", "Yonhap", "PTI", "Bloomberg",
        "AIP", "APA", "TAP", "AIB", "AMAP",
    )
)

#: Organisations with two usual names (general knowledge): folded form → folded canonical key.
GENERIC_ALIASES = {
    "alliance atlantique": "otan",
    "organisation du traite de l'atlantique nord": "otan",
    "nato": "otan",
    "nations unies": "onu",
    "organisation des nations unies": "onu",
}

#: Role phrases that name the same office ("le chef du gouvernement" is the Prime
#: Minister): general usage, folded. Key → phrases it may stand for.
ROLE_EQUIVALENTS = {
    "chef du gouvernement": ("premier ministre", "premiere ministre"),
    "chef de la diplomatie": ("ministre des affaires etrangeres", "secretaire d'etat", "ministre des relations exterieures"),
    "chef de l'etat": ("president", "presidente", "roi", "reine"),
    "garde des sceaux": ("ministre de la justice",),
}

#: Nouns that announce a name of a thing, not of a person ("la compagnie Flydubai",
#: "la commune de Choisel", "le vaccin Dengvaxia"): the type the name takes.
CLASSIFIER_TYPES = {
    **{fold(w): "ORG" for w in """agence compagnie entreprise société groupe collectif parti magazine journal
        quotidien hebdomadaire club association marque chaîne label firme café hôtel restaurant
        start-up startup constructeur opérateur banque fabricant""".split()},
    **{fold(w): "LOC" for w in """commune ville village région planète île
        quartier province comté mont lac rivière fleuve
        domicile localité municipalité circonscription archipel péninsule désert vallée""".split()},
    **{fold(w): "MISC" for w in """vaccin satellite sonde tempête ouragan cyclone typhon moustique syndrome film
        album chanson roman livre série opération fusée logiciel application navire
        bateau avion virus maladie astéroïde comète émission spectacle festival""".split()},
}
