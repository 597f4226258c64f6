"""The corpus-stage memo: reused for the same inputs, recomputed when they change."""

from __future__ import annotations

from briefing.cache import code_fingerprint, memo


def test_memo_reuses_and_recomputes(tmp_path):
    calls = []

    def compute(value):
        calls.append(value)
        return {"result": value * 2}

    code = ("briefing.analyse.same_story",)
    assert memo(tmp_path, "stage", code, 21, lambda: compute(21)) == {"result": 42}
    assert memo(tmp_path, "stage", code, 21, lambda: compute(21)) == {"result": 42}
    assert calls == [21]
    assert memo(tmp_path, "stage", code, 5, lambda: compute(5)) == {"result": 10}
    assert calls == [21, 5]
    assert len(list((tmp_path / "stages").glob("stage-*.pickle"))) == 1


def test_memo_without_cache_dir_always_computes():
    calls = []
    for _ in range(2):
        memo(None, "stage", (), 1, lambda: calls.append(1))
    assert calls == [1, 1]


def test_fingerprint_covers_a_package_and_differs_between_modules():
    assert code_fingerprint("briefing.compose") != code_fingerprint("briefing.analyse.same_story")
    assert code_fingerprint("briefing.compose") == code_fingerprint("briefing.compose")


def test_corrupt_entry_is_recomputed(tmp_path):
    memo(tmp_path, "stage", (), 1, lambda: "first")
    for f in (tmp_path / "stages").glob("*.pickle"):
        f.write_bytes(b"not a pickle")
    assert memo(tmp_path, "stage", (), 1, lambda: "again") == "again"
