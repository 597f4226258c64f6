"""Line classes, one kind at a time, with real lines from the seeds and the
Wikinews corpus and invented lines in other house styles."""

from __future__ import annotations

import pytest

from briefing.ingest.lines import (
    boilerplate_reason, bulleted_subheading, caption_reason, correspondents_in, is_image,
    is_navigation, is_plain_subheading, is_separator, looks_like_headline, match_byline,
    match_dateline,
)

BODY = [
    "Le secrétaire d'Etat américain Antony Blinken a averti jeudi le chef de la diplomatie chinoise.",
    "La Chine a pourtant interdit les exportations de fentanyl vers les Etats-Unis en 2019.",
    "Le 23 avril 2013, à l'Assemblée nationale française, une confrontation entre deux députés a eu lieu.",
    "Sources proches du dossier, l'enquête avance lentement selon plusieurs témoins interrogés hier soir.",
    "Partager les responsabilités entre les deux ministères a été la solution retenue par le gouvernement.",
    "— Porte-parole des marins-pompiers",
    "Il a agi seul.",
    "Photo de famille pour les ministres du G7 réunis à Hiroshima.",
    "Photos et vidéos ont circulé toute la nuit sur les réseaux sociaux (vidéo).",
]


@pytest.mark.parametrize("line", BODY)
def test_body_lines_are_no_special_kind(line):
    assert match_dateline(line) is None
    assert match_byline(line) is None
    assert caption_reason(line, after_image=False) is None
    assert not is_image(line)
    assert not is_navigation(line)
    assert boilerplate_reason(line) is None
    assert bulleted_subheading(line) is None


# --- navigation ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Accueil Actu Monde International", "Accueil > Monde > Asie-Pacifique", "Politique | Économie | Société",
     "Accueil", "International Europe Afrique"],
)
def test_navigation(line):
    assert is_navigation(line)


@pytest.mark.parametrize(
    "line",
    ["Blinken met en garde Pékin contre les pirates informatiques", "Aucune sanction annoncée pour le moment contre Pékin",
     "Antony Blinken", "France : attaque à Valence (Drôme)"],
)
def test_not_navigation(line):
    assert not is_navigation(line)


# --- images and captions -------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["12fbec3f99518657511234b6f7c0a2b8ac3f1958.jpg", "photo_1370188830557-1-1.jpg", "IMG_2231.JPEG",
     "https://cdn.example.org/img/2021/07/blinken.webp?w=800", "carte.png schema.gif",
     # the end of a Markdown image link left by a scraper
     "/t:app(web)/t:r(unknown)/medias/SCs5MEZBVo/image/Voitures_RN_145_30_octobre-format1by1.jpg)"],
)
def test_image_names(line):
    assert is_image(line)


def test_image_word_in_a_sentence_is_not_an_image():
    assert not is_image("Le fichier rapport.png a été publié hier.")


@pytest.mark.parametrize(
    "line, after_image",
    [
        ("éricain John Kerry, le 13 mars 2014 à Washington (Photo : Paul J. Richards)", True),
        ("étaire américain à la Défense Chuck Hagel à Singapour le 1er juin 2013 (Photo : Roslan Rahman)", True),
        ("Le président Emmanuel Macron à l'Élysée, le 3 mai 2022 (Photo : Ludovic Marin / AFP)", False),
        ("La rencontre entre Antony Blinken et Wang Yi a eu lieu en marge d'une réunion de l'Asean. (AFP)", False),
        ("Des manifestants à Hong Kong, le 1er juillet 2019 (Crédit photo : Reuters)", False),
        ("Photo : Jean Dupont / Le Journal", False),
        ("Le port de Marseille. © Jean Dupont", False),
        ("Vue aérienne du port de Gênes", True),
        ("ident turc lors d'un discours à Ankara", True),
    ],
)
def test_captions(line, after_image):
    assert caption_reason(line, after_image)


def test_truncated_caption_reason_says_so():
    assert "truncated" in caption_reason("éricain John Kerry (Photo : Paul J. Richards)", after_image=True)


