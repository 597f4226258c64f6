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
    pages = render_actors(Briefing(articles=(a,)))
    page = "\n".join(pages[k] for k in sorted(pages) if k.startswith("acteurs/"))
    assert actor_label("Antony Blinken") == "acteur-antony-blinken"
    assert "(acteur-antony-blinken)=" in page and "(acteur-maison-blanche)=" in page
    assert "(#art-a1-p1)" in page and "(#art-a1-p2)" in page and "(#art-a1)" in page
    assert "Anne Corpet" not in page
    assert "\\[américain\\]" in page and "\\{role\\}\\`x\\`" in page


def test_targets_stay_unique_when_names_share_a_slug():
    """"France" as organisation and place, and "FRANCE" as place: three entries,
    three distinct targets, and chapters link each name to its first entry."""
    import re

    from briefing.model import Article, Briefing, Entity, Paragraph
    from briefing.render.actors import actor_labels, render_actors

    art = Article(
        id="a", source="a.txt", title="T",
        paragraphs=(Paragraph("p1", "body", "France, FRANCE."),),
        entities=(
            Entity("France", "ORG", mentions=("p1",)),
            Entity("France", "LOC", mentions=("p1",)),
            Entity("FRANCE", "LOC", mentions=("p1",)),
        ),
    )
    briefing = Briefing(articles=(art,))
    page = "\n".join(v for k, v in render_actors(briefing).items() if k.startswith("acteurs/"))
    targets = re.findall(r"^\((acteur-[^)]*)\)=$", page, flags=re.M)
    assert len(targets) == 3 and len(set(targets)) == 3
    labels = actor_labels(briefing)
    assert labels["France"] in targets and labels["FRANCE"] in targets
