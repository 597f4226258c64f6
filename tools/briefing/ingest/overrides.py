"""Editorial overrides: fields the editor sets or corrects without touching the
article text, from the file's front matter or from the corpus metadata file
(``metadata.yaml`` beside the articles). Both have provenance "editor"; the
metadata file is applied last, so it wins over front matter.

``metadata.yaml`` maps a file name (path relative to the corpus folder, or the
article id) to fields::

    002_aa25f8a4555c7bf6.txt:
      outlet: RFI
      date: 2021-07-19        # or 2021-07, or 2021: precision follows
      authors: [Anne Corpet]  # a list, or one name
      title: null             # null: the value is wrong, make it unknown
"""

from __future__ import annotations

from pathlib import Path

from ..model import META_FIELDS, Article, Problem
from .metadata import iso_time, parse_editor_date

EDITABLE = META_FIELDS


class BadOverrides(Exception):
    """The metadata file cannot be used at all."""


def load_overrides(path: Path, problems: list | None = None, location: str | None = None) -> dict[str, dict]:
    """Read the metadata file: {file name or id: {field: value}}; {} if absent."""
    path = Path(path)
    if not path.is_file():
        return {}
    import yaml

    from ..safe_yaml import load_counted

    try:
        data, replaced = load_counted(path.read_text(encoding="utf-8-sig"))
        data = data or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise BadOverrides(f"not valid YAML: {' '.join(str(exc).split())}") from None
    except OSError as exc:
        raise BadOverrides(f"cannot read the file: {exc.strerror}") from None
    if replaced and problems is not None:
        problems.append(Problem("bad_override", str(location or path.name),
                                f"{replaced} invalid character(s) (lone surrogates) replaced by \ufffd"))
    if not isinstance(data, dict) or not all(isinstance(v, dict) or v is None for v in data.values()):
        raise BadOverrides("expected a mapping of file name -> {field: value}")
    return {str(k): (v or {}) for k, v in data.items()}


def apply_overrides(article: Article, fields: dict, location: str) -> tuple[Article, list[Problem]]:
    """Set each given field with provenance "editor"; report the ones that cannot be used."""
    changes: dict = {}
    provenance = dict(article.provenance)
    problems: list[Problem] = []

    def bad(message: str) -> None:
        problems.append(Problem("bad_override", location, message))

    for name, value in fields.items():
        name = str(name)
        if name not in EDITABLE:
            bad(f"unknown field {name!r}; editable fields: {', '.join(EDITABLE)}")
            continue
        if value is None or value == "" or value == []:
            changes[name] = () if name == "authors" else None
            if name == "date":
                changes["date_precision"] = None
        elif name in _PARSED:
            parse, hint = _PARSED[name]
            parsed = parse(value)
            if parsed is None:
                bad(f"{name} {value!r} {hint}")
                continue
            changes.update(parsed)
        elif name == "authors":
            names = [value] if isinstance(value, str) else value
            if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
                bad("authors must be a name or a list of names")
                continue
            changes["authors"] = tuple(n.strip() for n in names if n.strip())
        elif isinstance(value, bool) or not isinstance(value, (str, int, float)):
            bad(f"{name} must be text, not {_kind(value)}")
            continue
        else:
            changes[name] = str(value).strip()
        provenance[name] = "editor"
    if changes:
        article = article.with_(**changes, provenance=provenance)
    return article, problems


def _editor_date_fields(value) -> dict | None:
    parsed = parse_editor_date(value)
    return None if parsed is None else {"date": parsed[0], "date_precision": parsed[1]}


def _editor_time_fields(value) -> dict | None:
    parsed = _editor_time(value)
    return None if parsed is None else {"time": parsed}


#: Fields the editor writes in a form to parse: field → (parser to the changes, hint when it fails).
_PARSED = {
    "date": (_editor_date_fields, "is not a date (use 2021, 2021-07 or 2021-07-19)"),
    "time": (_editor_time_fields, 'is not a time (use "14:30")'),
}


def _kind(value) -> str:
    return {list: "a list", dict: "a mapping", bytes: "binary data", bool: "true/false",
            set: "a set"}.get(type(value), type(value).__name__)


def _editor_time(value) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):  # YAML 1.1 reads an unquoted 14:30 as 870 (minutes)
        return iso_time(value // 60, value % 60)
    parts = str(value).strip().lower().replace("h", ":").split(":")
    if not 1 <= len(parts) <= 3 or not all(p.isdigit() for p in parts if p) or not parts[0]:
        return None
    return iso_time(parts[0], parts[1] if len(parts) > 1 else None, parts[2] if len(parts) > 2 else None)
