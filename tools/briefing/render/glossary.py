"""The glossary page: acronyms found in the articles, with their expansion.

Terms are Sphinx glossary entries, so pages link their first use with the
``term`` role (added by the Sphinx extension) and the index lists them.
"""

from __future__ import annotations

from ..model import GlossaryEntry
from .myst import literal

GLOSSARY_DOC = "glossaire"


def render_glossary(entries: list[GlossaryEntry]) -> str:
    head = (
        "(briefing-glossaire)=\n# Glossaire\n\n"
        "Les sigles employés dans les articles et leur forme développée, telle que "
        "l’article l’écrit ou telle que l’éditeur du dossier l’a donnée.\n"
    )
    if not entries:
        return head + "\n*Aucun sigle relevé dans les articles.*\n"
    lines = [":::{glossary}", ":sorted:", ""]
    for e in entries:
        # a term is 2–8 letters (see briefing.glossary), safe as written
        lines.append(e.term)
        note = "" if e.source == "editor" else " *(développé dans un article)*"
        lines.append(f"   {literal(e.expansion)} ({literal(e.term)}){note}")
        lines.append("")
    lines.append(":::")
    return head + "\n" + "\n".join(lines) + "\n"
