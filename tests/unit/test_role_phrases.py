"""A role phrase designates the one person of that role mentioned in the same article."""

from __future__ import annotations

from briefing.analyse.role_phrases import resolve_role_phrases
from briefing.model import Article, Entity, Paragraph, Quote


def _art(aid, entities, quotes=()):
    return Article(id=aid, source=f"{aid}.txt", paragraphs=(Paragraph("p1", "body", "x"),),
                   entities=tuple(entities), quotes=tuple(quotes))


def test_role_phrase_resolves_to_the_one_holder_in_the_article():
    older = _art("a", [Entity("John Kerry", "PER", "secrétaire d'Etat américain", ("p1",))])
    newer = _art("b", [Entity("Antony Blinken", "PER", "secrétaire d'Etat américain", ("p1",))])
    target = _art(
        "c",
        [Entity("Antony Blinken", "PER", None, ("p1",)), Entity("Joe Biden", "PER", None, ("p1",))],
        [Quote("le ministère chinois a favorisé les pirates", "Le secrétaire d’État américain", "p1", "reported")],
    )
    out = {a.id: a for a in resolve_role_phrases([older, newer, target])}
    assert out["c"].quotes[0].speaker == "Antony Blinken"  # Kerry is not in this article
    blinken = next(e for e in out["c"].entities if e.name == "Antony Blinken")
    # one written form per role across the corpus (issue 8): the corpus's form, not a variant
    assert blinken.role == "secrétaire d'Etat américain"


def test_ambiguous_or_absent_holder_leaves_the_speaker_as_written():
    a = _art("a", [Entity("A B", "PER", "ministre de la Défense", ("p1",)),
                   Entity("C D", "PER", "ministre de la Défense", ("p1",)),
                   Entity("E F", "PER", "porte-parole du gouvernement", ("p1",))],
             [Quote("x y z", "le ministre de la Défense", "p1"),
              Quote("x y z", "le président du Sénat", "p1"),
              Quote("x y z", "un haut responsable américain", "p1")])
    out = resolve_role_phrases([a])[0]
    assert [q.speaker for q in out.quotes] == [
        "le ministre de la Défense", "le président du Sénat", "un haut responsable américain"]


def test_role_given_elsewhere_is_found_in_this_articles_words():
    holder = _art("a", [Entity("Wang Yi", "PER", "chef de la diplomatie chinoise", ("p1",))])
    target = Article(
        id="b", source="b.txt",
        paragraphs=(Paragraph("p1", "body", "Blinken a averti jeudi le chef de la diplomatie chinoise que …"),
                    Paragraph("p2", "body", "M. Blinken s'est entretenu avec Wang Yi.")),
        entities=(Entity("Wang Yi", "PER", None, ("p2",)), Entity("Antony Blinken", "PER", None, ("p1",))),
    )
    unrelated = Article(
        id="c", source="c.txt",
        paragraphs=(Paragraph("p1", "body", "Wang Yi a parlé au chef de la diplomatie européenne."),),
        entities=(Entity("Wang Yi", "PER", None, ("p1",)),),
    )
    out = {a.id: a for a in resolve_role_phrases([holder, target, unrelated])}
    roles = {e.name: e.role for e in out["b"].entities}
    assert roles == {"Wang Yi": "chef de la diplomatie chinoise", "Antony Blinken": None}
    assert out["c"].entities[0].role is None  # the role is not in that article's words
