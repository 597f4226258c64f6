"""Entities (issue 8): a first name the model did not type as a person becomes one when the
text describes it as someone; a credit line naming its source first credits a journalist
(from misses of the press sets D, E and G, already read)."""

from __future__ import annotations

import pytest

from briefing.analyse.entities import article_entities
from tests.unit.test_entities import by_name, make, nlp  # noqa: F401  (fixture and helpers)


@pytest.mark.parametrize("text, name", [
    # a noun of agent or a title in apposition, bare or after "un"/"une"
    ("Mais d'après Aurianne, étudiante à Lyon 2, la manifestation s'est bien passée.", "Aurianne"),
    ("Fabrice, éleveur à Montemboeuf, explique que la pluie arrive trop tard.", "Fabrice"),
    ("« Il roulait à une vitesse folle », explique Caroline, gerpinnoise présente sur la terrasse.", "Caroline"),
    # an age further in the apposition
    ("Pour Nathalie, une mère de famille de 45 ans, la situation devient intenable.", "Nathalie"),
])
def test_a_described_first_name_is_a_person(nlp, text, name):
    a, docs = make(nlp, "La manifestation a eu lieu mardi.", text)
    ents = by_name(article_entities(a, docs)[0])
    assert ents[name].type == "PER"


@pytest.mark.parametrize("text, name, typ", [
    # (guards) a place described as a place, a company described by its trade
    ("Lyon, capitale des Gaules, accueille le sommet cette année.", "Lyon", "LOC"),
    ("Belleville, quartier populaire de Paris, a voté à gauche.", "Belleville", "LOC"),
])
def test_a_place_described_as_a_place_stays_a_place(nlp, text, name, typ):
    a, docs = make(nlp, "La manifestation a eu lieu mardi.", text)
    ents = by_name(article_entities(a, docs)[0])
    assert ents[name].type == typ


def test_a_name_described_once_is_a_person_wherever_the_model_reads_it_otherwise(nlp):
    # "Fabrice, éleveur à Montemboeuf, explique …" then "Fabrice explique …", "déplore Fabrice":
    # the model types the bare mentions as a thing; the one description decides
    a, docs = make(nlp, "Fabrice, éleveur à Montemboeuf, explique que la pluie arrive trop tard.",
                   "Fabrice (Charente) : « C'est une goutte d'eau dans l'océan »",
                   "Fabrice : « Il faudra des années pour se relever »")
    assert by_name(article_entities(a, docs)[0])["Fabrice"].type == "PER"


@pytest.mark.parametrize("line, journalist", [
    # a credit line naming its source first, the photographer's name ending the line
    ("Photo Agence QMI, JOËL LEMAY", True),
    ("Photo AFP / Jean Dupont", True),
    # (guards) a caption that goes on after the name; a portrait of someone
    ("Photo prise lundi à Paris, Emmanuel Macron salue la foule.", False),
    ("Photo de famille du gouvernement, avec Jean Dupont", False),
])
def test_a_credit_line_naming_its_source_first_credits_a_journalist(line, journalist):
    from briefing.analyse.entities.journalists import is_journalist_mention

    name = next(n for n in ("JOËL LEMAY", "Jean Dupont", "Emmanuel Macron") if n in line)
    start = line.index(name)
    assert is_journalist_mention(line, start, start + len(name), set()) is journalist


def test_a_compound_surname_the_model_left_out_joins_the_first_name(nlp):
    # "Selon Amélie Oudéa-Castera, …": the model types "Amélie" alone; the hyphenated surname
    # after it is a name word too
    a, docs = make(nlp, "La crise continue à la fédération.",
                   "Selon Amélie Oudéa-Castera, il existe deux solutions dans les statuts pour sortir de la crise.")
    ents = by_name(article_entities(a, docs)[0])
    assert ents["Amélie Oudéa-Castera"].type == "PER" and "Amélie" not in ents
