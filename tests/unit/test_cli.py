"""The command line: help a newcomer can use, export in the documented shape."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from briefing.cli import main

from ..conftest import SEEDS


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefing", *args], capture_output=True, text=True)


def test_help_lists_every_command_with_examples():
    out = _run("--help")
    assert out.returncode == 0
    for command in ("build", "export", "check", "topics"):
        assert command in out.stdout
    assert "examples:" in out.stdout


@pytest.mark.parametrize("command", ["build", "export", "check", "topics"])
def test_each_command_has_help(command):
    out = _run(command, "--help")
    assert out.returncode == 0
    assert "usage: briefing " + command in out.stdout
    assert len(out.stdout.splitlines()) > 5


def test_export_json_shape(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)  # in-process (the interpreter start costs seconds); cwd: a scratch folder
    assert main(["export", "--format", "json", "--no-nlp", str(SEEDS)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["articles"]) == len(list(SEEDS.glob("*.txt")))
    keys = {"id", "source", "title", "date", "place", "agency", "authors", "outlet",
            "paragraphs", "dropped"}
    for art in data["articles"]:
        assert keys <= set(art)
        assert art["paragraphs"], art["id"]
        for p in art["paragraphs"]:
            assert set(p) >= {"id", "kind", "text"}
        for d in art["dropped"]:
            assert set(d) >= {"kind", "text"}


def test_missing_source_folder_is_a_clear_error(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["export", str(tmp_path / "nowhere")]) == 2
    assert "nowhere" in capsys.readouterr().err
