"""Sentences that cannot be read alone: the rule list (rules/dependent_sentences.yaml).

One case per rule class, positive and negative, then every entry of the list,
then what compose does with a dependent sentence (context or left out).
"""

from __future__ import annotations

from dataclasses import replace
from importlib.resources import files

import pytest
import yaml

from briefing.compose.corpus import paragraph_units, sentence_candidates
from briefing.compose.sentences import DEPENDENCY_CLASSES, dependency
from briefing.model import Article, Event, Paragraph

RULES = yaml.safe_load(files("briefing").joinpath("rules/dependent_sentences.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "sentence, reason",
    [
        # opening connector
        ("En réaction, Pékin s'est retiré d'un groupe de travail sur la sécurité informatique.", "opening_connector"),
        ("Par ailleurs, les États-Unis n'ont pas réussi à persuader la Chine.", "opening_connector"),
        ("Mais d'après Daniel Russel, M. Kerry compte bien évoquer le sujet.", "opening_connector"),
        ("« Ainsi, nous agirons », a-t-il dit devant la presse réunie.", "opening_connector"),
        # demonstrative determiner or pronoun subject
        ("Cette rencontre survient au lendemain d'une cyberattaque présumée.", "demonstrative_subject"),
        ("Ce dernier a refusé de commenter les accusations américaines.", "demonstrative_subject"),
        ("Il estime que ces activités représentent une menace majeure.", "demonstrative_subject"),
        ("Elle a démenti toute implication dans les attaques informatiques.", "demonstrative_subject"),
        ("C'est la première fois qu'un tel groupe de pays condamne ces activités.", "demonstrative_subject"),
        ("D'autres entreprises ont annoncé leur soutien aux réfugiés.", "demonstrative_subject"),
        # anaphoric time
        ("La veille, le département d'État avait détecté une activité anormale.", "anaphoric_time"),
        ("Le ministre a été reçu deux jours plus tard par son homologue chinois.", "anaphoric_time"),
        # deictic time the analysis could not date, outside the lead
        ("Le département de la Justice a annoncé ce lundi l'inculpation de quatre Chinois.", "deictic_time"),
        # independent sentences
        ("Les Etats-Unis et la Chine se sont mis d'accord pour instituer des rencontres.", None),
        ("Ce que Pékin demande, c'est la levée des sanctions américaines.", None),
        ("Il y a urgence à coopérer contre le cyberespionnage, selon Washington.", None),
        ("Celine Dion a chanté à Pékin devant la presse.", None),
        ("Orange et Mais sont des entreprises citées dans le rapport annuel.", None),
        ("La rencontre survient au lendemain d'une cyberattaque d'origine chinoise.", None),
        ("Elysée: la veille du sommet, les ministres se sont réunis à Paris.", None),
        ("Ilse Aigner a rencontré le ministre chinois à Pékin jeudi.", None),
    ],
)
def test_rule_classes(sentence, reason):
    assert dependency(sentence) == reason


def test_a_dated_or_lead_deictic_time_is_not_dependent():
    s = "Le département de la Justice a annoncé ce lundi l'inculpation de quatre Chinois."
    assert dependency(s, dated=("ce lundi",)) is None  # the analysis gave it a date
    assert dependency(s, lead=True) is None  # the lead's news day is the article's date


def test_rule_list_has_no_duplicates_and_only_known_classes():
    def entries(node):
        if isinstance(node, list):
            return node
        return [e for v in node.values() for e in entries(v)]

    for name, node in RULES.items():
        items = entries(node)
        assert len(items) == len(set(items)), f"duplicate entry in {name}"
    assert set(RULES) == {"opening_connectors", "demonstrative_subjects", "relative_time"}
    assert len(DEPENDENCY_CLASSES) == 4


@pytest.mark.parametrize("connector", RULES["opening_connectors"])
def test_every_connector_of_the_list_is_matched(connector):
    opening = connector[0].upper() + connector[1:]
    assert dependency(f"{opening}, les deux pays ont repris leurs entretiens.") == "opening_connector"


@pytest.mark.parametrize("pronoun", [p for p in RULES["demonstrative_subjects"]["pronouns"]])
def test_every_pronoun_of_the_list_is_matched(pronoun):
    opening = pronoun[0].upper() + pronoun[1:]
    assert dependency(f"{opening} a répondu aux accusations de Washington.") == "demonstrative_subject"


@pytest.mark.parametrize("expression", RULES["relative_time"]["anaphoric"])
def test_every_anaphoric_time_of_the_list_is_matched(expression):
    assert dependency(f"Le ministre chinois a répondu {expression}, selon l'agence.") == "anaphoric_time"


def _candidates(*texts, events=()):
    art = Article(id="a", source="a.txt", date="2021-07", date_precision="month",
                  paragraphs=tuple(Paragraph(f"p{i + 1}", "body", t) for i, t in enumerate(texts)),
                  events=tuple(events))
    return sentence_candidates(paragraph_units([art]))


def test_a_dependent_sentence_is_shown_after_the_preceding_one_or_not_at_all():
    text = ("Le gouvernement américain accuse formellement Pékin des attaques informatiques. "
            "Ce dernier a rejeté toutes ces accusations sans fournir de preuve.")
    first = "Cette rencontre a été organisée à Jakarta par les deux ministres présents."
    cands = {c.text: c for c in _candidates("Premier paragraphe sans rien de particulier ici.", text, first)}
    dependent = cands["Ce dernier a rejeté toutes ces accusations sans fournir de preuve."]
    assert dependent.dependency == "demonstrative_subject" and dependent.self_contained
    assert text[dependent.context_start:dependent.start].strip().startswith("Le gouvernement américain accuse")
    # first of its paragraph: nothing to lean on, never shown
    assert cands[first].dependency == "demonstrative_subject" and not cands[first].self_contained


def test_relative_time_is_not_rescued_by_context():
    text = ("Le gouvernement américain accuse formellement Pékin des attaques informatiques. "
            "Le département de la Justice a annoncé ce lundi l'inculpation de quatre Chinois.")
    c = {c.text: c for c in _candidates("Premier paragraphe sans rien de particulier ici.", text)}
    dep = c["Le département de la Justice a annoncé ce lundi l'inculpation de quatre Chinois."]
    assert dep.dependency == "deictic_time" and not dep.self_contained
    # the same sentence, "ce lundi" dated by the analysis, can be read alone
    ev = Event("2021-07-19", "day", "ce lundi", dep.text, "p2")
    c2 = {c.text: c for c in _candidates("Premier paragraphe sans rien de particulier ici.", text, events=[ev])}
    assert c2[dep.text].dependency is None


def test_an_unresolved_time_expression_outside_the_lead_makes_the_sentence_dependent():
    s = "Pékin a décliné l'invitation à la réunion ministérielle de vendredi, selon un diplomate."
    assert dependency(s) is None  # no analysis: a bare weekday is not in the list
    assert dependency(s, undated=("vendredi",)) == "deictic_time"
    assert dependency(s, undated=("vendredi",), lead=True) is None


def test_a_copy_readable_where_it_stands_wins_over_a_dependent_one():
    """The same sentence, a lead in one outlet and a body paragraph in another."""
    wire = "Le ministre a averti jeudi son homologue chinois que Washington demanderait des comptes."
    ev = Event(None, None, "jeudi", wire, "p2")
    body_copy = Article(id="a", source="a.txt", date="2023-07", date_precision="month",
                        paragraphs=(Paragraph("p1", "body", "Un autre paragraphe d'introduction assez long ici."),
                                    Paragraph("p2", "body", wire)), events=(ev,))
    lead_copy = Article(id="b", source="b.txt", date="2023-07", date_precision="month",
                        paragraphs=(Paragraph("p1", "body", wire),), events=(replace(ev, paragraph="p1"),))
    cands = {c.text: c for c in sentence_candidates(paragraph_units([body_copy, lead_copy]))}
    assert cands[wire].dependency is None and cands[wire].self_contained
    assert len(cands[wire].sources) == 2
