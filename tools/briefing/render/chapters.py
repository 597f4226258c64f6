"""Topic chapters and the executive summary (placeholder: the synthesis issue fills it)."""

from __future__ import annotations

from ..model import Briefing


def render_chapters(briefing: Briefing) -> dict[str, str]:
    return {
        "synthese.md": "(briefing-synthese)=\n# Synthèse\n\nAucune synthèse n’a encore été produite.\n",
        "chapitres/index.md": "(briefing-chapitres)=\n# Chapitres\n\nAucun chapitre.\n",
    }
