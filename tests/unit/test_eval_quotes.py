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