# --- datelines ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, prefix, date, precision, time, place, agency, rest",
    [
        ("[02/07/2014 19:37:50] Washington (AFP) Le secrétaire d’Etat américain John Kerry va exhorter", "[02/07/2014 19:37:50] Washington (AFP)",
         "2014-07-02", "day", "19:37:50", "Washington", "AFP", "Le secrétaire d’Etat américain John Kerry va exhorter"),
        ("[02/06/2013 16:01:44] NEW YORK (AFP) Les Etats-Unis et la Chine", "[02/06/2013 16:01:44] NEW YORK (AFP)", "2013-06-02", "day", "16:01:44", "New York", "AFP",
         "Les Etats-Unis et la Chine"),
        (" date 2021-07 Antony Blinken dénonce un comportement".strip(), "date 2021-07", "2021-07", "month", None, None, None,
         "Antony Blinken dénonce un comportement"),
        ("date 2021", "date 2021", "2021", "year", None, None, None, ""),
        ("1er janvier 2016, 14h30 . –", "1er janvier 2016, 14h30 . –", "2016-01-01", "day", "14:30", None, None, ""),
        ("21 janvier 2017 . – Jeudi 19 janvier au soir, un homme", "21 janvier 2017 . –", "2017-01-21", "day", None, None, None,
         "Jeudi 19 janvier au soir, un homme"),
        ("13 mars 2016, Montpellier . –", "13 mars 2016, Montpellier . –", "2016-03-13", "day", None, "Montpellier", None, ""),
        ("31 mars 2016, 15:37 (UTC) . –", "31 mars 2016, 15:37 (UTC) . –", "2016-03-31", "day", "15:37", None, None, ""),
        ("1er janvier 2017, 1 h 30 UTC+3 . –", "1er janvier 2017, 1 h 30 UTC+3 . –", "2017-01-01", "day", "01:30", None, None, ""),
        ("29 juillet 2016, Auschwitz, Pologne . –", "29 juillet 2016, Auschwitz, Pologne . –", "2016-07-29", "day", None, "Auschwitz, Pologne", None, ""),
        ("Publié le 12 mars 2021 à 14h05", "Publié le 12 mars 2021 à 14h05", "2021-03-12", "day", "14:05", None, None, ""),
        ("Publié le 03/11/2020 à 18:30", "Publié le 03/11/2020 à 18:30", "2020-11-03", "day", "18:30", None, None, ""),
        ("PARIS, 12 mars (Reuters) - La Banque de France a relevé", "PARIS, 12 mars (Reuters) -", None, None, None, "Paris", "Reuters",
         "La Banque de France a relevé"),
        ("Kiev (AFP) - Les forces ukrainiennes ont repris", "Kiev (AFP) -", None, None, None, "Kiev", "AFP", "Les forces ukrainiennes ont repris"),
        # agencies written together, in lower case: the first known one
        ("Lille (awp/afp) - Le président de la Fédération", "Lille (awp/afp) -", None, None, None, "Lille", "AFP",
         "Le président de la Fédération"),
        # a place in capitals, a full date and a dash, without agency
        ("PAPEETE, 31 mai 2016 - Le leader autonomiste", "PAPEETE, 31 mai 2016 -", "2016-05-31", "day", None, "Papeete", None,
         "Le leader autonomiste"),
        ("BREST, le 2 janvier 2020 – Les marins", "BREST, le 2 janvier 2020 –", "2020-01-02", "day", None, "Brest", None, "Les marins"),
    ],
)
def test_datelines(line, prefix, date, precision, time, place, agency, rest):
    d = match_dateline(line)
    assert d is not None
    assert (d.prefix, d.date, d.precision, d.time, d.place, d.agency, d.rest) == (
        prefix, date, precision, time, place, agency, rest)
    # nothing of the line is lost: the dateline, then the text
    assert line == prefix + (" " + rest if rest else "")


def test_update_notice_is_not_a_publication_date():
    d = match_dateline("Mis à jour le 13 mars 2021 à 09h12")
    assert d is not None and d.update and d.fields == ()


@pytest.mark.parametrize("line", [
    "Washington (Etats-Unis) - Le président a parlé",  # brackets that name no agency
    "Paris, 12 janvier 2020 - Le président a parlé",  # a place written as in running text
    "PARIS, 12 janvier - Le président a parlé",  # no year, no agency
])
def test_not_a_dateline_in_body_text(line):
    assert match_dateline(line, at_top=False) is None


def test_impossible_date_is_not_a_dateline():
    assert match_dateline("[31/02/2014 10:00:00] Paris (AFP) texte") is None


