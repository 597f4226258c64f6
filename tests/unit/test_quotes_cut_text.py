"""Quotes on text cut off anywhere: a web excerpt may stop after any word (a comma, an open
quotation mark, an incise verb), and no rule may then read past the end of the text."""

from __future__ import annotations

import re

from briefing.analyse.entities import article_entities
from briefing.analyse.quotes import article_quotes
from briefing.model import Article, Paragraph
from tests.unit.test_quotes import nlp  # noqa: F401  (fixture)

#: Paragraphs with the constructions the rules look ahead in: asides between commas before
#: "que", incises after a quotation, inverted subjects, "selon", descriptions before names.
PARAGRAPHS = (
    "Lorsque l’ordre d’évacuation a été annoncé à Lebel, Maude Blanchet, qui vit là depuis vingt ans, "
    "a expliqué, en retenant ses larmes, qu’elle « n’avait aucune idée » de ce qui l’attendait.",
    "« Nous assistons à une fraude électorale », a déclaré lors d’une conférence de presse, le candidat "
    "de l’opposition Paul Morel, avant d’ajouter : « Le peuple ne se laissera pas faire ».",
    "Selon le procureur de la République, Jean Dupont, les deux suspects « ont reconnu les faits », "
    "a-t-il indiqué lundi, précisant que l’enquête se poursuivait.",
    "Pour lui, l’élu deviendrait « déconnecté du territoire », selon ce qu’a confié le préfet.",
    "Le secrétaire général de l’Union des agriculteurs (UDA), Marc Lenoir, estime pour sa part que "
    "« cette grève nous a été imposée », tandis que la ministre, elle, a annoncé qu’elle recevrait les syndicats.",
)


def _prefixes(text: str) -> list[str]:
    """The text cut after each of its words, with the punctuation that follows the word."""
    return [text[:m.end()] for m in re.finditer(r"\S+", text)]


def test_no_rule_reads_past_the_end_of_a_text_cut_after_any_word(nlp):
    before = "Marie Dubois, maire de la commune, a reçu les habitants."  # something to look back at
    cuts = [cut for paragraph in PARAGRAPHS for cut in _prefixes(paragraph)]
    first = nlp(before)
    for cut, doc in zip(cuts, nlp.pipe(cuts)):  # (one batch: the parse is the slow part)
        a = Article(id="a", source="a.txt", paragraphs=(Paragraph("p1", "body", before), Paragraph("p2", "body", cut)))
        ents, name_of = article_entities(a, [first, doc])
        article_quotes(a, [first, doc], ents, name_of)
