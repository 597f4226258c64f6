"""Photo credits in their usual shapes name the article's photographer (a journalist), and
only there: the same name in a sentence, or a bracket that goes on, is someone in the news."""

import pytest

from briefing.analyse.entities.journalists import is_journalist_mention


def journalist(line: str, name: str) -> bool:
    start = line.index(name)
    return is_journalist_mention(line, start, start + len(name), set())


@pytest.mark.parametrize("line, name", [
    # the picture's source and the name on either side of a slash, in brackets closing the line
    ("(KEYSTONE/Laurent Gillieron)\nLa Cour criminelle de Lausanne a reconnu jeudi la culpabilité d'un père.",
     "Laurent Gillieron"),
    ("Le stade va accueillir du personnel soignant samedi soir. (A. Réau/L'Équipe)", "A. Réau"),
    # a bracket opened by "Photo" or "Crédit"
    ("Rimouski doit redéfinir ses districts. (Photo: archives-courtoisie Stéphane Fournier)", "Stéphane Fournier"),
    ("(Photo Belga : Adrian Burtin)", "Adrian Burtin"),
    # "(c)" for ©, and a source before a colon
    ("Parc éolien offshore en construction (c) Romain Chicheportiche", "Romain Chicheportiche"),
    ("© La Nouvelle Expression : Amélie Dita", "Amélie Dita"),
    # a credit line after the caption's last sentence
    ("Le public répond présent. Mais les résultats pèsent sur le moral.  Photo Progrès/ Charly Jurine",
     "Charly Jurine"),
])
def test_a_photo_credit_names_a_journalist(line, name):
    assert journalist(line, name)


@pytest.mark.parametrize("line, name", [
    # (guards) a slash between two people inside a sentence; a bracket in the middle of a line; a
    # portrait's subject after "Photo de"; a bracket that is no credit
    ("Le duel du second tour opposera les deux finalistes (Emmanuel Macron/Marine Le Pen) dimanche.",
     "Emmanuel Macron"),
    ("Le nouveau maire (Jean Dupont/PS) a été élu dimanche au second tour.", "Jean Dupont"),
    ("Photo de famille du gouvernement, avec Jean Dupont", "Jean Dupont"),
    ("Le Monde (c'est-à-dire Jean Dupont) a publié l'enquête.", "Jean Dupont"),
])
def test_a_name_in_a_sentence_or_a_bracket_that_goes_on_is_no_credit(line, name):
    assert not journalist(line, name)