# --- bylines ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, authors, agency",
    [
        ("Georges Haddad, avec AFP", ("Georges Haddad",), "AFP"),
        ("Avec notre correspondante à Washington, Anne Corpet", ("Anne Corpet",), None),
        ("De notre envoyé spécial à Kiev, Jean-Pierre Martin", ("Jean-Pierre Martin",), None),
        ("Par Marie Dupont et Paul Martin", ("Marie Dupont", "Paul Martin"), None),
        ("Par Jean de La Fontaine (AFP)", ("Jean de La Fontaine",), "AFP"),
        ("Avec AFP", (), "AFP"),
        ("Source : Reuters", (), "Reuters"),
        ("(AFP)", (), "AFP"),
        ("Claire Lévy avec Agence France-Presse", ("Claire Lévy",), "AFP"),
        ("Rédaction web avec Jean-Baptiste Calvas et Sam Teinaore", ("Jean-Baptiste Calvas", "Sam Teinaore"), None),
        ("La rédaction, avec Marie Durand", ("Marie Durand",), None),
        # "Par:", "By", the comma or semicolon closing the line, dashes framing it
        ("Par: Jean-Luc Lorry", ("Jean-Luc Lorry",), None),
        ("By André Gakwaya;", ("André Gakwaya",), None),
        ("Par Isabel Contreras,", ("Isabel Contreras",), None),
        ("— Par Jeanne Bulant avec AFP —", ("Jeanne Bulant",), "AFP"),
        # an author's label; a name and an e-mail address
        ("Auteur/autrice : Souleymane Gano", ("Souleymane Gano",), None),
        ("Rédigé par Marie Durand", ("Marie Durand",), None),
        ("Gaetan TRINGHAM (g.tringham@agmedias.fr)", ("Gaetan TRINGHAM",), None),
        ("Patrick Rodrigue - prodrigue@lexismedia.ca", ("Patrick Rodrigue",), None),
        ("Mickaël Bazoge |", ("Mickaël Bazoge",), None),  # the date after the bar left out
    ],
)
def test_bylines(line, authors, agency):
    b = match_byline(line)
    assert b is not None
    assert (b.authors, b.agency) == (authors, agency)


def test_correspondent_in_running_text_is_a_journalist():
    text = ("Pour l’Union européenne, c’est Josep Borrell qui signe la déclaration commune, rapporte notre "
            "correspondant à Bruxelles, Pierre Benazet. Pour le chef de la diplomatie européenne")
    assert correspondents_in(text) == ["Pierre Benazet"]
    assert correspondents_in("Josep Borrell a déclaré que la Chine devait répondre.") == []


# --- subheadings, headlines ---------------------------------------------------------------


@pytest.mark.parametrize(
    "line, text",
    [
        ("- Lutte contre le fentanyl -", "Lutte contre le fentanyl"),
        ("- Echec sur le dialogue entre armées -", "Echec sur le dialogue entre armées"),
        ("♦ Condamnations de l’Otan et de l’UE", "Condamnations de l’Otan et de l’UE"),
        ("## Une réponse européenne", "Une réponse européenne"),
        ("■ Les réactions", "Les réactions"),
    ],
)
def test_bulleted_subheadings(line, text):
    assert bulleted_subheading(line) == text


@pytest.mark.parametrize(
    "line", ["- l’Union européenne, le Canada, l’Australie -", "— Porte-parole des marins-pompiers", "- Il a dit. -"]
)
def test_not_bulleted_subheadings(line):
    assert bulleted_subheading(line) is None


def test_plain_subheading_shape():
    assert is_plain_subheading("Aucune sanction annoncée pour le moment contre Pékin")
    assert not is_plain_subheading("Il a agi seul.")
    assert not is_plain_subheading("« Nous avons besoin de normes et de règles »")


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Blinken met en garde Pékin contre les pirates informatiques", True),
        ("Espace : cultivera-t-on un jour des pommes de terre sur Mars ?", True),
        ("Triathlon : WTS 2016 grande finale à Cozumel, l'heure du dénouement et des questions...", True),
        ("Les chefs de la diplomatie se sont rencontrés jeudi. Les sujets qui fâchent sont nombreux.", False),
        ("Un homme a été tué ce mardi à Aix-les-Bains.", False),
        ("Éducation. Ces « stylos rouges » qui veulent se faire entendre…", True),
        ("Droits. La liberté de manifester en question", True),
        ("Faut-il avoir peur ? Les experts répondent", True),
        ("Le gouvernement recule. La réforme est suspendue jusqu'à l'automne", False),
        ("usine Seita de Carquefou, le 16 avril 2014 (Photo : Jean Durand)", False),  # a caption cut from its start
        ("iPhone : Apple rappelle des chargeurs", True),  # (a guard) a name written in lower case first
    ],
)
def test_headline_shape(line, expected):
    assert looks_like_headline(line) is expected


# --- boilerplate, separators ----------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["À lire aussi", "Lire aussi", "Sélectionné pour vous", "Commentaires", "A lire aussi : Le G7 s'accorde sur la Chine",
     "Sur le même sujet Tour de France 2016", "Partager cet article :", "Abonnez-vous à notre newsletter",
     "Cet article mentionne la Fondation Wikimedia ou un de ses projets.", "Publicité", "Lecture : 3 min",
     "Vous aimerez aussi", "12 commentaires",
     "pictogramme abonné La Liberté Contenu réservé aux abonnés", "Article réservé aux abonnés",
     # a page's skip link and a newsletter's call (issue 8: once taken for the headline)
     "Aller au contenu principal", "Passer au contenu", "Accéder directement au menu",
     "Et recevez par e-mail les articles à la Une à chaque nouvelle édition !"],
)
def test_boilerplate(line):
    assert boilerplate_reason(line)


