"""Corrupted caches are validated on load and recomputed, never used or fatal.
Issue 13, finding 10."""

from __future__ import annotations

import json
import pickle

from briefing.analyse import cache
from briefing.cache import memo

CODE = ("briefing.analyse.same_story",)


def _entry(tmp_path):
    memo(tmp_path, "stage", CODE, 21, lambda: {"result": 42})
    (path,) = (tmp_path / "stages").glob("stage-*.pickle")
    return path


def test_pickle_with_unknown_protocol_is_recomputed(tmp_path):
    path = _entry(tmp_path)
    path.write_bytes(b"\x80\x63" + pickle.dumps({"result": 0})[2:])  # protocol 99
    assert memo(tmp_path, "stage", CODE, 21, lambda: {"result": 42}) == {"result": 42}


def test_pickle_of_the_wrong_object_is_not_used(tmp_path):
    path = _entry(tmp_path)
    path.write_bytes(pickle.dumps(["not", "the", "stage", "result"]))
    assert memo(tmp_path, "stage", CODE, 21, lambda: {"result": 42}) == {"result": 42}
    # nor a well-formed entry of another stage or other inputs copied over it
    other = tmp_path / "other"
    memo(other, "stage", CODE, 5, lambda: {"result": 10})
    (other_path,) = (other / "stages").glob("stage-*.pickle")
    path.write_bytes(other_path.read_bytes())
    assert memo(tmp_path, "stage", CODE, 21, lambda: {"result": 42}) == {"result": 42}


def test_pickle_that_raises_anything_is_recomputed(tmp_path):
    path = _entry(tmp_path)
    path.write_bytes(b"\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01K\x00\x86\x94R.")  # REDUCE on an int
    assert memo(tmp_path, "stage", CODE, 21, lambda: {"result": 42}) == {"result": 42}


GOOD = {
    "entities": [{"name": "Paris", "type": "LOC", "role": None, "mentions": ["p1"], "aliases": []}],
    "quotes": [{"text": "oui", "speaker": "Paris", "paragraph": "p1", "kind": "direct"}],
    "events": [{"date": "2021", "precision": "year", "text": "x", "sentence": "x", "clause": "", "paragraph": "p1"}],
}


def _analysis(tmp_path, data):
    path = tmp_path / "analysis" / "k.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")
    return cache.load(tmp_path, "k")


def test_analysis_cache_of_the_right_shape_is_used(tmp_path):
    entities, quotes, events = _analysis(tmp_path, GOOD)
    assert entities[0].name == "Paris" and quotes[0].speaker == "Paris"


def test_analysis_cache_of_the_wrong_shape_is_recomputed(tmp_path):
    bad_cases = [
        [],
        {"entities": "Paris", "quotes": [], "events": []},
        {**GOOD, "entities": [{**GOOD["entities"][0], "name": 12}]},
        {**GOOD, "entities": [{**GOOD["entities"][0], "mentions": "p1"}]},
        {**GOOD, "quotes": [{**GOOD["quotes"][0], "text": ["o", "u", "i"]}]},
        {**GOOD, "events": [{**GOOD["events"][0], "paragraph": None}]},
        {**GOOD, "extra": 1, "entities": [None]},
    ]
    for data in bad_cases:
        assert _analysis(tmp_path, data) is None, data
    path = tmp_path / "analysis" / "k.json"
    path.write_bytes(b"\xff\xfe{not json")
    assert cache.load(tmp_path, "k") is None
