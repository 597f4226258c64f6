"""``briefing export|check|topics`` run in an empty folder leave it empty: their
caches go to the user's cache folder (platformdirs), never the working folder."""

from __future__ import annotations

import pytest

from briefing.cli import main

from ..conftest import SEEDS

COMMANDS = [
    ["export", "--no-nlp", str(SEEDS)],
    ["check", str(SEEDS)],
    ["topics", "--suggest", str(SEEDS)],
]


def _run_in_empty_folder(tmp_path, monkeypatch, capsys, argv):
    work = tmp_path / "work"
    work.mkdir()
    user_cache = tmp_path / "user-cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(user_cache))
    monkeypatch.chdir(work)
    status = main(argv)
    out = capsys.readouterr().out
    return work, user_cache, status, out


@pytest.mark.parametrize("argv", COMMANDS, ids=lambda a: a[0])
def test_command_leaves_the_working_folder_empty(tmp_path, monkeypatch, capsys, argv):
    work, user_cache, status, out = _run_in_empty_folder(tmp_path, monkeypatch, capsys, argv)
    assert status in (0, 1), status  # check exits 1 when it finds problems
    assert out.strip(), "the command printed nothing"
    assert list(work.rglob("*")) == []


def test_export_caches_in_the_user_cache_folder(tmp_path, monkeypatch, capsys):
    _, user_cache, status, _ = _run_in_empty_folder(tmp_path, monkeypatch, capsys, COMMANDS[0])
    assert status == 0
    # the corpus-wide stages were cached, and there
    assert list(user_cache.rglob("stages/*.pickle"))


@pytest.mark.slow
def test_export_with_analysis_leaves_the_working_folder_empty(tmp_path, monkeypatch, capsys):
    work, user_cache, status, _ = _run_in_empty_folder(tmp_path, monkeypatch, capsys, ["export", str(SEEDS)])
    assert status == 0
    assert list(work.rglob("*")) == []
    assert list(user_cache.rglob("analysis/*.json"))  # the NLP cache went to the user's folder
