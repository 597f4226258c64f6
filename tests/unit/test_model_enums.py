"""Entity types, problem kinds and date precisions are enums whose values are
the strings the export and the cache have always written."""

from __future__ import annotations

import json

import pytest

from briefing.export import briefing_data
from briefing.model import (
    Article, Briefing, DatePrecision, Entity, EntityType, Event, Problem, ProblemKind, SummarySentence,
)


def test_records_hold_enum_members_and_serialise_as_before():
    e = Entity("Pékin", "LOC")
    ev = Event("2014-07-07", "week", "la semaine prochaine", "Ils se verront la semaine prochaine.", "p1")
    p = Problem("unreadable", "seeds/x.txt", "binary file")
    a = Article(id="a", source="a.txt", date="2014-07", date_precision="month", entities=(e,), events=(ev,))
    assert e.type is EntityType.LOC and ev.precision is DatePrecision.WEEK
    assert p.kind is ProblemKind.unreadable and a.date_precision is DatePrecision.MONTH
    assert SummarySentence("x", (), "2014", "year").date_precision is DatePrecision.YEAR
    data = json.loads(json.dumps(briefing_data(Briefing(articles=(a,), problems=(p,)))))
    assert data["articles"][0]["entities"][0]["type"] == "LOC"
    assert data["articles"][0]["events"][0]["precision"] == "week"
    assert data["articles"][0]["date_precision"] == "month"
    assert data["problems"][0]["kind"] == "unreadable"
    assert f"{ev.precision}" == "week" and f"{e.type}" == "LOC"  # as text in pages


def test_unknown_values_are_refused():
    with pytest.raises(ValueError):
        Problem("no_such_kind", "x", "y")
    with pytest.raises(ValueError):
        Event("2014", "fortnight", "x", "x", "p1")
    with pytest.raises(ValueError):
        Entity("X", "PERSON")
    assert Event(None, None, "x", "x", "p1").precision is None  # unresolved stays unknown
