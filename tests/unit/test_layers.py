"""Stages depend only downward (ingest → analyse → compose → render): each stage
imports itself and the shared helpers it is allowed, read from the source with
``ast``; compose and render touch no file."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "tools" / "briefing"

#: shared modules of the package: records, keys, text helpers, union-find, rules
SHARED = {"model", "keys", "slugs", "text", "groups", "rules"}

#: what each stage may import from the package besides itself
ALLOWED = {
    "ingest": SHARED | {"safe_yaml"},
    "analyse": SHARED | {"config", "cache", "serialise"},
    "compose": SHARED | {"config", "safe_yaml"},
    "render": SHARED,
}

#: file-system calls compose and render never make (their inputs come from the pipeline)
FS_METHODS = {"read_bytes", "write_text", "write_bytes", "unlink", "mkdir", "rmdir", "glob", "rglob",
              "iterdir", "is_file", "is_dir", "exists", "touch", "rename", "replace"}


def _modules(stage: str) -> list[Path]:
    files = sorted((PACKAGE / stage).glob("*.py"))
    assert files, stage
    return files


def _package_imports(path: Path, stage: str) -> set[str]:
    """The package modules ``path`` imports, as their first name under briefing
    ("model", "compose"…); a module of the stage itself is the stage's name."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = ["briefing", stage]  # the package of a module of the stage
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here[: len(here) - (node.level - 1)]
                if node.module:
                    names = [".".join([*base, node.module])]
                else:  # from .. import x
                    names = [".".join([*base, a.name]) for a in node.names]
            else:
                names = [node.module or ""]
        else:
            continue
        for name in names:
            parts = name.split(".")
            if parts[0] == "briefing":
                found.add(parts[1] if len(parts) > 1 else "")
    return found


@pytest.mark.parametrize("stage", sorted(ALLOWED))
def test_each_stage_imports_only_itself_and_what_it_is_allowed(stage):
    for path in _modules(stage):
        imported = _package_imports(path, stage)
        extra = imported - ALLOWED[stage] - {stage}
        assert not extra, f"{stage}/{path.name} imports briefing.{sorted(extra)}"


def test_the_checker_sees_a_forbidden_import(tmp_path):
    bad = tmp_path / "x.py"
    bad.write_text("from ..compose.sentences import sentence_key\nfrom . import myst\nimport briefing.ingest\n")
    assert _package_imports(bad, "render") == {"compose", "render", "ingest"}


def _fs_calls(path: Path) -> list[str]:
    """File-system calls: open(), Path methods; reading the package's own
    rules through importlib.resources (``files(...)...read_text``) is allowed."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        if isinstance(f, ast.Name) and f.id == "open":
            out.append(f"open() line {node.lineno}")
        elif isinstance(f, ast.Attribute) and f.attr in FS_METHODS | {"read_text"}:
            if f.attr == "replace" and not (isinstance(f.value, ast.Name) and f.value.id == "os"):
                continue  # text.replace(...): only os.replace renames a file
            if f.attr == "read_text" and any(
                isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "files"
                for n in ast.walk(f.value)
            ):
                continue
            out.append(f"{f.attr}() line {node.lineno}")
    return out


@pytest.mark.parametrize("stage", ["compose", "render"])
def test_compose_and_render_touch_no_file(stage):
    for path in _modules(stage):
        assert not _fs_calls(path), f"{stage}/{path.name}: {_fs_calls(path)}"


def test_the_file_checker_sees_a_read(tmp_path):
    bad = tmp_path / "x.py"
    bad.write_text("p.read_text()\nopen('x')\nfiles('briefing').joinpath('r').read_text()\nos.replace(a, b)\n")
    assert _fs_calls(bad) == ["read_text() line 1", "open() line 2", "replace() line 4"]
