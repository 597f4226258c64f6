"""What briefing prints and writes is safe: no terminal escape from an article
reaches the terminal, `export` emits valid UTF-8 JSON or nothing, generated
files are readable by others (0644 under umask 022), foreign files in the
generated folder are named before removal. Issue 13, findings 8, 9, 12."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from briefing.write import OWNER_MARK, write_tree

BODY = (
    "Un titre {title}\n\n"
    "Le gouvernement a présenté mardi un plan de relance pour les collectivités locales, "
    "selon un communiqué publié dans la matinée.\n"
)
ESCAPES = "\x1b[31mROUGE\x1b]0;titre\x07\x9b2J"


def _cli(*args, env_extra=None):
    env = {**os.environ, "CI": "true", **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "briefing", *args], capture_output=True, env=env)


@pytest.mark.slow  # runs the command line in a new process
def test_check_prints_no_terminal_escape(tmp_path):
    (tmp_path / "a.md").write_text("---\ntitle: \"piège \\e[31m \\a\"\n---\n" + BODY.format(title="x"), encoding="utf-8")
    (tmp_path / f"b{chr(27)}[2J.txt").write_text(BODY.format(title=ESCAPES), encoding="utf-8")
    proc = _cli("check", str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout + proc.stderr
    assert b"\x1b" not in out and b"\x07" not in out and "\x9b".encode() not in out
    assert b"\\x1b" in proc.stdout  # shown, escaped


@pytest.mark.slow
@pytest.mark.parametrize("errors", ["strict", "surrogateescape"])
def test_export_of_an_undecodable_file_name_is_valid_utf8_json(tmp_path, errors):
    (tmp_path / "a.txt").write_text(BODY.format(title="a"), encoding="utf-8")
    with open(os.fsencode(tmp_path) + b"/caf\xff.txt", "wb") as fh:
        fh.write(BODY.format(title="b").encode("utf-8"))
    proc = _cli("export", "--no-nlp", str(tmp_path), env_extra={"PYTHONIOENCODING": f"utf-8:{errors}"})
    assert proc.returncode == 0, proc.stderr[-2000:]
    data = json.loads(proc.stdout.decode("utf-8"))  # strict: raises on invalid UTF-8
    assert len(data["articles"]) == 2
    assert b"\x1b" not in proc.stderr


@pytest.mark.slow
def test_export_failure_writes_no_partial_json(tmp_path):
    proc = _cli("export", "--no-nlp", str(tmp_path / "absent"))
    assert proc.returncode != 0
    assert proc.stdout == b""


def test_generated_files_respect_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        write_tree(tmp_path / "gen", {"a.md": "A", "sub/b.md": "B"})
    finally:
        os.umask(old)
    for rel in ("a.md", "sub/b.md"):
        assert oct((tmp_path / "gen" / rel).stat().st_mode & 0o777) == oct(0o644)


def test_foreign_files_in_the_generated_folder_are_named(tmp_path):
    root = tmp_path / "gen"
    write_tree(root, {"a.md": "A", "old.md": "O"})
    (root / "notes-de-l-editeur.md").write_text("à garder ?")
    report = write_tree(root, {"a.md": "A"})
    assert report.foreign == ("notes-de-l-editeur.md",)
    assert "old.md" in report.removed  # a page briefing wrote before: pruned without a word
    assert "old.md" not in report.foreign
    assert (root / OWNER_MARK).exists()