@pytest.mark.parametrize("line", [
    "Le maire a rappelé que le parking est un espace réservé aux abonnés.",
    # (a headline that happens to open on the words of a skip link)
    "Aller au contenu principal du dossier : les juges tranchent",
    # a long sentence that happens to end on the notice's words is text
    "Le club a annoncé mardi que la moitié de ses places seraient désormais des places et des contenus réservés aux abonnés",
])
def test_text_ending_like_a_notice_is_not_boilerplate(line):
    assert boilerplate_reason(line) is None


def test_separator():
    assert is_separator("--") and is_separator("* * *") and not is_separator("Il a 3 ans")


@pytest.mark.parametrize(
    "line, outlet",
    [("Le Monde avec AFP", "Le Monde"), ("La Voix du Nord avec AFP", "La Voix du Nord"), ("20 Minutes avec AFP", "20 Minutes")],
)
def test_outlet_signature(line, outlet):
    b = match_byline(line)
    assert b is not None and (b.authors, b.agency, b.outlet) == ((), "AFP", outlet)


def test_no_outlet_from_a_phrase_or_a_desk():
    assert match_byline("Il parlait avec AFP") is None  # a sentence, not a byline
    b = match_byline("La rédaction avec AFP")  # the desk: the agency, no outlet, no author
    assert b is not None and (b.authors, b.agency, b.outlet) == ((), "AFP", None)


@pytest.mark.parametrize("line", ["PHOTO LOÏC VENANCE, AGENCE FRANCE-PRESSE", "PHOTOS SARAH MEYSSONNIER, REUTERS",
                                  "Photo Jean Dupont / Ouest-France"])
def test_a_credit_line_without_a_colon(line):
    # a photographer signs the picture: not a person in the news
    assert caption_reason(line, after_image=False) is not None


def test_a_headline_ending_on_a_media_label_is_no_caption():
    # "(vidéo)" alone labels the headline's link; a credit names its source
    line = "Émeutes à Lille après le match, le préfet dénonce des «attaques en règle contre la police» (vidéo)"
    assert caption_reason(line, after_image=False) is None
    assert looks_like_headline(line)
    assert caption_reason("Le préfet devant la mairie (vidéo Jean Dupont)", after_image=False) is not None


@pytest.mark.parametrize("line", [
    # (guards) a word that begins with "By"; a label before no name; a sentence with an address
    "Byzance Martin",
    "Auteur : le collectif des riverains",
    "Jean Dupont a écrit à contact@mairie.fr pour se plaindre",
    "Sport |", "Le Monde |", "Mickaël Bazoge",  # a label or an outlet before a bar; a name alone
])
def test_not_a_byline(line):
    assert match_byline(line) is None


@pytest.mark.parametrize("line, date", [
    # French months abbreviated with a full stop
    ("Publié le 14 févr. 2024", "2024-02-14"),
    ("Paris, le 3 déc. 2020", "2020-12-03"),
])
def test_a_month_abbreviated_with_a_full_stop(line, date):
    assert match_dateline(line, at_top=True).date == date


def test_formulas_of_authorship_open_a_byline():
    assert match_byline("Un texte de Gavin Boutroy").authors == ("Gavin Boutroy",)
    assert match_byline("Texte et photos : Marie Dupont").authors == ("Marie Dupont",)
    assert match_byline("Une enquête de Paul Martin et Julie Roy").authors == ("Paul Martin", "Julie Roy")
    # (guards) the same words opening a sentence about something else
    assert match_byline("Un texte de loi sera voté mardi") is None
    assert match_byline("Une enquête de la police a été ouverte") is None


def test_links_to_the_previous_and_next_posts_are_page_furniture():
    for line in ("Article précédent", "Article suivant", "Suivant", "Billet précédent"):
        assert boilerplate_reason(line) is not None, line
    # (guards) the same words in a sentence
    assert boilerplate_reason("Suivant le cas, les élus ont voté.") is None
    assert boilerplate_reason("Le suivant a été élu.") is None


def test_a_name_then_an_agency_alone_on_a_line_is_a_byline():
    assert match_byline("Caroline Plante La Presse Canadienne").authors == ("Caroline Plante",)
    assert match_byline("Caroline Plante, La Presse Canadienne").agency == "PC"
    assert match_byline("Jean Dupont / AFP").authors == ("Jean Dupont",)
    # (a guard) a sentence that names an agency is none
    assert match_byline("Jean Dupont a confirmé la nouvelle à l'AFP") is None
