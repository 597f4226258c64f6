"""Who's-who page: one target per actor, article text escaped, journalists left out."""

from __future__ import annotations

from briefing.model import Article, Briefing, Entity, Paragraph
from briefing.render.actors import actor_label, render_actors


def test_actor_page_links_targets_and_escaping():
    a = Article(
        id="a1", source="a1.txt", title="Titre *gras* {role}`x`",
        paragraphs=(Paragraph("p1", "body", "x"), Paragraph("p2", "body", "y")),
        entities=(
            Entity("Antony Blinken", "PER", "secrétaire d'Etat [américain]", ("p1", "p2")),
            Entity("Anne Corpet", "JOURNALIST", None, ("p2",)),
            Entity("Maison Blanche", "ORG", None, ("p1",)),
        ),
    )
    page = render_actors(Briefing(articles=(a,)))["acteurs.md"]
    assert actor_label("Antony Blinken") == "acteur-antony-blinken"
    assert "(acteur-antony-blinken)=" in page and "(acteur-maison-blanche)=" in page
    assert "(#art-a1-p1)" in page and "(#art-a1-p2)" in page and "(#art-a1)" in page
    assert "Anne Corpet" not in page
    assert "\\[américain\\]" in page and "\\{role\\}\\`x\\`" in page
