"""The quote-gold scorer: who counts as a named person."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_PATH = Path(__file__).resolve().parents[2] / "tools" / "scripts" / "eval_quotes.py"
_spec = importlib.util.spec_from_file_location("eval_quotes", _PATH)
eval_quotes = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(eval_quotes)


def test_speaker_type_decides_who_is_a_person():
    assert eval_quotes.is_person({"speaker": "Jeanne Martin", "speaker_type": "person"})
    assert not eval_quotes.is_person({"speaker": "Banque Lunaire", "speaker_type": "organisation"})
    assert not eval_quotes.is_person({"speaker": "Valbourg", "speaker_type": "place"})
    # a person designated by a description is not a named person
    assert not eval_quotes.is_person({"speaker": "un policier", "speaker_type": "person"})
    assert not eval_quotes.is_person({"speaker": None, "speaker_type": "person"})


def test_without_speaker_type_the_dev_list_applies():
    assert eval_quotes.is_person({"speaker": "Jeanne Martin"})
    assert not eval_quotes.is_person({"speaker": "Greenpeace"})


def test_found_quotes_split_into_right_wrong_unknown_and_invented():
    from briefing.model import Article, Quote

    gold = [
        {"file": "f", "kind": "direct", "text": "un deux trois", "speaker": "Jeanne Martin"},
        {"file": "f", "kind": "direct", "text": "quatre cinq six", "speaker": "Jeanne Martin"},
        {"file": "f", "kind": "direct", "text": "sept huit neuf", "speaker": "la Banque Lunaire",
         "speaker_also": ["Banque Lunaire"]},
        {"file": "f", "kind": "direct", "text": "dix onze douze", "speaker": None},
        {"file": "f", "kind": "direct", "text": "jamais trouvée", "speaker": "Paul Durand"},
    ]
    art = Article(id="f", source="f", quotes=(
        Quote("un deux trois", "Jeanne Martin", "p1"),
        Quote("quatre cinq six", "Paul Durand", "p1"),
        Quote("sept huit neuf", None, "p1"),
        Quote("dix onze douze", "Paul Durand", "p2"),
    ))
    r = eval_quotes.evaluate(gold, {"f": art})
    assert (r["found"], r["right"]) == (4, 1)
    assert (r["named_right"], r["wrong"], r["unknown"], r["invented"]) == (1, 1, 1, 1)


def test_speaker_names_compare_without_the_spacing_around_commas_and_apostrophes():
    assert eval_quotes.norm("l’ Allemagne , la France et le Luxembourg") == eval_quotes.norm(
        "l'Allemagne, la France et le Luxembourg")
    assert eval_quotes.norm("la France") != eval_quotes.norm("la Franche")


def test_a_speaker_of_other_extent_is_a_near_miss_and_still_wrong():
    from briefing.model import Article, Quote

    gold = [
        {"file": "f", "kind": "direct", "text": "un deux trois", "speaker": "Obama"},
        {"file": "f", "kind": "direct", "text": "quatre cinq six", "speaker": "Jeanne et Paul Durand"},
        {"file": "f", "kind": "direct", "text": "sept huit neuf", "speaker": "Paul Durand"},
        {"file": "f", "kind": "direct", "text": "dix onze douze", "speaker": "Paul Durand"},
    ]
    art = Article(id="f", source="f", quotes=(
        Quote("un deux trois", "Barack Obama", "p1"),   # longer
        Quote("quatre cinq six", "Paul Durand", "p1"),   # shorter
        Quote("sept huit neuf", "Paul Dupont", "p1"),    # shares a word, not a run: wrong
        Quote("dix onze douze", "Durand Paul", "p1"),    # same words, other order: wrong
    ))
    r = eval_quotes.evaluate(gold, {"f": art})
    assert (r["found"], r["right"], r["wrong"], r["near"]) == (4, 0, 4, 2)


def test_a_leading_honorific_does_not_change_who_speaks():
    assert eval_quotes.norm("M. Nuñez") == eval_quotes.norm("Nuñez")
    assert eval_quotes.norm("Mme Jeanne Martin") == eval_quotes.norm("Jeanne Martin")
    # a name that merely starts like one is kept whole
    assert eval_quotes.norm("Mgr") == "mgr" and eval_quotes.norm("Drouot") == "drouot"
