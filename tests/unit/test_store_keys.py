"""The stores kept between builds are keyed by all the code their entries come from."""

from __future__ import annotations

import ast
from pathlib import Path

from briefing.pipeline import INGEST_CODE, UNIT_CODE

ROOT = Path(__file__).resolve().parents[2] / "tools"


def _path(module: str) -> Path | None:
    base = ROOT.joinpath(*module.split("."))
    if (base / "__init__.py").is_file():
        return base / "__init__.py"
    return base.with_suffix(".py") if base.with_suffix(".py").is_file() else None


def _files(module: str) -> list[Path]:
    path = _path(module)
    return sorted(path.parent.rglob("*.py")) if path.name == "__init__.py" else [path]


def _imports(module: str) -> set[str]:
    """The briefing modules imported by ``module``'s files (all of a package's)."""
    out = set()
    for f in _files(module):
        package = ".".join(f.parent.relative_to(ROOT).parts)
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    parts = package.split(".")
                    parts = parts[: len(parts) - node.level + 1]
                    mod = ".".join(parts + ([node.module] if node.module else []))
                else:
                    mod = node.module or ""
                names = [mod] + [f"{mod}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            else:
                continue
            # "briefing" itself: its __init__ (the version, in every key), not the whole package
            out |= {n for n in names if n.startswith("briefing.") and _path(n) is not None}
    return out


def _closure(code: tuple[str, ...]) -> set[str]:
    seen, todo = set(), list(code)
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo += sorted(_imports(name) - seen)
    return seen


def _missing(code: tuple[str, ...]) -> list[str]:
    # the package's __init__ (its version is in every key) and the rule files'
    # loader (the rule files themselves are in every key) aside
    return sorted(m for m in _closure(code) if m not in ("briefing", "briefing.rules")
                  and not any(m == c or m.startswith(c + ".") for c in code))


def test_the_article_store_follows_every_module_ingest_uses():
    assert _missing(INGEST_CODE) == []


def test_the_paragraph_store_follows_every_module_its_entries_come_from():
    assert _missing(UNIT_CODE) == []


def test_the_check_sees_a_missing_module():
    assert _missing(("briefing.compose.corpus",))  # it imports sentences, vocabulary, model, text…
