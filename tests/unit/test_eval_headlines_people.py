"""The headline and people scorer: how a gold name is matched."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_PATH = Path(__file__).resolve().parents[2] / "tools" / "scripts" / "eval_headlines_people.py"
_spec = importlib.util.spec_from_file_location("eval_headlines_people", _PATH)
scorer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scorer)


def test_a_surname_alone_finds_the_gold_full_name():
    assert scorer.matches("Jean-Marc Dupont", ["Dupont"])
    assert scorer.matches("Jean-Marc Dupont", ["jean-marc dupont"])


def test_accents_and_apostrophes_do_not_matter():
    assert scorer.matches("Hélène d’Aubigné", ["Helene d'Aubigne"])


def test_another_name_or_a_broken_word_does_not_match():
    assert not scorer.matches("Jean Dupont", ["Durand"])
    assert not scorer.matches("Jean Dupont", ["Dupon"])
    assert not scorer.matches("Jean Dupont", ["Jean Dupont Durand"])
    assert not scorer.matches("Jean Dupont", [""])
