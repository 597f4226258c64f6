"""Quotes: twenty-fifth round (issue 8). Quotation marks as the press sets them beyond « »:
straight marks running a quotation over paragraphs, and “ … ’’ (two apostrophes closing)."""

from __future__ import annotations

from briefing.analyse.quotes import find_quote_spans
from tests.unit.test_quotes import nlp, quotes_of  # noqa: F401  (fixture and helper)
from tests.unit.test_quotes_trust13 import speakers


def test_straight_marks_run_a_quotation_over_paragraphs_in_one_voice(nlp):
    # each paragraph of the quotation opens on a straight mark, only the last one closes it
    # (the English way, followed by some French outlets): every paragraph is the same voice's
    qs = quotes_of(nlp, "\"Nous avons mal commencé la rencontre\", a reconnu l'entraîneur Paul Giraud.",
                   "\"Après, il y a eu trop d'erreurs, on a perdu le ballon trop souvent.",
                   "\"On sait que c'est difficile de jouer tous les trois jours.\"")
    assert [q.text for q in qs] == ["Nous avons mal commencé la rencontre",
                                    "Après, il y a eu trop d'erreurs, on a perdu le ballon trop souvent.",
                                    "On sait que c'est difficile de jouer tous les trois jours."]
    assert speakers(qs) == ["Paul Giraud"] * 3


def test_an_unclosed_straight_mark_is_no_quotation_when_no_paragraph_goes_on_with_one():
    # (a guard) with no paragraph after it opening on a mark, an opening mark left unclosed
    # is a slip of the page: no quotation, as for «
    text = "\"Après, il y a eu trop d'erreurs, on a perdu le ballon trop souvent."
    assert find_quote_spans(text) == []
    (q,) = find_quote_spans(text, continued=True)
    assert q.inner(text) == "Après, il y a eu trop d'erreurs, on a perdu le ballon trop souvent."
    # a mark glued to the word before it opens nothing
    assert find_quote_spans("Le club a gagné 3-1\" hier soir et vise la montée.", continued=True) == []


def test_two_apostrophes_close_a_quotation_opened_by_a_left_double_mark():
    text = ("Le tribunal a prononcé vendredi “la mise en accusation’’ de l’ancien ministre et ordonné “son renvoi "
            "devant la cour’’ afin d’être jugé.")
    assert [q.inner(text) for q in find_quote_spans(text)] == ["la mise en accusation", "son renvoi devant la cour"]
    # (a guard) between digits they are seconds, not a mark: the quotation closes further on
    text = "Elle a couru en 11’’01 et a parlé d’une “course parfaite”."
    assert [q.inner(text) for q in find_quote_spans(text)] == ["course parfaite"]


def test_two_apostrophes_closing_a_quotation_leave_its_incise_to_name_the_speaker(nlp):
    qs = quotes_of(nlp, "“L’audience devant le tribunal est prévue le 19 mai’’, a déclaré le procureur Paul Adou.")
    assert [(q.text, q.speaker) for q in qs] == [("L’audience devant le tribunal est prévue le 19 mai", "Paul Adou")]
