"""Dated events: every temporal expression form, resolved against the article date."""

from __future__ import annotations

import pytest

from briefing.analyse.events import article_events, find_expressions, resolve_expression
from briefing.analyse.nlp import load_model
from briefing.model import Article, Paragraph

SUNDAY = "2013-06-02"  # the date of seed 004


@pytest.mark.parametrize(
    "expr, tense, expected",
    [
        ("1er juin 2013", None, ("2013-06-01", "day")),
        ("en 2019", None, ("2019", "year")),
        ("fin 2013", None, ("2013", "year")),
        ("en avril", "past", ("2013-04", "month")),
        ("Début mai", "past", ("2013-05", "month")),
        ("début juillet", None, ("2013-07", "month")),
        ("dès juillet", "past", ("2013-07", "month")),  # "dès" points to the future
        ("jeudi", "past", ("2013-05-30", "day")),
        ("jeudi", "future", ("2013-06-06", "day")),
        ("Samedi", "past", ("2013-06-01", "day")),
        ("vendredi", "past", ("2013-05-31", "day")),
        ("vendredi prochain", None, ("2013-06-07", "day")),
        ("samedi prochain", "past", ("2013-06-08", "day")),
        ("jeudi dernier", None, ("2013-05-30", "day")),
        ("dimanche", "past", ("2013-06-02", "day")),
        ("ce lundi", "past", ("2013-05-27", "day")),
        ("le mois dernier", None, ("2013-05", "month")),
        ("en mars dernier", None, ("2013-03", "month")),
        ("la semaine prochaine", None, ("2013-06-03", "week")),
        ("hier", "past", ("2013-06-01", "day")),
        ("il y a trois jours", "past", ("2013-05-30", "day")),
    ],
)
def test_resolution_against_a_day(expr, tense, expected):
    assert resolve_expression(expr, SUNDAY, "day", tense) == expected


def test_month_precision_base_resolves_months_but_not_days():
    assert resolve_expression("en mars dernier", "2021-07", "month", "past") == ("2021-03", "month")
    assert resolve_expression("ce lundi", "2021-07", "month", "past") == (None, None)
    assert resolve_expression("le mois dernier", "2021-07", "month") == ("2021-06", "month")


def test_unknown_date_leaves_relative_expressions_unresolved():
    for expr in ("jeudi", "le mois dernier", "début juillet", "vendredi prochain", "en avril"):
        assert resolve_expression(expr, None, None, "past") == (None, None)
    assert resolve_expression("en 2019", None, None) == ("2019", "year")


def test_expressions_are_found_without_overlap():
    text = ("Samedi, Chuck Hagel à Singapour le 1er juin 2013 ; le sommet vendredi prochain ; "
            "la Planète Mars ; en mars dernier ; fin 2013 ; la semaine prochaine.")
    assert [x.text for x in find_expressions(text)] == [
        "Samedi", "1er juin 2013", "vendredi prochain", "en mars dernier", "fin 2013", "la semaine prochaine",
    ]


@pytest.fixture(scope="session")
def nlp():
    return load_model("fr_core_news_md")


def test_tense_decides_past_or_future_in_context(nlp):
    texts = (
        "Samedi, le chef du Pentagone Chuck Hagel a profité d’un forum pour accuser Pékin.",
        "Le secrétaire d’Etat John Kerry, en visite à Pékin en avril, avait alors annoncé un groupe de travail.",
        "Le ministre se rendra jeudi à Pékin.",
    )
    a = Article(id="a", source="a", date=SUNDAY, date_precision="day",
                paragraphs=tuple(Paragraph(f"p{i + 1}", "body", t) for i, t in enumerate(texts)))
    events = article_events(a, list(nlp.pipe(texts)))
    got = {(e.text, e.paragraph): (e.date, e.precision) for e in events}
    assert got[("Samedi", "p1")] == ("2013-06-01", "day")
    assert got[("en avril", "p2")] == ("2013-04", "month")
    assert got[("jeudi", "p3")] == ("2013-06-06", "day")
    assert all(e.sentence for e in events)


def test_a_clause_too_short_to_say_anything_shows_its_sentence():
    from briefing.model import Event

    s = "Détenu depuis 2007, l'ancien ministre a été libéré samedi par la justice."
    short = Event("2007", "year", "depuis 2007", s, "p1", clause="Détenu depuis 2007")
    assert short.dated_text == s
    long = Event("2021-03", "month", "en mars dernier", "Ils attribuent les attaques menées en mars dernier à Pékin.",
                 "p1", clause="les attaques menées en mars dernier")
    assert long.dated_text == "les attaques menées en mars dernier"
